"""Resolving conflicts: each choice is a new changeset, and after syncing every side agrees."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import (
    Company,
    CompetencyAssessment,
    ConsentRecord,
    Department,
    Employee,
)
from verbund_desktop.persistence.models.sync import SYNC_TABLES
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.protection import erasure
from verbund_desktop.services.protection.privacy import withdraw_consent
from verbund_desktop.services.sync.conflicts import list_conflicts, resolve_conflict
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.run import sync


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


def test_an_erasure_leaves_no_trace_in_the_offices_sync_tables(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    """The office keeps ids and versions of the erased row (its tombstone), never a value of the person: not in
    its sync rows, its log of answers nor a conflict held for another laptop's change of that person."""
    a, b = pair
    person = person_of(a)
    with a.unit_of_work() as uow:
        row = uow.session.get_one(Employee, person)
        last = row.last_name
    set_notes(b, person, f"Notiz zu {last}")
    set_notes(a, person, f"Andere Notiz zu {last}")
    sync(a, Direct(office, office.scope()))
    assert sync(b, Direct(office, office.scope())).conflicts == 1  # the office holds a conflict of the person
    erasure.erase_person(a, actor="Beraterin A", employee_id=person, approve_all=True)
    assert sync(a, Direct(office, office.scope())).rejected == 0
    sync(b, Direct(office, office.scope()))
    assert office.scalar("SELECT count(*) FROM employee WHERE id = :i", i=person.hex) == 0
    office_tables = [t for t in Base.metadata.sorted_tables if t.name.startswith("office_")]
    held = 0
    with office.engine.connect() as conn:
        for table in office_tables:
            for row_values in conn.execute(select(table)).all():
                held += 1
                assert last not in str(row_values), table.name
    assert held > 0  # the scan read the office's sync tables
    assert sync_counts(b).conflicts == 0 and sync_counts(b).pending == 0


def test_a_consent_withdrawal_reaches_the_other_laptop_and_the_office(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    """A withdrawal travels like any change: the consent is withdrawn everywhere and what was stored on its basis
    (interviews, ratings, plans, notes) is gone at the office and on the other laptop too."""
    a, b = pair
    consent, person = a_withdrawable_consent(a)
    owned = (
        "SELECT (SELECT count(*) FROM competency_assessment WHERE employee_id = :p)"
        " + (SELECT count(*) FROM development_plan WHERE employee_id = :p)"
    )
    assert value(b, owned, p=person.hex) > 0 and office.scalar(owned, p=person.hex) > 0
    result = withdraw_consent(a, actor="Beraterin A", consent_id=consent)
    assert result.data_removed and result.removed.assessments > 0
    report = sync(a, Direct(office, office.scope()))
    assert report.rejected == 0 and report.conflicts == 0
    sync(b, Direct(office, office.scope()))
    status = "SELECT status FROM consent_record WHERE id = :c"
    assert value(a, status, c=consent.hex) == value(b, status, c=consent.hex) == "withdrawn"
    assert office.scalar(status, c=consent.hex) == "withdrawn"
    assert value(a, owned, p=person.hex) == value(b, owned, p=person.hex) == 0
    assert office.scalar(owned, p=person.hex) == 0
    assert notes(office, person) == notes(b, person) == ""
    assert sync_counts(a).pending == sync_counts(b).pending == 0


def a_withdrawable_consent(ws: Workspace) -> tuple[uuid.UUID, uuid.UUID]:
    """A given interview-and-plan consent of a person with an interview (its withdrawal removes data)."""
    with ws.unit_of_work() as uow:
        found = uow.session.execute(
            select(ConsentRecord.id, ConsentRecord.employee_id)
            .join(CompetencyAssessment, CompetencyAssessment.employee_id == ConsentRecord.employee_id)
            .where(
                ConsentRecord.status == "given",
                ConsentRecord.purpose == ConsentPurpose.INTERVIEW_AND_PLAN.value,
            )
            .order_by(ConsentRecord.id)
        ).first()
    assert found is not None
    return found[0], found[1]


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


def test_two_successors_of_the_same_plan_version_are_a_conflict(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    from verbund_desktop.persistence.models import DevelopmentPlan
    from verbund_desktop.services.planning.plan_versions import editable_plan

    a, b = pair
    with a.unit_of_work() as uow:
        plan = uow.session.scalars(select(DevelopmentPlan).order_by(DevelopmentPlan.id)).first()
        assert plan is not None
        plan_id, series = plan.id, plan.series_id
    with a.engine.begin() as conn:  # printed (frozen) on both laptops before: the state they share
        conn.execute(
            update(DevelopmentPlan).where(DevelopmentPlan.id == plan_id).values(frozen_at=func.now())
        )
    sync(a, Direct(office, office.scope()))
    sync(b, Direct(office, office.scope()))
    for ws in pair:  # both change the printed plan offline: each makes version + 1
        with ws.unit_of_work() as uow:
            copy, copied, _ = editable_plan(uow.session, plan_id, "Beraterin")
            copy.goals = f"Ziele von {ws.path.stem}"
            uow.commit()
        assert copied
    assert sync(a, Direct(office, office.scope())).conflicts == 0
    assert sync(b, Direct(office, office.scope())).conflicts == 1
    [view] = list_conflicts(b)
    assert view.kind == "plan_successor" and "Nachfolgeversion" in view.text
    versions = "SELECT count(*) FROM development_plan WHERE series_id = :s"
    assert office.scalar(versions, s=series.hex) == 2  # the original and one successor, never two
    # Taking the office's successor brings it here with its measures (parked until the conflict was resolved).
    resolve_conflict(b, view.id, "theirs", actor="Beraterin B")
    assert sync(b, Direct(office, office.scope())).conflicts == 0
    measures = "SELECT count(*) FROM plan_measure m JOIN development_plan p ON p.id = m.plan_id WHERE p.series_id = :s"
    assert value(b, measures, s=series.hex) == office.scalar(measures, s=series.hex) > 0
    goals = "SELECT goals FROM development_plan WHERE series_id = :s AND version = 2"
    assert value(b, goals, s=series.hex) == office.scalar(goals, s=series.hex) == "Ziele von a"
