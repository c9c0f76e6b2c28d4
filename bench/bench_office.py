"""Sync through the office's service: ``python -m bench.bench_office``.

A real PostgreSQL 16 (pgserver, or ``VERBUND_TEST_PG_URL``), the real service on loopback with TLS and signed
requests, laptops made from the demo workspace the office was filled from. A day of one advisor: ``CHANGES``
new departments in transactions of ten (one changeset each); laptop A pushes them, laptop B pulls them. The
baselines write and read the same number of rows into the same PostgreSQL directly: one INSERT … VALUES
batch in one transaction, one SELECT. Target: a day (1,000 changes) syncs in at most 2 s here.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select, text
from tests import pg
from tests.office.helpers import enrol_laptop
from tests.office.pg_trace import round_trips, traced
from tests.office.service import running_service
from tests.sync.harness import laptop

from bench.common import Row, print_table
from verbund_desktop.persistence.models import Company, Department, Network
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.certificate import make_self_signed
from verbund_desktop.services.office.database import OfficeDatabase, open_office_database
from verbund_desktop.services.sync.client import OfficeClient
from verbund_desktop.services.sync.http_transport import sync_with_office
from verbund_desktop.services.sync.office_apply import Scope, apply_changeset
from verbund_desktop.services.sync.outbox import take_pending
from verbund_desktop.services.workspace.demo import create_demo_workspace

CHANGES = 1000
PER_TRANSACTION = 10
TARGET_SECONDS = 2.0


def _add_departments(ws: Workspace, company_id: uuid.UUID, prefix: str, count: int = CHANGES) -> None:
    for start in range(0, count, PER_TRANSACTION):
        with ws.unit_of_work() as uow:
            uow.session.add_all(
                Department(company_id=company_id, name=f"{prefix} {n:05d}")
                for n in range(start, start + PER_TRANSACTION)
            )
            uow.commit()


def _baseline(office: OfficeDatabase, company_id: uuid.UUID) -> tuple[float, float]:
    rows = [{"id": uuid.uuid4(), "company_id": company_id, "name": f"Direkt {n:05d}"} for n in range(CHANGES)]
    for row in rows:
        row["created_at"] = row["updated_at"] = _now()
    start = time.perf_counter()
    with office.engine.begin() as conn:
        conn.execute(insert(Department.__table__), rows)
    written = time.perf_counter() - start
    start = time.perf_counter()
    with office.engine.connect() as conn:
        got = conn.execute(select(Department.__table__).where(text("name LIKE 'Direkt %'"))).all()
    read = time.perf_counter() - start
    assert len(got) == CHANGES
    return written, read


def load_average() -> str:
    """The machine's 1-minute load average (figures here are taken on a machine shared with others)."""
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


class RequestCount:
    """How many HTTPS requests the laptop sends inside the block."""

    def __init__(self) -> None:
        self.count = 0

    def __enter__(self) -> RequestCount:
        self._original = OfficeClient.request
        counter = self

        def counted(client: OfficeClient, method: str, path: str, body: bytes = b"") -> object:
            counter.count += 1
            return counter._original(client, method, path, body)

        OfficeClient.request = counted  # type: ignore[method-assign]
        return self

    def __exit__(self, *_exc: object) -> None:
        OfficeClient.request = self._original  # type: ignore[method-assign]


def _counted_push(a: Workspace, company: uuid.UUID, folder: Path) -> int:
    """Office round trips of a sync of 10 more changesets (libpq trace; load-independent)."""
    _add_departments(a, company, "Gezählt", 10 * PER_TRANSACTION)
    trace = folder / "pg-trace.txt"
    with traced(trace):
        assert sync_with_office(a).accepted == 10
    return round_trips(trace)


def _now() -> datetime:
    return datetime.now(UTC)


def _apply_both_ways(template: Path, folder: Path) -> tuple[float, float]:
    """The office's apply alone (no service, no laptop), the same day's changesets into two fresh offices: row by
    row (the reference, as before this work) and set-based; each in a transaction of its own."""
    ws = laptop(template, folder, "apply")
    try:
        with ws.unit_of_work() as uow:
            company = uow.session.scalars(select(Company.id).order_by(Company.name)).first()
        assert company is not None
        _add_departments(ws, company, "Vergleich")
        changesets = take_pending(ws)
    finally:
        ws.close()
    times = []
    for batched in (False, True):
        with pg.fresh_database(migrated=True, seed=template) as url:
            office = open_office_database(url)
            with office.unit_of_work() as uow:
                scope = Scope(str(uow.session.scalars(select(Network.id)).one()))
            start = time.perf_counter()
            for changeset in changesets:
                with office.unit_of_work() as uow:
                    assert (
                        apply_changeset(uow.session, scope, changeset, batched=batched).status == "accepted"
                    )
                    uow.commit()
            times.append(time.perf_counter() - start)
            office.close()
    return times[0], times[1]


def run() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="verbund-bench-office-") as tmp:
        folder = Path(tmp)
        template = folder / "demo.db"
        create_demo_workspace(template, None).close()
        cert = make_self_signed(folder / "tls", ["127.0.0.1"])
        with pg.fresh_database(migrated=True, seed=template) as url, running_service(url, cert) as service:
            office = open_office_database(url)
            a, b = laptop(template, folder, "a"), laptop(template, folder, "b")
            try:
                enrol_laptop(a, service, office, companies=1)
                enrol_laptop(b, service, office, companies=1)
                with a.unit_of_work() as uow:
                    company = uow.session.scalars(select(Company.id).order_by(Company.name)).first()
                assert company is not None
                _add_departments(a, company, "Abteilung")
                load = load_average()
                with RequestCount() as pushing:
                    start = time.perf_counter()
                    pushed = sync_with_office(a)
                    push = time.perf_counter() - start
                with RequestCount() as pulling:
                    start = time.perf_counter()
                    pulled = sync_with_office(b)
                    pull = time.perf_counter() - start
                assert pushed.accepted == CHANGES // PER_TRANSACTION and pulled.pulled >= CHANGES
                written, read = _baseline(office, company)
                trips = _counted_push(a, company, folder)
                per_row, batched = _apply_both_ways(template, folder)
            finally:
                a.close()
                b.close()
                office.close()
        pg.stop_servers()
    verdict = "ok" if push + pull <= TARGET_SECONDS else f"over the {TARGET_SECONDS:.0f} s target"
    return [
        ("baseline: bulk INSERT of the rows", written, f"{CHANGES} rows, one transaction"),
        (
            "push through the service",
            push,
            f"{push / written:.1f}× baseline; {CHANGES // PER_TRANSACTION} changesets",
        ),
        ("baseline: SELECT of the rows", read, f"{CHANGES} rows"),
        ("pull through the service", pull, f"{pull / read:.1f}× baseline"),
        (
            "a day: push + pull",
            push + pull,
            f"target ≤ {TARGET_SECONDS:.0f} s: {verdict}; load average {load} → {load_average()}",
        ),
        (
            "requests and round trips (load-independent)",
            float("nan"),
            f"{pushing.count} HTTPS requests to push, {pulling.count} to pull; "
            f"{trips} PostgreSQL round trips at the office to sync 10 more changesets (push and pull, "
            "with each request's signature and replica checks)",
        ),
        ("office apply alone, row by row (reference)", per_row, f"{per_row / written:.1f}× baseline"),
        (
            "office apply alone, set-based",
            batched,
            f"{batched / written:.1f}× baseline; {per_row / batched:.1f}× faster",
        ),
    ]


if __name__ == "__main__":
    print_table("Office sync (PostgreSQL, HTTPS on loopback)", run())
