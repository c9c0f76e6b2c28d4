"""Starting an office database from a workspace: every synced row copied as it is (same ids, same values).

This is how an office starts when its network so far lived in one workspace (the coordinator's, or the demo),
and how laptops made from that same workspace share its state with the office from the first sync: rows that
both sides have and nobody changed yet are at version 0 on both. All or nothing: an office database that holds
a network already is refused unchanged.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, insert, select

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import Network
from verbund_desktop.persistence.scope import is_local_only
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.database import OfficeDatabase


def synced_tables() -> list[Table]:
    """Domain tables in foreign-key order (parents first), without local-only ones."""
    return [t for t in Base.metadata.sorted_tables if not is_local_only(t.name)]


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a table that refers to itself (an assessment and its previous one): referred rows first."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not own:
        return rows
    placed: set[Any] = set()
    ordered: list[dict[str, Any]] = []
    pending = rows
    while pending:
        ready = [r for r in pending if all(r[c] is None or r[c] in placed for c in own)]
        if not ready:  # a cycle the database would refuse anyway
            ready = pending
        placed.update(r["id"] for r in ready)
        ordered += ready
        pending = [r for r in pending if r["id"] not in placed]
    return ordered


def _copy(source: Connection, target: Connection) -> int:
    copied = 0
    for table in synced_tables():
        rows = [dict(r._mapping) for r in source.execute(select(table))]
        if rows:
            target.execute(insert(table), _parents_first(table, rows))
            copied += len(rows)
    return copied


def seed_from_workspace(ws: Workspace, office: OfficeDatabase) -> int:
    """Copy the workspace's synced rows into an empty office database; returns the number of rows."""
    with office.engine.begin() as target:
        if target.execute(select(Network.id).limit(1)).first() is not None:
            raise UserError("Die Büro-Datenbank enthält schon einen Verbund; es wurde nichts übernommen.")
        with ws.unit_of_work() as uow:
            return _copy(uow.session.connection(), target)
