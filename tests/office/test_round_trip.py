"""Push and pull through the real service (uvicorn, TLS, signed requests) against PostgreSQL: a change made on
one laptop reaches the office and the other laptop; a change to a company not assigned is refused whole."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from tests.office.helpers import demo_companies, enrol_laptop, snapshot
from tests.office.service import RunningService
from tests.sync.harness import laptop
from verbund_desktop.persistence.models import Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.sync.client import OfficeClient, SyncConnectionError
from verbund_desktop.services.sync.http_transport import sync_with_office
from verbund_desktop.services.sync.outbox import read_state, sync_counts, take_pending
from verbund_desktop.sync.messages import changeset_to_wire


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    yield a, b
    a.close()
    b.close()


def person_of(ws: Workspace, company_id: uuid.UUID) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        query = select(Employee.id).where(Employee.company_id == company_id).order_by(Employee.pseudonym_code)
        return uow.session.scalars(query).first()  # type: ignore[return-value]


def set_notes(ws: Workspace, person: uuid.UUID, notes: str) -> None:
    with ws.unit_of_work() as uow:
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes=notes))
        uow.commit()


def notes_in(ws: Workspace, person: uuid.UUID) -> str:
    with ws.unit_of_work() as uow:
        return uow.session.scalars(select(Employee.notes).where(Employee.id == person)).one()


def office_notes(office: OfficeDatabase, person: uuid.UUID) -> str:
    with office.engine.connect() as conn:
        return str(conn.execute(text("SELECT notes FROM employee WHERE id = :i"), {"i": person}).scalar_one())


def test_a_change_travels_from_one_laptop_through_the_office_to_the_other(
    pair: tuple[Workspace, Workspace], service: RunningService, office: OfficeDatabase
) -> None:
    a, b = pair
    enrol_laptop(a, service, office, companies=1)
    enrol_laptop(b, service, office, companies=1)
    person = person_of(a, demo_companies(office)[0][0])
    set_notes(a, person, "Gespräch am Dienstag")
    report = sync_with_office(a)
    assert (report.accepted, report.conflicts, report.rejected) == (1, 0, 0)
    assert office_notes(office, person) == "Gespräch am Dienstag"
    assert sync_with_office(a).accepted == 0  # nothing pending any more, nothing applied twice
    sync_with_office(b)
    assert notes_in(b, person) == "Gespräch am Dienstag"
    assert sync_counts(a).pending == 0 and sync_counts(b).pending == 0


def test_a_change_to_a_company_not_assigned_is_refused_and_the_office_is_unchanged(
    pair: tuple[Workspace, Workspace], service: RunningService, office: OfficeDatabase
) -> None:
    a, _ = pair
    enrol_laptop(a, service, office, companies=1)
    other_company = demo_companies(office)[1][0]
    person = person_of(a, other_company)
    before_notes = office_notes(office, person)
    set_notes(a, person, "nicht meine Firma")
    before = snapshot(office)
    report = sync_with_office(a)
    assert report.accepted == 0 and report.rejected == 1
    assert office_notes(office, person) == before_notes
    after = snapshot(office)
    # Only the service's bookkeeping moved: the refused changeset is logged, the nonce kept, the replica bound
    # to the device, the network's sequence row created at its first push (its counter stays at 0).
    moved = {k for k in before["counts"] if before["counts"][k] != after["counts"][k]}
    assert moved <= {"office_nonce", "office_sync_log", "office_sync_seq", "office_replica"}
    with office.engine.connect() as conn:
        assert conn.execute(text("SELECT coalesce(max(last_seq), 0) FROM office_sync_seq")).scalar_one() == 0


def test_a_device_cannot_push_under_another_laptops_identity(
    pair: tuple[Workspace, Workspace], service: RunningService, office: OfficeDatabase
) -> None:
    a, b = pair
    enrol_laptop(a, service, office, companies=1)
    enrol_laptop(b, service, office, companies=1)
    person = person_of(a, demo_companies(office)[0][0])
    set_notes(a, person, "von A")
    sync_with_office(a)  # binds A's replica id to A's device
    set_notes(b, person, "von B unter falscher Kennung")
    forged = [replace(c, replica_id=_replica(a)) for c in take_pending(b)]
    before = snapshot(office)
    with pytest.raises(SyncConnectionError, match="anderen Gerät"):
        OfficeClient.for_workspace(b).post("/v1/push", {"changesets": [changeset_to_wire(c) for c in forged]})
    assert office_notes(office, person) == "von A"
    assert {k: v for k, v in snapshot(office)["counts"].items() if k != "office_nonce"} == {
        k: v for k, v in before["counts"].items() if k != "office_nonce"
    }


def _replica(ws: Workspace) -> str:
    with ws.engine.connect() as conn:
        return str(read_state(conn).replica_id)


def test_pushed_and_pulled_content_never_reaches_the_log(
    pair: tuple[Workspace, Workspace],
    service: RunningService,
    office: OfficeDatabase,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    a, b = pair
    enrol_laptop(a, service, office, companies=2)
    enrol_laptop(b, service, office, companies=2)
    mine, other = (person_of(a, c) for c, _ in demo_companies(office)[:2])
    set_notes(a, mine, "Vertraulich: Rückenleiden")
    sync_with_office(a)
    sync_with_office(b)
    assert notes_in(b, mine) == "Vertraulich: Rückenleiden"
    text_logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert "push: 1 changesets" in text_logged
    with a.unit_of_work() as uow:
        names = list(uow.session.scalars(select(Employee.last_name).where(Employee.id.in_([mine, other]))))
    for forbidden in ["Rückenleiden", *names, str(mine)]:
        assert forbidden not in text_logged, forbidden


def test_one_sync_sends_every_request_over_one_https_connection(
    pair: tuple[Workspace, Workspace],
    service: RunningService,
    office: OfficeDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import verbund_desktop.services.sync.client as client_module

    a, b = pair
    enrol_laptop(a, service, office, companies=1)
    enrol_laptop(b, service, office, companies=1)
    person = person_of(a, demo_companies(office)[0][0])
    set_notes(a, person, "Gespräch am Mittwoch")
    streams: list[object] = []
    original = client_module._check_peer

    def recording(response: object, expected: str) -> None:
        streams.append(response.extensions["network_stream"])  # type: ignore[attr-defined]
        original(response, expected)  # type: ignore[arg-type]

    monkeypatch.setattr(client_module, "_check_peer", recording)
    assert sync_with_office(a).accepted == 1
    assert len(streams) >= 2 and len({id(s) for s in streams}) == 1  # push and pull: one connection
    streams.clear()
    sync_with_office(b)
    assert len(streams) >= 1 and len({id(s) for s in streams}) == 1
    assert (
        notes_in(b, person) == "Gespräch am Mittwoch"
    )  # the pinned certificate is still checked per response
