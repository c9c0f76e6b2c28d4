"""English texts of the sync menu and the „Mit der Koordinierungsstelle verbinden“ dialog (ui/sync/)."""

from __future__ import annotations

SHARED: dict[str, str] = {}

BY_CONTEXT: dict[str, dict[str, str]] = {
    "ConnectDialog": {
        "Mit der Koordinierungsstelle verbinden": "Connect to the coordination office",
        "z. B. buero.example.de:8443": "e.g. office.example.org:8443",
        "Einmal-Code aus der Koordinierungsstelle": "One-time code from the coordination office",
        "&Zertifikat abrufen": "Fetch &certificate",
        "Noch kein Zertifikat abgerufen.": "No certificate fetched yet.",
        "Der &Fingerabdruck stimmt mit dem der Koordinierungsstelle überein.": (
            "The &fingerprint matches the one the coordination office gave me."
        ),
        "&Verbinden": "Co&nnect",
        "&Adresse:": "&Address:",
        "Einmal-&Code:": "One-time c&ode:",
        "Zertifikat abrufen": "Fetch certificate",
        "SHA-256-Fingerabdruck des Zertifikats:\n{0}\nBitte mit dem Fingerabdruck vergleichen, den "
        "Ihnen die Koordinierungsstelle genannt hat.": (
            "SHA-256 fingerprint of the certificate:\n{0}\nPlease compare it with the fingerprint the "
            "coordination office gave you."
        ),
    },
    "SyncMenu": {
        "Mit der Koordinierungsstelle &verbinden …": "Connect to the coordination &office …",
        "Jetzt a&bgleichen": "Sync &now",
        "Abgleich": "Sync",
        "Übernommen: {0}, Konflikte: {1}, abgewiesen: {2}, geholt: {3}.": (
            "Accepted: {0}, conflicts: {1}, refused: {2}, pulled: {3}."
        ),
    },
}
