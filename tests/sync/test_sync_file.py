"""The sync file: encrypted and signed; a foreign, tampered or replayed file is refused and changes nothing."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tests.sync.harness import Office, laptop, value
from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.models import Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.companies import next_pseudonym_code
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.sync_file import (
    OFFICE,
    answer_sync_file,
    export_sync_file,
    import_sync_file,
    set_file_keys,
)
from verbund_desktop.sync.sealed import AlreadyReadError, FileKeys, SyncFileError, seal, unseal


class Keys:
    def __init__(self) -> None:
        self.key = os.urandom(32)
        self.laptop, self.office = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()

    def for_office(self) -> FileKeys:
        return FileKeys(self.key, self.office, self.laptop.public_key())


def enrolled(demo_template: Path, tmp_path: Path, keys: Keys) -> Workspace:
    ws = laptop(demo_template, tmp_path, "a")
    set_file_keys(ws, keys.key, keys.laptop, keys.office.public_key(), code_tag="F")
    return ws


def edit(ws: Workspace, notes: str) -> str:
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee.id).order_by(Employee.pseudonym_code)).first()
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes=notes))
        uow.commit()
    assert person is not None
    return person.hex


def edit_another(ws: Workspace, person: str, notes: str) -> str:
    with ws.unit_of_work() as uow:
        other = uow.session.scalars(
            select(Employee.id).where(Employee.id != uuid.UUID(person)).order_by(Employee.pseudonym_code)
        ).first()
        uow.session.execute(update(Employee).where(Employee.id == other).values(notes=notes))
        uow.commit()
    assert other is not None
    return other.hex


def answer(office: Office, keys: Keys, data: bytes) -> bytes:
    with Session(office.engine) as session:
        reply = answer_sync_file(session, office.scope(), keys.for_office(), data)
        session.commit()
    return reply


def test_a_round_trip_by_file_and_a_second_reading_changes_nothing(
    demo_template: Path, tmp_path: Path
) -> None:
    keys, office = Keys(), Office(demo_template, tmp_path)
    ws = enrolled(demo_template, tmp_path, keys)
    try:
        person = edit(ws, "per USB-Stick")
        out = export_sync_file(ws, tmp_path / "an-das-buero.verbund-sync").path
        assert b"per USB-Stick" not in out.read_bytes()  # encrypted
        reply = tmp_path / "vom-buero.verbund-sync"
        reply.write_bytes(answer(office, keys, out.read_bytes()))
        seq = office.last_seq()
        assert answer(office, keys, out.read_bytes()) and office.last_seq() == seq  # read twice: applied once
        report = import_sync_file(ws, reply)
        assert report.accepted == 1 and sync_counts(ws).pending == 0
        assert office.scalar("SELECT notes FROM employee WHERE id = :i", i=person) == "per USB-Stick"
        with pytest.raises(AlreadyReadError):
            import_sync_file(ws, reply)
    finally:
        ws.close()


def test_the_file_enrolment_keeps_the_code_tag(demo_template: Path, tmp_path: Path) -> None:
    ws = enrolled(demo_template, tmp_path, Keys())
    try:
        with ws.unit_of_work() as uow:
            company = uow.session.scalars(select(Employee.company_id)).first()
        assert company is not None and next_pseudonym_code(ws, company)[3] == "F"
    finally:
        ws.close()


def office_state(office: Office) -> tuple[int, int, int]:
    """The office's order, answers and conflicts: equal before and after means nothing was applied."""
    return (
        office.last_seq(),
        int(office.scalar("SELECT count(*) FROM office_sync_log")),
        int(office.scalar("SELECT count(*) FROM office_conflict")),
    )


def test_tampered_foreign_and_misaddressed_files_are_refused(demo_template: Path, tmp_path: Path) -> None:
    keys, office = Keys(), Office(demo_template, tmp_path)
    ws = enrolled(demo_template, tmp_path, keys)
    try:
        edit(ws, "geheim")
        data = export_sync_file(ws, tmp_path / "f").path.read_bytes()
        at_office = office_state(office)
        envelope = json.loads(data)
        envelope["header"]["seq"] += 1  # the header is signed and authenticated too
        with pytest.raises(SyncFileError, match="verändert"):
            answer(office, keys, json.dumps(envelope).encode())
        stranger = Keys()
        with pytest.raises(SyncFileError, match="verändert"):
            answer(office, stranger, data)
        with pytest.raises(SyncFileError, match="keine Sync-Datei"):
            answer(office, keys, b"PK\x03\x04 kein JSON")
        assert office_state(office) == at_office  # the refused files changed nothing at the office
        pending = sync_counts(ws)
        reply = answer(office, keys, data)
        envelope = json.loads(reply)
        envelope["ciphertext"] = envelope["ciphertext"][:-8] + "AAAAAAA="
        (tmp_path / "bad").write_text(json.dumps(envelope))
        with pytest.raises(SyncFileError):
            import_sync_file(ws, tmp_path / "bad")
        assert value(ws, "SELECT file_seq_in FROM sync_state") == 0
        assert sync_counts(ws) == pending  # nor on the laptop: its changeset still waits for an answer
        assert value(ws, "SELECT count(*) FROM sync_changeset WHERE status = 'accepted'") == 0
    finally:
        ws.close()


def test_a_misaddressed_or_older_answer_changes_nothing(demo_template: Path, tmp_path: Path) -> None:
    """The office's answer to one laptop read by another laptop with the same keys, and an older answer read
    after a newer one, are refused with a German sentence; neither changes the laptop."""
    keys, office = Keys(), Office(demo_template, tmp_path)
    ws = enrolled(demo_template, tmp_path, keys)
    other = laptop(demo_template, tmp_path, "b")
    set_file_keys(other, keys.key, keys.laptop, keys.office.public_key(), code_tag="G")
    try:
        person = edit(ws, "erste Datei")
        older = tmp_path / "antwort-1"
        older.write_bytes(answer(office, keys, export_sync_file(ws, tmp_path / "f1").path.read_bytes()))
        second = edit_another(ws, person, "zweite Datei")  # another row: see docs/office-checklist.md, 7
        newer = tmp_path / "antwort-2"
        newer.write_bytes(answer(office, keys, export_sync_file(ws, tmp_path / "f2").path.read_bytes()))
        notes = "SELECT notes FROM employee WHERE id = :i"
        before_other = (
            sync_counts(other),
            value(other, notes, i=person),
            value(other, "SELECT * FROM sync_state"),
        )
        with pytest.raises(SyncFileError, match="anderen Arbeitsbereich"):
            import_sync_file(other, newer)
        assert (
            sync_counts(other),
            value(other, notes, i=person),
            value(other, "SELECT * FROM sync_state"),
        ) == (before_other)
        assert import_sync_file(ws, newer).accepted >= 1 and sync_counts(ws).pending == 0
        after_newer = (value(ws, notes, i=second), value(ws, "SELECT file_seq_in FROM sync_state"))
        with pytest.raises(AlreadyReadError, match="älter"):
            import_sync_file(ws, older)
        assert (value(ws, notes, i=second), value(ws, "SELECT file_seq_in FROM sync_state")) == after_newer
        assert after_newer[0] == "zweite Datei" == office.scalar(notes, i=second)
        assert value(ws, notes, i=person) == "erste Datei" == office.scalar(notes, i=person)
        assert sync_counts(ws).conflicts == 0
    finally:
        other.close()
        ws.close()


def test_without_enrolment_there_is_no_sync_file(demo_template: Path, tmp_path: Path) -> None:
    ws = laptop(demo_template, tmp_path, "a")
    try:
        with pytest.raises(UserError, match="noch nicht mit der Koordinierungsstelle verbunden"):
            export_sync_file(ws, tmp_path / "f")
        assert not (tmp_path / "f").exists()
    finally:
        ws.close()


class Stop(Exception):
    pass


def test_a_reading_stopped_before_its_commit_stores_nothing_and_can_be_repeated(
    demo_template: Path, tmp_path: Path
) -> None:
    """All or nothing, in one transaction: stopped at the last step (a cancel), neither the office's answers nor
    its changes nor the file's number are kept; the same file then reads once."""
    keys, office = Keys(), Office(demo_template, tmp_path)
    ws = enrolled(demo_template, tmp_path, keys)
    try:
        edit(ws, "per USB-Stick")
        out = export_sync_file(ws, tmp_path / "an-das-buero.verbund-sync").path
        reply = tmp_path / "vom-buero.verbund-sync"
        reply.write_bytes(answer(office, keys, out.read_bytes()))
        state = "SELECT file_seq_in || '/' || pull_cursor FROM sync_state"
        before = (sync_counts(ws).pending, value(ws, state))
        steps: list[int] = []

        def stop_at_commit(done: int, total: int) -> None:
            steps.append(done)
            if done == total - 1:
                raise Stop

        with pytest.raises(Stop):
            import_sync_file(ws, reply, progress=stop_at_commit)
        assert steps == [0, 1, 2] and (sync_counts(ws).pending, value(ws, state)) == before == (1, before[1])
        assert import_sync_file(ws, reply).accepted == 1 and sync_counts(ws).pending == 0
        with pytest.raises(AlreadyReadError):
            import_sync_file(ws, reply)
    finally:
        ws.close()


def test_a_file_naming_a_row_twice_is_refused_and_changes_nothing(
    demo_template: Path, tmp_path: Path
) -> None:
    """A file made by someone holding the keys, with two changes of one row in a changeset: refused whole with
    the reason, nothing applied (the office's push route answers the same request with 400)."""
    keys, office = Keys(), Office(demo_template, tmp_path)
    ws = enrolled(demo_template, tmp_path, keys)
    try:
        person = edit(ws, "einmal")
        data = export_sync_file(ws, tmp_path / "f").path.read_bytes()
        header, payload = unseal(data, keys.for_office(), me=OFFICE, kind="to_office", last_seq=-1)
        changeset = payload["changesets"][0]
        changeset["changes"].append({**changeset["changes"][0], "new": {"notes": "zweimal"}})
        forged = seal(header, payload, laptop_side(keys))
        seq = office.last_seq()
        with pytest.raises(SyncFileError, match="zweimal; ein Änderungspaket"):
            answer(office, keys, forged)
        assert office.last_seq() == seq
        assert office.scalar("SELECT notes FROM employee WHERE id = :i", i=person) not in (
            "einmal",
            "zweimal",
        )
        assert office.scalar("SELECT count(*) FROM office_sync_log") == 0
    finally:
        ws.close()


def laptop_side(keys: Keys) -> FileKeys:
    """The laptop's keys: to sign a file as the laptop would."""
    return FileKeys(keys.key, keys.laptop, keys.office.public_key())


def test_an_answer_naming_a_row_twice_is_refused_and_changes_nothing(
    demo_template: Path, tmp_path: Path
) -> None:
    """The laptop's side: an answer (made by someone holding the office's key) whose batch names one row twice
    applied both copies, the later silently winning. It is refused whole now; the file can be read once fixed."""
    keys, office = Keys(), Office(demo_template, tmp_path)
    ws = enrolled(demo_template, tmp_path, keys)
    try:
        person = edit(ws, "vom Laptop")
        out = export_sync_file(ws, tmp_path / "f").path
        reply = answer(office, keys, out.read_bytes())
        replica = value(ws, "SELECT replica_id FROM sync_state")
        header, payload = unseal(reply, laptop_side(keys), me=replica, kind="to_laptop", last_seq=-1)
        [row] = [r for r in payload["batch"]["rows"] if r["row_id"].replace("-", "") == person]
        payload["batch"]["rows"].append({**row, "values": {**row["values"], "notes": "untergeschoben"}})
        office_side = FileKeys(keys.key, keys.office, keys.laptop.public_key())
        forged = tmp_path / "vom-buero.verbund-sync"
        forged.write_bytes(seal(header, payload, office_side))
        pending = sync_counts(ws).pending
        with pytest.raises(SyncFileError, match="zweimal"):
            import_sync_file(ws, forged)
        assert sync_counts(ws).pending == pending  # the answers were not recorded either
        assert value(ws, "SELECT notes FROM employee WHERE id = :i", i=person) == "vom Laptop"
        forged.write_bytes(reply)
        assert import_sync_file(ws, forged).accepted == 1
    finally:
        ws.close()
