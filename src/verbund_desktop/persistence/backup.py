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
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import sqlcipher3
from sqlalchemy import Engine

from verbund_desktop.files import ensure_private_dir, failure_reason
from verbund_desktop.persistence.engine import is_plain_sqlite, raw_connect, readonly_connect
from verbund_desktop.persistence.errors import (
    NewerSchemaError,
    NotAWorkspaceError,
    WorkspaceError,
    WrongPassphraseError,
    failure_sentence,
)

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
_DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
_OPEN_ERRORS: tuple[type[BaseException], ...] = (*_DB_ERRORS, ValueError)
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupError(WorkspaceError):
    """A backup cannot be written, read or restored; the message is a complete German sentence."""


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


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    encrypted: bool
    revision: str


class Workspace(Protocol):
    """What a backup needs of an open workspace (:class:`.workspace.Workspace`, which opens through this
    module when it takes the backup before a schema upgrade)."""

    @property
    def path(self) -> Path: ...
    @property
    def engine(self) -> Engine: ...
    @property
    def _passphrase(self) -> str | None: ...


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


def _copy(src: Path, dest: Path, passphrase: str | None, source: Any = None) -> None:
    """Consistent copy through SQLite's online backup API (committed WAL content included), encrypted with the
    same passphrase. ``source``: an open, keyed connection to ``src`` (saves a key derivation). The copy uses a
    rollback journal, so reading it later leaves no side files behind."""
    ensure_private_dir(dest.parent)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    own_source = source is None
    if own_source:
        source = raw_connect(src, passphrase)
    target = raw_connect(part, passphrase)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    finally:
        target.close()
        if own_source:
            source.close()
    os.replace(part, dest)


def write_verified_copy(
    src: Path, dest: Path, passphrase: str | None, *, workspace_only: bool = True, source: Any = None
) -> VerifiedBackup:
    try:
        _copy(src, dest, passphrase, source)
    except OSError as exc:
        raise BackupError(
            f"Die Sicherung „{dest}“ kann nicht geschrieben werden: {failure_reason(exc)}."
        ) from exc
    except _DB_ERRORS as exc:
        Path(str(dest) + ".part").unlink(missing_ok=True)
        raise BackupError(
            f"Die Datenbank kann nicht gesichert werden. {failure_sentence(exc, src.name)}"
        ) from exc
    try:
        if workspace_only:
            return verify_backup(dest, passphrase)
        check_integrity(dest, passphrase)
        return VerifiedBackup(path=dest, encrypted=passphrase is not None, revision="")
    except WorkspaceError:
        dest.unlink(missing_ok=True)
        raise


def workspace_key(ws: Workspace) -> str | None:
    # The passphrase stays inside the persistence package; it is never written anywhere but into the
    # SQLCipher key of the copy.
    return ws._passphrase


def create_backup(ws: Workspace, dest: Path) -> VerifiedBackup:
    """A manual backup of the open workspace into ``dest`` (a new file), verified after writing."""
    dest = Path(dest)
    if dest.exists():
        raise BackupError(f"„{dest}“ gibt es schon; eine vorhandene Datei wird nicht überschrieben.")
    if dest.resolve() == ws.path.resolve() or dest.name.startswith(ws.path.name + "-"):
        raise BackupError("Die Sicherung muss eine andere Datei als der Arbeitsbereich sein.")
    return _backup_open(ws, dest)


def _backup_open(ws: Workspace, dest: Path) -> VerifiedBackup:
    with ws.engine.connect() as conn:  # the pooled connection is keyed already
        return write_verified_copy(ws.path, dest, workspace_key(ws), source=conn.connection.driver_connection)


def rotating_backup(
    ws: Workspace, kind: BackupKind, *, keep: int = DEFAULT_KEEP, directory: Path | None = None
) -> VerifiedBackup:
    """A backup into the backup folder; the oldest of the same kind beyond ``keep`` are deleted."""
    folder = directory or backup_dir_for(ws.path)
    result = _backup_open(ws, backup_path(folder, ws.path, kind))
    prune_backups(ws.path, kind, keep, folder)
    return result


def migration_backup(
    db_path: Path, passphrase: str | None, revision: str | None, directory: Path, *, keep: int = DEFAULT_KEEP
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
    ws: Workspace, *, keep: int = DEFAULT_KEEP, today: date | None = None, directory: Path | None = None
) -> VerifiedBackup | None:
    """Once a day on open: a backup unless one of today exists already. Returns it, or None when not due."""
    today = today or date.today()
    for info in list_backups(ws.path, directory):
        if info.kind is BackupKind.DAILY and info.created.date() == today:
            return None
    return rotating_backup(ws, BackupKind.DAILY, keep=keep, directory=directory)


def verify_backup(path: Path, passphrase: str | None) -> VerifiedBackup:
    """Check a backup completely without writing to it: a Verbund Desktop database this program can read,
    openable with ``passphrase``, and ``PRAGMA integrity_check`` ok. Raises a WorkspaceError subclass."""
    return _examine(Path(path), passphrase, require_revision=True)


def check_integrity(path: Path, passphrase: str | None) -> None:
    """Readable with ``passphrase`` and ``PRAGMA integrity_check`` ok; raises a WorkspaceError subclass."""
    _examine(Path(path), passphrase, require_revision=False)


def _examine(path: Path, passphrase: str | None, *, require_revision: bool) -> VerifiedBackup:
    """One read-only connection (one key derivation) for every check."""
    if not path.is_file():
        raise BackupError(f"Die Sicherung „{path}“ gibt es nicht.")
    try:
        size = path.stat().st_size
        encrypted = size > 0 and not is_plain_sqlite(path)
    except OSError as exc:
        raise BackupError(f"„{path}“ kann nicht gelesen werden: {failure_reason(exc)}.") from exc
    if size < 512:
        raise NotAWorkspaceError(f"„{path.name}“ ist leer oder abgeschnitten und keine Sicherung.")
    unreadable = WrongPassphraseError(
        f"„{path.name}“ lässt sich nicht öffnen: Die Passphrase passt nicht, oder die Datei ist beschädigt "
        "oder keine Sicherung von Verbund Desktop. Es wurde nichts verändert."
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
        if revision is None:
            raise BackupError(f"„{path.name}“ ist leer und keine Sicherung eines Arbeitsbereichs.")
        from verbund_desktop.persistence.migrate import known_revisions

        if revision not in known_revisions():
            raise NewerSchemaError(
                f"„{path.name}“ stammt von einer neueren Version von Verbund Desktop (Schema {revision}) "
                "und kann mit diesem Programm nicht wiederhergestellt werden."
            )
    if problems != ["ok"]:
        raise BackupError(
            f"„{path.name}“ ist beschädigt (Integritätsprüfung: {'; '.join(problems[:3])}); "
            "die Sicherung ist nicht verwendbar."
        )
    return VerifiedBackup(path=path, encrypted=encrypted, revision=revision or "")


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
            f"„{path.name}“ ist beschädigt oder keine Datenbank von Verbund Desktop."
        ) from exc
    if tables and "alembic_version" not in tables:
        raise NotAWorkspaceError(
            f"„{path.name}“ ist eine fremde Datenbank, keine Sicherung von Verbund Desktop."
        )
    try:
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except _DB_ERRORS as exc:
        raise BackupError(f"„{path.name}“ ist beschädigt; die Sicherung ist nicht verwendbar.") from exc
    return revision, problems


def _remove_created_side_files(path: Path, existed: set[str]) -> None:
    """A read-only look at a WAL-mode file leaves an empty WAL and an index behind; tidy up what we created."""
    wal = Path(str(path) + "-wal")
    if "-wal" not in existed and wal.exists() and wal.stat().st_size == 0:
        wal.unlink(missing_ok=True)
    if "-shm" not in existed and not wal.exists():
        Path(str(path) + "-shm").unlink(missing_ok=True)
