"""Issue 12, docs/office-checklist.md „Found“, 1: a change sent before the answer to an earlier change of the
same row (a second sync file exported before the first one's answer came back, or an edit after an answer lost
over HTTPS) is no conflict of the advisor with herself; another device's edit in between still is one. On
SQLite and PostgreSQL (the ``office`` fixture)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from tests.sync.harness import Direct, Office, laptop, value
from tests.sync.test_sync_file import Keys, answer, edit, enrolled
from verbund_desktop.services.sync.office_apply import apply_changeset
from verbund_desktop.services.sync.outbox import sync_counts, take_pending
from verbund_desktop.services.sync.run import sync
from verbund_desktop.services.sync.sync_file import export_sync_file, import_sync_file
from verbund_desktop.sync.messages import ApplyResult, Changeset, change_from_wire, change_to_wire

NOTES = "SELECT notes FROM employee WHERE id = :i"


def conflicts_at(office: Office) -> int:
    return int(office.scalar("SELECT count(*) FROM office_conflict"))


def test_two_files_exported_before_the_first_answer_make_no_conflict(
    office: Office, demo_template: Path, tmp_path: Path
) -> None:
    keys = Keys()
    ws = enrolled(demo_template, tmp_path, keys)
    try:
        person = edit(ws, "erste Datei")
        first = export_sync_file(ws, tmp_path / "f1").path.read_bytes()
        assert edit(ws, "zweite Datei") == person  # the same field again, the first answer not back yet
        second = export_sync_file(ws, tmp_path / "f2").path.read_bytes()
        (tmp_path / "a1").write_bytes(answer(office, keys, first))
        (tmp_path / "a2").write_bytes(answer(office, keys, second))
        assert conflicts_at(office) == 0
        assert office.scalar(NOTES, i=person) == "zweite Datei"
        import_sync_file(ws, tmp_path / "a1")
        import_sync_file(ws, tmp_path / "a2")
        counts = sync_counts(ws)
        assert (counts.pending, counts.conflicts, counts.rejected) == (0, 0, 0)
        assert value(ws, NOTES, i=person) == "zweite Datei"
        version = office.scalar(
            "SELECT version FROM office_sync_row WHERE tbl = 'employee' AND row_id = :i",
            i=str(uuid.UUID(person)),
        )
        assert value(ws, "SELECT version FROM sync_row_version WHERE row_id = :i", i=person) == version == 2
    finally:
        ws.close()


def test_three_files_and_the_first_answer_read_between_make_no_conflict(
    office: Office, demo_template: Path, tmp_path: Path
) -> None:
    """A chain of one replica's unanswered changes: each names the one before; the first answer arrives after
    the office has read the second file but before the third is exported."""
    keys = Keys()
    ws = enrolled(demo_template, tmp_path, keys)
    try:
        person = edit(ws, "eins")
        (tmp_path / "a1").write_bytes(
            answer(office, keys, export_sync_file(ws, tmp_path / "f1").path.read_bytes())
        )
        edit(ws, "zwei")
        second = export_sync_file(ws, tmp_path / "f2").path.read_bytes()
        import_sync_file(ws, tmp_path / "a1")
        edit(ws, "drei")
        third = export_sync_file(ws, tmp_path / "f3").path.read_bytes()
        (tmp_path / "a2").write_bytes(answer(office, keys, second))
        (tmp_path / "a3").write_bytes(answer(office, keys, third))
        import_sync_file(ws, tmp_path / "a2")
        import_sync_file(ws, tmp_path / "a3")
        assert conflicts_at(office) == 0 and sync_counts(ws).conflicts == 0 and sync_counts(ws).pending == 0
        assert office.scalar(NOTES, i=person) == "drei" == value(ws, NOTES, i=person)
    finally:
        ws.close()


def test_another_devices_edit_in_between_still_makes_the_conflict(
    office: Office, demo_template: Path, tmp_path: Path
) -> None:
    keys = Keys()
    ws = enrolled(demo_template, tmp_path, keys)
    other = laptop(demo_template, tmp_path, "b")
    try:
        person = edit(ws, "erste Datei")
        first = export_sync_file(ws, tmp_path / "f1").path.read_bytes()
        edit(ws, "zweite Datei")
        second = export_sync_file(ws, tmp_path / "f2").path.read_bytes()
        (tmp_path / "a1").write_bytes(answer(office, keys, first))
        sync(
            other, Direct(office, office.scope())
        )  # the other laptop gets the first file's change, then edits
        assert edit(other, "vom anderen Laptop") == person
        assert sync(other, Direct(office, office.scope())).accepted == 1
        (tmp_path / "a2").write_bytes(answer(office, keys, second))
        assert office.scalar(NOTES, i=person) == "vom anderen Laptop"  # nothing merged silently
        assert conflicts_at(office) == 1
        import_sync_file(ws, tmp_path / "a1")
        import_sync_file(ws, tmp_path / "a2")
        assert sync_counts(ws).conflicts == 1
        assert value(ws, NOTES, i=person) == "zweite Datei"
    finally:
        other.close()
        ws.close()


class LostAnswer(Exception):
    pass


class AnswerLost(Direct):
    """The push reaches the office and is applied; its answer never comes back (the network dropped)."""

    def push(self, changesets: Sequence[Changeset]) -> list[ApplyResult]:
        super().push(changesets)
        raise LostAnswer


def test_an_edit_after_a_lost_answer_makes_no_conflict(
    office: Office, demo_template: Path, tmp_path: Path
) -> None:
    ws = laptop(demo_template, tmp_path, "a")
    try:
        person = edit(ws, "vor dem Abbruch")
        with pytest.raises(LostAnswer):
            sync(ws, AnswerLost(office, office.scope()))
        assert office.scalar(NOTES, i=person) == "vor dem Abbruch"
        edit(ws, "nach dem Abbruch")
        report = sync(ws, Direct(office, office.scope()))  # both changesets in one push: the first a resend
        assert (report.accepted, report.conflicts, report.rejected) == (2, 0, 0)
        assert conflicts_at(office) == 0 and sync_counts(ws).pending == 0
        assert office.scalar(NOTES, i=person) == "nach dem Abbruch" == value(ws, NOTES, i=person)
    finally:
        ws.close()


def test_a_named_predecessor_of_another_replica_or_refused_is_no_licence(
    office: Office, demo_template: Path, tmp_path: Path
) -> None:
    """A change naming a changeset the office did not accept from its own replica is compared as before."""
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    try:
        person = edit(a, "von A")
        pushed_a = take_pending(a)
        edit(b, "von B")
        (pushed_b,) = take_pending(b)
        with Session(office.engine) as session:
            assert apply_changeset(session, office.scope(), pushed_a[0], commit=True).status == "accepted"
        (change,) = pushed_b.changes
        borrowed = Changeset(
            pushed_b.id,
            pushed_b.replica_id,
            pushed_b.local_seq,
            pushed_b.schema_rev,
            (change_from_wire({**change_to_wire(change), "after": pushed_a[0].id}),),
        )
        with Session(office.engine) as session:
            result = apply_changeset(session, office.scope(), borrowed, commit=True)
        assert result.status == "conflict" and result.conflicts[0].kind == "same_field"
        assert office.scalar(NOTES, i=person) == "von A"
    finally:
        a.close()
        b.close()


def test_a_change_without_a_predecessor_reads_as_from_an_older_program() -> None:
    wire = {"table": "employee", "row_id": "6f1c1f0e-8d3e-4c53-9d59-0c4b3e0b8a11", "op": "delete"}
    older = {**wire, "base_version": 3, "new": None}
    change = change_from_wire(older)
    assert change.after is None and change_to_wire(change) == older  # the same bytes, the same payload hash
