"""Opening and creating workspaces as a user action: the writer lock, schema upgrade, then bundled content
brought up to date."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from verbund_desktop import __version__
from verbund_desktop.assessment.clean_names import clean_name
from verbund_desktop.assessment.errors import InputError, Message
from verbund_desktop.persistence import writer_lock
from verbund_desktop.persistence.engine import file_salt, readonly_connect
from verbund_desktop.persistence.errors import NewerSchemaError, WorkspaceError, describe_failure
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import Advisor, Network
from verbund_desktop.persistence.secret import Passphrase
from verbund_desktop.persistence.workspace import (
    Workspace,
    create_workspace,
    folder_failure,
    inspect_file,
    open_workspace,
)
from verbund_desktop.services.workspace.content import ContentSyncReport, sync_builtin_content
from verbund_desktop.services.workspace.content_seed import seed_content_changes

APP_PROGRAM = f"Verbund Desktop {__version__}"
CLI_PROGRAM = f"verbund (Kommandozeile) {__version__}"


def prepare_key(path: Path, passphrase: str) -> Passphrase:
    """The passphrase held with the key of ``path`` derived from it (SQLCipher 4's PBKDF2, ≈ 0.1–0.4 s; it
    releases the GIL, so a worker thread can run it while the window stays responsive). Hand the result to
    :func:`open_existing` or :func:`open_read_only` instead of the text: the open derives nothing then, and
    neither do later connections (backups, checks, one per thread). A wrong passphrase fails in the open, with
    the usual message."""
    held = Passphrase(passphrase)
    salt = file_salt(Path(path))
    if salt is not None:
        held.key_for(salt)
    return held


def open_existing(
    path: Path,
    passphrase: str | Passphrase | None,
    *,
    backup_dir: Path | None = None,
    program: str = APP_PROGRAM,
) -> Workspace:
    """Take the writer lock, open the workspace and load bundled content whose version it does not have yet.

    Raises WorkspaceLockedError (nothing changed) while another instance holds the workspace. The returned
    workspace holds the lock until ``close()``; ``ws.writer_lock.taken_over`` tells of a crashed holder.
    """
    lock = writer_lock.acquire(path, program)
    try:
        ws = open_workspace(path, passphrase, backup_dir=backup_dir)
    except BaseException:
        lock.release()
        raise
    ws.writer_lock = lock
    try:
        sync_content(ws)
    except Exception as exc:
        ws.close()
        described = describe_failure(exc, path.name)
        if described is None:
            raise
        raise described from exc
    return ws


def open_read_only(path: Path, passphrase: str | Passphrase | None) -> Workspace:
    """Open a workspace that another instance holds, for reading only: no lock, no upgrade, no content sync.

    Every attempt to save raises ReadOnlyWorkspaceError with a German message.
    """
    path = Path(path)
    info = inspect_file(path, Passphrase.hold(passphrase))  # its key serves every later connection
    if info.revision != HEAD_REVISION:
        raise NewerSchemaError(
            Message(
                "„{name}“ hat einen anderen Schema-Stand als dieses Programm und kann nur im Programm, das ihn "
                "gerade geöffnet hat, gelesen werden.",
                name=path.name,
            )
        )
    secret = info.passphrase

    def connect() -> Any:  # asks the one held passphrase object each time (zeroed on lock and close)
        return readonly_connect(path, secret)

    engine = create_engine("sqlite+pysqlite://", creator=connect, hide_parameters=True)
    return Workspace(path=path, engine=engine, encrypted=info.encrypted, _secret=secret, read_only=True)


def lock_for_new(path: Path, program: str) -> writer_lock.WriterLock:
    """The writer lock for a workspace about to be created (its folder is made first, for the lock file)."""
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(folder_failure(Path(path).parent, exc)) from exc
    return writer_lock.acquire(path, program)


def create_locked(
    path: Path, passphrase: str | None, program: str, initialize: Callable[[Workspace], None]
) -> Workspace:
    """Create a workspace (built under a temporary name, see ``create_workspace``) holding its writer lock."""
    lock = lock_for_new(path, program)
    try:
        ws = create_workspace(path, passphrase, initialize=initialize)
    except BaseException:
        lock.release()
        raise
    ws.writer_lock = lock
    return ws


def sync_content(ws: Workspace) -> ContentSyncReport:
    """Load the bundled content this workspace does not have yet; on an enrolled workspace it enters as seed
    (``content_seed``: not pushed, so the office never refuses it)."""
    with ws.unit_of_work() as uow:
        report = sync_builtin_content(uow.session)
        if report.changed:
            uow.session.flush()
            seed_content_changes(uow.session.connection())
        uow.commit()
    return report


def create_new(
    path: Path,
    passphrase: str | None,
    *,
    network_name: str,
    advisor_name: str,
    program: str = APP_PROGRAM,
) -> Workspace:
    """Create a workspace with one network, its first advisor (this laptop's user) and the bundled content."""
    network_name = clean_name(network_name)
    advisor_name = clean_name(advisor_name)
    if not network_name:
        raise InputError("Bitte einen Namen für den Verbund angeben.")
    if not advisor_name:
        raise InputError("Bitte Ihren Namen als Berater/in angeben.")

    def initialize(ws: Workspace) -> None:
        with ws.unit_of_work() as uow:
            network = Network(name=network_name)
            uow.session.add(network)
            uow.session.add(Advisor(network=network, name=advisor_name, is_current=True))
            sync_builtin_content(uow.session)
            uow.commit()

    # built under a temporary name: the file appears only with its network, advisor and content in it
    return create_locked(path, passphrase, program, initialize)
