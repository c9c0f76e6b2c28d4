"""What the program chooses cannot collide between replicas (issue 12, item 6), on SQLite and PostgreSQL: two
laptops offline each add a person to the same company with the suggested code, and both arrive; a code typed by
hand alike on both still meets a duplicate a person resolves."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.persistence.models import Company
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common.code_tag import store_code_tag
from verbund_desktop.services.organisation import companies as co
from verbund_desktop.services.sync.conflicts import list_conflicts, resolve_conflict
from verbund_desktop.services.sync.run import sync


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    """Two laptops made from the same demo, each with the code tag its enrolment gave it."""
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    for ws, tag in ((a, "A"), (b, "B")):
        with ws.unit_of_work() as uow:
            store_code_tag(uow.session, tag)
            uow.commit()
    yield a, b
    a.close()
    b.close()


def first_company(ws: Workspace) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        found = uow.session.scalars(select(Company.id).order_by(Company.name)).first()
    assert found is not None
    return found


def add_person(ws: Workspace, company: uuid.UUID, first: str, code: str | None = None) -> uuid.UUID:
    """A new person with the code the form suggests (or one typed by hand)."""
    chosen = code or co.next_pseudonym_code(ws, company)
    return co.create_employee(ws, company, co.EmployeeInput(first, "Neu", chosen), actor="Test")


def codes_at(office: Office, company: uuid.UUID) -> list[str]:
    with office.engine.connect() as conn:
        from verbund_desktop.persistence.models import Employee

        query = select(Employee.pseudonym_code).where(Employee.company_id == company)
        return sorted(conn.execute(query).scalars())


def test_suggested_codes_of_two_laptops_offline_both_arrive(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, b = pair
    company = first_company(a)
    before = codes_at(office, company)
    mine, theirs = add_person(a, company, "Ada"), add_person(b, company, "Bea")
    code_a = value(a, "SELECT pseudonym_code FROM employee WHERE id = :i", i=mine.hex)
    code_b = value(b, "SELECT pseudonym_code FROM employee WHERE id = :i", i=theirs.hex)
    assert code_a != code_b and code_a.endswith("A01") and code_b.endswith("B01")
    assert sync(a, Direct(office, office.scope())).conflicts == 0
    report = sync(b, Direct(office, office.scope()))
    assert report.conflicts == 0 and report.rejected == 0
    assert sync(a, Direct(office, office.scope())).conflicts == 0  # a pulls b's person
    assert codes_at(office, company) == sorted([*before, code_a, code_b])
    for ws in pair:  # every replica equals the office
        held = "SELECT count(*) FROM employee WHERE company_id = :c"
        assert value(ws, held, c=company.hex) == len(before) + 2
    # Each goes on with its own numbers, whatever it pulled from the other.
    assert co.next_pseudonym_code(a, company) == code_a[:-2] + "02"


def test_a_code_typed_alike_on_two_laptops_is_still_a_duplicate_to_resolve(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, b = pair
    company = first_company(a)
    add_person(a, company, "Ada", code="HAND-1")
    typed = add_person(b, company, "Bea", code="HAND-1")
    sync(a, Direct(office, office.scope()))
    assert sync(b, Direct(office, office.scope())).conflicts == 1
    [view] = list_conflicts(b)
    assert view.kind == "duplicate"
    resolve_conflict(b, view.id, "edited", edited={"pseudonym_code": "HAND-2"}, actor="Beraterin B")
    assert sync(b, Direct(office, office.scope())).conflicts == 0
    assert office.scalar("SELECT pseudonym_code FROM employee WHERE id = :i", i=typed.hex) == "HAND-2"
