"""`make office` (tools/office_local.py) as a person tries it: it starts PostgreSQL and the service with the demo
network and prints the address, a one-time code and the fingerprint; a copy of the printed laptop workspace
connects with them, its fingerprint is the printed one, and its first sync completes; Ctrl+C stops it all."""

from __future__ import annotations

import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import update

from verbund_desktop.persistence.models import Employee
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.sync.client import connect_to_office, fetch_certificate
from verbund_desktop.services.sync.http_transport import sync_with_office
from verbund_desktop.services.sync.outbox import sync_counts

ROOT = Path(__file__).parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Output:
    """The tool's output, read by a thread as it comes."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        self.process, self.stream, self.lines = process, process.stdout, queue.Queue[str]()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.stream:
            self.lines.put(line)

    def until_ready(self, seconds: float) -> str:
        """What the tool prints up to „Beenden mit Strg+C.“ (it is serving then, or about to)."""
        printed: list[str] = []
        deadline = time.monotonic() + seconds
        while not printed or "Beenden mit Strg+C." not in printed[-1]:
            assert self.process.poll() is None, "".join(printed)
            try:
                printed.append(self.lines.get(timeout=max(0.1, deadline - time.monotonic())))
            except queue.Empty:
                raise AssertionError(
                    "make office printed no connection details:\n" + "".join(printed)
                ) from None
        return "".join(printed)

    def rest(self) -> str:
        """Everything after, once the process has ended."""
        self.reader.join(timeout=60)
        self.stream.close()
        rest: list[str] = []
        while not self.lines.empty():
            rest.append(self.lines.get())
        return "".join(rest)


@pytest.mark.slow
def test_make_office_prints_what_a_laptop_needs_to_connect_and_sync(tmp_path: Path) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "tools/office_local.py", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output = Output(process)
    try:
        printed = output.until_ready(600)
        address = re.search(r"Adresse:\s+(\S+)", printed)
        code = re.search(r"Einmal-Code:\s+(\S+)", printed)
        fingerprint = re.search(r"Fingerabdruck:\s+(\S+)", printed)
        workspace = re.search(r"Laptop-Arbeitsbereich \(.*\): (\S+)", printed)
        assert address and code and fingerprint and workspace, printed
        assert address[1] == f"127.0.0.1:{port}"
        laptop = tmp_path / "laptop.db"
        shutil.copy(workspace[1], laptop)  # as printed: „Eine Kopie davon öffnen“
        certificate = None
        while certificate is None:
            assert process.poll() is None, printed
            try:
                certificate = fetch_certificate(address[1])
            except Exception:
                time.sleep(0.2)
        assert certificate.fingerprint == fingerprint[1]  # what the dialog shows is what was printed
        ws = open_workspace(laptop)
        try:
            connect_to_office(ws, address[1], code[1], certificate, label="Laptop", actor="Test")
            with ws.unit_of_work() as uow:
                uow.session.execute(update(Employee).values(notes="aus dem Versuch"))
                uow.commit()
            report = sync_with_office(ws)
            assert report.accepted > 0 and report.rejected == 0 and report.conflicts == 0
            assert sync_counts(ws).pending == 0
        finally:
            ws.close()
    finally:
        process.send_signal(signal.SIGINT)  # Strg+C: the service and PostgreSQL stop, the data stays
        try:
            process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        finally:
            rest = output.rest()
    assert process.returncode == 0, rest  # before, Ctrl+C ended in a traceback of stopping PostgreSQL twice
