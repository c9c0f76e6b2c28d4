"""Refusals of the sync service, each with "nothing changed" checked: a wrong certificate, a replayed, tampered
or stale request, a company not assigned to the advisor; and the service's log holds no credential and no
personal data."""

from __future__ import annotations

import json
import logging
import time
import uuid

import httpx
import pytest
from sqlalchemy import select

from tests.office.helpers import demo_advisor, demo_companies, enrol_laptop, snapshot
from tests.office.service import RunningService, running_service
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.certificate import OfficeCertificate
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.office.devices import issue_enrolment_code
from verbund_desktop.services.sync.client import (
    OfficeClient,
    OfficeConnection,
    SyncConnectionError,
    connect_to_office,
    fetch_certificate,
)
from verbund_desktop.services.sync.outbox import read_state
from verbund_desktop.services.sync.request_signing import sign_request
from verbund_desktop.services.sync.tls import pinned_context


def _raw(
    connection: OfficeConnection, method: str, path: str, body: bytes, headers: dict[str, str]
) -> httpx.Response:
    with httpx.Client(verify=pinned_context(connection.certificate_pem), timeout=30) as client:
        return client.request(method, connection.base_url + path, content=body, headers=headers)


def test_a_wrong_certificate_is_refused_before_anything_is_sent(
    ws: Workspace,
    demo_office_url: str,
    office: OfficeDatabase,
    office_cert: OfficeCertificate,
    other_cert: OfficeCertificate,
) -> None:
    with running_service(demo_office_url, office_cert) as genuine:
        certificate = fetch_certificate(genuine.address)
        code = issue_enrolment_code(office, demo_advisor(office)).code
    before = snapshot(office)
    # Someone else answers at the same address with another certificate: the code is not sent to them.
    with running_service(demo_office_url, other_cert) as impostor:
        assert fetch_certificate(impostor.address).fingerprint != certificate.fingerprint
        with pytest.raises(SyncConnectionError, match="anderes Zertifikat"):
            connect_to_office(ws, impostor.address, code, certificate, label="x", actor="Test")
    assert snapshot(office) == before


def test_an_enrolled_laptop_refuses_a_replaced_certificate(
    ws: Workspace,
    demo_office_url: str,
    office: OfficeDatabase,
    office_cert: OfficeCertificate,
    other_cert: OfficeCertificate,
) -> None:
    with running_service(demo_office_url, office_cert) as genuine:
        connection = enrol_laptop(ws, genuine, office)
    with running_service(demo_office_url, other_cert) as impostor:
        moved = OfficeConnection(**{**connection.__dict__, "base_url": f"https://{impostor.address}"})
        before = snapshot(office)
        with pytest.raises(SyncConnectionError, match="anderes Zertifikat"):
            OfficeClient(moved).hello()
        assert snapshot(office) == before


def test_a_replayed_request_is_refused(
    ws: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    connection = enrol_laptop(ws, service, office)
    headers = sign_request(connection.private_key, connection.device_id, "GET", "/v1/hello", b"").headers()
    assert _raw(connection, "GET", "/v1/hello", b"", headers).status_code == 200
    before = snapshot(office)
    again = _raw(connection, "GET", "/v1/hello", b"", headers)
    assert again.status_code == 401 and "schon einmal" in again.json()["error"]
    assert snapshot(office) == before


def test_a_tampered_or_stale_request_is_refused(
    ws: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    connection = enrol_laptop(ws, service, office)
    company_id = demo_companies(office)[0][0]
    path = f"/v1/companies/{company_id}"
    before = snapshot(office)
    signed_for_hello = sign_request(connection.private_key, connection.device_id, "GET", "/v1/hello", b"")
    tampered = _raw(connection, "GET", path, b"", signed_for_hello.headers())
    assert tampered.status_code == 401 and "nicht gültig signiert" in tampered.json()["error"]
    stale = sign_request(
        connection.private_key, connection.device_id, "GET", path, b"", now=time.time() - 3600
    )
    old = _raw(connection, "GET", path, b"", stale.headers())
    assert old.status_code == 401 and "Uhr" in old.json()["error"]
    unsigned = _raw(connection, "GET", path, b"", {})
    assert unsigned.status_code == 401
    assert snapshot(office) == before


def test_a_company_not_assigned_to_the_advisor_is_refused(
    ws: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    enrol_laptop(ws, service, office, companies=1)
    (mine, my_name), (other, _) = demo_companies(office)[:2]
    client = OfficeClient.for_workspace(ws)
    assert client.get(f"/v1/companies/{mine}")["name"] == my_name
    before = snapshot(office)
    with pytest.raises(SyncConnectionError, match="nicht zugeordnet"):
        client.get(f"/v1/companies/{other}")
    assert {k: v for k, v in snapshot(office)["counts"].items() if k != "office_nonce"} == {
        k: v for k, v in before["counts"].items() if k != "office_nonce"
    }


def test_the_log_holds_no_code_key_or_person(
    ws: Workspace, service: RunningService, office: OfficeDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    advisor = demo_advisor(office)
    wrong = issue_enrolment_code(office, advisor).code
    certificate = fetch_certificate(service.address)
    with pytest.raises(SyncConnectionError):
        connect_to_office(ws, service.address, wrong[::-1], certificate, label="Laptop Rüdiger", actor="Test")
    connection = enrol_laptop(ws, service, office, companies=1)
    client = OfficeClient(connection)
    client.hello()
    with pytest.raises(SyncConnectionError):
        client.get(f"/v1/companies/{demo_companies(office)[1][0]}")
    text = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert "device enrolled" in text and "refused" in text  # the log was captured
    import base64

    from verbund_desktop.services.sync.request_signing import public_key_of

    secrets = [wrong, wrong[::-1], base64.b64encode(public_key_of(connection.private_key)).decode()]
    people = ["Rüdiger", *(name for _, name in demo_companies(office))]
    for forbidden in secrets + people:
        assert forbidden not in text, forbidden


def test_a_changeset_naming_a_row_twice_is_refused_and_changes_nothing(
    ws: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    """Capture keeps one change per row; a hand-made request with two changes of one row made the office answer
    500 (two sync rows for one key). It is a 400 with a German sentence now, and nothing is written."""
    enrol_laptop(ws, service, office, companies=1)
    company_id = demo_companies(office)[0][0]
    with office.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee.id).where(Employee.company_id == company_id)).first()
    with ws.engine.connect() as conn:
        replica = read_state(conn).replica_id
    change = {"table": "employee", "row_id": str(person), "op": "update", "base_version": 0}
    twice = {
        "id": str(uuid.uuid4()),
        "replica_id": replica,
        "local_seq": 1,
        "schema_rev": HEAD_REVISION,
        "changes": [{**change, "new": {"notes": "eins"}}, {**change, "new": {"notes": "zwei"}}],
    }
    client = OfficeClient.for_workspace(ws)
    before = snapshot(office)
    with pytest.raises(SyncConnectionError, match="zweimal"):
        client.post("/v1/push", {"changesets": [twice]})
    without_nonces = {k: v for k, v in snapshot(office)["counts"].items() if k != "office_nonce"}
    assert without_nonces == {k: v for k, v in before["counts"].items() if k != "office_nonce"}
    with office.unit_of_work() as uow:
        assert uow.session.get(Employee, person).notes not in ("eins", "zwei")  # type: ignore[union-attr]
    # The same change once is accepted: the refusal was for the repetition only.
    once = {**twice, "id": str(uuid.uuid4()), "changes": twice["changes"][1:]}
    assert client.post("/v1/push", {"changesets": [once]})["results"][0]["status"] == "accepted"


def test_a_tampered_or_replayed_push_is_refused_and_changes_nothing(
    ws: Workspace, service: RunningService, office: OfficeDatabase
) -> None:
    """A push whose body was altered after signing, and a signed push sent a second time, are refused with a
    German sentence before anything is applied; the genuine push is applied once."""
    connection = enrol_laptop(ws, service, office, companies=1)
    company_id = demo_companies(office)[0][0]
    with office.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee.id).where(Employee.company_id == company_id)).first()
        notes_before = uow.session.get_one(Employee, person).notes
    with ws.engine.connect() as conn:
        replica = read_state(conn).replica_id
    changeset = {
        "id": str(uuid.uuid4()),
        "replica_id": replica,
        "local_seq": 1,
        "schema_rev": HEAD_REVISION,
        "changes": [
            {
                "table": "employee",
                "row_id": str(person),
                "op": "update",
                "base_version": 0,
                "new": {"notes": "echt"},
            }
        ],
    }
    body = json.dumps({"changesets": [changeset]}).encode()
    headers = sign_request(connection.private_key, connection.device_id, "POST", "/v1/push", body).headers()
    headers["content-type"] = "application/json"
    before = snapshot(office)
    tampered = _raw(connection, "POST", "/v1/push", body.replace(b"echt", b"fals"), headers)
    assert tampered.status_code == 401 and "nicht gültig signiert" in tampered.json()["error"]
    assert snapshot(office) == before
    with office.unit_of_work() as uow:
        assert uow.session.get_one(Employee, person).notes == notes_before
    genuine = _raw(connection, "POST", "/v1/push", body, headers)
    assert genuine.status_code == 200 and genuine.json()["results"][0]["status"] == "accepted"
    after = snapshot(office)
    replayed = _raw(connection, "POST", "/v1/push", body, headers)
    assert replayed.status_code == 401 and "schon einmal" in replayed.json()["error"]
    assert snapshot(office) == after
    with office.unit_of_work() as uow:
        assert uow.session.get_one(Employee, person).notes == "echt"
