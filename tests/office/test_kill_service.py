"""SIGKILL of the sync service at random moments of a laptop's push and pull, 50 times inside a sync: afterwards
nothing the laptop was told is accepted is missing at the office, nothing is there twice, and the next sync
completes.

The service runs in a forked child on a listening socket the test keeps open, so a new child takes over the
same port at once (connections made meanwhile wait in the socket's queue). The children are forked by a fork server
that imported the service once (tests/office/serve_fd.py), not started cold. POSIX only, like every kill test.
"""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from tests.office.helpers import demo_companies, enrol_laptop
from tests.office.service import RunningService
from tests.sync.harness import laptop
from verbund_desktop.persistence.models import Department
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.certificate import OfficeCertificate
from verbund_desktop.services.office.database import open_office_database
from verbund_desktop.services.sync.client import OfficeClient, SyncConnectionError, fetch_certificate
from verbund_desktop.services.sync.http_transport import sync_with_office
from verbund_desktop.services.sync.outbox import sync_counts

KILLS = 50
PREFIX = "Kill"


class KillableService:
    """Service processes on one listening socket the test keeps open; ``kill_and_restart`` is SIGKILL + a new one.

    The processes are forked by a fork server (``tests.office.serve_fd --fork``) that has imported the service
    once, so a restart costs a fork, not a cold interpreter start; each is still a service process of its own."""

    def __init__(self, url: str, cert: OfficeCertificate) -> None:
        self.url, self.cert = url, cert
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        port = self.sock.getsockname()[1]
        self.running = RunningService(f"127.0.0.1:{port}", port)
        fd = self.sock.fileno()
        args = [self.url, str(self.cert.certificate), str(self.cert.key), str(fd)]
        self.forks = subprocess.Popen(
            [sys.executable, "-m", "tests.office.serve_fd", "--fork", *args],
            pass_fds=(fd,),
            cwd=Path(__file__).parents[2],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.pid = int(self._ask("start"))
        self.started = 1

    def _ask(self, command: str) -> str:
        assert self.forks.stdin is not None and self.forks.stdout is not None
        self.forks.stdin.write(command + "\n")
        self.forks.stdin.flush()
        answer = self.forks.stdout.readline().strip()
        assert answer, f"the fork server ended (exit {self.forks.wait()})"
        return answer

    def alive(self) -> bool:
        return self._ask("alive") == "yes"

    def kill_and_restart(self) -> None:
        pid = int(self._ask("restart"))  # SIGKILL, reaped, a new process
        assert pid != self.pid
        self.pid, self.started = pid, self.started + 1

    def stop(self) -> None:
        assert self.forks.stdin is not None and self.forks.stdout is not None
        self.forks.stdin.close()  # the fork server kills and reaps its child, then exits
        self.forks.wait()
        self.forks.stdout.close()
        self.sock.close()


def _add_departments(ws: Workspace, company: object, round_no: int) -> None:
    for t in range(3):  # three local transactions: three changesets
        with ws.unit_of_work() as uow:
            uow.session.add_all(
                Department(company_id=company, name=f"{PREFIX} {round_no:02d}-{t}-{n}") for n in range(2)
            )
            uow.commit()


class KillDuringSync:
    """Kills the service while the laptop's sync makes its ``at``-th request, ``delay`` seconds after the request
    starts: before it reaches the service, while the service handles it, or just after its answer (the sync goes
    on only once the kill is done). So every kill lands inside a sync however fast the machine is; a timer
    started with the sync missed it whenever the sync was quicker than the timer."""

    def __init__(self, service: KillableService) -> None:
        self.service, self.at, self.delay, self.seen, self.kills = service, -1, 0.0, 0, 0

    def arm(self, at: int, delay: float = 0.0) -> None:
        self.at, self.delay, self.seen = at, delay, 0

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real = OfficeClient.request

        def request(client: OfficeClient, method: str, path: str, body: bytes = b"") -> Any:
            index, self.seen = self.seen, self.seen + 1
            if index != self.at:
                return real(client, method, path, body)
            timer = threading.Timer(self.delay, self.service.kill_and_restart)
            timer.start()
            self.kills += 1
            try:
                return real(client, method, path, body)
            finally:
                timer.join()

        monkeypatch.setattr(OfficeClient, "request", request)


def _wait_until_serving(service: KillableService) -> None:
    while True:
        assert service.alive(), "the service did not start"
        try:
            fetch_certificate(service.running.address)
            return
        except SyncConnectionError:
            time.sleep(0.1)


def _office_state(url: str) -> tuple[list[str], int, int]:
    office = open_office_database(url)
    try:
        with office.engine.connect() as conn:
            names = list(
                conn.execute(
                    text("SELECT name FROM department WHERE name LIKE :p"), {"p": PREFIX + " %"}
                ).scalars()
            )
            logged = conn.execute(text("SELECT count(*) FROM office_sync_log")).scalar_one()
            distinct = conn.execute(
                text("SELECT count(DISTINCT changeset_id) FROM office_sync_log")
            ).scalar_one()
    finally:
        office.close()
    return sorted(names), int(logged), int(distinct)


@pytest.mark.slow
def test_sigkill_of_the_service_during_sync_loses_and_doubles_nothing(
    demo_template: Path,
    tmp_path: Path,
    demo_office_url: str,
    office_cert: OfficeCertificate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(1202)
    ws = laptop(demo_template, tmp_path, "a")
    setup = open_office_database(demo_office_url)
    try:
        service = KillableService(demo_office_url, office_cert)
        try:
            _wait_until_serving(service)
            enrol_laptop(ws, service.running, setup, companies=1)
            company = demo_companies(setup)[0][0]
            killer = KillDuringSync(service)
            killer.install(monkeypatch)
            _add_departments(ws, company, 999)  # a name no round takes
            sync_with_office(ws)  # once without a kill: how many requests a sync makes
            requests = killer.seen
            interrupted = round_no = 0
            # Until 50 kills cut a sync off: a kill just after a sync's last answer lets that sync end well.
            while interrupted < KILLS:
                assert round_no < 4 * KILLS, f"only {interrupted} of {round_no} kills cut a sync off"
                _add_departments(ws, company, round_no)
                killer.arm(rng.randrange(requests), rng.uniform(0.0, 0.05))
                try:
                    sync_with_office(ws)
                except SyncConnectionError:
                    interrupted += 1
                killer.arm(-1)
                report = sync_with_office(ws)  # the next sync completes
                assert report.rejected == 0 and report.conflicts == 0
                counts = sync_counts(ws)
                assert counts.pending == 0 and counts.conflicts == 0
                names, logged, distinct = _office_state(demo_office_url)
                with ws.unit_of_work() as uow:
                    mine = sorted(
                        uow.session.scalars(
                            select(Department.name).where(Department.name.like(PREFIX + " %"))
                        )
                    )
                assert names == mine  # nothing missing, nothing twice
                assert logged == distinct == 3 * (round_no + 2)  # every changeset accepted exactly once
                round_no += 1
            assert service.started == killer.kills + 1  # each kill took a service process, a new one started
        finally:
            service.stop()
    finally:
        setup.close()
        ws.close()
