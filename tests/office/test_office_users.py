"""Office users' devices against the real service on loopback (TLS, PostgreSQL): enrolled like an advisor's
laptop (one-time code, Ed25519 key, revocable), but their scope is the whole network — every company of it, and
never a row of another network."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from tests.office.helpers import demo_companies, snapshot
from tests.office.service import RunningService
from tests.sync.harness import laptop
from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.models import Company, Department, Employee, Network, OfficeDevice
from verbund_desktop.persistence.workspace import Workspace, create_workspace
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.office.devices import (
    EnrolmentRefused,
    enrol_device,
    issue_office_user_code,
    list_devices,
    revoke_device,
)
from verbund_desktop.services.office.office_users import add_office_user, list_office_users
from verbund_desktop.services.sync.client import (
    OfficeClient,
    OfficeConnection,
    SyncConnectionError,
    connect_to_office,
    fetch_certificate,
    office_connection,
)
from verbund_desktop.services.sync.http_transport import sync_with_office
from verbund_desktop.services.sync.office_seed_order import enter_seeded_rows
from verbund_desktop.services.sync.request_signing import new_private_key, public_key_of
from verbund_desktop.services.workspace.workspace_service import sync_content

BOOKKEEPING = {"office_nonce", "office_sync_log", "office_sync_seq", "office_replica"}


def enrol_office_user(ws: Workspace, service: RunningService, office: OfficeDatabase) -> OfficeConnection:
    user = add_office_user(office, "Kim Koordination", email="kim@example.org")
    code = issue_office_user_code(office, user.id).code
    certificate = fetch_certificate(service.address)
    return connect_to_office(ws, service.address, code, certificate, label="Büro-PC", actor="Test")


@pytest.fixture
def desk(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """The office user's device: a copy of the demo (the state the office was seeded with)."""
    ws = laptop(demo_template, tmp_path, "buero")
    yield ws
    ws.close()


def _office_value(office: OfficeDatabase, sql: str, **params: object) -> object:
    with office.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def test_an_office_users_device_sees_the_whole_network(
    desk: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    connection = enrol_office_user(desk, service, office)
    assert connection.advisor_id is None and connection.office_user_id is not None
    assert office_connection(desk) == connection  # kept in the workspace, read back the same
    hello = OfficeClient.for_workspace(desk).hello()
    assert hello["whole_network"] is True and hello["advisor_id"] is None
    assert hello["office_user_id"] == str(connection.office_user_id)
    for company_id, _name in demo_companies(office):  # every company may be read
        assert OfficeClient.for_workspace(desk).get(f"/v1/companies/{company_id}")["id"] == str(company_id)
    (device,) = list_devices(office)
    assert (device.advisor_id, device.office_user_id, device.holder_name) == (
        None,
        connection.office_user_id,
        "Kim Koordination",
    )


def test_a_new_office_device_pulls_every_company_of_the_network(
    service: RunningService, office: OfficeDatabase, tmp_path: Path
) -> None:
    with office.unit_of_work() as uow:
        network = uow.session.scalars(select(Network.id)).one()
        enter_seeded_rows(uow.session, str(network))  # the seeded rows in the sync order (as `office seed`)
        uow.commit()
    ws = create_workspace(tmp_path / "neu.db", None, initialize=sync_content)  # bundled content only
    try:
        enrol_office_user(ws, service, office)
        report = sync_with_office(ws)
        assert (report.conflicts, report.rejected) == (0, 0) and report.pulled > 0
        with ws.unit_of_work() as uow:
            mine = set(uow.session.scalars(select(Company.id)))
            people = uow.session.scalar(select(func.count()).select_from(Employee))
        assert mine == {c for c, _ in demo_companies(office)} and len(mine) >= 2
        assert people == _office_value(office, "SELECT count(*) FROM employee")
    finally:
        ws.close()


def test_an_office_users_device_writes_to_any_company_of_its_network(
    desk: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    enrol_office_user(desk, service, office)
    companies = [c for c, _ in demo_companies(office)]
    with desk.unit_of_work() as uow:  # one person of every company, in one changeset
        people = [
            uow.session.scalars(
                select(Employee.id).where(Employee.company_id == c).order_by(Employee.id)
            ).first()
            for c in companies
        ]
        for person in people:
            uow.session.execute(update(Employee).where(Employee.id == person).values(notes="aus dem Büro"))
        uow.session.add(Department(company_id=companies[-1], name="Koordination"))
        uow.commit()
    report = sync_with_office(desk)
    assert (report.accepted, report.conflicts, report.rejected) == (1, 0, 0)
    for person in people:
        assert _office_value(office, "SELECT notes FROM employee WHERE id = :i", i=person) == "aus dem Büro"
    assert _office_value(office, "SELECT count(*) FROM department WHERE name = 'Koordination'") == 1


def _another_network(office: OfficeDatabase, desk: Workspace) -> uuid.UUID:
    """A second network with a company at the office; the device holds a copy of both (not captured)."""
    ids = {"network": uuid.uuid4(), "company": uuid.uuid4()}
    rows = {
        "network": {"id": ids["network"], "name": "Anderer Verbund"},
        "company": {
            "id": ids["company"],
            "network_id": ids["network"],
            "name": "Fremde GmbH",
            "headcount": Decimal(10),
            "headcount_linked": Decimal(10),
        },
    }
    for engine in (office.engine, desk.engine):
        with engine.begin() as conn:  # the laptop's copy is not captured (the office captures nothing)
            conn.execute(text("UPDATE sync_state SET capture = 0"))
        with Session(engine) as session:
            session.add(Network(**rows["network"]))
            session.flush()
            session.add(Company(**rows["company"]))
            session.commit()
    with desk.engine.begin() as conn:
        conn.execute(text("UPDATE sync_state SET capture = 1"))
    return ids["company"]


def test_an_office_users_device_is_refused_for_another_network_and_nothing_changes(
    desk: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    enrol_office_user(desk, service, office)
    foreign = _another_network(office, desk)
    with desk.unit_of_work() as uow:
        uow.session.add(Department(company_id=foreign, name="Fremd"))
        uow.commit()
    before = snapshot(office)
    report = sync_with_office(desk)
    assert (report.accepted, report.rejected) == (0, 1)
    with desk.engine.connect() as conn:
        assert "anderen Verbund" in str(conn.execute(text("SELECT message FROM sync_changeset")).scalar())
    after = snapshot(office)
    assert {k for k in before["counts"] if before["counts"][k] != after["counts"][k]} <= BOOKKEEPING
    assert _office_value(office, "SELECT count(*) FROM department WHERE name = 'Fremd'") == 0
    assert _office_value(office, "SELECT coalesce(max(last_seq), 0) FROM office_sync_seq") == 0
    hello = OfficeClient.for_workspace(desk).hello()
    with pytest.raises(SyncConnectionError, match="nicht zugeordnet"):  # nor read there
        OfficeClient.for_workspace(desk).get(f"/v1/companies/{foreign}")
    assert hello["whole_network"] is True


def test_an_office_users_device_can_be_revoked_and_its_code_works_once(
    desk: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    connection = enrol_office_user(desk, service, office)
    (user,) = list_office_users(office)
    code = issue_office_user_code(office, user.id).code
    enrol_device(office, code, public_key_of(new_private_key()), "zweites Gerät")
    with pytest.raises(EnrolmentRefused, match="schon benutzt"):
        enrol_device(office, code, public_key_of(new_private_key()), "drittes Gerät")
    past = datetime.now(UTC) - timedelta(hours=2)
    expired = issue_office_user_code(office, user.id, lifetime=timedelta(hours=1), now=past).code
    with pytest.raises(EnrolmentRefused):
        enrol_device(office, expired, public_key_of(new_private_key()), "zu spät")
    revoke_device(office, connection.device_id)
    with desk.unit_of_work() as uow:
        uow.session.execute(update(Employee).values(notes="nach der Sperre"))
        uow.commit()
    before = snapshot(office)
    with pytest.raises(SyncConnectionError, match="gesperrt"):
        sync_with_office(desk)
    assert snapshot(office) == before
    assert _office_value(office, "SELECT count(*) FROM employee WHERE notes = 'nach der Sperre'") == 0
    with office.unit_of_work() as uow:
        revoked = uow.session.get(OfficeDevice, connection.device_id)
        assert revoked is not None and revoked.revoked_at is not None and revoked.office_user_id == user.id


def test_office_users_are_named_once_per_network(office: OfficeDatabase) -> None:
    add_office_user(office, "Kim Koordination")
    with pytest.raises(UserError, match="schon eine Person"):
        add_office_user(office, "  Kim   Koordination ")
    with pytest.raises(UserError, match="Rolle"):
        add_office_user(office, "Alex", role="chef")
    with pytest.raises(UserError, match="Namen"):
        add_office_user(office, "   ")
    assert [u.name for u in list_office_users(office)] == ["Kim Koordination"]
