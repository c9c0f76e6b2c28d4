"""Building blocks for test workspaces: copies of a template, opened as the program opens them."""

from __future__ import annotations

import shutil
from pathlib import Path

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.workspace.workspace_service import open_existing


def copy_of(template: Path, path: Path) -> Path:
    """``template`` copied to ``path`` (a workspace file is one file: it is closed with its WAL checkpointed)."""
    shutil.copy(template, path)
    return path


def open_copy(template: Path, directory: Path, passphrase: str | None = None) -> Workspace:
    """A copy of ``template`` in ``directory``, opened like the program opens it (with the writer lock)."""
    return open_existing(copy_of(template, directory / "demo-copy.db"), passphrase)
