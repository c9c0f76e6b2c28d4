"""Creating, upgrading and opening the office database (PostgreSQL), for the CLI and the sync service."""

from __future__ import annotations

from verbund_desktop.persistence.office_db import (
    OfficeDatabase,
    OfficeDatabaseError,
    init_office_database,
    open_office_database,
)

__all__ = [
    "OfficeDatabase",
    "OfficeDatabaseError",
    "init_office_database",
    "open_office_database",
]
