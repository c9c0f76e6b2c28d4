"""`verbund office seed` enters the copied rows into the sync order: a new, empty laptop enrolled with the freshly
seeded office (real PostgreSQL) pulls its companies and the network-wide rows, and nothing of other companies."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from tests import pg
from tests.cli_runner import verbund
from tests.sync.harness import Direct, Office, value
from tests.workspaces import copy_of
from verbund_desktop.persistence.models import Company, Network
from verbund_desktop.persistence.workspace import create_workspace, open_workspace
from verbund_desktop.services.sync.enrolment import settle_bundled_content
from verbund_desktop.services.sync.office_seed_order import enter_seeded_rows
from verbund_desktop.services.sync.outbox import start_new_replica, sync_counts
from verbund_desktop.services.sync.run import sync
from verbund_desktop.services.workspace.workspace_service import sync_content


def test_a_seeded_office_serves_a_new_laptop_its_companies(
    office_url: str, demo_template: Path, tmp_path: Path
) -> None:
    source = copy_of(demo_template, tmp_path / "quelle.db")
    result = verbund("office", "seed", "--db", office_url, "--workspace", str(source))
    assert result.returncode == 0, result.stderr
    engine = create_engine(pg._psycopg(office_url))
    laptop = create_workspace(tmp_path / "neu.db", None, initialize=sync_content)
    try:
        office = Office(demo_template, tmp_path, engine)
        with Session(engine) as session:
            assert enter_seeded_rows(session, office.network_id) == 0  # the seed entered them already
            companies = [str(c) for c in session.scalars(select(Company.id).order_by(Company.name))]
        mine = companies[0]
        with laptop.engine.begin() as conn:  # what enrolment does to the laptop's sync state
            start_new_replica(conn)
            settle_bundled_content(conn)
        report = sync(laptop, Direct(office, office.scope([mine])))
        assert (report.accepted, report.conflicts, report.rejected) == (0, 0, 0) and report.pulled > 0
        assert value(laptop, "SELECT count(*) FROM company WHERE id = :i", i=uuid.UUID(mine).hex) == 1
        assert value(laptop, "SELECT count(*) FROM company") == 1  # nothing of the other companies
        employees = office.scalar(
            "SELECT count(*) FROM employee WHERE company_id = :i", i=uuid.UUID(mine).hex
        )
        assert value(laptop, "SELECT count(*) FROM employee") == employees > 0
        assert sync_counts(laptop).pending == 0
    finally:
        laptop.close()
        engine.dispose()


def test_a_workspace_with_two_networks_is_refused_and_nothing_copied(
    office_url: str, demo_template: Path, tmp_path: Path
) -> None:
    source = copy_of(demo_template, tmp_path / "zwei.db")
    ws = open_workspace(source)
    try:
        with ws.unit_of_work() as uow:
            uow.session.add(Network(name="Zweiter Verbund"))
            uow.commit()
    finally:
        ws.close()
    result = verbund("office", "seed", "--db", office_url, "--workspace", str(source))
    assert result.returncode == 2 and "genau einen Verbund" in result.stderr
    engine = create_engine(pg._psycopg(office_url))
    try:
        with engine.connect() as conn:  # all or nothing: no row of the workspace arrived
            assert conn.execute(select(func.count()).select_from(Network.__table__)).scalar() == 0
            assert conn.execute(select(func.count()).select_from(Company.__table__)).scalar() == 0
    finally:
        engine.dispose()
