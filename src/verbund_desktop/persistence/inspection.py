"""Reading a file, without writing a byte, to tell whether it is a workspace this program can open."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3
from sqlalchemy.exc import DBAPIError

from verbund_desktop.assessment.errors import Message, failure_message
from verbund_desktop.files import is_plain_sqlite
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.engine import readonly_connect
from verbund_desktop.persistence.errors import (
    IncompleteSchemaError,
    NotAWorkspaceError,
    WorkspaceError,
    WrongPassphraseError,
    describe_failure,
)
from verbund_desktop.persistence.secret import Passphrase

# What can go wrong below the program on open: the driver, the file system, or SQLite running out of memory on
# a damaged page of an encrypted file.
OPEN_FAILURES: tuple[type[BaseException], ...] = (
    sqlite3.Error,
    sqlcipher3.Error,
    DBAPIError,
    OSError,
    MemoryError,
)


@dataclass(frozen=True)
class FileInspection:
    encrypted: bool
    revision: str | None
    table_count: int
    tables: frozenset[str] = frozenset()
    # The held passphrase: the key it derived for the check is reused by every later connection.
    passphrase: Passphrase | None = field(default=None, repr=False)


def inspect_file(path: Path, passphrase: str | Passphrase | None) -> FileInspection:
    """Read, without writing a byte, whether ``path`` is a workspace we can open with ``passphrase``."""
    if not path.exists():
        raise WorkspaceError(Message("Die Datei „{path}“ gibt es nicht.", path=str(path)))
    if not path.is_file():
        raise NotAWorkspaceError(Message("„{path}“ ist keine Datei.", path=str(path)))
    try:
        size = path.stat().st_size
        encrypted = not is_plain_sqlite(path) if size else False
    except OSError as exc:
        raise WorkspaceError(
            Message(
                "Die Datei „{path}“ kann nicht gelesen werden: {reason}.",
                path=str(path),
                reason=failure_message(exc),
            )
        ) from exc
    if size < 512:
        raise NotAWorkspaceError(
            Message(
                "„{name}“ ist leer oder abgeschnitten und keine Verbund-Desktop-Datenbank.", name=path.name
            )
        )
    if encrypted and passphrase is None:
        raise WrongPassphraseError(
            Message(
                "„{name}“ ist verschlüsselt (oder keine Datenbank). Bitte die Passphrase angeben.",
                name=path.name,
            )
        )
    try:
        conn = readonly_connect(path, passphrase if encrypted else None)
    except OPEN_FAILURES as exc:
        raise open_failure(exc, path) from exc
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        ]
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except OPEN_FAILURES as exc:
        raise _read_failure(exc, path, encrypted=encrypted) from exc
    finally:
        conn.close()
    if tables and "alembic_version" not in tables:
        raise NotAWorkspaceError(
            Message("„{name}“ ist eine fremde Datenbank, keine Verbund-Desktop-Datenbank.", name=path.name)
        )
    _refuse_partial_schema(path, revision, tables)
    return FileInspection(
        encrypted=encrypted,
        revision=revision,
        table_count=len(tables),
        tables=frozenset(tables),
        passphrase=Passphrase.hold(passphrase) if encrypted else None,
    )


def _refuse_partial_schema(path: Path, revision: str | None, tables: list[str]) -> None:
    """Without a revision a file may hold no tables of ours: those are the remains of a creation or an upgrade
    that an older program version could not finish (it committed every ``CREATE TABLE`` on its own)."""
    if revision is None and set(tables) & set(Base.metadata.tables):
        raise IncompleteSchemaError(
            Message(
                "„{name}“ ist unvollständig: Das Anlegen oder Aktualisieren des Arbeitsbereichs wurde "
                "abgebrochen, bevor alle Tabellen bestanden. Die Datei wurde nicht verändert. Bitte eine "
                "Sicherung wiederherstellen oder den Arbeitsbereich neu anlegen.",
                name=path.name,
            )
        )


def open_failure(exc: BaseException, path: Path) -> WorkspaceError:
    described = describe_failure(exc, path.name)
    if described is not None:
        return described
    return NotAWorkspaceError(
        Message("„{name}“ kann nicht geöffnet werden. Die Datei wurde nicht verändert.", name=path.name)
    )


def _read_failure(exc: BaseException, path: Path, *, encrypted: bool) -> WorkspaceError:
    """Reading the schema failed. For an encrypted file "not a database" is what SQLCipher says both for a
    wrong key and for a damaged first page; every other cause (locked, read-only, damaged) is named as such."""
    described = describe_failure(exc, path.name)
    code = getattr(exc, "sqlite_errorcode", None)
    not_a_database = code == 26 or "not a database" in (str(exc.args[0]) if exc.args else "")
    if encrypted and (not_a_database or described is None):
        return WrongPassphraseError(
            "Die Passphrase ist falsch, oder der Anfang der Datei ist beschädigt. Die Datei wurde nicht verändert."
        )
    if described is not None:
        return described
    return NotAWorkspaceError(
        Message("„{name}“ ist beschädigt oder keine Verbund-Desktop-Datenbank.", name=path.name)
    )
