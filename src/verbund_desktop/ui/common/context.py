"""What every view of an open workspace shares: the workspace, who is working, and change notifications."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from verbund_desktop.ui.common.jobs import JobRunner

if TYPE_CHECKING:  # the start-up dialogs import this module before the database layer is loaded
    import uuid

    from verbund_desktop.persistence.workspace import Workspace


class WorkspaceContext(QObject):
    """Passed to every tab and dialog of a workspace window.

    ``saved`` is emitted after every successful commit of a user action (the status bar shows the time);
    ``data_changed`` names what changed (``"company"``, ``"employee"``, ``"assessment"``, ``"plan"`` …) and
    its id, so the directory tree and other tabs can refresh.
    """

    saved = Signal(datetime)
    data_changed = Signal(str, object)

    def __init__(self, workspace: Workspace, actor: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.pseudonymised = False
        self.jobs = JobRunner(self)  # long work of this window off the UI thread (ui/common/jobs.py)

    def notify_saved(self, when: datetime | None = None) -> None:
        self.saved.emit(when or datetime.now().astimezone())

    def notify_changed(self, kind: str, ident: uuid.UUID | None = None) -> None:
        self.data_changed.emit(kind, ident)
