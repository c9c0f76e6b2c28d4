"""English texts of the start-up, the job runner and the daily backup in the background (issue 11, UI side)."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "WorkspaceLauncher": {
        "Arbeitsbereich „{0}“ wird geöffnet …": "Opening workspace “{0}” …",
    },
    "JobIndicator": {
        "Abbrechen": "Cancel",
        "Laufende Arbeit abbrechen": "Cancel the running work",
        "{0} wird abgebrochen …": "Cancelling {0} …",
        "{0} …": "{0} …",
        " (+{0} weitere)": " (+{0} more)",
    },
    "CompanyReportTab": {
        "Bericht zur Bedarfsanalyse wird erstellt": "Creating the needs analysis report",
        "Die Übersicht wird berechnet …": "Computing the overview …",
        "Berichtsübersicht wird berechnet": "Computing the report overview",
    },
    "BackupDialogs": {
        "Sicherung wird erstellt": "Writing the backup",
    },
    "DailyBackup": {
        "Tägliche Sicherung": "Daily backup",
        "Tägliche Sicherung läuft …": "Daily backup running …",
        "Tägliche Sicherung erstellt und geprüft.": "Daily backup written and verified.",
        "Tägliche Sicherung: heute nicht nötig oder nicht möglich (siehe Protokoll).": (
            "Daily backup: not needed today or not possible (see the log file)."
        ),
    },
}
