"""`verbund office …`: certificate, advisors, codes, assignments, devices, revocation, and the service started
by `verbund office serve` as a real process."""

from __future__ import annotations

import re
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

from tests.cli_runner import verbund
from tests.office.helpers import demo_advisor, demo_companies
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.office.devices import list_devices
from verbund_desktop.services.sync.client import (
    OfficeClient,
    SyncConnectionError,
    connect_to_office,
    fetch_certificate,
)


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
    assert one_time not in out + err  # the service's output holds no code
