"""Program settings, declared once with their defaults, stored through QSettings (registry on Windows)."""

from __future__ import annotations

from pathlib import Path
from typing import Generic, NamedTuple, TypeVar, cast

from PySide6.QtCore import QSettings

T = TypeVar("T", bound=int | str)  # bool is an int


class Setting(NamedTuple, Generic[T]):  # not a dataclass: its module is not needed before the first window
    key: str
    default: T

    def get(self, settings: QSettings | None = None) -> T:
        store = settings or QSettings()
        value: object = store.value(self.key, self.default)
        result: object
        if isinstance(self.default, bool):
            result = value in (True, "true", "1", 1)
        elif isinstance(self.default, int):
            try:
                result = int(str(value))
            except ValueError:
                result = self.default
        else:
            result = str(value)
        return cast(T, result)

    def set(self, value: T, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(self.key, value)


LAST_DATABASE = Setting("workspace/last_database", "")
AUTO_LOCK_MINUTES = Setting("security/auto_lock_minutes", 10)
BACKUPS_TO_KEEP = Setting("backup/keep", 10)
SHOW_PSEUDONYMS = Setting("privacy/show_pseudonyms", False)
WINDOW_GEOMETRY = Setting("ui/main_window_geometry", "")


def last_database() -> Path | None:
    value = LAST_DATABASE.get()
    return Path(value) if value else None
