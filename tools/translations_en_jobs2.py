"""English texts of the cancellable jobs for batch printing, restores and imports; merged by fill_translations.py."""

from __future__ import annotations

Translation = str | tuple[str, str]

SHARED: dict[str, Translation] = {}

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "BatchPrint": {
        "Entwicklungspläne werden gespeichert": "Saving development plans",
    },
    "OfferActions": {
        "Angebote werden importiert": "Importing offers",
    },
    "BackupDialogs": {
        "Die Sicherung wird geprüft und wiederhergestellt …": "Checking and restoring the backup …",
        "Sicherung wird wiederhergestellt": "Restoring the backup",
        "Abbrechen": "Cancel",
        "Bitte warten, bis „{0}“ fertig ist (Statusleiste), und dann erneut wiederherstellen.": (
            "Please wait until “{0}” has finished (status bar), then restore again."
        ),
    },
}
