"""What a push costs PostgreSQL, counted instead of timed (issue 12, sync speed): round trips per changeset.

libpq's protocol trace records every message the service sends and PostgreSQL answers; each ``Sync`` or simple
``Query`` the service sends is one round trip, the service waiting for the database (statements inside a
pipeline share one). The count does not depend on the machine's speed or load. A push of many changesets costs a fixed number per changeset (one transaction each, on
one connection for the whole request); an accepted changeset's writes and bookkeeping go in one pipeline. A row
the database refuses inside the pipeline leaves nothing behind and is named as before (``constraint``).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from tests import pg
from tests.office.pg_trace import round_trips, traced
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import Company, Department, Network
from verbund_desktop.persistence.models.sync import office_sync_log, office_sync_row
from verbund_desktop.services.office.database import OfficeDatabase, open_office_database
from verbund_desktop.services.office.devices import Scope
from verbund_desktop.services.office.exchange import push_changesets
from verbund_desktop.services.sync import office_apply

# One pipeline with the transaction's BEGIN, the network's lock (the log's answer, the replica's highest number)
# and the sync rows, the rows and their natural keys read ahead, for a device that sees the whole network (an
# office user's) also the company the rows name (its network is the scope check); one pipeline (savepoint,
# writes, sequence, sync rows, log, release, COMMIT). (Before BEGIN and COMMIT went with the pipelines and the
# company with the reads: 5 for an office user's device, 4 for an advisor's; before the reads went with the
# lock: 8 and 7.)
PER_CHANGESET = {"office user": 2, "advisor": 2}


class Changesets:
    """Wire changesets of one replica: each inserts ``size`` new departments of one company."""

    def __init__(self, company: uuid.UUID) -> None:
        self.company, self.replica, self.seq = str(company), str(uuid.uuid4()), 0

    def department(self, name: str, company: str | None = None) -> dict[str, Any]:
        row_id = str(uuid.uuid4())
        values = {"id": row_id, "company_id": company or self.company, "name": name}
        return {"table": "department", "row_id": row_id, "op": "insert", "base_version": 0, "new": values}

    def make(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        self.seq += 1
        return {
            "id": str(uuid.uuid4()),
            "replica_id": self.replica,
            "local_seq": self.seq,
            "schema_rev": HEAD_REVISION,
            "changes": changes,
        }

    def many(self, count: int, size: int = 10) -> list[dict[str, Any]]:
        return [
            self.make([self.department(f"Abteilung {uuid.uuid4().hex[:12]}") for _ in range(size)])
            for _ in range(count)
        ]


def _office_scope(office: OfficeDatabase, *, advisor: bool = False) -> tuple[Scope, uuid.UUID]:
    with office.unit_of_work() as uow:
        network = uow.session.scalars(select(Network.id)).one()
        company = uow.session.scalars(select(Company.id).order_by(Company.name)).first()
    assert company is not None
    if advisor:
        return Scope(network_id=network, advisor_id=uuid.uuid4(), company_ids=frozenset({company})), company
    return Scope(network_id=network, advisor_id=None, company_ids=None), company


def _departments(office: OfficeDatabase) -> int:
    with office.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Department)) or 0)


@pytest.mark.parametrize("device", sorted(PER_CHANGESET))
def test_a_push_costs_a_fixed_number_of_round_trips_per_changeset(
    demo_template: Path, tmp_path: Path, device: str
) -> None:
    with pg.fresh_database(migrated=True, seed=demo_template) as url:
        office = open_office_database(url)
        try:
            scope, company = _office_scope(office, advisor=device == "advisor")
            sets = Changesets(company)
            # The network's sequence row is made, and psycopg prepares the statements used five times (once per
            # connection, one round trip each): the pool hands the same connection to the next requests.
            push_changesets(office, scope, {"changesets": sets.many(6)})
            counts = {}
            for count in (3, 12):
                trace = tmp_path / f"trace-{count}.txt"
                with traced(trace, office.engine.pool):
                    answer = push_changesets(office, scope, {"changesets": sets.many(count)})
                assert [r["status"] for r in answer["results"]] == ["accepted"] * count
                counts[count] = round_trips(trace)
        finally:
            office.close()
    per_changeset = (counts[12] - counts[3]) / 9
    assert per_changeset == PER_CHANGESET[device]
    assert counts[3] - 3 * PER_CHANGESET[device] <= 1  # per request: the pool's check of the one connection


def test_a_row_refused_inside_the_pipeline_leaves_nothing_and_is_named(demo_template: Path) -> None:
    with pg.fresh_database(migrated=True, seed=demo_template) as url:
        office = open_office_database(url)
        try:
            scope, company = _office_scope(office)
            sets = Changesets(company)
            good = sets.department("Lager Nord")
            # No such company: the database refuses the foreign key inside the pipeline.
            refused = sets.department("Lager Süd", company=str(uuid.uuid4()))
            before = _departments(office)
            answer = push_changesets(
                office, scope, {"changesets": [sets.make([good, refused]), *sets.many(1, size=3)]}
            )
            first, second = answer["results"]
            assert first["status"] == "conflict"
            assert [(c["table"], c["row_id"], c["kind"]) for c in first["conflicts"]] == [
                ("department", refused["row_id"], "constraint")
            ]
            assert second["status"] == "accepted"  # the same connection goes on after the refusal
            assert _departments(office) == before + 3
            resent = push_changesets(office, scope, {"changesets": [sets.make([good])]})["results"][0]
            assert resent["status"] == "accepted" and resent["server_seq"] == second["server_seq"] + 1
        finally:
            office.close()


def test_an_error_after_the_writes_were_sent_rolls_the_changeset_back_whole(
    demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The transaction's COMMIT goes with the writes; an error before it (here in the log's insert, after the
    writes were sent) leaves nothing of that changeset, the ones before it stay, and the connection begins its
    own transactions again (no later statement runs outside a transaction)."""
    with pg.fresh_database(migrated=True, seed=demo_template) as url:
        office = open_office_database(url)
        try:
            scope, company = _office_scope(office)
            sets = Changesets(company)
            first, second = sets.many(2, size=3)
            logged = office_apply._log

            def log(session: Any, changeset: Any, digest: str, result: Any) -> None:
                if changeset.id == second["id"]:
                    raise RuntimeError("the service broke off")
                logged(session, changeset, digest, result)

            monkeypatch.setattr(office_apply, "_log", log)
            before = _departments(office)
            with pytest.raises(RuntimeError):
                push_changesets(office, scope, {"changesets": [first, second]})
            monkeypatch.undo()
            autocommit: list[bool] = []
            event.listen(
                office.engine.pool, "checkout", lambda dbapi, _r, _p: autocommit.append(dbapi.autocommit)
            )
            assert _departments(office) == before + 3
            with office.unit_of_work() as uow:
                ids = {c["row_id"] for c in second["changes"]}
                rows = uow.session.scalars(select(office_sync_row.c.row_id)).all()
                assert not ids & set(rows)
                logs = set(uow.session.scalars(select(office_sync_log.c.changeset_id)))
                assert first["id"] in logs and second["id"] not in logs
            again = push_changesets(office, scope, {"changesets": [first, second]})["results"]
            assert [r["status"] for r in again] == ["accepted", "accepted"]
            assert _departments(office) == before + 6
            assert autocommit and not any(autocommit)
        finally:
            office.close()
