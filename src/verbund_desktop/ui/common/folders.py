"""File dialogs that start in the folder last used for their purpose, else a sensible default folder.

Before, dialogs without a start folder opened in the program's working folder and forgot the last choice.
Every open/save/folder dialog of the UI goes through :func:`open_file`, :func:`save_file` or
:func:`choose_folder` with its purpose (``"pdf"``, ``"backup"``, ``"offers"`` …); the last folder of each
purpose is kept in the settings (``folders/<purpose>``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from verbund_desktop.ui.common.settings import Setting


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def _setting(kind: str) -> Setting[str]:
    return Setting(f"folders/{kind}", "")


def start_folder(kind: str, default: Path | None = None) -> Path:
    """The last folder used for ``kind`` if it still exists, else ``default``, else the documents folder."""
    last = _setting(kind).get()
    if last and Path(last).is_dir():
        return Path(last)
    if default is not None and default.is_dir():
        return default
    return documents_folder()


def remember(kind: str, chosen: str | Path) -> None:
    """Remember the folder of a chosen file (or the chosen folder itself)."""
    path = Path(chosen)
    _setting(kind).set(str(path if path.is_dir() else path.parent))


def open_file(
    parent: QWidget | None, kind: str, title: str, name_filter: str = "", *, default: Path | None = None
) -> Path | None:
    """The open dialog for ``kind``; the chosen file's folder is remembered. None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind, default)), name_filter)
    if not name:
        return None
    remember(kind, name)
    return Path(name)


def save_file(
    parent: QWidget | None,
    kind: str,
    title: str,
    suggested_name: str,
    name_filter: str = "",
    *,
    default: Path | None = None,
) -> Path | None:
    """The save dialog for ``kind``, proposing ``suggested_name`` in the remembered folder."""
    start = start_folder(kind, default) / suggested_name
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), name_filter)
    if not name:
        return None
    remember(kind, name)
    return Path(name)


def choose_folder(
    parent: QWidget | None, kind: str, title: str, *, default: Path | None = None
) -> Path | None:
    """The folder dialog for ``kind``; the chosen folder is remembered."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind, default)))
    if not folder:
        return None
    remember(kind, folder)
    return Path(folder)
