"""An update of a row the office deleted is a conflict a person resolves (issue 12, B4.3), on both backends.

The laptop keeps the row and its change when the tombstone is pulled; "mine" brings the row back at the office
and on every laptop, "theirs" accepts the deletion everywhere. An erasure (Art. 17) still wins at once: no
conflict, and no value of the person stays on the laptop that had changed it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from tests.sync.harness import Direct, Office, laptop, value
from tests.sync.test_sync_stateful import Network
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import CompetencyAssessment, CompetencyRating, Department, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.protection import erasure
from verbund_desktop.services.sync.conflicts import list_conflicts, resolve_conflict
from verbund_desktop.services.sync.outbox import SyncCounts, read_state, sync_counts
from verbund_desktop.services.sync.pull import apply_batch
from verbund_desktop.services.sync.run import sync

CLEAN = SyncCounts(pending=0, conflicts=0, rejected=0)
DEPARTMENT = "SELECT name FROM department WHERE id = :i"


@pytest.fixture
def three(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace, Workspace]]:
    found = tuple(laptop(demo_template, tmp_path, name) for name in ("a", "b", "c"))
    yield found  # type: ignore[misc]
    for ws in found:
        ws.close()


def _deleted_on_a_renamed_on_b(office: Office, a: Workspace, b: Workspace) -> uuid.UUID:
    with a.unit_of_work() as uow:
        ident = uow.session.scalars(select(Department.id).order_by(Department.name)).first()
        assert ident is not None
        uow.session.execute(delete(Department).where(Department.id == ident))
        uow.commit()
    assert sync(a, Direct(office, office.scope())).conflicts == 0
    with b.unit_of_work() as uow:
        uow.session.execute(update(Department).where(Department.id == ident).values(name="Umbenannt"))
        uow.commit()
    report = sync(b, Direct(office, office.scope()))
    assert report.conflicts == 1 and report.dropped == 0
    return ident


def assert_no_trace(ws: Workspace, text: str) -> None:
    """No row of the replica's sync tables holds ``text`` (outbox, conflicts, versions)."""
    with ws.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name.startswith("sync_"):
                for row in conn.execute(select(table)).all():
                    assert text not in str(row), table.name


def test_the_conflict_reaches_the_screen_and_the_row_stays(
    office: Office, three: tuple[Workspace, Workspace, Workspace]
) -> None:
    a, b, _ = three
    ident = _deleted_on_a_renamed_on_b(office, a, b)
    assert value(b, DEPARTMENT, i=ident.hex) == "Umbenannt"
    assert sync_counts(b).conflicts == 1
    (view,) = list_conflicts(b)
    assert view.kind == "deleted_there" and view.row_id == str(ident)
    assert "gelöscht" in view.text and view.choices == ("mine", "theirs")
    assert {f.column: (f.mine, f.theirs) for f in view.fields}["name"] == ("Umbenannt", "(gelöscht)")
    assert sync(b, Direct(office, office.scope())).conflicts == 0  # syncing again keeps it open, unchanged
    assert sync_counts(b).conflicts == 1 and value(b, DEPARTMENT, i=ident.hex) == "Umbenannt"


def test_mine_brings_the_row_back_everywhere(
    office: Office, three: tuple[Workspace, Workspace, Workspace]
) -> None:
    a, b, c = three
    ident = _deleted_on_a_renamed_on_b(office, a, b)
    sync(c, Direct(office, office.scope()))
    assert value(c, DEPARTMENT, i=ident.hex) is None
    (view,) = list_conflicts(b)
    resolve_conflict(b, view.id, "mine", actor="Test")
    assert sync(b, Direct(office, office.scope())).conflicts == 0
    assert office.scalar(DEPARTMENT, i=ident.hex) == "Umbenannt"
    for ws in (a, c, b):
        sync(ws, Direct(office, office.scope()))
        assert value(ws, DEPARTMENT, i=ident.hex) == "Umbenannt"
        assert sync_counts(ws) == CLEAN and list_conflicts(ws) == []


def test_accepting_the_deletion_deletes_it_everywhere(
    office: Office, three: tuple[Workspace, Workspace, Workspace]
) -> None:
    a, b, c = three
    ident = _deleted_on_a_renamed_on_b(office, a, b)
    (view,) = list_conflicts(b)
    resolve_conflict(b, view.id, "theirs", actor="Test")
    assert value(b, DEPARTMENT, i=ident.hex) is None
    for ws in (b, a, c):
        sync(ws, Direct(office, office.scope()))
        assert value(ws, DEPARTMENT, i=ident.hex) is None
        assert sync_counts(ws) == CLEAN and list_conflicts(ws) == []
    assert office.scalar(DEPARTMENT, i=ident.hex) is None


def test_a_pending_change_of_a_row_deleted_there_becomes_the_conflict_at_the_next_push(
    office: Office, three: tuple[Workspace, Workspace, Workspace]
) -> None:
    """The tombstone is pulled while the change waits unsent (a sync file, or an edit during the push): the row
    and the change stay, and the office answers "deleted there" when it arrives."""
    a, b, _ = three
    with a.unit_of_work() as uow:
        ident = uow.session.scalars(select(Department.id).order_by(Department.name)).first()
        assert ident is not None
        uow.session.execute(delete(Department).where(Department.id == ident))
        uow.commit()
    sync(a, Direct(office, office.scope()))
    with b.unit_of_work() as uow:
        uow.session.execute(update(Department).where(Department.id == ident).values(name="Umbenannt"))
        uow.commit()
    transport = Direct(office, office.scope())
    with b.unit_of_work() as uow:
        cursor = read_state(uow.session.connection()).pull_cursor
    assert apply_batch(b, transport.pull("", cursor, 1000)).dropped == 0
    assert value(b, DEPARTMENT, i=ident.hex) == "Umbenannt" and sync_counts(b).pending == 1
    assert sync(b, transport).conflicts == 1
    assert [v.kind for v in list_conflicts(b)] == ["deleted_there"]


def test_an_erasure_still_wins_with_no_conflict_and_no_value_kept(
    office: Office, three: tuple[Workspace, Workspace, Workspace]
) -> None:
    a, b, _ = three
    with a.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee.id).order_by(Employee.pseudonym_code)).first()
        assert person is not None
        last = uow.session.get_one(Employee, person).last_name
    erasure.erase_person(a, actor="Test", employee_id=person, approve_all=True)
    assert sync(a, Direct(office, office.scope())).rejected == 0
    with b.unit_of_work() as uow:
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes=f"Gespräch {last}"))
        uow.commit()
    sync(b, Direct(office, office.scope()))
    assert value(b, "SELECT count(*) FROM employee WHERE id = :i", i=person.hex) == 0
    assert sync_counts(b) == CLEAN and list_conflicts(b) == []
    assert_no_trace(b, last)


def test_a_kept_row_of_a_person_erased_later_keeps_nothing(
    office: Office, three: tuple[Workspace, Workspace, Workspace]
) -> None:
    """A rating deleted at the office and changed here is kept as a conflict; when its person is then erased,
    the erasure's tombstones remove the rating here by the cascade, and its change and conflict go with it."""
    a, b, _ = three
    with a.unit_of_work() as uow:
        rating, person = uow.session.execute(
            select(CompetencyRating.id, CompetencyAssessment.employee_id)
            .join(CompetencyAssessment, CompetencyAssessment.id == CompetencyRating.assessment_id)
            .order_by(CompetencyRating.id)
        ).first()  # type: ignore[misc]
        last = uow.session.get_one(Employee, person).last_name
        uow.session.execute(delete(CompetencyRating).where(CompetencyRating.id == rating))
        uow.commit()
    sync(a, Direct(office, office.scope()))
    with b.unit_of_work() as uow:
        uow.session.execute(
            update(CompetencyRating)
            .where(CompetencyRating.id == rating)
            .values(note=f"mit {last} besprochen")
        )
        uow.commit()
    assert sync(b, Direct(office, office.scope())).conflicts == 1
    assert sync_counts(b).conflicts == 1
    erasure.erase_person(a, actor="Test", employee_id=person, approve_all=True)
    assert sync(a, Direct(office, office.scope())).rejected == 0
    report = sync(b, Direct(office, office.scope()))
    assert report.dropped >= 1
    assert value(b, "SELECT count(*) FROM competency_rating WHERE id = :i", i=rating.hex) == 0
    assert sync_counts(b) == CLEAN and list_conflicts(b) == []
    assert_no_trace(b, last)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_the_stateful_rule_replayed_a_rename_meets_a_deletion(
    demo_template: Path, tmp_path: Path, backend: str
) -> None:
    """The stateful series' rename rule, step by step: a department renamed on one laptop while the other deletes
    it; the series' own check holds (the rename became a conflict) and everyone converges after "theirs"."""
    machine = Network.__new__(Network)
    Network.__init__(machine)
    machine.template, machine.root, machine.backend = demo_template, tmp_path, backend
    machine.start()
    try:
        machine.add_department(0, "Lager")
        machine.sync(0)
        machine.sync(1)
        before = "SELECT count(*) FROM department WHERE company_id = :c AND name < 'Lager'"
        machine.rename_department(1, int(value(machine.replicas[1], before, c=machine.company.hex)))
        (ident,) = machine.renamed[1]
        assert machine.renamed[1][ident].startswith("Lager ")
        machine.delete_department(0, "Lager")
        machine.sync(0)
        machine.sync(1)  # asserts: at the office under my name, or an open conflict here
        assert [v.kind for v in list_conflicts(machine.replicas[1])] == ["deleted_there"]
        machine.settle()
    finally:
        machine.teardown()
