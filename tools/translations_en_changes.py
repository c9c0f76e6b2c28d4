"""English texts of the sync screens (conflicts, status bar, sync file menu); merged by fill_translations.py."""

from __future__ import annotations

Translation = str | tuple[str, str]

SHARED: dict[str, Translation] = {}

BY_CONTEXT: dict[str, dict[str, Translation]] = {
    "ConflictsDialog": {
        "Konflikte lösen": "Resolve conflicts",
        "Feld": "Field",
        "Hier (meine Fassung)": "Here (my version)",
        "Koordinierungsstelle": "Coordination office",
        "&Meine Fassung behalten": "Keep &my version",
        "Fassung der &Koordinierungsstelle übernehmen": "Take the &office's version",
        "&Löschung übernehmen": "Accept the &deletion",
        "&Bearbeitete Fassung speichern": "Save the &edited version",
        "Mit dem vorhandenen Eintrag &zusammenführen": "Mer&ge into the existing entry",
        "Keine offenen Konflikte.": "No open conflicts.",
    },
    "SyncMenu": {
        "S&ynchronisation": "S&ync",
        "&Konflikte lösen …": "Resolve &conflicts …",
        "Sync-Datei ex&portieren …": "&Export sync file …",
        "Sync-Datei &einlesen …": "&Import sync file …",
        "%n Änderung(en) nicht übertragen": ("%n change not sent", "%n changes not sent"),
        "%n Konflikt(e)": ("%n conflict", "%n conflicts"),
        "%n abgelehnt": ("%n refused", "%n refused"),
        "Sync: {0}": "Sync: {0}",
        "Sync-Datei exportieren": "Export sync file",
        "Sync-Datei einlesen": "Import sync file",
        "%n Änderungspaket(e) in „{0}“ geschrieben. Bitte der Koordinierungsstelle bringen.": (
            "%n changeset written to “{0}”. Please take it to the coordination office.",
            "%n changesets written to “{0}”. Please take them to the coordination office.",
        ),
        "Übernommen: {0}, Konflikte: {1}, abgelehnt: {2}; {3} Einträge von der Koordinierungsstelle.": (
            "Accepted: {0}, conflicts: {1}, refused: {2}; {3} entries from the coordination office."
        ),
    },
}
