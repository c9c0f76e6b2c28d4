"""A new, empty laptop (bundled content only) fetches its scope of a seeded office from scratch.

The office holds the demo network as ``verbund office seed`` copies it; ``enter_seeded_rows`` puts those rows
into the sync order. The new laptop then pulls the network-wide rows and its one company — each row exactly
once, nothing of the other companies — and equals the office within its scope; a second sync brings nothing,
and an edit of a fetched row is accepted (based on version 0, as on a laptop copied from the seed workspace).
"""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tests.sync.harness import Direct, Office, value
from tests.sync.test_sync_stateful import replica_rows
from verbund_desktop.persistence.models import Company, Employee
from verbund_desktop.persistence.models.sync import office_sync_row
from verbund_desktop.persistence.workspace import Workspace, create_workspace
from verbund_desktop.services.sync.enrolment import settle_bundled_content
from verbund_desktop.services.sync.office_seed_order import enter_seeded_rows
from verbund_desktop.services.sync.outbox import start_new_replica, sync_counts
from verbund_desktop.services.sync.run import sync
from verbund_desktop.services.workspace.workspace_service import sync_content


def _empty_laptop(path: Path) -> Workspace:
    """Bundled content only (the same ids everywhere); enrolment takes it out of the outbox: nothing to send."""
    ws = create_workspace(path, None, initialize=sync_content)
    with ws.engine.begin() as conn:
        start_new_replica(conn)
        assert settle_bundled_content(conn) > 0
    return ws


def _in_scope(office: Office, company: str) -> set[tuple[str, str]]:
    with Session(office.engine) as session:
        rows = session.execute(
            select(office_sync_row.c.tbl, office_sync_row.c.row_id, office_sync_row.c.company_id)
        )
        return {(r.tbl, r.row_id) for r in rows if r.company_id in (None, company)}


def test_an_empty_laptop_fetches_its_scope_of_the_seeded_network(office: Office, tmp_path: Path) -> None:
    with Session(office.engine) as session:
        entered = enter_seeded_rows(session, office.network_id)
        session.commit()
        companies = [str(c) for c in session.scalars(select(Company.id).order_by(Company.name))]
        assert enter_seeded_rows(session, office.network_id) == 0  # entered once
    assert entered > 0 and len(companies) > 1
    mine = companies[0]
    ws = _empty_laptop(tmp_path / "neu.db")
    try:
        applied: Counter[tuple[str, str]] = Counter()
        transport = Direct(office, office.scope([mine]))
        original = transport.pull

        def counting_pull(replica_id: str, cursor: int, limit: int):  # type: ignore[no-untyped-def]
            batch = original(replica_id, cursor, 50)  # small batches: many of them, none splitting a company
            applied.update((r.table, r.row_id) for r in batch.rows)
            return batch

        transport.pull = counting_pull  # type: ignore[method-assign]
        report = sync(ws, transport)
        assert (report.conflicts, report.rejected) == (0, 0)
        wanted = _in_scope(office, mine)
        assert set(applied) == wanted and max(applied.values()) == 1  # everything in scope, each row once
        office_rows = {k: v for k, v in replica_rows(office.engine).items() if k in wanted}
        assert replica_rows(ws.engine) == office_rows  # the laptop equals the office within its scope
        others = value(ws, "SELECT count(*) FROM company WHERE id != :i", i=uuid.UUID(mine).hex)
        assert others == 0 and sync_counts(ws).pending == 0
        assert sync(ws, transport).pulled == 0  # nothing new: nothing twice
        with ws.unit_of_work() as uow:  # a fetched row is edited here and accepted by the office
            person = uow.session.scalars(
                select(Employee).where(Employee.company_id == uuid.UUID(mine))
            ).first()
            assert person is not None
            person.notes = "vom neuen Laptop"
            ident = person.id
            uow.commit()
        assert sync(ws, transport).accepted == 1
        assert office.scalar("SELECT notes FROM employee WHERE id = :i", i=ident.hex) == "vom neuen Laptop"
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM sync_conflict")).scalar() == 0
    finally:
        ws.close()
