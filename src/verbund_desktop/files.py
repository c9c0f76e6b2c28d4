"""Files the program writes and reads: atomic private writes, private folders, size-limited reads.

Safe file names are a matter of text and live with the other name rules (:mod:`.assessment.clean_names`).

Every export, print, report and backup we write goes through :func:`write_atomic`: the bytes go to a temporary
file in the target folder, are fsynced and then renamed over the target, so a full disk or a crash leaves either
the old file or the complete new one, never a truncated file with personal data. On POSIX the files are 0600 and
the folders we create 0700 (Windows gives files the ACL of the user's profile folder; modes do not apply there).

Every file we read from outside (rule sets, catalogues, guides, offers, imports) goes through
:func:`read_limited`, which stops after the limit instead of reading ``/dev/zero`` until the memory runs out.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
# Content files (catalogues, guides, offers, rule sets) are a few hundred KiB at most; 16 MiB leaves room.
CONTENT_FILE_LIMIT = 16 * 1024 * 1024
_POSIX = sys.platform != "win32"
SQLITE_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    """True when the file starts with the SQLite header (an unencrypted database)."""
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


_REASONS = {
    errno.ENOSPC: "der Datenträger ist voll",
    errno.EROFS: "der Datenträger ist schreibgeschützt",
    errno.EACCES: "die Berechtigung fehlt (Datei oder Ordner schreibgeschützt?)",
    errno.EPERM: "die Berechtigung fehlt (Datei oder Ordner schreibgeschützt?)",
    errno.ENOENT: "die Datei oder ihr Ordner ist nicht vorhanden",
    errno.ENAMETOOLONG: "der Name ist zu lang",
    errno.EISDIR: "dort liegt ein Ordner, keine Datei",
    errno.ENOTDIR: "ein Teil des Pfads ist kein Ordner",
    errno.EEXIST: "dort liegt schon eine Datei",
    errno.EIO: "der Datenträger hat einen Lese- oder Schreibfehler gemeldet",
}
if hasattr(errno, "EDQUOT"):  # not on every platform
    _REASONS[errno.EDQUOT] = "der Speicherplatz des Benutzerkontos ist ausgeschöpft"


def german_reason(exc: OSError) -> str | None:
    """The German clause for the cause of ``exc``, or None when the cause has no German text of its own."""
    if isinstance(exc, PermissionError) and exc.errno not in _REASONS:
        return _REASONS[errno.EACCES]
    return _REASONS.get(exc.errno or 0)


def system_text(exc: OSError) -> str:
    """The operating system's own (English) words for the cause of ``exc``."""
    return exc.strerror or type(exc).__name__


def failure_reason(exc: OSError) -> str:
    """Why a file operation failed, as a German clause for a message ("… kann nicht gespeichert werden: der
    Datenträger ist voll."). The system's own (English) text only for causes without a German one. Inside a
    ``Message`` use ``assessment.errors.failure_message`` (the same text, translatable)."""
    return german_reason(exc) or f"Systemmeldung „{system_text(exc)}“"


class FileTooLargeError(ValueError):
    """A file is larger than the program reads; the message is German and names only the file name
    (``label``); ``size`` is the limit as text („16 MiB“). Inside a message that the UI translates use
    ``assessment.errors.too_large_message``."""

    def __init__(self, label: str, size: str) -> None:
        super().__init__(f"Die Datei „{label}“ ist zu groß (mehr als {size}) und wird nicht gelesen.")
        self.label, self.size = label, size

    def __reduce__(self) -> tuple[object, ...]:  # pickled (a worker's exception) with its parts
        return (type(self), (self.label, self.size))


def restrict_file(path: Path) -> None:
    """Make ``path`` readable and writable by its owner only (POSIX; Windows uses the folder's ACL)."""
    if _POSIX:
        os.chmod(path, PRIVATE_FILE_MODE)


def ensure_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) with mode 0700 on POSIX; an existing folder is left as it is."""
    folder = Path(folder)
    missing = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for created in reversed(missing):
        with contextlib.suppress(FileExistsError):
            created.mkdir(mode=PRIVATE_DIR_MODE)
            if _POSIX:  # mkdir's mode is reduced by the umask; the folder holds personal data
                os.chmod(created, PRIVATE_DIR_MODE)
    return folder


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; on Windows a folder cannot be opened for fsync)."""
    if not _POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes | Callable[[BinaryIO], None]) -> Path:
    """Write ``data`` (bytes, or a function writing to a binary file) to ``path`` atomically, mode 0600.

    The temporary file lives in the target folder (a rename across file systems would not be atomic) and is
    removed on every failure, a full disk included; ``path`` keeps its old content until the rename. Raises
    OSError; callers turn it into their German message.
    """
    path = Path(path)
    ensure_private_dir(path.parent)
    # mkstemp creates the file 0600 on POSIX, so the content is never readable by others, not even briefly.
    fd, tmp_name = tempfile.mkstemp(prefix=".verbund-", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes | bytearray | memoryview):
                handle.write(data)
            else:
                data(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)
    return path


def read_limited(path: Path, limit: int = CONTENT_FILE_LIMIT) -> bytes:
    """The bytes of ``path``, refused with :class:`FileTooLargeError` when it has more than ``limit``.

    Reads at most ``limit + 1`` bytes, whatever the file claims to be (``/dev/zero`` has size 0). Raises
    OSError when the file cannot be read.
    """
    path = Path(path)
    with path.open("rb") as handle:
        data = read_limited_stream(handle, limit, path.name)
    return data


def read_limited_stream(handle: BinaryIO, limit: int, label: str) -> bytes:
    """Read ``handle`` to its end, but no more than ``limit`` bytes (see :func:`read_limited`)."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(label, _size_text(limit))
    return data


def read_limited_text(path: Path, limit: int = CONTENT_FILE_LIMIT) -> str:
    """:func:`read_limited` decoded as UTF-8 (a BOM is accepted); UnicodeDecodeError for other encodings."""
    return read_limited(path, limit).decode("utf-8-sig")


def _size_text(size: int) -> str:
    mib = size / (1024 * 1024)
    return f"{mib:g} MiB" if mib >= 1 else f"{size // 1024} KiB"


# Is a chosen file a workspace at all? A PDF or a spreadsheet must not be asked for a passphrase. An encrypted
# workspace (SQLCipher) looks like random bytes from the first byte and is a whole number of pages long; other
# files start with a known signature or with readable text. Only files that pass are opened.
DATABASE_PAGE = (
    512  # the smallest page size SQLite and SQLCipher use: every database file is a multiple of it
)
FOREIGN_SIGNATURES = (
    (b"%PDF", "ein PDF-Dokument"),
    (b"PK\x03\x04", "ein ZIP-Archiv oder Office-Dokument"),
    (b"\xd0\xcf\x11\xe0", "ein älteres Office-Dokument"),
    (b"\x89PNG", "ein Bild"),
    (b"\xff\xd8\xff", "ein Bild"),
)


def foreign_file_kind(path: Path) -> str | None:
    """None when ``path`` may be a workspace; else what it is instead, in German („ein PDF-Dokument“), or ""
    when that is unknown. The sentence around it is ``assessment.errors.not_a_workspace_message`` (the file
    helpers build no messages: they sit below the domain). Nothing is changed."""
    with path.open("rb") as fh:
        head = fh.read(64)
    size = path.stat().st_size
    if head.startswith(SQLITE_HEADER):
        return None
    kind = next((label for signature, label in FOREIGN_SIGNATURES if head.startswith(signature)), None)
    if kind is None and head and all(32 <= b < 127 or b in b"\t\r\n" for b in head):
        kind = "eine Textdatei"
    if kind is None and size % DATABASE_PAGE == 0:
        return None
    return kind or ""
