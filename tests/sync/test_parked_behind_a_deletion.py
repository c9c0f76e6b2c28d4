"""A pulled row whose natural key is free only after a deletion in the same batch: the stateful test found a
department "Versand" that the office had and a laptop never wrote (PostgreSQL office, long run).

A batch applies writes before deletions (parents first, children last). The new "Versand" met the old one, still
here until the batch's tombstone of it, and was parked; nothing retried it before the next batch with rows, and
a sync with nothing new (or the last sync of the day) left it parked for good.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.persistence.models import Company, Department
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync.outbox import SyncCounts, sync_counts
from verbund_desktop.services.sync.run import sync


def _departments(ws: Workspace) -> set[str]:
    with ws.unit_of_work() as uow:
        return {d.hex for d in uow.session.scalars(select(Department.id).where(Department.name == "Versand"))}


def test_a_name_freed_by_a_deletion_in_the_same_batch_is_written(
    office: Office, demo_template: Path, tmp_path: Path
) -> None:
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    try:
        with a.unit_of_work() as uow:
            company = uow.session.scalars(select(Company.id).order_by(Company.name)).first()
            uow.session.add(Department(company_id=company, name="Versand"))
            uow.commit()
        sync(a, Direct(office, office.scope()))
        sync(b, Direct(office, office.scope()))
        (old,) = _departments(b)
        with a.unit_of_work() as uow:  # the old "Versand" goes, a new one under the same name comes
            uow.session.execute(Department.__table__.delete().where(Department.name == "Versand"))
            uow.commit()
        with a.unit_of_work() as uow:
            uow.session.add(Department(company_id=company, name="Versand"))
            uow.commit()
        sync(a, Direct(office, office.scope()))
        (new,) = _departments(a)
        assert new != old

        sync(b, Direct(office, office.scope()))

        assert _departments(b) == {new}
        assert value(b, "SELECT count(*) FROM sync_conflict WHERE kind = 'parked'") == 0
        assert sync_counts(b) == SyncCounts(pending=0, conflicts=0, rejected=0)
    finally:
        a.close()
        b.close()
