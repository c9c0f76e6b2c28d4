"""English texts of the sync fixes (issue 12: status bar before enrolment, the conflict screen's base column, the
connect dialog's certificate in a worker): merged into tools/translations_en.py's tables."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str | tuple[str, str]]] = {  # a plural (%n) maps to (singular, plural)
    "ConflictsDialog": {
        "Ausgangsstand": "Base (both started from)",
        "Hier und in der Koordinierungsstelle geändert": "Changed here and at the coordination office",
        "(nicht bekannt)": "(not known)",
        "(neu angelegt)": "(newly created)",
    },
    "ConnectDialog": {
        "Abr&ufen abbrechen": "Cancel fetc&hing",
        "Das Zertifikat wird abgerufen …": "Fetching the certificate …",
        "Abgebrochen. Noch kein Zertifikat abgerufen.": "Cancelled. No certificate fetched yet.",
    },
    "SyncMenu": {
        "Nicht mit der Koordinierungsstelle verbunden": "Not connected to a coordination office",
    },
}
