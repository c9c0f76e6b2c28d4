"""Backups of a workspace file: before migrations, once a day on open, on request; and restoring one.

A backup is a consistent copy made through SQLite's online backup API and encrypted with the same passphrase as
the workspace. Automatic backups live beside the database in ``Sicherungen/`` and rotate (the newest *keep* of each
kind stay). A restore checks the chosen file completely before anything is replaced and keeps the current
database aside, so a restore can itself be undone.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3
from sqlalchemy import Engine

from verbund_desktop.assessment.errors import Message, as_message, failure_message
from verbund_desktop.files import ensure_private_dir
from verbund_desktop.persistence.backup_verify import (
    BackupError,
    VerifiedBackup,
    _examine,
    verify_backup,
)
from verbund_desktop.persistence.engine import raw_connect
from verbund_desktop.persistence.errors import (
    WorkspaceError,
    failure_sentence,
)
from verbund_desktop.persistence.file_guard import FileGuard
from verbund_desktop.persistence.secret import Passphrase, RawKey, new_file_key
from verbund_desktop.persistence.snapshot_copy import CopyCancelledError, Progress, copy_pages

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
_DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
_OPEN_ERRORS: tuple[type[BaseException], ...] = (*_DB_ERRORS, ValueError)
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupKind(StrEnum):
    DAILY = "taeglich"
    MIGRATION = "vor-migration"
    MANUAL = "manuell"
    BEFORE_RESTORE = "vor-wiederherstellung"

    @property
    def label(self) -> str:
        return {
            BackupKind.DAILY: "Tägliche Sicherung",
            BackupKind.MIGRATION: "Vor Programm-Aktualisierung",
            BackupKind.MANUAL: "Manuelle Sicherung",
            BackupKind.BEFORE_RESTORE: "Stand vor einer Wiederherstellung",
        }[self]


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in a backup folder, newest first when listed."""

    path: Path
    kind: BackupKind
    created: datetime  # local time, from the file name
    size_bytes: int
    detail: str = (
        ""  # migration backups: the source revision and the state of the file (see migration_backup)
    )


class Workspace(Protocol):
    """What a backup needs of an open workspace (:class:`.workspace.Workspace`, which opens through this
    module when it takes the backup before a schema upgrade)."""

    @property
    def path(self) -> Path: ...
    @property
    def engine(self) -> Engine: ...
    @property
    def _passphrase(self) -> str | None: ...
    @property
    def _secret(self) -> Passphrase | None: ...
    @property
    def file_guard(self) -> FileGuard: ...


def default_backup_dir(path: Path) -> Path:
    """The backup folder beside a workspace file."""
    return path.parent / "Sicherungen"


def backup_dir_for(db_path: Path) -> Path:
    return default_backup_dir(Path(db_path))


def backup_path(
    directory: Path, db_path: Path, kind: BackupKind, *, detail: str = "", now: datetime | None = None
) -> Path:
    """A new file name: ``<stem>.<kind>[-<detail>]-<YYYYmmdd-HHMMSS>[-n].db``. Within one second the counter
    only grows (a name freed by rotation is never reused), so the name always sorts by age."""
    stamp = (now or datetime.now()).strftime(_STAMP_FORMAT)
    middle = f"{kind.value}-{_safe(detail)}-" if detail else f"{kind.value}-"
    base = f"{db_path.stem}.{middle}{stamp}"
    taken = [1] if (directory / f"{base}.db").exists() else []
    if directory.is_dir():
        suffix = re.compile(rf"^{re.escape(base)}-(\d+)\.db$")
        taken += [int(m[1]) for entry in directory.iterdir() if (m := suffix.match(entry.name))]
    return directory / (f"{base}-{max(taken) + 1}.db" if taken else f"{base}.db")


def _safe(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z_]+", "_", text) or "x"


def _pattern(stem: str) -> re.Pattern[str]:
    kinds = "|".join(re.escape(k.value) for k in BackupKind)
    return re.compile(
        rf"^{re.escape(stem)}\.(?P<kind>{kinds})-(?:(?P<detail>[0-9A-Za-z_]+)-)?"
        r"(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db$"
    )


def list_backups(db_path: Path, directory: Path | None = None) -> list[BackupInfo]:
    """Backups of ``db_path`` in its backup folder, newest first."""
    db_path = Path(db_path)
    folder = directory or backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path.stem)
    found: list[tuple[datetime, int, int, BackupInfo]] = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            created = datetime.strptime(match["stamp"], _STAMP_FORMAT)
            stat = entry.stat()
        except (ValueError, OSError):
            continue
        info = BackupInfo(entry, BackupKind(match["kind"]), created, stat.st_size, match["detail"] or "")
        # within one second: the counter in the name, then the file's own time
        found.append((created, int(match["n"] or 1), stat.st_mtime_ns, info))
    found.sort(key=lambda item: item[:3], reverse=True)
    return [item[3] for item in found]


def prune_backups(db_path: Path, kind: BackupKind, keep: int, directory: Path | None = None) -> list[Path]:
    """Delete the oldest backups of one kind so that ``keep`` remain; returns the deleted paths.

    Migration backups are kept besides: the newest one of every source revision, so that repeated upgrade
    attempts of one file never rotate away the only copy of an older revision."""
    keep = max(1, keep)
    of_kind = [b for b in list_backups(db_path, directory) if b.kind is kind]
    protected: set[Path] = set()
    if kind is BackupKind.MIGRATION:
        seen: set[str] = set()
        for info in of_kind:  # newest first
            revision = _revision_of(info.detail)
            if revision not in seen:
                seen.add(revision)
                protected.add(info.path)
    removed: list[Path] = []
    for info in of_kind[keep:]:
        if info.path in protected:
            continue
        for suffix in ("", *_SIDE_FILES):
            Path(str(info.path) + suffix).unlink(missing_ok=True)
        removed.append(info.path)
        log.info("Alte Sicherung gelöscht: %s", info.path.name)
    return removed


_STATE_SUFFIX = re.compile(r"_h[0-9a-f]{16}$")


def _revision_of(detail: str) -> str:
    """The source revision in a migration backup's name (older names carry no state fingerprint)."""
    return _STATE_SUFFIX.sub("", detail)


def _copy(
    src: Path, dest: Path, passphrase: str | Passphrase | None, source: Any = None, how: _How | None = None
) -> RawKey | None:
    """Consistent copy through SQLite's online backup API (committed WAL content included), encrypted with the
    same passphrase under a salt of its own. ``source``: an open, keyed connection to ``src``. Returns the copy's
    key (one derivation for the new salt; the verification reuses it). The copy uses a rollback journal, so
    reading it later leaves no side files behind."""
    ensure_private_dir(dest.parent)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    own_source = source is None
    if own_source:
        source = raw_connect(src, passphrase)
    key = None if passphrase is None else new_file_key(_text(passphrase))
    target = raw_connect(part, key)
    how = how or _How()
    try:
        copy_pages(source, target, progress=how.progress, cancel=how.cancel)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    except BaseException:
        target.close()
        part.unlink(missing_ok=True)  # cancelled or failed: no half-written file stays behind
        raise
    finally:
        target.close()
        if own_source:
            source.close()
    os.replace(part, dest)
    return key


@dataclass(frozen=True)
class _How:
    """How a backup runs: progress reports and a cancel flag (the daily backup in a worker)."""

    progress: Progress | None = None
    cancel: threading.Event | None = None


def _text(passphrase: str | Passphrase) -> str:
    return passphrase.reveal() if isinstance(passphrase, Passphrase) else passphrase


def write_verified_copy(
    src: Path,
    dest: Path,
    passphrase: str | Passphrase | None,
    *,
    workspace_only: bool = True,
    source: Any = None,
    how: _How | None = None,
) -> VerifiedBackup:
    try:
        key = _copy(src, dest, passphrase, source, how)
    except OSError as exc:
        raise BackupError(
            Message(
                "Die Sicherung „{path}“ kann nicht geschrieben werden: {reason}.",
                path=str(dest),
                reason=failure_message(exc),
            )
        ) from exc
    except _DB_ERRORS as exc:
        Path(str(dest) + ".part").unlink(missing_ok=True)
        raise BackupError(
            Message(
                "Die Datenbank kann nicht gesichert werden. {why}",
                why=as_message(failure_sentence(exc, src.name)),
            )
        ) from exc
    try:
        verified = verify_backup(dest, key) if workspace_only else _examine(dest, key, require_revision=False)
        if how is not None and how.cancel is not None and how.cancel.is_set():
            raise CopyCancelledError
        return verified
    except (WorkspaceError, CopyCancelledError):
        dest.unlink(missing_ok=True)
        raise
    finally:
        if key is not None:
            key.clear()


def workspace_key(ws: Workspace) -> str | None:
    # The passphrase stays inside the persistence package; it is never written anywhere but into the
    # SQLCipher key of the copy.
    return ws._passphrase


def create_backup(ws: Workspace, dest: Path) -> VerifiedBackup:
    """A manual backup of the open workspace into ``dest`` (a new file), verified after writing."""
    dest = Path(dest)
    if dest.exists():
        raise BackupError(
            Message("„{path}“ gibt es schon; eine vorhandene Datei wird nicht überschrieben.", path=str(dest))
        )
    if dest.resolve() == ws.path.resolve() or dest.name.startswith(ws.path.name + "-"):
        raise BackupError("Die Sicherung muss eine andere Datei als der Arbeitsbereich sein.")
    return _backup_open(ws, dest)


def _backup_open(ws: Workspace, dest: Path, how: _How | None = None) -> VerifiedBackup:
    """Through this thread's own pooled connection (keyed already); commits of other threads meanwhile
    checkpoint passively, so they never wait for this reader (``FileGuard.long_read``)."""
    with ws.engine.connect() as conn, ws.file_guard.long_read():
        source = conn.connection.driver_connection
        return write_verified_copy(ws.path, dest, ws._secret or workspace_key(ws), source=source, how=how)


def rotating_backup(
    ws: Workspace,
    kind: BackupKind,
    *,
    keep: int = DEFAULT_KEEP,
    directory: Path | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> VerifiedBackup:
    """A backup into the backup folder; the oldest of the same kind beyond ``keep`` are deleted. Cancelled
    (``cancel`` set): CopyCancelledError, no file written and none deleted."""
    folder = directory or backup_dir_for(ws.path)
    result = _backup_open(ws, backup_path(folder, ws.path, kind), _How(progress, cancel))
    prune_backups(ws.path, kind, keep, folder)
    return result


def migration_backup(
    db_path: Path,
    passphrase: str | Passphrase | None,
    revision: str | None,
    directory: Path,
    *,
    keep: int = DEFAULT_KEEP,
) -> Path:
    """The backup taken before the schema of ``db_path`` is upgraded (the file is not open yet).

    One backup per source revision and state of the file: when an earlier attempt already saved exactly this
    content (an upgrade that failed, or was killed, leaves the file as it was), that backup is returned and
    nothing is written or rotated.
    """
    try:
        source = raw_connect(db_path, passphrase)
    except _OPEN_ERRORS as exc:
        raise BackupError("Die Datenbank kann vor der Aktualisierung nicht gesichert werden.") from exc
    try:
        detail = _safe(f"{revision or 'leer'}_h{_content_fingerprint(source)}")
        for info in list_backups(db_path, directory):
            if info.kind is BackupKind.MIGRATION and info.detail == detail and info.size_bytes >= 512:
                log.info("Sicherung vor der Migration gibt es schon: %s", info.path.name)
                return info.path
        dest = backup_path(directory, db_path, BackupKind.MIGRATION, detail=detail)
        # a very old file may lack a revision, so only its integrity is checked
        write_verified_copy(db_path, dest, passphrase, workspace_only=False, source=source)
    except _DB_ERRORS as exc:
        raise BackupError("Die Datenbank kann vor der Aktualisierung nicht gesichert werden.") from exc
    finally:
        source.close()
    prune_backups(db_path, BackupKind.MIGRATION, keep, directory)
    log.info("Sicherung vor der Migration: %s", dest.name)
    return dest


def _content_fingerprint(conn: Any) -> str:
    """A digest of the schema and every row: equal for equal content, however the pages lie in the file.

    A table scan returns rows in key order, so the same content always gives the same sequence."""
    digest = hashlib.sha256()
    master = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    digest.update(repr(master).encode())
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall():
        quoted = '"' + name.replace('"', '""') + '"'
        digest.update(quoted.encode())
        for row in conn.execute(f"SELECT * FROM {quoted}"):
            digest.update(repr(row).encode())
    return digest.hexdigest()[:16]


def daily_backup_if_due(
    ws: Workspace,
    *,
    keep: int = DEFAULT_KEEP,
    today: date | None = None,
    directory: Path | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> VerifiedBackup | None:
    """Once a day on open: a backup unless one of today exists already. Returns it, or None when not due."""
    if not daily_backup_due(ws.path, today=today, directory=directory):
        return None
    return rotating_backup(
        ws, BackupKind.DAILY, keep=keep, directory=directory, progress=progress, cancel=cancel
    )


def daily_backup_due(db_path: Path, *, today: date | None = None, directory: Path | None = None) -> bool:
    """No daily backup of ``today`` yet (a look at the folder; nothing is read from the database)."""
    today = today or date.today()
    return not any(
        info.kind is BackupKind.DAILY and info.created.date() == today
        for info in list_backups(db_path, directory)
    )
