"""The office's view of rows for sync: their version, scope and tombstone, and the domain row itself.

Every synced row the office accepted has an ``office_sync_row`` (version, the server sequence it last changed at,
the network and company it belongs to, whether it is deleted, and the version at which each column last changed).
A domain row without one is at version 0: it was there before the office started syncing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.persistence.models.sync import office_sync_row

MAX_DEPTH = 6  # rating -> assessment -> person -> company is the longest chain today


@dataclass(frozen=True)
class Scope:
    """Who asks: a device of an advisor (``company_ids``: the companies assigned) or an office user (None)."""

    network_id: str
    company_ids: frozenset[str] | None = None
    replica_id: str = ""


@dataclass
class OfficeRow:
    version: int = 0
    deleted: bool = False
    company_id: str | None = None
    field_versions: dict[str, int] = field(default_factory=dict)
    known: bool = False  # an office_sync_row exists


def as_uuid(text: str) -> uuid.UUID:
    return uuid.UUID(text)


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def office_row(session: Session, table: str, row_id: str) -> OfficeRow:
    found = session.execute(
        select(office_sync_row).where(office_sync_row.c.tbl == table, office_sync_row.c.row_id == row_id)
    ).first()
    if found is None:
        return OfficeRow()
    return OfficeRow(
        version=found.version,
        deleted=bool(found.deleted),
        company_id=found.company_id,
        field_versions=json.loads(found.field_versions),
        known=True,
    )


def sync_row_values(state: OfficeRow, *, network_id: str, server_seq: int) -> dict[str, Any]:
    """The columns of a row's ``office_sync_row`` entry after a write (the key columns aside)."""
    return {
        "network_id": network_id,
        "company_id": state.company_id,
        "version": state.version,
        "server_seq": server_seq,
        "deleted": state.deleted,
        "field_versions": json.dumps(state.field_versions, sort_keys=True),
    }


def store_office_row(
    session: Session, key: tuple[str, str], state: OfficeRow, *, network_id: str, server_seq: int
) -> None:
    values = sync_row_values(state, network_id=network_id, server_seq=server_seq)
    table, row_id = key
    if state.known:
        session.execute(
            office_sync_row.update()
            .where(office_sync_row.c.tbl == table, office_sync_row.c.row_id == row_id)
            .values(**values)
        )
    else:
        session.execute(office_sync_row.insert().values(tbl=table, row_id=row_id, **values))
