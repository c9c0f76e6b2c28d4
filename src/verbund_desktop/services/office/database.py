"""Creating, upgrading and opening the office database (PostgreSQL), for the CLI and the sync service."""

from __future__ import annotations

from sqlalchemy import select

from verbund_desktop.persistence.models import Network
from verbund_desktop.persistence.office_db import (
    OfficeDatabase,
    OfficeDatabaseError,
    init_office_database,
    open_office_database,
)
from verbund_desktop.services.workspace.content import sync_builtin_content
from verbund_desktop.services.workspace.demo import populate_demo

__all__ = [
    "OfficeDatabase",
    "OfficeDatabaseError",
    "init_office_database",
    "load_demo_network",
    "open_office_database",
]


def load_demo_network(office: OfficeDatabase) -> bool:
    """Write the bundled content and the demo network into an office database that has no network yet.

    Returns False (and changes nothing) when a network is there already."""
    with office.unit_of_work() as uow:
        if uow.session.scalars(select(Network.id).limit(1)).first() is not None:
            return False
        sync_builtin_content(uow.session)
        with uow.session.no_autoflush:
            populate_demo(uow.session)
        uow.commit()
    return True
