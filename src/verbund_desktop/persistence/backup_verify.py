"""Verifying a backup (or any workspace copy) without writing to it: readable with its key, a workspace of a
schema this program knows, and every page, record and index intact (``persistence.integrity``)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from verbund_desktop.assessment.errors import Message, failure_message
from verbund_desktop.files import is_plain_sqlite
from verbund_desktop.persistence.engine import Key, readonly_connect
from verbund_desktop.persistence.errors import (
    NewerSchemaError,
    NotAWorkspaceError,
    WorkspaceError,
    WrongPassphraseError,
)
from verbund_desktop.persistence.integrity import (
    page_authentication_problems,
    structure_problems,
    whole_file_cache,
)
from verbund_desktop.persistence.migrations import HEAD_REVISION

_DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
_OPEN_ERRORS: tuple[type[BaseException], ...] = (*_DB_ERRORS, ValueError)


class BackupError(WorkspaceError):
    """A backup cannot be written, read or restored; the message is a complete German sentence."""


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    encrypted: bool
    revision: str


def verify_backup(path: Path, passphrase: Key | None) -> VerifiedBackup:
    """Check a backup completely without writing to it: a Verbund Desktop database this program can read,
    openable with ``passphrase``, and ``PRAGMA integrity_check`` ok. Raises a WorkspaceError subclass."""
    return _examine(Path(path), passphrase, require_revision=True)


def check_integrity(path: Path, passphrase: Key | None) -> None:
    """Readable with ``passphrase`` and ``PRAGMA integrity_check`` ok; raises a WorkspaceError subclass."""
    _examine(Path(path), passphrase, require_revision=False)


def _examine(path: Path, passphrase: Key | None, *, require_revision: bool) -> VerifiedBackup:
    """One read-only connection (one key derivation) for every check."""
    if not path.is_file():
        raise BackupError(Message("Die Sicherung „{path}“ gibt es nicht.", path=str(path)))
    try:
        size = path.stat().st_size
        encrypted = size > 0 and not is_plain_sqlite(path)
    except OSError as exc:
        raise BackupError(
            Message(
                "„{path}“ kann nicht gelesen werden: {reason}.",
                path=str(path),
                reason=failure_message(exc),
            )
        ) from exc
    if size < 512:
        raise NotAWorkspaceError(
            Message("„{name}“ ist leer oder abgeschnitten und keine Sicherung.", name=path.name)
        )
    unreadable = WrongPassphraseError(
        Message(
            "„{name}“ lässt sich nicht öffnen: Die Passphrase passt nicht, oder die Datei ist beschädigt "
            "oder keine Sicherung von Verbund Desktop. Es wurde nichts verändert.",
            name=path.name,
        )
    )
    if encrypted and not passphrase:
        raise unreadable
    side_files_before = {s for s in ("-wal", "-shm") if Path(str(path) + s).exists()}
    try:
        conn = readonly_connect(path, passphrase if encrypted else None)
    except _OPEN_ERRORS as exc:  # ValueError: a passphrase SQLite cannot even take
        raise unreadable from exc
    try:
        revision, problems = _read_checks(conn, path, encrypted, unreadable)
    finally:
        conn.close()
        _remove_created_side_files(path, side_files_before)
    if require_revision:
        _check_revision(path, revision)
    if problems != ["ok"]:
        raise BackupError(
            Message(
                "„{name}“ ist beschädigt (Integritätsprüfung: {problems}); die Sicherung ist nicht verwendbar.",
                name=path.name,
                problems="; ".join(problems[:3]),  # SQLite's own words
            )
        )
    return VerifiedBackup(path=path, encrypted=encrypted, revision=revision or "")


def _check_revision(path: Path, revision: str | None) -> None:
    """A backup to restore has a schema this program knows."""
    if revision is None:
        raise BackupError(
            Message("„{name}“ ist leer und keine Sicherung eines Arbeitsbereichs.", name=path.name)
        )
    if revision == HEAD_REVISION:  # the program's own schema: known without loading Alembic's scripts
        return
    from verbund_desktop.persistence.migrate import known_revisions

    if revision not in known_revisions():
        raise NewerSchemaError(
            Message(
                "„{name}“ stammt von einer neueren Version von Verbund Desktop (Schema {revision}) "
                "und kann mit diesem Programm nicht wiederhergestellt werden.",
                name=path.name,
                revision=revision,
            )
        )


def _read_checks(
    conn: Any, path: Path, encrypted: bool, unreadable: WorkspaceError
) -> tuple[str | None, list[str]]:
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        ]
    except _DB_ERRORS as exc:
        if encrypted:
            raise unreadable from exc
        raise NotAWorkspaceError(
            Message("„{name}“ ist beschädigt oder keine Datenbank von Verbund Desktop.", name=path.name)
        ) from exc
    if tables and "alembic_version" not in tables:
        raise NotAWorkspaceError(
            Message(
                "„{name}“ ist eine fremde Datenbank, keine Sicherung von Verbund Desktop.", name=path.name
            )
        )
    try:
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        with whole_file_cache(conn, path):
            problems = structure_problems(conn)
        if encrypted and problems == ["ok"]:
            problems = page_authentication_problems(conn) or problems
    except _DB_ERRORS as exc:
        raise BackupError(
            Message("„{name}“ ist beschädigt; die Sicherung ist nicht verwendbar.", name=path.name)
        ) from exc
    return revision, problems


def _remove_created_side_files(path: Path, existed: set[str]) -> None:
    """A read-only look at a WAL-mode file leaves an empty WAL and an index behind; tidy up what we created."""
    wal = Path(str(path) + "-wal")
    if "-wal" not in existed and wal.exists() and wal.stat().st_size == 0:
        wal.unlink(missing_ok=True)
    if "-shm" not in existed and not wal.exists():
        Path(str(path) + "-shm").unlink(missing_ok=True)
