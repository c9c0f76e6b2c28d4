"""Creating, upgrading and opening the office database (PostgreSQL), for the CLI and the sync service."""

from __future__ import annotations

from verbund_desktop.persistence.office_db import (
    OfficeDatabase,
    OfficeDatabaseError,
    init_office_database,
    open_office_database,
)

# The office database's URL for the service started by uvicorn's factory (``verbund office serve`` sets it).
OFFICE_DB_ENV = "VERBUND_OFFICE_DB"

__all__ = [
    "OFFICE_DB_ENV",
    "OfficeDatabase",
    "OfficeDatabaseError",
    "init_office_database",
    "open_office_database",
]
