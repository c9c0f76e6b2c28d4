"""Starting an office database from a workspace: every synced row copied as it is (same ids, same values).

This is how an office starts when its network so far lived in one workspace (the coordinator's, or the demo),
and how laptops made from that same workspace share its state with the office from the first sync: rows that
both sides have and nobody changed yet are at version 0 on both. All or nothing: an office database that holds
a network already is refused unchanged.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import Network
from verbund_desktop.persistence.models.sync import sync_change, sync_changeset
from verbund_desktop.persistence.scope import is_local_only
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.sync.office_seed_order import enter_seeded_rows
from verbund_desktop.services.sync.outbox import start_new_replica


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


def _enter_order(target: Connection) -> None:
    """The copied rows into the network's sync order, so that a new, empty laptop can fetch its scope."""
    networks = [str(n) for n in target.execute(select(Network.id)).scalars()]
    if len(networks) != 1:
        raise UserError(
            "Der Arbeitsbereich muss genau einen Verbund enthalten, um ihn in die Büro-Datenbank zu übernehmen; "
            "es wurde nichts übernommen."
        )
    with Session(bind=target) as session:
        enter_seeded_rows(session, networks[0])
        session.flush()


def seed_from_workspace(
    ws: Workspace, office: OfficeDatabase, *, share: bool = False, order: bool = False
) -> int:
    """Copy the workspace's synced rows into an empty office database; returns the number of rows.

    ``share``: the workspace becomes a laptop of that office — what it holds is the office's state now, so its
    outbox (the creation of those very rows) is emptied and it starts a replica identity of its own.
    ``order`` (``verbund office seed``): the rows also enter the sync order (``enter_seeded_rows``), in the same
    transaction, so a new, empty laptop pulls its scope; laptops copied from the workspace pull them once too,
    identical to what they hold."""
    with office.engine.begin() as target:
        if target.execute(select(Network.id).limit(1)).first() is not None:
            raise UserError("Die Büro-Datenbank enthält schon einen Verbund; es wurde nichts übernommen.")
        with ws.unit_of_work() as uow:
            copied = _copy(uow.session.connection(), target)
        if order:
            _enter_order(target)
    if share:
        with ws.engine.begin() as conn:
            conn.execute(delete(sync_change))
            conn.execute(delete(sync_changeset))
            start_new_replica(conn)
    return copied
