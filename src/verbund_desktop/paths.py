"""Where the program keeps its files, through platformdirs (Windows, macOS and Linux alike)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Verbund Desktop"
APP_AUTHOR = "Verbund Desktop"

_dirs = PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False)


def data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def default_database_path() -> Path:
    """``VERBUND_DB`` if set, else ``verbund.db`` in the user data directory."""
    env = os.environ.get("VERBUND_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "verbund.db"


def backup_dir() -> Path:
    return data_dir() / "Sicherungen"
