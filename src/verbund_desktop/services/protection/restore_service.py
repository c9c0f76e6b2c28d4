"""Restoring the open workspace from a backup, for the desktop program (a job with progress and cancel)."""

from __future__ import annotations

from pathlib import Path

from verbund_desktop.persistence.restore import STEPS, Progress, RestoreResult, restore_into
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.workspace.workspace_service import sync_content

__all__ = ["STEPS", "RestoreResult", "restore_open"]


def restore_open(
    ws: Workspace, source: Path, passphrase: str | None = None, *, progress: Progress | None = None
) -> RestoreResult:
    """Restore ``ws`` in place from ``source`` (see :func:`..persistence.restore.restore_into`: ``progress``
    may raise to cancel, which leaves the workspace untouched), then add the program's built-in content."""
    result = restore_into(ws, source, passphrase, progress=progress)
    sync_content(ws)
    return result
