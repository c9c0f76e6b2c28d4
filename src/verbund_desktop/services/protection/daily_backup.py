"""The daily backup after the window is shown (issue 11): in a worker thread, with progress and cancel.

:func:`run_daily_backup` is safe to run in a worker while the advisor edits: it reads through that thread's own
connection (the engine keys it with the key derived on open: no second derivation), copies from one read
snapshot (``persistence.snapshot_copy``), so an edit saved meanwhile is in the workspace and either wholly in
the backup or not at all, and the program keeps its writer lock (the backup only reads). Saves made meanwhile
checkpoint passively and never wait for the backup (``FileGuard.long_read``). A cancelled backup leaves no
file and rotates none away.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.backup import (
    DEFAULT_KEEP,
    VerifiedBackup,
    daily_backup_due,
    daily_backup_if_due,
)
from verbund_desktop.persistence.snapshot_copy import CopyCancelledError, Progress
from verbund_desktop.persistence.workspace import Workspace


class BackupCancelledError(UserError):
    """The person cancelled the backup; nothing was written."""


CANCELLED = "Die tägliche Sicherung wurde abgebrochen; es wurde keine Sicherungsdatei angelegt."


def daily_backup_pending(ws: Workspace, *, today: date | None = None, directory: Path | None = None) -> bool:
    """Whether today's backup is still to be made (looks at the backup folder only: cheap on the UI thread)."""
    return daily_backup_due(ws.path, today=today, directory=directory)


def run_daily_backup(
    ws: Workspace,
    *,
    keep: int = DEFAULT_KEEP,
    today: date | None = None,
    directory: Path | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> VerifiedBackup | None:
    """Today's backup unless there is one (None then). ``progress(pages_done, pages_total)`` is called from
    the worker's thread; set ``cancel`` to stop it (BackupCancelledError, no file written)."""
    try:
        return daily_backup_if_due(
            ws, keep=keep, today=today, directory=directory, progress=progress, cancel=cancel
        )
    except CopyCancelledError as exc:
        raise BackupCancelledError(CANCELLED) from exc
