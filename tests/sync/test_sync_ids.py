"""What the program chooses cannot collide between replicas (issue 12, item 6), on SQLite and PostgreSQL: two
laptops offline each add a person to the same company with the suggested code, and both arrive; a code typed by
hand alike on both still meets a duplicate a person resolves; two successors of one plan version are a conflict
whose resolution can keep both."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.assessment.errors import InputError
from verbund_desktop.persistence.models import Company, DevelopmentPlan, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common.code_tag import store_code_tag
from verbund_desktop.services.organisation import companies as co
from verbund_desktop.services.planning.plan_versions import editable_plan
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


def test_two_successors_of_one_plan_version_both_stay_when_mine_goes_after_theirs(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    """The same printed plan changed offline on two laptops: each makes version + 1. That is a real concurrent
    edit: the second reaches a person as a conflict, its successor whole and with its own id; "after" keeps it
    as the next version behind the office's (the program picks the number), so both versions arrive."""
    a, b = pair
    with a.unit_of_work() as uow:
        plan = uow.session.scalars(select(DevelopmentPlan).order_by(DevelopmentPlan.id)).first()
        assert plan is not None
        plan_id, series, version = plan.id, plan.series_id, plan.version
    with a.engine.begin() as conn:  # printed (frozen) before: the state both laptops share
        conn.execute(
            update(DevelopmentPlan).where(DevelopmentPlan.id == plan_id).values(frozen_at=func.now())
        )
    sync(a, Direct(office, office.scope()))
    sync(b, Direct(office, office.scope()))
    successors = {}
    for ws in pair:
        with ws.unit_of_work() as uow:
            copy, copied, _ = editable_plan(uow.session, plan_id, "Beraterin")
            copy.goals = f"Ziele von {ws.path.stem}"
            uow.commit()
            successors[ws.path.stem] = copy.id
        assert copied
    assert successors["a"] != successors["b"]  # distinct identities from the start
    assert sync(a, Direct(office, office.scope())).conflicts == 0
    assert sync(b, Direct(office, office.scope())).conflicts == 1
    [view] = list_conflicts(b)
    assert view.kind == "plan_successor" and view.choices[0] == "after"
    held = "SELECT goals FROM development_plan WHERE id = :i"
    assert value(b, held, i=successors["b"].hex) == "Ziele von b"  # mine is kept whole meanwhile
    resolve_conflict(b, view.id, "after", actor="Beraterin B")
    assert sync(b, Direct(office, office.scope())).conflicts == 0
    assert sync(a, Direct(office, office.scope())).conflicts == 0
    rows = "SELECT version || ':' || goals FROM development_plan WHERE id = :i"
    assert office.scalar(rows, i=successors["a"].hex) == f"{version + 1}:Ziele von a"
    assert office.scalar(rows, i=successors["b"].hex) == f"{version + 2}:Ziele von b"
    count = "SELECT count(*) FROM development_plan WHERE series_id = :s"
    for ws in pair:  # every replica holds both successors, as the office does
        assert value(ws, count, s=series.hex) == office.scalar(count, s=series.hex) == 3
        assert value(ws, rows, i=successors["b"].hex) == f"{version + 2}:Ziele von b"
    measures = "SELECT count(*) FROM plan_measure WHERE plan_id = :p"
    assert office.scalar(measures, p=successors["b"].hex) == value(b, measures, p=successors["b"].hex)


def test_a_printed_successor_is_not_renumbered(office: Office, pair: tuple[Workspace, Workspace]) -> None:
    """A successor printed offline carries its number on paper: "after" would contradict it and is refused."""
    a, b = pair
    with a.unit_of_work() as uow:
        plan = uow.session.scalars(select(DevelopmentPlan).order_by(DevelopmentPlan.id)).first()
        assert plan is not None
        plan_id = plan.id
    with a.engine.begin() as conn:
        conn.execute(
            update(DevelopmentPlan).where(DevelopmentPlan.id == plan_id).values(frozen_at=func.now())
        )
    sync(a, Direct(office, office.scope()))
    sync(b, Direct(office, office.scope()))
    for ws in pair:
        with ws.unit_of_work() as uow:
            copy, _, _ = editable_plan(uow.session, plan_id, "Beraterin")
            copy.goals = f"Ziele von {ws.path.stem}"
            copy.frozen_at = func.now()  # printed on the spot
            uow.commit()
    sync(a, Direct(office, office.scope()))
    assert sync(b, Direct(office, office.scope())).conflicts == 1
    [view] = list_conflicts(b)
    with pytest.raises(InputError, match="gedruckt"):
        resolve_conflict(b, view.id, "after", actor="Beraterin B")
    assert [v.id for v in list_conflicts(b)] == [view.id]  # still open, nothing changed
