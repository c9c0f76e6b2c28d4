"""Sync at network scale through the office's service: ``python -m bench.bench_office_scale``.

Issue 12 asks for two figures, each next to a plain bulk insert of the same rows into the same PostgreSQL in the
same run:

- **push of 10,000 changes**: a laptop (from the demo) adds 10,000 departments in transactions of ten (1,000
  changesets) and pushes them through the real service (TLS on loopback); baseline: one INSERT of 10,000
  department rows in one transaction.
- **pull of a 300-company network**: the office is seeded from ``bench/scale.py``'s workspace (300 companies,
  6,000 people, 130,000 ratings) and its rows entered into the sync order
  (``services.sync.office_seed_order``); a laptop made from the demo (a part of that network), assigned all 300
  companies, pulls everything it does not have; baseline: the seed's own bulk INSERT of the same rows.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select
from tests import pg
from tests.office.helpers import demo_advisor
from tests.office.service import RunningService, running_service
from tests.sync.harness import laptop

from bench.bench_office import _add_departments
from bench.common import Row, print_table
from bench.scale import scale_copy
from verbund_desktop.persistence.models import Company, Department
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.office.certificate import OfficeCertificate, make_self_signed
from verbund_desktop.services.office.database import OfficeDatabase, open_office_database
from verbund_desktop.services.office.devices import assign_company, issue_enrolment_code
from verbund_desktop.services.office.seed import seed_from_workspace
from verbund_desktop.services.sync.client import connect_to_office, fetch_certificate
from verbund_desktop.services.sync.http_transport import sync_with_office
from verbund_desktop.services.sync.office_seed_order import enter_seeded_rows
from verbund_desktop.services.workspace.demo import create_demo_workspace

PUSHED = 10_000


def _enrol(
    ws: Workspace, service: RunningService, office: OfficeDatabase, companies: list[uuid.UUID]
) -> None:
    advisor = demo_advisor(office)
    for company in companies:
        assign_company(office, advisor, company)
    code = issue_enrolment_code(office, advisor).code
    connect_to_office(
        ws, service.address, code, fetch_certificate(service.address), label="Bench", actor="Bench"
    )


def _bulk_departments(office: OfficeDatabase, company: uuid.UUID) -> float:
    now = datetime.now(UTC)
    rows = [
        {
            "id": uuid.uuid4(),
            "company_id": company,
            "name": f"Direkt {n:05d}",
            "created_at": now,
            "updated_at": now,
        }
        for n in range(PUSHED)
    ]
    start = time.perf_counter()
    with office.engine.begin() as conn:
        conn.execute(insert(Department.__table__), rows)
    return time.perf_counter() - start


def _push(folder: Path, template: Path, cert: OfficeCertificate) -> list[Row]:
    with pg.fresh_database(migrated=True, seed=template) as url, running_service(url, cert) as service:
        office = open_office_database(url)
        a = laptop(template, folder, "push")
        try:
            with office.unit_of_work() as uow:
                company = uow.session.scalars(select(Company.id).order_by(Company.name)).first()
            assert company is not None
            _enrol(a, service, office, [company])
            _add_departments(a, company, "Abteilung", PUSHED)
            start = time.perf_counter()
            report = sync_with_office(a)
            pushed = time.perf_counter() - start
            assert report.accepted == PUSHED // 10 and report.conflicts == 0
            baseline = _bulk_departments(office, company)
        finally:
            a.close()
            office.close()
    return [
        ("baseline: bulk INSERT of 10,000 departments", baseline, "one transaction"),
        (
            "push of 10,000 changes through the service",
            pushed,
            f"{pushed / baseline:.1f}× baseline; 1,000 changesets",
        ),
    ]


def _pull(folder: Path, template: Path, cert: OfficeCertificate) -> list[Row]:
    path, passphrase = scale_copy(folder)
    with pg.fresh_database(migrated=True) as url:
        office = open_office_database(url)
        source = open_workspace(path, passphrase)
        try:
            start = time.perf_counter()
            rows = seed_from_workspace(source, office)
            seeded = time.perf_counter() - start
        finally:
            source.close()
        with office.unit_of_work() as uow:
            network = str(uow.session.scalars(select(Company.network_id)).first())
            start = time.perf_counter()
            entered = enter_seeded_rows(uow.session, network)
            uow.commit()
            ordered = time.perf_counter() - start
            companies = list(uow.session.scalars(select(Company.id)))
            people = len(companies)
        with running_service(url, cert) as service:
            b = laptop(template, folder, "pull")
            try:
                _enrol(b, service, office, companies)
                start = time.perf_counter()
                report = sync_with_office(b)
                pulled = time.perf_counter() - start
            finally:
                b.close()
                office.close()
    return [
        (
            "baseline: bulk INSERT of the 300-company network (seed)",
            seeded,
            f"{rows:,} rows, one transaction",
        ),
        ("enter the seeded rows into the sync order", ordered, f"{entered:,} sync rows"),
        (
            "pull of the 300-company network through the service",
            pulled,
            f"{pulled / seeded:.1f}× baseline; {report.pulled:,} rows applied, {people} companies",
        ),
    ]


def run() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="verbund-bench-office-scale-") as tmp:
        folder = Path(tmp)
        template = folder / "demo.db"
        create_demo_workspace(template, None).close()
        cert = make_self_signed(folder / "tls", ["127.0.0.1"])
        rows = _push(folder, template, cert) + _pull(folder, template, cert)
        pg.stop_servers()
    return rows


if __name__ == "__main__":
    print_table("Office sync at network scale (PostgreSQL, HTTPS on loopback)", run())
