"""Open, create and upgrade a workspace database (one file per network on the advisor's laptop)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ..files import ensure_private_dir
from .engine import (
    copy_database,
    is_plain_sqlite,
    make_engine,
    readonly_connect,
    restrict_database_files,
)
from .errors import (
    NewerSchemaError,
    NotAWorkspaceError,
    WorkspaceError,
    WorkspaceExistsError,
    WrongPassphraseError,
)
from .migrations import HEAD_REVISION
from .secret import Passphrase
from .uow import UnitOfWork

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

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)

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

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory)

    def copy_to(self, dest: Path) -> None:
        """A consistent copy of the whole database, encrypted like the original."""
        copy_database(self.path, dest, self._passphrase)

    def close(self) -> None:
        self.engine.dispose()
        self.forget_passphrase()


@dataclass(frozen=True)
class FileInspection:
    encrypted: bool
    revision: str | None
    table_count: int


def inspect_file(path: Path, passphrase: str | None) -> FileInspection:
    """Read, without writing a byte, whether ``path`` is a workspace we can open with ``passphrase``."""
    if not path.exists():
        raise WorkspaceError(f"Die Datei „{path}“ gibt es nicht.")
    if not path.is_file():
        raise NotAWorkspaceError(f"„{path}“ ist keine Datei.")
    try:
        size = path.stat().st_size
        encrypted = not is_plain_sqlite(path) if size else False
    except OSError as exc:
        raise WorkspaceError(f"Die Datei „{path}“ kann nicht gelesen werden: {exc.strerror}.") from exc
    if size < 512:
        raise NotAWorkspaceError(
            f"„{path.name}“ ist leer oder abgeschnitten und keine Verbund-Desktop-Datenbank."
        )
    if encrypted and passphrase is None:
        raise WrongPassphraseError(
            f"„{path.name}“ ist verschlüsselt (oder keine Datenbank). Bitte die Passphrase angeben."
        )
    try:
        conn = readonly_connect(path, passphrase if encrypted else None)
    except _DB_ERRORS as exc:
        raise NotAWorkspaceError(f"„{path.name}“ kann nicht geöffnet werden: {exc}.") from exc
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        ]
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except _DB_ERRORS as exc:
        if encrypted:
            raise WrongPassphraseError(
                "Die Passphrase ist falsch, oder die Datei ist beschädigt. Die Datei wurde nicht verändert."
            ) from exc
        raise NotAWorkspaceError(
            f"„{path.name}“ ist beschädigt oder keine Verbund-Desktop-Datenbank."
        ) from exc
    finally:
        conn.close()
    if tables and "alembic_version" not in tables:
        raise NotAWorkspaceError(f"„{path.name}“ ist eine fremde Datenbank, keine Verbund-Desktop-Datenbank.")
    return FileInspection(encrypted=encrypted, revision=revision, table_count=len(tables))


def default_backup_dir(path: Path) -> Path:
    return path.parent / "Sicherungen"


def open_workspace(
    path: Path,
    passphrase: str | None = None,
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
    if passphrase is not None and "\x00" in passphrase:
        raise WrongPassphraseError("Die Passphrase ist falsch. Die Datei wurde nicht verändert.")
    info = inspect_file(path, passphrase)
    key = passphrase if info.encrypted else None
    restrict_database_files(path)  # files written 0644 by older versions become private
    if info.revision == HEAD_REVISION:  # the common case: no Alembic needed at all
        secret = Passphrase.hold(key)
        return Workspace(
            path=path, engine=make_engine(path, secret), encrypted=info.encrypted, _secret=secret
        )
    from .migrate import head_revision, known_revisions

    head = head_revision()
    if info.revision is not None and info.revision not in known_revisions():
        raise NewerSchemaError(
            f"„{path.name}“ wurde mit einer neueren Version von Verbund Desktop erstellt "
            f"(Schema {info.revision}). Bitte das Programm aktualisieren; die Datei bleibt unverändert."
        )
    backup: Path | None = None
    if info.revision != head and info.table_count:
        from .backup import migration_backup  # backup.py builds on this module

        backup = migration_backup(path, key, info.revision, backup_dir or default_backup_dir(path))
    secret = Passphrase.hold(key)
    engine = make_engine(path, secret)
    try:
        _upgrade(engine, info.revision, head, on_migrate)
    except Exception:
        engine.dispose()
        raise
    return Workspace(
        path=path, engine=engine, encrypted=info.encrypted, migration_backup=backup, _secret=secret
    )


def create_workspace(path: Path, passphrase: str | None = None) -> Workspace:
    """Create a new, empty workspace file with the current schema. Refuses to touch an existing file."""
    path = Path(path)
    if path.exists():
        raise WorkspaceExistsError(f"„{path}“ gibt es schon; eine vorhandene Datei wird nicht überschrieben.")
    if passphrase is not None and not passphrase:
        raise WorkspaceError("Die Passphrase darf nicht leer sein.")
    try:
        ensure_private_dir(path.parent)
    except OSError as exc:
        raise WorkspaceError(
            f"Der Ordner „{path.parent}“ kann nicht angelegt werden: {exc.strerror}."
        ) from exc
    secret = Passphrase.hold(passphrase)
    engine = make_engine(path, secret)
    try:
        _upgrade(engine, None, HEAD_REVISION, None)
    except Exception:
        engine.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return Workspace(path=path, engine=engine, encrypted=secret is not None, _secret=secret)


def _upgrade(engine: Engine, current: str | None, head: str, on_migrate: Any) -> None:
    from .migrate import current_revision, upgrade_to_head

    with engine.begin() as conn:
        if current_revision(conn) == head:
            return
        if on_migrate is not None:
            on_migrate(current, head)
        upgrade_to_head(conn)
