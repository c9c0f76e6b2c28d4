"""Backups of a workspace file: before migrations, once a day on open, on request; and restoring one.

A backup is a consistent copy made through SQLite's online backup API and encrypted with the same passphrase as
the workspace. Automatic backups live beside the database in ``Sicherungen/`` and rotate (the newest *keep* of each
kind stay). A restore checks the chosen file completely before anything is replaced and keeps the current
database aside, so a restore can itself be undone.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

import sqlcipher3

from .engine import raw_connect, readonly_connect
from .errors import NewerSchemaError, WorkspaceError
from .workspace import Workspace, default_backup_dir, inspect_file

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
_DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
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


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    encrypted: bool
    revision: str


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    aside: Path | None  # where the replaced database was kept (None when there was none)
    revision: str


def backup_dir_for(db_path: Path) -> Path:
    return default_backup_dir(Path(db_path))


def backup_path(directory: Path, db_path: Path, kind: BackupKind, *, detail: str = "", now: datetime | None = None) -> Path:
    """A new, unused file name: ``<stem>.<kind>[-<detail>]-<YYYYmmdd-HHMMSS>[-n].db``."""
    stamp = (now or datetime.now()).strftime(_STAMP_FORMAT)
    middle = f"{kind.value}-{_safe(detail)}-" if detail else f"{kind.value}-"
    candidate = directory / f"{db_path.stem}.{middle}{stamp}.db"
    counter = 2
    while candidate.exists():
        candidate = directory / f"{db_path.stem}.{middle}{stamp}-{counter}.db"
        counter += 1
    return candidate


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
    found: list[tuple[datetime, int, BackupInfo]] = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match is None or not entry.is_file():
            continue
        try:
            created = datetime.strptime(match["stamp"], _STAMP_FORMAT)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        info = BackupInfo(entry, BackupKind(match["kind"]), created, size)
        found.append((created, int(match["n"] or 1), info))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [info for _, _, info in found]


def prune_backups(db_path: Path, kind: BackupKind, keep: int, directory: Path | None = None) -> list[Path]:
    """Delete the oldest backups of one kind so that ``keep`` remain; returns the deleted paths."""
    keep = max(1, keep)
    removed: list[Path] = []
    for info in [b for b in list_backups(db_path, directory) if b.kind is kind][keep:]:
        for suffix in ("", *_SIDE_FILES):
            Path(str(info.path) + suffix).unlink(missing_ok=True)
        removed.append(info.path)
        log.info("Alte Sicherung gelöscht: %s", info.path.name)
    return removed


def _copy(src: Path, dest: Path, passphrase: str | None) -> None:
    """Consistent copy through SQLite's online backup API (committed WAL content included), encrypted with the
    same passphrase. The copy uses a rollback journal, so reading it later leaves no side files behind."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    source = raw_connect(src, passphrase)
    target = raw_connect(part, passphrase)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    finally:
        target.close()
        source.close()
    os.replace(part, dest)


def _write_verified(src: Path, dest: Path, passphrase: str | None) -> VerifiedBackup:
    try:
        _copy(src, dest, passphrase)
    except OSError as exc:
        raise BackupError(f"Die Sicherung „{dest}“ kann nicht geschrieben werden: {exc.strerror}.") from exc
    except _DB_ERRORS as exc:
        Path(str(dest) + ".part").unlink(missing_ok=True)
        raise BackupError(f"Die Datenbank kann nicht gesichert werden: {exc}.") from exc
    try:
        return verify_backup(dest, passphrase)
    except WorkspaceError:
        dest.unlink(missing_ok=True)
        raise


def _key(ws: Workspace) -> str | None:
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
    return _write_verified(ws.path, dest, _key(ws))


def rotating_backup(
    ws: Workspace, kind: BackupKind, *, keep: int = DEFAULT_KEEP, directory: Path | None = None
) -> VerifiedBackup:
    """A backup into the backup folder; the oldest of the same kind beyond ``keep`` are deleted."""
    folder = directory or backup_dir_for(ws.path)
    result = _write_verified(ws.path, backup_path(folder, ws.path, kind), _key(ws))
    prune_backups(ws.path, kind, keep, folder)
    return result


def migration_backup(
    db_path: Path, passphrase: str | None, revision: str | None, directory: Path, *, keep: int = DEFAULT_KEEP
) -> Path:
    """The backup taken before the schema of ``db_path`` is upgraded (the file is not open yet)."""
    dest = backup_path(directory, db_path, BackupKind.MIGRATION, detail=revision or "leer")
    _write_verified(db_path, dest, passphrase)
    prune_backups(db_path, BackupKind.MIGRATION, keep, directory)
    log.info("Sicherung vor der Migration: %s", dest)
    return dest


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
    path = Path(path)
    info = inspect_file(path, passphrase)
    if info.revision is None or info.table_count == 0:
        raise BackupError(f"„{path.name}“ ist leer und keine Sicherung eines Arbeitsbereichs.")
    from .migrate import known_revisions

    if info.revision not in known_revisions():
        raise NewerSchemaError(
            f"„{path.name}“ stammt von einer neueren Version von Verbund Desktop (Schema {info.revision}) "
            "und kann mit diesem Programm nicht wiederhergestellt werden."
        )
    side_files_before = {s for s in ("-wal", "-shm") if Path(str(path) + s).exists()}
    try:
        conn = readonly_connect(path, passphrase if info.encrypted else None)
    except _DB_ERRORS as exc:
        raise BackupError(f"„{path.name}“ kann nicht geöffnet werden: {exc}.") from exc
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except _DB_ERRORS as exc:
        raise BackupError(f"„{path.name}“ ist beschädigt ({exc}); die Sicherung ist nicht verwendbar.") from exc
    finally:
        conn.close()
        _remove_created_side_files(path, side_files_before)
    if problems != ["ok"]:
        raise BackupError(
            f"„{path.name}“ ist beschädigt (Integritätsprüfung: {'; '.join(problems[:3])}); "
            "die Sicherung ist nicht verwendbar."
        )
    return VerifiedBackup(path=path, encrypted=info.encrypted, revision=info.revision)


def restore_backup(
    db_path: Path,
    source: Path,
    passphrase: str | None,
    *,
    target_passphrase: str | None = None,
    aside_dir: Path | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` by the backup ``source`` (which is verified first).

    ``passphrase`` opens the backup. With ``target_passphrase`` the restored database is re-keyed to it (a
    backup made before a passphrase change). The current database, if any, is moved aside into the backup
    folder together with its WAL file, never deleted. The workspace must be closed (Windows keeps open files).
    """
    db_path, source = Path(db_path), Path(source)
    if source.resolve() == db_path.resolve():
        raise BackupError("Die Sicherung ist der Arbeitsbereich selbst; bitte eine Sicherungsdatei wählen.")
    verified = verify_backup(source, passphrase)
    key = passphrase if verified.encrypted else None
    staging = db_path.with_name(db_path.name + ".wiederherstellung")
    _remove_with_side_files(staging)
    _write_verified(source, staging, key)
    if target_passphrase is not None and verified.encrypted and target_passphrase != key:
        from .rekey import rekey_file

        try:
            rekey_file(staging, key or "", target_passphrase)
        except WorkspaceError:
            _remove_with_side_files(staging)
            raise
    aside: Path | None = None
    try:
        if db_path.exists():
            folder = aside_dir or backup_dir_for(db_path)
            folder.mkdir(parents=True, exist_ok=True)
            aside = backup_path(folder, db_path, BackupKind.BEFORE_RESTORE)
            _move_with_side_files(db_path, aside)
        os.replace(staging, db_path)
    except OSError as exc:
        if aside is not None and aside.exists() and not db_path.exists():
            _move_with_side_files(aside, db_path)
        _remove_with_side_files(staging)
        raise BackupError(
            f"Die Wiederherstellung ist fehlgeschlagen ({exc.strerror}); der bisherige Arbeitsbereich ist "
            "unverändert. Ist die Datei noch in einem anderen Programm geöffnet?"
        ) from exc
    log.info("Wiederhergestellt aus %s; bisheriger Stand: %s", source, aside)
    return RestoreResult(restored_from=source, aside=aside, revision=verified.revision)


def _remove_created_side_files(path: Path, existed: set[str]) -> None:
    """A read-only look at a WAL-mode file leaves an empty WAL and an index behind; tidy up what we created."""
    wal = Path(str(path) + "-wal")
    if "-wal" not in existed and wal.exists() and wal.stat().st_size == 0:
        wal.unlink(missing_ok=True)
    if "-shm" not in existed and not wal.exists():
        Path(str(path) + "-shm").unlink(missing_ok=True)


def _move_with_side_files(src: Path, dest: Path) -> None:
    # The WAL may hold committed transactions not yet copied into the main file: it moves along.
    for suffix in ("-wal", "-journal"):
        side = Path(str(src) + suffix)
        if side.exists():
            os.replace(side, Path(str(dest) + suffix))
    Path(str(src) + "-shm").unlink(missing_ok=True)
    os.replace(src, dest)


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", ".part", *_SIDE_FILES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def reopen_in_place(ws: Workspace, passphrase: str | None) -> None:
    """Point an open Workspace object at its (restored or re-keyed) file again: new engine, same object.

    Views keep their reference to the workspace; the next unit of work reads the new file. An older schema is
    upgraded (with its own backup) exactly as on a normal open.
    """
    from .workspace import open_workspace

    ws.engine.dispose()
    fresh = open_workspace(ws.path, passphrase)
    ws.engine = fresh.engine
    ws.session_factory = fresh.session_factory
    ws.encrypted = fresh.encrypted
    ws.migration_backup = fresh.migration_backup
    ws._passphrase = fresh._passphrase
