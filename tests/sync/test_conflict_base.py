"""The base of a conflict: the value both sides started from, shown next to mine and the office's.

Capture keeps, for each column an unsent update changed, the value before its first change; an erasure drops
those values from the whole outbox (they are not scrubbed like the rows), and a "mine" resolution drops them for
the row (its base is then the office's version).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.persistence.models import Employee
from verbund_desktop.persistence.sync_capture import load_old_values
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.protection import erasure
from verbund_desktop.services.sync.conflict_texts import shown
from verbund_desktop.services.sync.conflicts import (
    BASE_UNKNOWN,
    ConflictView,
    FieldView,
    list_conflicts,
    resolve_conflict,
)
from verbund_desktop.services.sync.run import sync


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Office, Workspace, Workspace]]:
    office = Office(demo_template, tmp_path)
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    yield office, a, b
    a.close()
    b.close()


def people(ws: Workspace) -> list[uuid.UUID]:
    with ws.unit_of_work() as uow:
        return list(uow.session.scalars(select(Employee.id).order_by(Employee.pseudonym_code)))


def edit(ws: Workspace, person: uuid.UUID, **values: str) -> None:
    with ws.unit_of_work() as uow:
        uow.session.execute(update(Employee).where(Employee.id == person).values(**values))
        uow.commit()


def field(view: ConflictView, column: str) -> FieldView:
    (found,) = [f for f in view.fields if f.column == column]
    return found


def conflict_of(office: Office, a: Workspace, b: Workspace, person: uuid.UUID, **on_a: str) -> ConflictView:
    edit(a, person, **on_a)
    sync(a, Direct(office, office.scope()))
    assert sync(b, Direct(office, office.scope())).conflicts == 1
    (view,) = list_conflicts(b)
    return view


def test_the_same_field_shows_the_value_both_started_from(pair: tuple[Office, Workspace, Workspace]) -> None:
    office, a, b = pair
    person = people(a)[0]
    before = shown(value(b, "SELECT notes FROM employee WHERE id = :p", p=person.hex))
    edit(b, person, notes="von B, zuerst")
    edit(b, person, notes="von B")  # two edits: the base is the value before the first
    view = conflict_of(office, a, b, person, notes="von A")
    notes = field(view, "notes")
    assert (notes.label, notes.mine, notes.theirs) == ("Notizen", "von B", "von A")
    assert notes.base == before
    assert notes.changed_on_both and notes.base not in ("von A", "von B", "von B, zuerst", BASE_UNKNOWN)


def test_a_field_changed_only_here_is_not_marked_as_changed_on_both(
    pair: tuple[Office, Workspace, Workspace],
) -> None:
    office, a, b = pair
    person = people(a)[0]
    before = value(b, "SELECT job_title FROM employee WHERE id = :p", p=person.hex)
    edit(b, person, job_title="Meisterin")
    view = conflict_of(office, a, b, person, notes="von A")
    assert view.kind == "other_fields"
    job = field(view, "job_title")
    assert (job.label, job.base, job.mine, job.theirs) == ("Tätigkeit", before, "Meisterin", before)
    assert not job.changed_on_both


def test_the_base_goes_with_a_mine_resolution_and_with_an_erasure(
    pair: tuple[Office, Workspace, Workspace],
) -> None:
    office, a, b = pair
    first, other, erased = people(b)[:3]
    name = value(b, "SELECT first_name || ' ' || last_name FROM employee WHERE id = :p", p=erased.hex)
    edit(b, other, notes=f"Gespräch mit {name}")
    with (
        b.engine.begin() as conn
    ):  # as if that had been synced: the text mentioning the person is the base now
        conn.execute(text("DELETE FROM sync_change"))
        conn.execute(text("DELETE FROM sync_changeset"))
    edit(b, other, notes="erledigt")
    old = value(b, "SELECT old_data FROM sync_change WHERE row_id = :p", p=other.hex)
    assert name in str(load_old_values(old)["notes"])

    erasure.erase_person(b, actor="Test", employee_id=erased, approve_all=True)

    with b.engine.connect() as conn:
        stored = [str(r) for r in conn.execute(text("SELECT old_data FROM sync_change")).scalars()]
    assert not [s for s in stored if name in s]
    assert not load_old_values(value(b, "SELECT old_data FROM sync_change WHERE row_id = :p", p=other.hex))
    view = conflict_of(office, a, b, other, notes="von A")
    assert field(view, "notes").base == BASE_UNKNOWN
    edit(b, first, notes="neu")  # a change after the erasure keeps its base again
    assert load_old_values(value(b, "SELECT old_data FROM sync_change WHERE row_id = :p", p=first.hex))
    resolve_conflict(b, view.id, "mine", actor="Test")  # based on the office's version now: no old base
    assert not load_old_values(value(b, "SELECT old_data FROM sync_change WHERE row_id = :p", p=other.hex))
