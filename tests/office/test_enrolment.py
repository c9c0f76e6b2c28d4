"""Enrolment against the real service on loopback (TLS, PostgreSQL): one-time codes, the pinned certificate,
the device credential inside the workspace, the advisor's scope, revocation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.office.helpers import demo_advisor, demo_companies, enrol_laptop, snapshot
from tests.office.service import RunningService
from tests.workspaces import copy_of
from verbund_desktop.persistence.models import OfficeDevice, OfficeEnrolment, WorkspaceSetting
from verbund_desktop.persistence.workspace import Workspace, create_workspace, open_workspace
from verbund_desktop.services.office.certificate import OfficeCertificate
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.office.devices import (
    EnrolmentRefused,
    enrol_device,
    issue_enrolment_code,
    list_devices,
    revoke_device,
)
from verbund_desktop.services.organisation.companies import next_pseudonym_code
from verbund_desktop.services.sync.client import (
    SETTING_KEY,
    OfficeClient,
    SyncConnectionError,
    connect_to_office,
    fetch_certificate,
    office_connection,
)
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.request_signing import new_private_key, public_key_of
from verbund_desktop.services.workspace.workspace_service import sync_content


def test_a_laptop_connects_with_a_code_and_sees_its_scope(
    ws: Workspace, service: RunningService, office: OfficeDatabase, office_cert: OfficeCertificate
) -> None:
    assert fetch_certificate(service.address).fingerprint == office_cert.fingerprint
    connection = enrol_laptop(ws, service, office, companies=2)
    assert office_connection(ws) == connection  # kept in the workspace
    hello = OfficeClient.for_workspace(ws).hello()
    assigned = sorted(str(c) for c, _ in demo_companies(office)[:2])
    assert hello["companies"] == assigned and hello["advisor_id"] == str(demo_advisor(office))
    with office.unit_of_work() as uow:
        device = uow.session.scalars(select(OfficeDevice)).one()
        assert device.public_key == public_key_of(connection.private_key)  # the office has no secret
        assert device.last_seen_at is not None
        enrolment = uow.session.scalars(select(OfficeEnrolment)).one()
        assert enrolment.used_at is not None and enrolment.device_id == device.id


def test_a_wrong_code_is_refused_and_nothing_is_stored(
    ws: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    issue_enrolment_code(office, demo_advisor(office))
    before = snapshot(office)
    certificate = fetch_certificate(service.address)
    with pytest.raises(SyncConnectionError, match="ungültig, abgelaufen oder schon benutzt"):
        connect_to_office(ws, service.address, "AAAA-BBBB-CCCC-DDDD", certificate, label="x", actor="Test")
    assert snapshot(office) == before
    assert office_connection(ws) is None


def test_a_code_works_once(ws: Workspace, service: RunningService, office: OfficeDatabase) -> None:
    code = issue_enrolment_code(office, demo_advisor(office)).code
    certificate = fetch_certificate(service.address)
    connect_to_office(ws, service.address, code.lower(), certificate, label="erster", actor="Test")
    before = snapshot(office)
    with pytest.raises(EnrolmentRefused, match="schon benutzt"):
        enrol_device(office, code, public_key_of(new_private_key()), "zweiter")
    assert snapshot(office) == before and len(list_devices(office)) == 1


def test_an_expired_code_is_refused(office: OfficeDatabase) -> None:
    now = datetime.now(UTC)
    code = issue_enrolment_code(office, demo_advisor(office), lifetime=timedelta(hours=1), now=now).code
    with pytest.raises(EnrolmentRefused):
        enrol_device(office, code, public_key_of(new_private_key()), "spät", now=now + timedelta(hours=2))
    assert list_devices(office) == []


def test_a_revoked_device_is_refused_and_changes_nothing(
    ws: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    connection = enrol_laptop(ws, service, office)
    revoke_device(office, connection.device_id)
    before = snapshot(office)
    with pytest.raises(SyncConnectionError, match="gesperrt"):
        OfficeClient.for_workspace(ws).hello()
    assert snapshot(office) == before


def test_the_credential_is_a_workspace_setting_only(
    ws: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    enrol_laptop(ws, service, office)
    with ws.unit_of_work() as uow:
        keys = list(uow.session.scalars(select(WorkspaceSetting.key)))
    assert SETTING_KEY in keys
    with pytest.raises(SyncConnectionError, match="schon mit einer Koordinierungsstelle"):
        enrol_laptop(ws, service, office)


def test_enrolling_a_new_laptop_takes_its_bundled_content_out_of_the_outbox(
    service: RunningService, office: OfficeDatabase, tmp_path: Path
) -> None:
    laptop = create_workspace(tmp_path / "neu.db", None, initialize=sync_content)
    try:
        assert sync_counts(laptop).pending > 0  # the shipped content, captured as inserts
        enrol_laptop(laptop, service, office)
        assert sync_counts(laptop).pending == 0  # it enters as seed: nothing for the office to refuse
    finally:
        laptop.close()


def test_each_enrolled_laptop_gets_its_own_code_tag_for_the_codes_it_suggests(
    ws: Workspace, service: RunningService, office: OfficeDatabase, demo_template: Path, tmp_path: Path
) -> None:
    """Through the real service: two laptops of the demo get different tags (the office's device numbers), keep
    them in the workspace, and suggest different codes for a new person of the same company."""
    other = open_workspace(copy_of(demo_template, tmp_path / "zweiter.db"))
    try:
        enrol_laptop(ws, service, office, companies=1)
        enrol_laptop(other, service, office, companies=1)
        company = demo_companies(office)[0][0]
        first, second = next_pseudonym_code(ws, company), next_pseudonym_code(other, company)
        assert first != second and first[:3] == second[:3]
        with office.unit_of_work() as uow:
            numbers = sorted(uow.session.scalars(select(OfficeDevice.code_tag_number)))
        assert numbers == [1, 2]
        assert (first[3], second[3]) == ("A", "B")
    finally:
        other.close()
