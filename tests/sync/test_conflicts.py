"""Resolving conflicts: each choice is a new changeset, and after syncing every side agrees."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import Company, Department, Employee
from verbund_desktop.persistence.models.sync import SYNC_TABLES
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.protection import erasure
from verbund_desktop.services.sync.conflicts import list_conflicts, resolve_conflict
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.run import sync


@pytest.fixture
def office(demo_template: Path, tmp_path: Path) -> Office:
    return Office(demo_template, tmp_path)


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    yield a, b
    a.close()
    b.close()


def person_of(ws: Workspace) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        found = uow.session.scalars(select(Employee.id).order_by(Employee.pseudonym_code)).first()
    assert found is not None
    return found


def set_notes(ws: Workspace, person: uuid.UUID, notes: str) -> None:
    with ws.unit_of_work() as uow:
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes=notes))
        uow.commit()


def notes(where: Workspace | Office, person: uuid.UUID) -> str:
    sql = "SELECT notes FROM employee WHERE id = :i"
    return str(
        where.scalar(sql, i=person.hex) if isinstance(where, Office) else value(where, sql, i=person.hex)
    )


def conflicting_notes(office: Office, a: Workspace, b: Workspace) -> uuid.UUID:
    person = person_of(a)
    set_notes(a, person, "von A")
    sync(a, Direct(office, office.scope()))
    set_notes(b, person, "von B")
    assert sync(b, Direct(office, office.scope())).conflicts == 1
    return person


def test_the_conflict_is_shown_side_by_side_in_german(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, b = pair
    conflicting_notes(office, a, b)
    [view] = list_conflicts(b)
    assert view.table_label == "Person" and "Dasselbe Feld" in view.text
    [field] = [f for f in view.fields if f.column == "notes"]
    assert (field.label, field.mine, field.theirs, field.in_conflict) == ("Notizen", "von B", "von A", True)
    assert view.choices == ("mine", "theirs", "edited")


@pytest.mark.parametrize(
    ("choice", "edited", "expected"),
    [("theirs", None, "von A"), ("mine", None, "von B"), ("edited", {"notes": "beides"}, "beides")],
)
def test_each_choice_ends_with_every_side_equal(
    office: Office,
    pair: tuple[Workspace, Workspace],
    choice: str,
    edited: dict[str, str] | None,
    expected: str,
) -> None:
    a, b = pair
    person = conflicting_notes(office, a, b)
    [view] = list_conflicts(b)
    resolve_conflict(b, view.id, choice, actor="Beraterin B", edited=edited)
    assert sync_counts(b).conflicts == 0
    report = sync(b, Direct(office, office.scope()))
    assert report.conflicts == 0 and report.rejected == 0
    sync(a, Direct(office, office.scope()))
    assert notes(office, person) == notes(a, person) == notes(b, person) == expected
    assert sync_counts(a).pending == sync_counts(b).pending == 0


def test_a_duplicate_department_is_merged_into_the_existing_one(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, b = pair
    person = person_of(b)
    with a.unit_of_work() as uow:
        company = uow.session.scalars(select(Employee.company_id).where(Employee.id == person)).one()
        uow.session.add(Department(company_id=company, name="Versand"))
        uow.commit()
    with b.unit_of_work() as uow:
        mine = Department(company_id=company, name="Versand")
        uow.session.add(mine)
        uow.flush()
        uow.session.execute(update(Employee).where(Employee.id == person).values(department_id=mine.id))
        uow.commit()
    sync(a, Direct(office, office.scope()))
    assert sync(b, Direct(office, office.scope())).conflicts == 1
    [view] = list_conflicts(b)
    assert view.kind == "duplicate" and "merge" in view.choices
    resolve_conflict(b, view.id, "merge", actor="Beraterin B")
    assert sync(b, Direct(office, office.scope())).conflicts == 0
    existing = office.scalar("SELECT id FROM department WHERE name = 'Versand'")
    assert office.scalar("SELECT count(*) FROM department WHERE name = 'Versand'") == 1
    assert office.scalar("SELECT department_id FROM employee WHERE id = :i", i=person.hex) == existing
    assert value(b, "SELECT department_id FROM employee WHERE id = :i", i=person.hex) == existing


def test_an_erasure_reaches_the_other_laptop_and_drops_its_changes(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, b = pair
    person = person_of(a)
    with a.unit_of_work() as uow:
        row = uow.session.get_one(Employee, person)
        first, last = row.first_name, row.last_name
    erasure.erase_person(a, actor="Beraterin A", employee_id=person, approve_all=True)
    assert sync(a, Direct(office, office.scope())).rejected == 0
    assert office.scalar("SELECT count(*) FROM employee WHERE id = :i", i=person.hex) == 0
    set_notes(b, person, f"Gespräch mit {first} {last}")
    report = sync(b, Direct(office, office.scope()))
    assert report.dropped >= 1
    assert value(b, "SELECT count(*) FROM employee WHERE id = :i", i=person.hex) == 0
    assert sync_counts(b).conflicts == 0 and sync_counts(b).pending == 0
    assert "verworfen" in value(b, "SELECT text FROM sync_notice ORDER BY id DESC")
    with b.engine.connect() as conn:
        for name in sorted(SYNC_TABLES):
            for row_values in conn.execute(select(Base.metadata.tables[name])).all():
                assert last not in str(row_values) and person.hex not in str(row_values).replace("delete", "")


def test_a_company_outside_the_scope_is_neither_pulled_nor_written(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, b = pair
    with a.unit_of_work() as uow:
        first, second = uow.session.scalars(select(Company.id).order_by(Company.name)).all()[:2]
        uow.session.execute(update(Company).where(Company.id == second).values(notes="nur fürs Büro"))
        uow.commit()
    sync(a, Direct(office, office.scope()))
    sync(b, Direct(office, office.scope([str(first)])))
    assert value(b, "SELECT notes FROM company WHERE id = :i", i=second.hex) != "nur fürs Büro"
