"""Open, create and upgrade a workspace database (one file per network on the advisor's laptop)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from verbund_desktop.assessment.errors import Message, as_message, failure_message
from verbund_desktop.files import ensure_private_dir
from verbund_desktop.persistence import models  # noqa: F401  - registers every table on Base.metadata
from verbund_desktop.persistence.backup import default_backup_dir, migration_backup
from verbund_desktop.persistence.engine import (
    copy_database,
    make_engine,
    make_schema_engine,
    restrict_database_files,
)
from verbund_desktop.persistence.errors import (
    NewerSchemaError,
    ReadOnlyWorkspaceError,
    UpgradeFailedError,
    WorkspaceError,
    WorkspaceExistsError,
    WrongPassphraseError,
)
from verbund_desktop.persistence.file_guard import FileGuard, guard_commits
from verbund_desktop.persistence.files import fsync_dir, fsync_file, move_into_place
from verbund_desktop.persistence.inspection import (
    OPEN_FAILURES,
    FileInspection,
    inspect_file,
    open_failure,
)
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.secret import Passphrase
from verbund_desktop.persistence.sync_capture import capture_commits, ensure_capture, install_capture
from verbund_desktop.persistence.uow import UnitOfWork
from verbund_desktop.persistence.writer_lock import WriterLock, acquire

log = logging.getLogger(__name__)

_DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


@dataclass
class Workspace:
    """An open workspace: the engine, a session factory and where the file lives."""

    path: Path
    engine: Engine
    encrypted: bool
    session_factory: sessionmaker[Session] = field(init=False)
    migration_backup: Path | None = None
    # The one place the passphrase is held (zeroable bytes); the engine asks this object for new connections.
    _secret: Passphrase | None = field(default=None, repr=False)
    # The writer lock, when this object is the one instance allowed to write (see services.workspace_service).
    writer_lock: WriterLock | None = None
    read_only: bool = False
    file_guard: FileGuard = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        self.file_guard = FileGuard(self.path)
        guard_commits(self.session_factory, self.engine, self.file_guard, read_only=self.read_only)
        if not self.read_only:
            capture_commits(self.session_factory)

    @property
    def _passphrase(self) -> str | None:
        """A short-lived ``str`` of the passphrase for a driver call (None when unencrypted)."""
        return self._secret.reveal() if self._secret is not None else None

    def forget_passphrase(self) -> None:
        """Zero the held passphrase (while locked): open connections keep working, no new one can be opened."""
        if self._secret is not None:
            self._secret.clear()

    def hold_passphrase(self, passphrase: str) -> None:
        """Hold ``passphrase`` again after it has opened the file (unlocking)."""
        if self._secret is not None:
            self._secret.replace(passphrase)

    def reopen(self, passphrase: str | None) -> None:
        """Point this object at its (restored or re-keyed) file again: new engine, same object.

        Views keep their reference to the workspace; the next unit of work reads the new file. An older schema
        is upgraded (with its own backup) exactly as on a normal open.
        """
        self.engine.dispose()
        fresh = open_workspace(self.path, passphrase)
        self.engine = fresh.engine
        self.session_factory = fresh.session_factory
        self.file_guard = fresh.file_guard
        self.encrypted = fresh.encrypted
        self.migration_backup = fresh.migration_backup
        if self._secret is not None and self._secret is not fresh._secret:
            self._secret.clear()
        self._secret = fresh._secret

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)

    def copy_to(self, dest: Path) -> None:
        """A consistent copy of the whole database, encrypted like the original."""
        copy_database(self.path, dest, self._passphrase)

    def require_writer(self) -> None:
        """Restore, re-key and erase only run in the instance that may write."""
        if self.read_only:
            raise ReadOnlyWorkspaceError(
                Message(
                    "„{name}“ ist nur zum Lesen geöffnet, weil ein anderes Programm ihn bearbeitet; "
                    "Wiederherstellen, Passphrase ändern und Löschen sind hier nicht möglich.",
                    name=self.path.name,
                )
            )

    @contextmanager
    def exclusive(self, program: str = "Verbund Desktop") -> Iterator[None]:
        """Hold the writer lock for a whole-file operation (restore, re-key, erase): the workspace's own lock,
        or one taken for the operation. WorkspaceLockedError while another instance holds it."""
        self.require_writer()
        if self.writer_lock is not None and self.writer_lock.held:
            yield
            return
        with acquire(self.path, program):
            yield

    def close(self) -> None:
        self.engine.dispose()
        self.forget_passphrase()
        if self.writer_lock is not None:
            self.writer_lock.release()
            self.writer_lock = None


def open_workspace(
    path: Path,
    passphrase: str | Passphrase | None = None,
    *,
    backup_dir: Path | None = None,
    on_migrate: Callable[[str | None, str], None] | None = None,
) -> Workspace:
    """Open an existing workspace; back it up and upgrade it to the program's schema when it is older.

    Raises a WorkspaceError subclass with a German message; the file is then unchanged. The key, the file and
    its schema revision are checked on a read-only connection first: a read-write connection with a wrong key
    could still checkpoint a left-over WAL file into the database and so change its bytes.
    """
    path = Path(path)
    text = passphrase.reveal() if isinstance(passphrase, Passphrase) else passphrase
    if text is not None and "\x00" in text:
        raise WrongPassphraseError("Die Passphrase ist falsch. Die Datei wurde nicht verändert.")
    # One key derivation per open: the held passphrase derives the key for the file's salt on the read-only
    # check, and the working connections (and backups, and one per thread) reuse it.
    info = inspect_file(path, Passphrase.hold(passphrase))
    try:
        return _open_inspected(path, info, backup_dir, on_migrate)
    except OPEN_FAILURES as exc:
        raise open_failure(exc, path) from exc


def _open_inspected(
    path: Path,
    info: FileInspection,
    backup_dir: Path | None,
    on_migrate: Callable[[str | None, str], None] | None,
) -> Workspace:
    key = info.passphrase
    restrict_database_files(path)  # files written 0644 by older versions become private
    if info.revision == HEAD_REVISION:  # the common case: no Alembic needed at all
        secret = Passphrase.hold(key)
        engine = make_engine(path, secret)
        try:
            with (
                engine.connect()
            ):  # a locked, read-only or damaged file fails here, inside the classification
                pass
            ensure_capture(engine)  # another program version may have changed the schema's tables
        except BaseException:
            engine.dispose()
            raise
        return Workspace(path=path, engine=engine, encrypted=info.encrypted, _secret=secret)
    from verbund_desktop.persistence.migrate import (  # Alembic loads only when a file needs it
        head_revision,
        known_revisions,
    )

    head = head_revision()
    if info.revision is not None and info.revision not in known_revisions():
        raise NewerSchemaError(
            Message(
                "„{name}“ wurde mit einer neueren Version von Verbund Desktop erstellt (Schema {revision}). "
                "Bitte das Programm aktualisieren; die Datei bleibt unverändert.",
                name=path.name,
                revision=info.revision,
            )
        )
    backup: Path | None = None
    if info.revision != head and info.table_count:
        backup = migration_backup(path, key, info.revision, backup_dir or default_backup_dir(path))
    upgrade_schema(path, key, info.revision, head, on_migrate)
    secret = Passphrase.hold(key)
    return Workspace(
        path=path,
        engine=make_engine(path, secret),
        encrypted=info.encrypted,
        migration_backup=backup,
        _secret=secret,
    )


def upgrade_schema(
    path: Path,
    passphrase: str | Passphrase | None,
    current: str | None,
    head: str,
    on_migrate: Callable[[str | None, str], None] | None = None,
) -> None:
    """Bring the schema of ``path`` to ``head`` in one transaction: it fails, or is killed, as a whole."""
    engine = make_schema_engine(path, passphrase)
    try:
        _upgrade(engine, current, head, on_migrate)
    except Exception as exc:  # whatever stopped it, the transaction was rolled back as a whole
        # Only the kind of error is logged: a message could quote table contents.
        log.warning("Schema-Aktualisierung fehlgeschlagen: %s", type(exc).__name__)
        cause, partial = _cause(exc)
        advice = (
            "Vermutlich wurde eine frühere Aktualisierung mit einer älteren Programmversion abgebrochen und die "
            "Datei ist nur halb aktualisiert: Bitte eine Sicherung aus der Zeit vor diesem Abbruch "
            "wiederherstellen (die eben angelegte Sicherung „Vor Programm-Aktualisierung“ hat denselben Stand)."
            if partial
            else "Bitte die Ursache beheben und die Datei erneut öffnen, oder eine Sicherung wiederherstellen."
        )
        raise UpgradeFailedError(
            Message(
                "„{name}“ kann nicht auf den Stand dieses Programms gebracht werden: {cause}. Die "
                "Aktualisierung wurde vollständig zurückgenommen; die Datei ist wie vorher. {advice}",
                name=path.name,
                cause=as_message(cause),
                advice=as_message(advice),
            )
        ) from exc
    finally:
        engine.dispose()


def _cause(exc: BaseException) -> tuple[str, bool]:
    """The cause in German, and whether the file already holds parts of the new schema."""
    original = getattr(exc, "orig", exc)
    name = str(getattr(original, "sqlite_errorname", ""))
    if name.startswith("SQLITE_FULL"):
        return "Der Datenträger ist voll", False
    if name.startswith("SQLITE_READONLY"):
        return "Die Datei oder ihr Ordner ist schreibgeschützt", False
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "Ein anderes Programm schreibt gerade in die Datei", False
    text = str(original)  # only matched, never shown or logged: it could quote data
    if "already exists" in text or "duplicate column" in text:
        return "Die Datei enthält schon Teile des neuen Schemas, aber nicht dessen Versionsangabe", True
    return "Ein Schritt der Aktualisierung ist fehlgeschlagen", False


def create_workspace(
    path: Path, passphrase: str | None = None, *, initialize: Callable[[Workspace], None] | None = None
) -> Workspace:
    """Create a new workspace file with the current schema. Refuses to touch an existing file.

    The file is built under a temporary name in the same folder (schema, then ``initialize`` with the first
    records, in one transaction each), flushed to the disk and only then renamed into place: a creation that
    fails or is killed leaves no file under ``path``, or the complete one.
    """
    path = Path(path)
    if path.exists():
        raise WorkspaceExistsError(_exists(path))
    if passphrase is not None and not passphrase:
        raise WorkspaceError("Die Passphrase darf nicht leer sein.")
    try:
        ensure_private_dir(path.parent)
    except OSError as exc:
        raise WorkspaceError(folder_failure(path.parent, exc)) from exc
    built = building_path(path)
    _remove_with_side_files(built)  # left by a creation that was killed
    try:
        _build(built, passphrase, initialize)
        fsync_file(built)
        move_into_place(built, path)
        fsync_dir(path.parent)
    except FileExistsError as exc:
        _remove_with_side_files(built)
        raise WorkspaceExistsError(_exists(path)) from exc
    except BaseException:
        _remove_with_side_files(built)
        raise
    secret = Passphrase.hold(passphrase)
    engine = make_engine(path, secret)
    return Workspace(path=path, engine=engine, encrypted=secret is not None, _secret=secret)


def _exists(path: Path) -> Message:
    return Message("„{path}“ gibt es schon; eine vorhandene Datei wird nicht überschrieben.", path=str(path))


def folder_failure(folder: Path, exc: OSError) -> Message:
    """„Der Ordner „…“ kann nicht angelegt werden: <reason>.“"""
    return Message(
        "Der Ordner „{folder}“ kann nicht angelegt werden: {reason}.",
        folder=str(folder),
        reason=failure_message(exc),
    )


def building_path(path: Path) -> Path:
    """Where the workspace ``path`` is built before it gets its name (same folder, so the rename is atomic)."""
    return path.with_name(path.name + ".entsteht")


def _build(built: Path, passphrase: str | None, initialize: Callable[[Workspace], None] | None) -> None:
    # A rollback journal while building: when the engine is closed, the database is this one file.
    secret = Passphrase.hold(passphrase)
    engine = make_schema_engine(built, secret, journal_mode="DELETE")
    try:
        _upgrade(engine, None, HEAD_REVISION, None)
        if initialize is not None:
            initialize(Workspace(path=built, engine=engine, encrypted=secret is not None, _secret=secret))
    finally:
        engine.dispose()
    # Switch to WAL before the rename, so that no open under the real name changes a byte: a kill during the
    # switch (a write with a rollback journal) would otherwise leave a hot journal next to the finished file,
    # which the read-only inspection of the next open cannot roll back ("schreibgeschützt").
    wal = make_engine(built, secret)
    try:
        with wal.connect():
            pass
    finally:
        wal.dispose()


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _upgrade(engine: Engine, current: str | None, head: str, on_migrate: Any) -> None:
    from verbund_desktop.persistence.migrate import current_revision, upgrade_to_head

    with engine.begin() as conn:
        if current_revision(conn) == head:
            return
        if on_migrate is not None:
            on_migrate(current, head)
        upgrade_to_head(conn)
        install_capture(conn)  # generated from the upgraded schema, committed with it
        # Foreign keys are off during schema changes (see make_schema_engine): check them before the commit.
        if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
            raise UpgradeFailedError(
                "Die Aktualisierung hätte Verweise zwischen Datensätzen zerstört und wurde nicht übernommen; "
                "die Datei ist unverändert."
            )
