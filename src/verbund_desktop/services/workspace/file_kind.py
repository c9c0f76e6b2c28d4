"""Is a chosen file a workspace at all? A PDF or a spreadsheet must not be asked for a passphrase.

An encrypted workspace (SQLCipher) looks like random bytes from the first byte and is a whole number of pages
long; other files start with a known signature or with readable text. Only files that pass are opened.
"""

from __future__ import annotations

from pathlib import Path

from verbund_desktop.files import SQLITE_HEADER

PAGE = 512  # the smallest page size SQLite and SQLCipher use: every database file is a multiple of it
SIGNATURES = (
    (b"%PDF", "ein PDF-Dokument"),
    (b"PK\x03\x04", "ein ZIP-Archiv oder Office-Dokument"),
    (b"\xd0\xcf\x11\xe0", "ein älteres Office-Dokument"),
    (b"\x89PNG", "ein Bild"),
    (b"\xff\xd8\xff", "ein Bild"),
)


def not_a_workspace(path: Path) -> str | None:
    """None when ``path`` may be a workspace; else a German sentence why it is not one (nothing is changed)."""
    with path.open("rb") as fh:
        head = fh.read(64)
    size = path.stat().st_size
    if head.startswith(SQLITE_HEADER):
        return None
    kind = next((label for signature, label in SIGNATURES if head.startswith(signature)), None)
    if kind is None and head and all(32 <= b < 127 or b in b"\t\r\n" for b in head):
        kind = "eine Textdatei"
    if kind is None and size % PAGE == 0:
        return None
    return (
        f"„{path.name}“ ist kein Arbeitsbereich von Verbund Desktop"
        + (f" (die Datei ist {kind})" if kind else "")
        + ". Bitte die Datei des Arbeitsbereichs wählen (meist mit der Endung .db). Die gewählte Datei wurde "
        "nicht verändert."
    )
