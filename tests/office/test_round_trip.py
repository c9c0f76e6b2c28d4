"""Push and pull through the real service (uvicorn, TLS, signed requests) against PostgreSQL: a change made on
one laptop reaches the office and the other laptop; a change to a company not assigned is refused whole."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from tests.office.helpers import demo_companies, enrol_laptop, snapshot
from tests.office.service import RunningService
from tests.sync.harness import laptop
from verbund_desktop.persistence.models import Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.sync.http_transport import sync_with_office
from verbund_desktop.services.sync.outbox import sync_counts


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
    # Only the service's bookkeeping moved: the refused changeset is logged, the nonce kept, the network's
    # sequence row created at its first push (its counter stays at 0: nothing was accepted).
    moved = {k for k in before["counts"] if before["counts"][k] != after["counts"][k]}
    assert moved <= {"office_nonce", "office_sync_log", "office_sync_seq"}
    with office.engine.connect() as conn:
        assert conn.execute(text("SELECT coalesce(max(last_seq), 0) FROM office_sync_seq")).scalar_one() == 0
