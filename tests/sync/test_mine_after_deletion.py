"""The sequence the stateful test reported as a defect, replayed step by step: a department deleted on laptop A,
the same person's notes changed on both laptops, both sync, A keeps "mine", edits again and syncs.

The product accepts that change (it is based on the office's current version). What the stateful test saw was its
own check counting the resolved conflict, which stays in ``sync_conflict`` as the record of the decision, as an
open one; these tests pin both: the product's answer, and the check run through the state machine's own rules.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.sync.harness import Direct, Office, laptop, value
from tests.sync.test_sync_stateful import Network
from verbund_desktop.persistence.models import Department, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync.conflicts import list_conflicts, resolve_conflict
from verbund_desktop.services.sync.outbox import SyncCounts, sync_counts
from verbund_desktop.services.sync.run import sync


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    yield a, b
    a.close()
    b.close()


def _set_notes(ws: Workspace, person: uuid.UUID, notes: str) -> None:
    with ws.unit_of_work() as uow:
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes=notes))
        uow.commit()


def _version_here(ws: Workspace, person: uuid.UUID) -> int:
    return int(value(ws, "SELECT version FROM sync_row_version WHERE row_id = :p", p=person.hex) or 0)


@pytest.mark.parametrize("first", ["a", "b"])
def test_a_change_on_the_current_version_after_mine_is_accepted(
    office: Office, pair: tuple[Workspace, Workspace], first: str
) -> None:
    a, b = pair
    with a.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee.id).order_by(Employee.pseudonym_code)).first()
        uow.session.execute(Department.__table__.delete().where(Department.name == "Lager"))
        uow.commit()
    assert person is not None
    _set_notes(a, person, "von A")
    _set_notes(b, person, "von B")
    winner, loser = (a, b) if first == "a" else (b, a)
    sync(winner, Direct(office, office.scope()))
    assert sync(loser, Direct(office, office.scope())).conflicts == 1
    (view,) = list_conflicts(loser)
    resolve_conflict(loser, view.id, "mine", actor="Test")
    _set_notes(loser, person, "danach")
    office_version = int(
        office.scalar("SELECT version FROM office_sync_row WHERE row_id = :r", r=str(person))
    )
    assert _version_here(loser, person) == office_version  # based on the office's current version

    report = sync(loser, Direct(office, office.scope()))

    assert report.conflicts == 0
    assert office.scalar("SELECT notes FROM employee WHERE id = :p", p=person.hex) == "danach"
    assert sync_counts(loser) == SyncCounts(pending=0, conflicts=0, rejected=0)
    assert list_conflicts(loser) == []
    assert _version_here(loser, person) == office_version + 1
    # The decision stays on record (resolved), and is no open conflict.
    assert value(loser, "SELECT resolution FROM sync_conflict WHERE row_id = :p", p=person.hex) == "mine"
    assert office.scalar("SELECT count(*) FROM department WHERE name = 'Lager'") == 0


class _Mine:
    def draw(self, _strategy: object) -> str:
        return "mine"


@pytest.mark.parametrize("first", [0, 1])
@pytest.mark.parametrize("deleter", [0, 1])
def test_the_stateful_rules_replay_the_reported_sequence(
    demo_template: Path, tmp_path: Path, first: int, deleter: int
) -> None:
    Machine = type("Machine", (Network,), {"template": demo_template, "root": tmp_path})
    machine = Machine()
    machine.start()
    try:
        loser = 1 - first
        machine.delete_department(deleter, "Lager")
        machine.edit_on_both(0)
        machine.sync(first)
        machine.sync(loser)
        machine.resolve(loser, _Mine())  # type: ignore[arg-type]
        machine.edit(loser, 0)
        machine.sync(loser)  # checks: the change on the current version was accepted, no conflict left open
        machine.settle()  # every replica equals the office
    finally:
        machine.teardown()
