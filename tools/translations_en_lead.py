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
BY_CONTEXT["ReadOnlyBanner"] = {
    "<b>Nur zum Lesen geöffnet.</b> Dieser Arbeitsbereich ist in einem anderen Fenster geöffnet; "
    "hier kann nichts gespeichert werden. Zum Bearbeiten das andere Fenster verwenden.": (
        "<b>Opened read-only.</b> This workspace is open in another window; nothing can be saved here. "
        "Use the other window to make changes."
    ),
    "Hinweis: nur zum Lesen geöffnet": "Note: opened read-only",
}
BY_CONTEXT["DomainLabels"] = {}
