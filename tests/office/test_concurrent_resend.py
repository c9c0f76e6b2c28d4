"""Two pushes of the same changeset at the same moment (a laptop that resends while its first request is still
running, e.g. after a timeout) get the same stored answer, and the change is applied once.

Before, the second push read the office's log in the snapshot its statement started with, while it waited for the
network's lock; the first push committed meanwhile, so the second found no answer, applied the changeset again and
failed with a primary-key violation on ``office_sync_log``: a 500 instead of the stored answer.

The moment is made, not hoped for: a third connection holds the network's lock until both pushes wait for it
(PostgreSQL's ``pg_stat_activity`` says so), then lets go. Nothing here depends on the machine's speed.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select, text

from tests.office.helpers import demo_companies, enrol_laptop
from tests.office.service import RunningService
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import Employee, Network
from verbund_desktop.persistence.models.sync import office_sync_log, office_sync_row
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.sync.client import OfficeClient
from verbund_desktop.services.sync.outbox import read_state

WAIT_FOR_BOTH = 120.0  # seconds at most until both pushes wait for the lock (a deadline, not a timing)


def _changeset(replica: str, seq: int, person: uuid.UUID, notes: str, base: int) -> dict[str, Any]:
    change = {"table": "employee", "row_id": str(person), "op": "update", "base_version": base}
    return {
        "id": str(uuid.uuid4()),
        "replica_id": replica,
        "local_seq": seq,
        "schema_rev": HEAD_REVISION,
        "changes": [{**change, "new": {"notes": notes}}],
    }


def _waiting_for_a_lock(office: OfficeDatabase) -> int:
    query = text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND wait_event_type = 'Lock' AND query ILIKE '%office_sync_seq%'"
    )
    with office.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def _push_together(office: OfficeDatabase, client: OfficeClient, changeset: dict[str, Any]) -> list[Any]:
    """Both pushes of ``changeset`` start while the network's lock is held, and both wait for it."""
    with office.unit_of_work() as uow:
        network = str(uow.session.scalars(select(Network.id)).one())
    answers: list[Any] = []

    def push() -> None:
        try:
            answers.append(client.post("/v1/push", {"changesets": [changeset]}))
        except Exception as exc:  # the 500 of before arrives as SyncConnectionError
            answers.append(exc)

    with office.engine.connect() as holder:
        holder.execute(
            text("SELECT last_seq FROM office_sync_seq WHERE network_id = :n FOR UPDATE"), {"n": network}
        )
        threads = [threading.Thread(target=push) for _ in range(2)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + WAIT_FOR_BOTH
        while _waiting_for_a_lock(office) < 2:
            assert time.monotonic() < deadline, "the two pushes never both waited for the network's lock"
            assert all(t.is_alive() for t in threads), answers
            time.sleep(0.05)
        holder.rollback()  # lets go of the lock: one push applies, the other must find its answer
    for thread in threads:
        thread.join()
    return answers


def _without_content(answer: dict[str, Any]) -> dict[str, Any]:
    results = [{**r, "conflicts": [{**c, "theirs": None} for c in r["conflicts"]]} for r in answer["results"]]
    return {"results": results}


@pytest.mark.parametrize("outcome", ["accepted", "conflict"])
def test_two_concurrent_pushes_of_one_changeset_get_the_same_stored_answer(
    ws: Workspace,
    service: RunningService,
    office: OfficeDatabase,
    caplog: pytest.LogCaptureFixture,
    outcome: str,
) -> None:
    caplog.set_level(logging.INFO)
    enrol_laptop(ws, service, office, companies=1)
    company_id = demo_companies(office)[0][0]
    with office.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee.id).where(Employee.company_id == company_id)).first()
    assert person is not None
    with ws.engine.connect() as conn:
        replica = read_state(conn).replica_id
    client = OfficeClient.for_workspace(ws)
    # The network's first push makes its sequence row (and the row is at version 1 from then on).
    first = client.post("/v1/push", {"changesets": [_changeset(replica, 1, person, "vorher", base=0)]})
    assert first["results"][0]["status"] == "accepted"

    base = 1 if outcome == "accepted" else 0  # base 0: the office changed the notes since, a conflict
    changeset = _changeset(replica, 2, person, "gleichzeitig", base=base)
    answers = _push_together(office, client, changeset)

    assert all(isinstance(a, dict) for a in answers), answers
    # The same answer; the logged one of a conflict keeps no row content ("theirs"), as for any resend.
    assert _without_content(answers[0]) == _without_content(answers[1])
    assert answers[0]["results"][0]["status"] == outcome
    with office.unit_of_work() as uow:
        s = uow.session
        logged = s.scalar(
            select(func.count())
            .select_from(office_sync_log)
            .where(office_sync_log.c.changeset_id == changeset["id"])
        )
        version = s.scalar(select(office_sync_row.c.version).where(office_sync_row.c.row_id == str(person)))
        notes = s.get(Employee, person).notes  # type: ignore[union-attr]
    assert logged == 1
    assert version == (2 if outcome == "accepted" else 1)  # applied once, or not at all
    assert notes == ("gleichzeitig" if outcome == "accepted" else "vorher")
    records = [r for r in caplog.records if r.name.startswith("verbund_desktop.office")]
    assert not [r for r in records if "failed" in r.getMessage() or r.exc_info], [
        r.getMessage() for r in records
    ]
