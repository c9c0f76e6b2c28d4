"""English texts of the sync identities (issue 12, item 6: a plan successor kept as the next version after the
office's): merged into tools/translations_en.py's tables."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {  # a plural (%n) maps to (singular, plural)
    "ConflictsDialog": {
        "Meine Fassung als nächste &Version danach behalten": "Keep mine as the next &version after it",
    },
}
