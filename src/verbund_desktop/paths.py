"""Where the program keeps its files, through platformdirs (Windows, macOS and Linux alike)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP_NAME = "Verbund Desktop"
APP_AUTHOR = "Verbund Desktop"


@cache
def _dirs() -> PlatformDirs:
    """Imported at first use (≈ 10 ms): a start with a known workspace shows its first dialog without it."""
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


def data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def default_database_path() -> Path:
    """``VERBUND_DB`` if set, else ``verbund.db`` in the user data directory."""
    env = os.environ.get("VERBUND_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "verbund.db"


def backup_dir() -> Path:
    return data_dir() / "Sicherungen"
