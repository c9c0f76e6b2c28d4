"""Code tags belong to the replica, not to the device (issue 12, item 6), through the real service.

Before, a restored backup kept its device's tag and, before its next pull, suggested the code its newer self had
pushed after the backup: a ``duplicate`` conflict. Now the restore forgets the tag (the restored file is a new
replica), suggests untagged codes until its next sync, and then gets a tag of its own from the office.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.office.helpers import demo_companies, enrol_laptop, snapshot
from tests.office.service import RunningService
from tests.workspaces import copy_of
from verbund_desktop.persistence.backup import BackupKind, rotating_backup
from verbund_desktop.persistence.models import Employee, OfficeReplica
from verbund_desktop.persistence.restore import restore_into
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.common.code_tag import code_tag
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.organisation import companies as co
from verbund_desktop.services.organisation.company_validation import EmployeeInput
from verbund_desktop.services.sync.client import OfficeClient, SyncConnectionError
from verbund_desktop.services.sync.http_transport import sync_with_office
from verbund_desktop.services.sync.outbox import read_state


def _tag(ws: Workspace) -> str | None:
    with ws.unit_of_work() as uow:
        return code_tag(uow.session)


def _add_with_suggested_code(ws: Workspace, company: uuid.UUID, name: str) -> str:
    code = co.next_pseudonym_code(ws, company)
    co.create_employee(ws, company, EmployeeInput(name, "Test", code), actor="Test")
    return code


def _office_codes(office: OfficeDatabase, company: uuid.UUID) -> list[str]:
    with office.unit_of_work() as uow:
        query = select(Employee.pseudonym_code).where(Employee.company_id == company)
        return sorted(uow.session.scalars(query))


def test_a_restored_backup_never_suggests_a_code_its_newer_self_pushed(
    ws: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    enrol_laptop(ws, service, office, companies=1)
    company = demo_companies(office)[0][0]
    device_tag = _tag(ws)
    assert device_tag is not None
    _add_with_suggested_code(ws, company, "Vorher")
    assert sync_with_office(ws).accepted >= 1
    backup = rotating_backup(ws, BackupKind.MANUAL).path
    after_backup = _add_with_suggested_code(ws, company, "Nachher")  # the newer self pushes it
    assert sync_with_office(ws).conflicts == 0
    assert after_backup in _office_codes(office, company)

    restore_into(ws, backup)
    assert _tag(ws) is None  # the device's tag was the old identity's
    offline = co.next_pseudonym_code(ws, company)  # before any contact: untagged, never the newer self's code
    assert offline.casefold() not in {c.casefold() for c in _office_codes(office, company)}
    assert offline == _add_with_suggested_code(ws, company, "Offline")

    report = sync_with_office(ws)
    assert (report.conflicts, report.rejected) == (0, 0)
    own_tag = _tag(ws)
    assert own_tag is not None and own_tag != device_tag
    with ws.engine.connect() as conn:
        replica = read_state(conn).replica_id
    with office.unit_of_work() as uow:
        row = uow.session.get(OfficeReplica, replica)
        assert row is not None and row.code_tag_number is not None
    # Asked again, the office gives the same tag; the next suggestion carries it and is free at the office.
    assert OfficeClient.for_workspace(ws).post("/v1/replica", {"replica_id": replica}) == {
        "code_tag": own_tag
    }
    tagged = _add_with_suggested_code(ws, company, "Danach")
    assert f"-{own_tag}" in tagged
    report = sync_with_office(ws)
    assert (report.conflicts, report.rejected) == (0, 0)
    codes = _office_codes(office, company)
    assert len(codes) == len({c.casefold() for c in codes})
    assert {after_backup, offline, tagged} <= set(codes)


def test_a_replica_of_another_device_gets_no_tag_and_nothing_changes(
    ws: Workspace, service: RunningService, office: OfficeDatabase, demo_template: Path, tmp_path: Path
) -> None:
    enrol_laptop(ws, service, office, companies=1)
    sync_with_office(ws)
    with ws.engine.connect() as conn:
        replica = read_state(conn).replica_id
    with office.unit_of_work() as uow:
        mine = uow.session.get(OfficeReplica, replica)
        assert (
            mine is not None and mine.code_tag_number is None
        )  # the enrolled replica keeps its device's tag
    other = open_workspace(copy_of(demo_template, tmp_path / "other.db"))
    try:
        enrol_laptop(other, service, office, companies=1)
        before = snapshot(office)["counts"]
        with pytest.raises(SyncConnectionError, match="anderen Gerät"):
            OfficeClient.for_workspace(other).post("/v1/replica", {"replica_id": replica})
        with pytest.raises(SyncConnectionError, match="ungültig"):
            OfficeClient.for_workspace(other).post("/v1/replica", {"replica_id": "kein-uuid"})
    finally:
        other.close()
    after = snapshot(office)["counts"]
    assert {k: v for k, v in after.items() if k != "office_nonce"} == {
        k: v for k, v in before.items() if k != "office_nonce"
    }
    with office.unit_of_work() as uow:
        mine = uow.session.get(OfficeReplica, replica)
        assert mine is not None and mine.code_tag_number is None
