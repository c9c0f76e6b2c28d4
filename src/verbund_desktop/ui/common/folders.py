"""Where file dialogs start: the folder last used for that kind of file, else the documents folder.

Before, dialogs without a start folder opened in the program's working folder and forgot the last choice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from verbund_desktop.ui.common.settings import Setting


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def _setting(kind: str) -> Setting[str]:
    return Setting(f"folders/{kind}", "")


def start_folder(kind: str) -> Path:
    """The last folder used for ``kind`` (``"export"``, ``"rules"``, ``"pdf"`` …) if it still exists."""
    last = _setting(kind).get()
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember(kind: str, chosen: str | Path) -> None:
    """Remember the folder of a chosen file (or the chosen folder itself)."""
    path = Path(chosen)
    _setting(kind).set(str(path if path.is_dir() else path.parent))
