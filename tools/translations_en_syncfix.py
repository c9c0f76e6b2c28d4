"""English texts of the sync fixes (issue 12: status bar before enrolment, the conflict screen's base column, the
connect dialog's certificate in a worker): merged into tools/translations_en.py's tables."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {  # a plural (%n) maps to (singular, plural)
    "SyncMenu": {
        "Nicht mit der Koordinierungsstelle verbunden": "Not connected to a coordination office",
    },
}
