"""`verbund office …`: certificate, advisors, codes, assignments, devices, revocation, and the service started
by `verbund office serve` as a real process."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select, text

from tests.cli_runner import verbund
from tests.office.helpers import demo_advisor, demo_companies
from verbund_desktop.persistence.models import Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.database import OfficeDatabase, open_office_database
from verbund_desktop.services.office.devices import assign_company, list_devices
from verbund_desktop.services.sync.client import (
    OfficeClient,
    SyncConnectionError,
    connect_to_office,
    fetch_certificate,
)
from verbund_desktop.services.sync.http_transport import sync_with_office


def test_cert_makes_a_private_key_and_prints_the_fingerprint(tmp_path: Path) -> None:
    result = verbund("office", "cert", "--out", str(tmp_path), "--host", "127.0.0.1")
    assert result.returncode == 0, result.stderr
    assert re.search(r"SHA-256-Fingerabdruck: ([0-9A-F]{2}:){31}[0-9A-F]{2}", result.stdout)
    assert stat.S_IMODE((tmp_path / "office-key.pem").stat().st_mode) == 0o600
    again = verbund("office", "cert", "--out", str(tmp_path))
    assert again.returncode == 2 and "nicht ersetzt" in again.stderr


def test_codes_assignments_devices_and_revocation(office: OfficeDatabase, demo_office_url: str) -> None:
    advisor = demo_advisor(office)
    listing = verbund("office", "advisors", "--db", demo_office_url)
    assert str(advisor) in listing.stdout
    company = demo_companies(office)[0][0]
    assigned = verbund(
        "office", "assign", "--db", demo_office_url, "--advisor", str(advisor), "--company", str(company)
    )
    assert assigned.returncode == 0, assigned.stderr
    code = verbund("office", "code", "--db", demo_office_url, "--advisor", str(advisor))
    assert code.returncode == 0 and re.search(r"Einmal-Code: [A-Z2-9]{4}(-[A-Z2-9]{4}){3}", code.stdout)
    bad = verbund("office", "code", "--db", demo_office_url, "--advisor", "kein-uuid")
    assert bad.returncode == 2 and "keine gültige" in bad.stderr


def test_an_office_user_is_added_and_gets_a_code_for_a_device(
    office: OfficeDatabase, demo_office_url: str
) -> None:
    added = verbund("office", "user-add", "--db", demo_office_url, "--name", "Kim Koordination")
    assert added.returncode == 0, added.stderr
    user_id = added.stdout.split("\t")[0]
    assert user_id in verbund("office", "users", "--db", demo_office_url).stdout
    again = verbund("office", "user-add", "--db", demo_office_url, "--name", "Kim Koordination")
    assert again.returncode != 0 and "schon eine Person" in again.stderr
    code = verbund("office", "code", "--db", demo_office_url, "--user", user_id)
    assert code.returncode == 0 and "ganzen Verbund" in code.stdout
    assert re.search(r"Einmal-Code: [A-Z2-9]{4}(-[A-Z2-9]{4}){3}", code.stdout)
    both = verbund("office", "code", "--db", demo_office_url, "--user", user_id, "--advisor", user_id)
    neither = verbund("office", "code", "--db", demo_office_url)
    assert both.returncode == neither.returncode == 2 and "genau eines" in both.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_runs_the_service_that_a_laptop_enrols_with_and_revoke_locks_it_out(
    ws: Workspace, office: OfficeDatabase, demo_office_url: str, tmp_path: Path
) -> None:
    verbund("office", "cert", "--out", str(tmp_path), "--host", "127.0.0.1")
    port = _free_port()
    command = [sys.executable, "-m", "verbund_desktop.cli", "office", "serve", "--db", demo_office_url]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    command += ["--cert", str(tmp_path / "office-cert.pem"), "--key", str(tmp_path / "office-key.pem")]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        certificate = None
        while certificate is None:
            assert server.poll() is None, server.communicate()
            try:
                certificate = fetch_certificate(f"127.0.0.1:{port}")
            except SyncConnectionError:
                time.sleep(0.1)
        code = verbund("office", "code", "--db", demo_office_url, "--advisor", str(demo_advisor(office)))
        one_time = code.stdout.split("Einmal-Code: ")[1].split()[0]
        connect_to_office(ws, f"127.0.0.1:{port}", one_time, certificate, label="Laptop", actor="Test")
        assert OfficeClient.for_workspace(ws).hello()["companies"] == []
        private = _sync_personal_data(ws, office)
        device = list_devices(office)[0]
        assert str(device.id) in verbund("office", "devices", "--db", demo_office_url).stdout
        revoked = verbund("office", "revoke", "--db", demo_office_url, "--device", str(device.id))
        assert revoked.returncode == 0
        try:
            OfficeClient.for_workspace(ws).hello()
            raise AssertionError("a revoked device was served")
        except SyncConnectionError as err:
            assert "gesperrt" in str(err)
    finally:
        server.send_signal(signal.SIGTERM)
        out, err = server.communicate(timeout=60)
    assert certificate.fingerprint in out
    # The service's own records in the program's log file (the test process's lines there are the laptop's).
    lines = (Path(os.environ["VERBUND_LOG_DIR"]) / "verbund.log").read_text(encoding="utf-8").splitlines()
    log = "\n".join(line for line in lines if f"[{server.pid}]:" in line)
    assert "device enrolled" in log and "refused" in log  # before, uvicorn's logging set-up closed the file
    for forbidden in [
        one_time,
        *private,
        "HTTP/1.1",
    ]:  # no code, no person, no access log (its request lines)
        assert forbidden not in out + err + log, forbidden


def _sync_personal_data(ws: Workspace, office: OfficeDatabase) -> list[str]:
    """Through the service: a note with a name pushed, the company's people pulled, a company not assigned
    asked for (refused); the names, the note and the company names that passed through the service."""
    (company, company_name), (other, other_name) = demo_companies(office)[:2]
    assign_company(office, demo_advisor(office), company)
    with ws.engine.begin() as conn:  # the demo's rows are the office's seed: only the new note is to be sent
        conn.execute(text("DELETE FROM sync_change"))
        conn.execute(text("DELETE FROM sync_changeset"))
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee).where(Employee.company_id == company)).first()
        assert person is not None
        names = [person.first_name, person.last_name]
        person.notes = f"Vertraulich: Gespräch mit {person.last_name}"
        uow.commit()
    report = sync_with_office(ws)
    assert report.accepted == 1 and report.rejected == 0
    client = OfficeClient.for_workspace(ws)
    assert client.get(f"/v1/companies/{company}")["name"] == company_name
    try:
        client.get(f"/v1/companies/{other}")
        raise AssertionError("a company not assigned was served")
    except SyncConnectionError:
        pass
    return [*names, "Vertraulich", company_name, other_name]


def test_seed_fills_an_empty_office_once(office_url: str, demo_template: Path, tmp_path: Path) -> None:
    workspace = tmp_path / "buero.db"
    shutil.copy(demo_template, workspace)
    first = verbund("office", "seed", "--db", office_url, "--workspace", str(workspace))
    assert first.returncode == 0, first.stderr
    assert "Datensätze" in first.stdout
    office = open_office_database(office_url)
    try:
        companies = demo_companies(office)
    finally:
        office.close()
    assert len(companies) == 3
    again = verbund("office", "seed", "--db", office_url, "--workspace", str(workspace))
    assert again.returncode == 2 and "schon einen Verbund" in again.stderr
