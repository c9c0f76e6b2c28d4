"""English for texts the lead added while merging (same shape as tools/translations_en.py)."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "JobIndicator": {
        "Laufende Arbeit abbrechen": "Cancel the running work",
        "{0} wird abgebrochen …": "Cancelling {0} …",
        "{0} …": "{0} …",
        " (+{0} weitere)": " (+{0} more)",
    },
    "WorkspaceLauncher": {
        "Arbeitsbereich „{0}“ wird geöffnet …": "Opening workspace “{0}” …",
    },
}
