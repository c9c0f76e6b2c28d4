"""Opening and creating workspaces as a user action: schema upgrade, then bundled content brought up to date."""

from __future__ import annotations

from pathlib import Path

from ..assessment.names import clean_name
from ..persistence.models import Advisor, Network
from ..persistence.workspace import Workspace, create_workspace, open_workspace
from .content import ContentSyncReport, sync_builtin_content


def open_existing(path: Path, passphrase: str | None, *, backup_dir: Path | None = None) -> Workspace:
    """Open a workspace and load bundled content whose version it does not have yet."""
    ws = open_workspace(path, passphrase, backup_dir=backup_dir)
    try:
        sync_content(ws)
    except Exception:
        ws.close()
        raise
    return ws


def sync_content(ws: Workspace) -> ContentSyncReport:
    with ws.unit_of_work() as uow:
        report = sync_builtin_content(uow.session)
        uow.commit()
    return report


def create_new(path: Path, passphrase: str | None, *, network_name: str, advisor_name: str) -> Workspace:
    """Create a workspace with one network, its first advisor (this laptop's user) and the bundled content."""
    network_name = clean_name(network_name)
    advisor_name = clean_name(advisor_name)
    if not network_name:
        raise ValueError("Bitte einen Namen für den Verbund angeben.")
    if not advisor_name:
        raise ValueError("Bitte Ihren Namen als Berater/in angeben.")
    ws = create_workspace(path, passphrase)
    try:
        with ws.unit_of_work() as uow:
            network = Network(name=network_name)
            uow.session.add(network)
            uow.session.add(Advisor(network=network, name=advisor_name, is_current=True))
            sync_builtin_content(uow.session)
            uow.commit()
    except Exception:
        ws.close()
        raise
    return ws
