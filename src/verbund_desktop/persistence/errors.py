"""Errors of opening, upgrading and writing a workspace database; messages are German and shown as they are.

``describe_failure`` turns a low-level failure (SQLite/SQLCipher, SQLAlchemy or the operating system) into
the ``WorkspaceError`` that names its real cause. It reads only error codes and the driver's fixed English
texts, never the statement or its parameters, so no row content can reach a message.
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import Any

from verbund_desktop.assessment.errors import Message, UserError, message_of

# SQLAlchemy and SQLCipher are imported only when needed: the program's first window (the passphrase dialog)
# names these errors before the database layer is loaded. An error of a driver not yet imported cannot exist,
# so ``describe_failure`` looks the classes up in ``sys.modules`` instead of importing them.


class WorkspaceError(UserError):
    """A workspace cannot be opened or used. ``str(err)`` is a complete German sentence."""


class WrongPassphraseError(WorkspaceError):
    pass


class NotAWorkspaceError(WorkspaceError):
    """The file is damaged, truncated or not a Verbund Desktop database at all."""


class DamagedWorkspaceError(NotAWorkspaceError):
    """SQLite found damaged pages (or a truncated file); a backup can be restored."""


class NewerSchemaError(WorkspaceError):
    """The database was written by a newer program version."""


class WorkspaceExistsError(WorkspaceError):
    pass


class WorkspaceLockedError(WorkspaceError):
    """Another program instance holds the writer lock of the workspace; nothing was changed."""

    def __init__(self, message: str, holder: object = None) -> None:
        super().__init__(message)
        self.holder = holder


class WorkspaceFileChangedError(WorkspaceError):
    """The workspace file was deleted or replaced behind the program's back; the change was not saved."""


class ReadOnlyWorkspaceError(WorkspaceError):
    """The workspace is open read-only (another instance writes to it); nothing can be saved here."""


class IncompleteSchemaError(NotAWorkspaceError):
    """The file holds part of a schema: a creation or an upgrade was interrupted by an older program version."""


class UpgradeFailedError(WorkspaceError):
    """The schema upgrade failed; it ran in one transaction, so the file is as it was before."""


class WorkspaceBusyError(WorkspaceError):
    """Another process holds SQLite's write lock on the file ("database is locked")."""


class ReadOnlyError(WorkspaceError):
    """The file or its folder cannot be written (write-protected stick, archive share, file permissions)."""


class DiskFullError(WorkspaceError):
    """The disk (or the user's quota) is full."""


class NameTooLongError(WorkspaceError):
    """A file name or path is longer than the file system allows."""


def __getattr__(name: str) -> Any:
    """``DB_ERRORS``: the driver and SQLAlchemy errors of a database read, imported on first use."""
    if name == "DB_ERRORS":
        import sqlite3

        import sqlcipher3
        from sqlalchemy.exc import DBAPIError

        return (sqlite3.Error, sqlcipher3.Error, DBAPIError)
    raise AttributeError(name)


def _loaded(module: str, name: str) -> tuple[type[BaseException], ...]:
    """The exception class ``module.name`` when that module is imported, else nothing to match."""
    found = getattr(sys.modules.get(module), name, None)
    return (found,) if isinstance(found, type) and issubclass(found, BaseException) else ()


# SQLite primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_IOERR_SHORT_READ = 522  # a truncated file reads short


def _busy(name: str) -> WorkspaceError:
    return WorkspaceBusyError(
        Message(
            "„{name}“ wird gerade von einem anderen Programm beschrieben (etwa einem zweiten Fenster von "
            "Verbund Desktop oder dem Befehl „verbund“). Bitte das andere Programm schließen und es noch einmal "
            "versuchen. Es wurde nichts geändert.",
            name=name,
        )
    )


def _read_only(name: str) -> WorkspaceError:
    return ReadOnlyError(
        Message(
            "„{name}“ oder sein Ordner ist schreibgeschützt (etwa ein gesperrter USB-Stick oder ein "
            "Archivordner). Bitte die Datei in einen beschreibbaren Ordner kopieren. Es wurde nichts geändert.",
            name=name,
        )
    )


def _disk_full(name: str) -> WorkspaceError:
    return DiskFullError(
        Message(
            "Der Datenträger mit „{name}“ ist voll. Bitte Platz schaffen und es noch einmal versuchen. "
            "Was vorher gespeichert war, bleibt erhalten; der letzte Schritt wurde nicht gespeichert.",
            name=name,
        )
    )


def _damaged(name: str) -> WorkspaceError:
    return DamagedWorkspaceError(
        Message(
            "„{name}“ ist beschädigt (oder abgeschnitten) und kann nicht gelesen werden. Bitte eine Sicherung "
            "wiederherstellen. Die Datei wurde nicht verändert.",
            name=name,
        )
    )


def _name_too_long(name: str) -> WorkspaceError:
    return NameTooLongError(
        Message(
            "Der Dateiname „{name}…“ ist zu lang für das Dateisystem. Bitte einen kürzeren Namen wählen.",
            name=name[:40],
        )
    )


def _sqlite_code(exc: BaseException) -> tuple[int | None, str]:
    code = getattr(exc, "sqlite_errorcode", None)
    # Only the driver's first argument: SQLite's fixed English text, never SQL or parameters.
    text = str(exc.args[0]).lower() if exc.args and isinstance(exc.args[0], str) else ""
    return (code if isinstance(code, int) else None), text


def _from_sqlite(exc: BaseException, name: str) -> WorkspaceError | None:
    code, text = _sqlite_code(exc)
    primary = code & 0xFF if code is not None else None
    if primary in (_BUSY, _LOCKED) or "database is locked" in text or "table is locked" in text:
        return _busy(name)
    if primary == _READONLY or "readonly database" in text:
        return _read_only(name)
    if primary == _FULL or "disk is full" in text:
        return _disk_full(name)
    if primary in (_CORRUPT, _NOTADB) or code == _IOERR_SHORT_READ:
        return _damaged(name)
    # "SQL logic error" without a specific text is how SQLCipher reports a page whose HMAC check failed.
    if (
        "malformed" in text
        or "not a database" in text
        or "out of memory" in text
        or text == "sql logic error"
    ):
        return _damaged(name)
    if primary == _CANTOPEN or "unable to open" in text:
        return _read_only(name)
    if primary == _IOERR or "disk i/o error" in text:
        return WorkspaceError(
            Message(
                "Beim Lesen oder Schreiben von „{name}“ hat der Datenträger einen Fehler gemeldet (etwa ein "
                "entfernter USB-Stick oder eine unterbrochene Netzwerkfreigabe). Der letzte Schritt wurde nicht "
                "gespeichert.",
                name=name,
            )
        )
    return None


def _from_os(exc: OSError, name: str) -> WorkspaceError | None:
    if exc.filename is not None:  # the file the system call was about, e.g. an output file
        name = Path(str(exc.filename)).name or str(exc.filename)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return _disk_full(name)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) or isinstance(exc, PermissionError):
        return _read_only(name)
    if exc.errno == errno.ENAMETOOLONG:
        return _name_too_long(name)
    if exc.errno == errno.ENOENT:
        return WorkspaceError(Message("„{name}“ oder sein Ordner ist nicht (mehr) vorhanden.", name=name))
    return None


def describe_failure(exc: BaseException, name: str) -> WorkspaceError | None:
    """The German ``WorkspaceError`` for a database or file failure on the file called ``name``, or None.

    None means the failure has no known cause for the advisor (a bug): the caller logs it as internal.
    A ``MemoryError`` while SQLite reads is how page-level damage of an encrypted file can show itself.
    """
    if isinstance(exc, WorkspaceError):
        return exc
    if isinstance(exc, _loaded("sqlalchemy.exc", "DBAPIError")) and getattr(exc, "orig", None) is not None:
        exc = exc.orig  # type: ignore[attr-defined]
    if isinstance(exc, (*_loaded("sqlite3", "Error"), *_loaded("sqlcipher3", "Error"))):
        return _from_sqlite(exc, name)
    if isinstance(exc, OSError):
        return _from_os(exc, name)
    if isinstance(exc, MemoryError):
        return _damaged(name)
    return None


def failure_sentence(exc: BaseException, name: str) -> str:
    """``describe_failure`` as text, for messages that add what was being done; never the driver's text."""
    described = describe_failure(exc, name)
    if described is not None:
        return message_of(described)
    return Message(
        "Beim Zugriff auf „{name}“ ist ein unerwarteter Fehler der Datenbank aufgetreten.", name=name
    )
