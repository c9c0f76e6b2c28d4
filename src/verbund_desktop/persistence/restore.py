"""Restoring a workspace from a backup, and pointing an open workspace at a restored or re-keyed file.

A restore checks the chosen file completely (:func:`.backup.verify_backup`) before anything is replaced and keeps
the current database aside in the backup folder, so a restore can itself be undone.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from verbund_desktop.assessment.errors import Message, failure_message
from verbund_desktop.files import ensure_private_dir, is_plain_sqlite
from verbund_desktop.persistence import writer_lock
from verbund_desktop.persistence.backup import (
    BackupError,
    BackupKind,
    VerifiedBackup,
    backup_dir_for,
    backup_path,
    verify_backup,
    workspace_key,
    write_verified_copy,
)
from verbund_desktop.persistence.engine import raw_connect
from verbund_desktop.persistence.rekey import encrypt_file, rekey_file
from verbund_desktop.persistence.sync_capture import renew_identity
from verbund_desktop.persistence.workspace import Workspace

log = logging.getLogger(__name__)
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    aside: Path | None  # where the replaced database was kept (None when there was none)
    revision: str
    encrypted: bool = True  # whether the restored workspace is encrypted
    reencrypted: bool = False  # an unencrypted backup was encrypted with the workspace's passphrase
    rekeyed: bool = False  # a backup with another passphrase now has the workspace's passphrase

    def protection_note(self) -> str:
        """German: what happened to the protection of the restored data (empty when nothing special)."""
        if self.reencrypted:
            return (
                "Die Sicherung war unverschlüsselt; der wiederhergestellte Arbeitsbereich wurde mit der "
                "jetzigen Passphrase verschlüsselt."
            )
        if self.rekeyed:
            return (
                "Die Sicherung hatte eine frühere Passphrase; der wiederhergestellte Arbeitsbereich hat die "
                "jetzige Passphrase."
            )
        if not self.encrypted:
            return "Achtung: Der wiederhergestellte Arbeitsbereich ist NICHT verschlüsselt."
        return ""


def restore_backup(
    db_path: Path,
    source: Path,
    passphrase: str | None,
    *,
    target_passphrase: str | None = None,
    aside_dir: Path | None = None,
    program: str = "Verbund Desktop",
    lock_held: bool = False,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` by the backup ``source`` (which is verified first).

    ``passphrase`` opens the backup. With ``target_passphrase`` the restored database is re-keyed to it (a
    backup made before a passphrase change) or encrypted with it (an unencrypted backup). Without it, an
    unencrypted backup is refused when the current workspace is encrypted: a restore never removes the
    encryption. The current database, if any, is moved aside into the backup folder together with its WAL file,
    never deleted. The workspace must be closed (Windows keeps open files). Unless ``lock_held`` (the caller
    holds the writer lock), the writer lock is taken for the restore: WorkspaceLockedError while another
    instance has the workspace open. ``progress`` as for :func:`restore_into`.
    """
    db_path, source = Path(db_path), Path(source)
    if source.resolve() == db_path.resolve():
        raise BackupError("Die Sicherung ist der Arbeitsbereich selbst; bitte eine Sicherungsdatei wählen.")
    if lock_held:
        return _restore_locked(db_path, source, passphrase, target_passphrase, aside_dir, progress)
    with writer_lock.acquire(db_path, program):
        return _restore_locked(db_path, source, passphrase, target_passphrase, aside_dir, progress)


def _current_is_encrypted(db_path: Path) -> bool:
    try:
        return db_path.is_file() and db_path.stat().st_size > 0 and not is_plain_sqlite(db_path)
    except OSError:
        return True  # unreadable: assume the stronger protection


Progress = Callable[[int, int], None]  # (done, total) between the steps; may raise to cancel the restore
STEPS = 4  # verify the backup, copy it, set its key and sync identity, replace the workspace


@dataclass(frozen=True)
class _Staged:
    staging: Path
    verified: VerifiedBackup
    key: str | None


def _restore_locked(
    db_path: Path,
    source: Path,
    passphrase: str | None,
    target_passphrase: str | None,
    aside_dir: Path | None,
    progress: Progress | None = None,
) -> RestoreResult:
    staged = _stage(db_path, source, passphrase, target_passphrase, progress)
    return _swap(db_path, source, staged, target_passphrase, aside_dir)


def _step(progress: Progress | None, done: int) -> None:
    if progress is not None:
        progress(done, STEPS)


def _stage(
    db_path: Path,
    source: Path,
    passphrase: str | None,
    target_passphrase: str | None,
    progress: Progress | None,
) -> _Staged:
    """Verify the backup and prepare the restored database next to ``db_path``, which is not touched: on any
    failure or cancel (``progress`` raising) the staging file is removed again."""
    _step(progress, 0)
    verified = verify_backup(source, passphrase)
    if not verified.encrypted and target_passphrase is None and _current_is_encrypted(db_path):
        raise BackupError(
            Message(
                "Die Sicherung „{name}“ ist unverschlüsselt, der Arbeitsbereich aber verschlüsselt. Bitte die "
                "Passphrase angeben, mit der die Daten verschlüsselt werden sollen; es wurde nichts geändert.",
                name=source.name,
            )
        )
    key = passphrase if verified.encrypted else None
    staging = db_path.with_name(db_path.name + ".wiederherstellung")
    _remove_with_side_files(staging)
    try:
        _step(progress, 1)
        write_verified_copy(source, staging, key)
        _step(progress, 2)
        if target_passphrase is not None and target_passphrase != key:
            if verified.encrypted:
                rekey_file(staging, key or "", target_passphrase)
            else:  # an unencrypted backup never makes an encrypted workspace readable
                encrypt_file(staging, target_passphrase)
        _renew_sync_identity(staging, target_passphrase if target_passphrase is not None else key)
        _step(progress, 3)  # the last chance to cancel: the workspace is replaced next
    except BaseException:
        _remove_with_side_files(staging)
        raise
    return _Staged(staging, verified, key)


def _swap(
    db_path: Path, source: Path, staged: _Staged, target_passphrase: str | None, aside_dir: Path | None
) -> RestoreResult:
    """Move the current database aside and the staged one into its place (undone when the move fails)."""
    staging, verified, key = staged.staging, staged.verified, staged.key
    aside: Path | None = None
    try:
        if db_path.exists():
            folder = aside_dir or backup_dir_for(db_path)
            ensure_private_dir(folder)
            aside = backup_path(folder, db_path, BackupKind.BEFORE_RESTORE)
            _move_with_side_files(db_path, aside)
        os.replace(staging, db_path)
    except OSError as exc:
        if aside is not None and aside.exists() and not db_path.exists():
            _move_with_side_files(aside, db_path)
        _remove_with_side_files(staging)
        raise BackupError(
            Message(
                "Die Wiederherstellung ist fehlgeschlagen ({reason}); der bisherige Arbeitsbereich ist "
                "unverändert. Ist die Datei noch in einem anderen Programm geöffnet?",
                reason=failure_message(exc),
            )
        ) from exc
    log.info("Wiederhergestellt aus %s; bisheriger Stand: %s", source.name, aside)
    changed_key = target_passphrase is not None and target_passphrase != key
    return RestoreResult(
        restored_from=source,
        aside=aside,
        revision=verified.revision,
        encrypted=verified.encrypted or changed_key,
        reencrypted=changed_key and not verified.encrypted,
        rekeyed=changed_key and verified.encrypted,
    )


def _renew_sync_identity(path: Path, passphrase: str | None) -> None:
    conn = raw_connect(path, passphrase)
    try:
        renew_identity(conn)
    finally:
        conn.close()


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


def restore_into(
    ws: Workspace, source: Path, passphrase: str | None = None, *, progress: Progress | None = None
) -> RestoreResult:
    """Restore the open workspace ``ws`` from ``source`` and point ``ws`` at the restored file.

    ``passphrase`` opens the backup (default: the workspace's own). The restored database keeps the workspace's
    current passphrase. The backup is verified and the restored copy prepared while ``ws`` stays open and
    untouched; ``progress(done, STEPS)`` is called between the steps and may raise to cancel, which removes the
    copy and leaves the workspace as it was. Only then is ``ws`` closed, the file replaced and ``ws`` reopened
    on whatever file is then in place (the untouched original unless it was replaced).
    """
    with ws.exclusive():
        current = workspace_key(ws)
        key = passphrase if passphrase is not None else current
        if Path(source).resolve() == ws.path.resolve():
            raise BackupError(
                "Die Sicherung ist der Arbeitsbereich selbst; bitte eine Sicherungsdatei wählen."
            )
        staged = _stage(ws.path, Path(source), key, current, progress)
        ws.engine.dispose()
        try:
            return _swap(ws.path, Path(source), staged, current, None)
        finally:
            ws.reopen(current if current is not None else key)
