"""Compare-and-set between laptops and the office: accepted whole, or a conflict and nothing applied."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, event, select, update
from sqlalchemy.orm import Session

from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import Company, Department, Employee, RoleProfile
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync import change_values
from verbund_desktop.services.sync.conflicts import list_conflicts
from verbund_desktop.services.sync.office_apply import accepted_revisions, apply_changeset
from verbund_desktop.services.sync.office_scope import OTHER_NETWORK, SHARED_CONTENT
from verbund_desktop.services.sync.outbox import record_results, sync_counts, take_pending
from verbund_desktop.services.sync.run import sync
from verbund_desktop.sync.encoding import WireError
from verbund_desktop.sync.messages import Change, Changeset

REPLICA = str(uuid.uuid4())


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    yield a, b
    a.close()
    b.close()


def first_person(ws: Workspace) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        return uow.session.scalars(select(Employee.id).order_by(Employee.pseudonym_code)).first()  # type: ignore[return-value]


def set_notes(ws: Workspace, person: uuid.UUID, notes: str) -> None:
    with ws.unit_of_work() as uow:
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes=notes))
        uow.commit()


def notes(ws: Workspace, person: uuid.UUID) -> str:
    return str(value(ws, "SELECT notes FROM employee WHERE id = :i", i=person.hex))


def test_a_change_travels_to_the_other_laptop(office: Office, pair: tuple[Workspace, Workspace]) -> None:
    a, b = pair
    person = first_person(a)
    set_notes(a, person, "von A")
    report = sync(a, Direct(office, office.scope()))
    assert report.conflicts == 0 and report.rejected == 0
    assert office.scalar("SELECT notes FROM employee WHERE id = :i", i=person.hex) == "von A"
    sync(b, Direct(office, office.scope()))
    assert notes(b, person) == "von A"
    assert sync_counts(a).pending == 0 and sync_counts(b).pending == 0


def test_the_same_field_changed_on_both_sides_is_a_conflict_and_nothing_is_applied(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, b = pair
    person = first_person(a)
    set_notes(a, person, "von A")
    sync(a, Direct(office, office.scope()))
    seq = office.last_seq()
    with b.unit_of_work() as uow:  # one transaction: the notes and a renamed department, held together
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes="von B"))
        uow.session.execute(update(Department).values(name=Department.name + " (B)"))
        uow.commit()
    report = sync(b, Direct(office, office.scope()))
    assert report.conflicts == 1 and office.last_seq() == seq
    assert office.scalar("SELECT notes FROM employee WHERE id = :i", i=person.hex) == "von A"
    assert office.scalar("SELECT count(*) FROM department WHERE name LIKE '% (B)'") == 0
    assert notes(b, person) == "von B"  # mine stays here, theirs waits in the conflict
    assert value(b, "SELECT kind FROM sync_conflict") == "same_field"
    assert "von A" in value(b, "SELECT theirs FROM sync_conflict")
    assert sync_counts(b).conflicts == 1


def test_a_resent_changeset_is_applied_once(office: Office, pair: tuple[Workspace, Workspace]) -> None:
    a, _ = pair
    set_notes(a, first_person(a), "einmal")
    [*_, changeset] = take_pending(a)
    transport = Direct(office, office.scope())
    first = transport.push([changeset])
    seq = office.last_seq()
    assert transport.push([changeset]) == first and office.last_seq() == seq
    other = Changeset(changeset.id, changeset.replica_id, changeset.local_seq, changeset.schema_rev, ())
    [refused] = transport.push([other])
    assert refused.status == "rejected" and refused.reason == "rewound"


@pytest.mark.parametrize("model", [Department, RoleProfile])
def test_two_departments_or_role_profiles_of_the_same_name_are_a_duplicate(
    office: Office, pair: tuple[Workspace, Workspace], model: type[Department] | type[RoleProfile]
) -> None:
    a, b = pair
    with a.unit_of_work() as uow:
        company = uow.session.scalars(select(Company.id)).first()
    for ws in pair:
        with ws.unit_of_work() as uow:
            uow.session.add(model(company_id=company, name="Produktion 2"))
            uow.commit()
    sync(a, Direct(office, office.scope()))
    report = sync(b, Direct(office, office.scope()))
    assert report.conflicts == 1
    assert value(b, "SELECT kind FROM sync_conflict") == "duplicate"
    assert value(b, "SELECT existing_id FROM sync_conflict") is not None
    table = model.__tablename__
    assert office.scalar(f"SELECT count(*) FROM {table} WHERE name = 'Produktion 2'") == 1
    [view] = list_conflicts(b)
    assert "merge" in view.choices


def test_an_update_of_a_row_deleted_in_the_office_is_a_conflict(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, b = pair
    with a.unit_of_work() as uow:
        department = uow.session.scalars(select(Department).order_by(Department.name)).first()
        assert department is not None
        ident = department.id
        uow.session.execute(delete(Department).where(Department.id == ident))
        uow.commit()
    sync(a, Direct(office, office.scope()))
    with b.unit_of_work() as uow:
        uow.session.execute(update(Department).where(Department.id == ident).values(name="Umbenannt"))
        uow.commit()
    report = sync(b, Direct(office, office.scope()))
    assert report.conflicts == 1 and report.dropped == 0
    # The pull then brings the tombstone: the row and the change stay here, a person decides (test_deleted_there).
    assert value(b, "SELECT name FROM department WHERE id = :i", i=ident.hex) == "Umbenannt"
    assert sync_counts(b).conflicts == 1
    (view,) = list_conflicts(b)
    assert view.kind == "deleted_there" and view.choices == ("mine", "theirs")


def test_a_device_cannot_write_a_company_not_assigned_to_it(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, _ = pair
    person = first_person(a)
    with a.unit_of_work() as uow:
        mine = str(uow.session.scalars(select(Company.id).order_by(Company.name)).all()[-1])
    set_notes(a, person, "fremd")
    seq = office.last_seq()
    report = sync(a, Direct(office, office.scope([mine])))
    assert report.rejected >= 1 and office.last_seq() == seq
    assert office.scalar("SELECT notes FROM employee WHERE id = :i", i=person.hex) != "fremd"
    assert "nicht ändern" in value(a, "SELECT message FROM sync_changeset WHERE status = 'rejected'")


def test_unknown_columns_tables_and_schema_revisions_are_refused(office: Office) -> None:
    """Each case is refused for its own reason, with a German sentence, and nothing is applied; the current
    and the previous revision are accepted (before, every case here carried an old revision, so an unknown
    column was never the reason of its refusal)."""
    scope = office.scope()
    person = office.scalar("SELECT id FROM employee ORDER BY pseudonym_code")
    previous = sorted(accepted_revisions() - {HEAD_REVISION})
    assert len(previous) == 1  # the revision before the head

    def changeset(rev: str, *changes: Change) -> Changeset:
        return Changeset(
            id=str(uuid.uuid4()), replica_id=REPLICA, local_seq=next(seqs), schema_rev=rev, changes=changes
        )

    seqs = iter(range(1, 100))
    notes_of = Change("employee", office.hex(person), "update", 0, {"notes": "neuer Stand"})
    cases = {
        "format": changeset(
            HEAD_REVISION, Change("employee", office.hex(person), "update", 0, {"shoe_size": 44})
        ),
        "schema": changeset("0099_future", notes_of),
        "schema ": changeset("0008_sync", notes_of),  # two revisions and more behind
    }
    for reason, refused in cases.items():
        with Session(office.engine) as session:
            result = apply_changeset(session, scope, refused)
            session.commit()
        assert (result.status, result.reason) == ("rejected", reason.strip()), reason
        assert result.message, reason
    assert "aktualisieren" in result.message and HEAD_REVISION in result.message
    with Session(office.engine) as session:
        table = changeset(HEAD_REVISION, Change("shoe", office.hex(person), "update", 0, {"size": 44}))
        with pytest.raises(WireError, match="shoe"):
            apply_changeset(session, scope, table)
        session.rollback()
    assert office.last_seq() == 0
    assert office.scalar("SELECT notes FROM employee WHERE id = :i", i=office.hex(person)) != "neuer Stand"
    for base_version, rev in enumerate((previous[0], HEAD_REVISION)):  # the second is based on the first
        change = Change("employee", office.hex(person), "update", base_version, {"notes": rev})
        with Session(office.engine) as session:
            result = apply_changeset(session, scope, changeset(rev, change))
            session.commit()
        assert result.status == "accepted", (rev, result)


def test_a_copied_workspace_becomes_a_new_replica(
    office: Office, pair: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    a, _ = pair
    set_notes(a, first_person(a), "vor der Kopie")
    sync(a, Direct(office, office.scope()))
    copy = tmp_path / "copy.db"
    a.copy_to(copy)
    set_notes(a, first_person(a), "im Original")
    sync(a, Direct(office, office.scope()))
    from verbund_desktop.persistence.workspace import open_workspace

    twin = open_workspace(copy)
    try:
        set_notes(twin, first_person(twin), "in der Kopie")
        before = value(twin, "SELECT replica_id FROM sync_state")
        report = sync(twin, Direct(office, office.scope()))
        assert report.new_identity and value(twin, "SELECT replica_id FROM sync_state") != before
        assert report.conflicts == 1  # its edit was based on a version the original moved on from
    finally:
        twin.close()


def test_a_laptop_built_for_another_network_is_refused_whole(office: Office, tmp_path: Path) -> None:
    """A workspace built on its own has a network of its own: even a device that sees its whole network (an office
    user's) writes no row of another network, nor the content all networks share. Before office users' devices
    this was accepted and mixed two networks' rows under one network's order."""
    from verbund_desktop.services.workspace.demo import create_demo_workspace

    own = create_demo_workspace(tmp_path / "eigener.db", None)  # its own network and companies
    try:
        counts = {t: office.scalar(f"SELECT count(*) FROM {t}") for t in ("network", "company", "employee")}
        seq = office.last_seq()
        report = sync(own, Direct(office, office.scope()))
        assert (report.accepted, report.conflicts) == (0, 0) and report.rejected >= 1
        assert office.last_seq() == seq
        assert {t: office.scalar(f"SELECT count(*) FROM {t}") for t in counts} == counts
        # Refused at its first change outside the scope: its bundled content (created here, so not identical to
        # the office's copy: ``created_at`` differs) or its own network's rows.
        message = value(own, "SELECT message FROM sync_changeset WHERE status = 'rejected'")
        assert message in (OTHER_NETWORK, SHARED_CONTENT)
    finally:
        own.close()


def test_each_change_is_decoded_once_per_changeset(
    office: Office, pair: tuple[Workspace, Workspace], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The read-ahead, the lookup and the rules share one decoding of each change's new values (three before)."""
    a, _ = pair
    with a.unit_of_work() as uow:
        company = uow.session.scalars(select(Company.id).order_by(Company.name)).first()
        uow.session.add_all(Department(company_id=company, name=f"Zählung {n}") for n in range(5))
        person = uow.session.scalars(select(Employee).order_by(Employee.pseudonym_code)).first()
        assert person is not None
        person.notes = "einmal gelesen"
        uow.commit()
    (changeset,) = take_pending(a)
    decoded: list[str] = []
    real = change_values.from_wire_values

    def counted(table: str, wire: Any) -> dict[str, Any]:
        decoded.append(table)
        return real(table, wire)

    monkeypatch.setattr(change_values, "from_wire_values", counted)
    with Session(office.engine) as session:
        result = apply_changeset(session, office.scope(), changeset, commit=True)
    assert result.status == "accepted"
    assert sorted(decoded) == sorted(c.table for c in changeset.changes if c.op != "delete")
    assert office.scalar("SELECT count(*) FROM department WHERE name LIKE 'Zählung %'") == 5


def test_the_answers_are_stored_in_as_many_statements_for_few_changesets_as_for_many(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    """The laptop stores the accepted changesets' answers for all of them together, not statement by statement
    per changeset; every row gets the office's version and nothing stays pending."""
    a, _ = pair
    with a.unit_of_work() as uow:
        company = uow.session.scalars(select(Company.id).order_by(Company.name)).first()
    statements: dict[int, int] = {}
    executed: list[str] = []

    def note(*args: Any) -> None:
        executed.append(args[2])

    for count in (3, 12):
        for n in range(count):
            with a.unit_of_work() as uow:
                uow.session.add(Department(company_id=company, name=f"Antwort {count}-{n}"))
                uow.commit()
        answers = Direct(office, office.scope()).push(take_pending(a))
        assert [r.status for r in answers] == ["accepted"] * count
        executed.clear()
        event.listen(a.engine, "before_cursor_execute", note)
        try:
            assert record_results(a, answers) is False
        finally:
            event.remove(a.engine, "before_cursor_execute", note)
        statements[count] = len(executed)
    assert statements[3] == statements[12]
    assert sync_counts(a).pending == 0
    versions = value(
        a,
        "SELECT count(*) FROM sync_row_version v JOIN department d ON d.id = v.row_id "
        "WHERE v.tbl = 'department' AND d.name LIKE 'Antwort %'",
    )
    assert versions == 15
