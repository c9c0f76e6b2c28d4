"""The test network (30 companies, 600 people, four advisors) at the office: seeded into PostgreSQL as
`verbund office seed` does, the office's pooled demand and funder figures for the whole network are those of the
workspace it came from — which `test_pooling.py` and `test_funder_report.py` hold to a direct count in SQL —
and people without pooling consent are not counted there either."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from tests.pg import fresh_database
from tests.workspaces import copy_of
from verbund_desktop.persistence.models import Advisor, Company, Employee
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.network.funder_figures import (
    Period,
    advised_companies,
    closed_gap_people,
    course_figures,
    gap_people,
    interviewed_people,
)
from verbund_desktop.services.network.funder_measures import measure_totals
from verbund_desktop.services.network.pooling import PoolFilter, cell_people, pooled_cells

FILTERS = (
    PoolFilter(),
    PoolFilter(region="Olpe"),
    PoolFilter(size_band="unter_50"),
    PoolFilter(size_band="50_499"),
    PoolFilter(size_band="ab_500"),
    PoolFilter(start=date(2025, 9, 1), end=date(2026, 1, 31)),
)
PERIOD = Period(date(2025, 1, 1), date(2026, 12, 31))
TODAY = date(2026, 12, 2)


@pytest.fixture(scope="module")
def office(network_file: Path) -> Iterator[Engine]:
    with fresh_database(migrated=True, seed=network_file) as url:
        engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
        yield engine
        engine.dispose()


@pytest.fixture(scope="module")
def laptop(network_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    ws = open_workspace(copy_of(network_file, tmp_path_factory.mktemp("laptop") / "network.db"))
    try:
        yield ws.engine
    finally:
        ws.close()


def _cells(engine: Engine, f: PoolFilter) -> list[tuple[str, int, int, int]]:
    with Session(engine) as s:
        return sorted((c.code, c.level, c.people, c.companies) for c in pooled_cells(s, f))


def _figures(engine: Engine) -> dict[str, Any]:
    with Session(engine) as s:
        totals = measure_totals(s, PERIOD, TODAY)
        return {
            "advised": advised_companies(s, PERIOD),
            "interviewed": interviewed_people(s, PERIOD),
            "measures": {g: (t.people, t.hours, t.cost, t.funding) for g, t in totals.items()},
            "courses": course_figures(s, PERIOD),
            "gaps": gap_people(s, PERIOD),
            "closed": closed_gap_people(s, PERIOD),
        }


def test_the_office_holds_the_whole_test_network(office: Engine) -> None:
    with Session(office) as s:
        counts = [s.scalar(select(func.count()).select_from(t)) or 0 for t in (Company, Employee, Advisor)]
    assert counts[0] >= 30 and counts[1] >= 600 and counts[2] >= 4


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f"{f.region}-{f.size_band}-{f.start}")
def test_the_offices_pooled_demand_is_the_laptops(office: Engine, laptop: Engine, f: PoolFilter) -> None:
    at_office = _cells(office, f)
    assert at_office == _cells(laptop, f)
    assert at_office or f.size_band == "ab_500"


def test_the_offices_funder_figures_are_the_laptops(office: Engine, laptop: Engine) -> None:
    at_office = _figures(office)
    assert sum(at_office["interviewed"].values()) > 300
    assert at_office == _figures(laptop)


def test_people_without_pooling_consent_are_not_counted_at_the_office(office: Engine) -> None:
    with Session(office) as s:
        refused = {
            uuid.UUID(str(i))
            for i in s.scalars(
                text(
                    "SELECT id FROM employee WHERE id NOT IN (SELECT employee_id FROM consent_record "
                    "WHERE purpose = 'verbund' AND status = 'given' AND withdrawn_on IS NULL)"
                )
            )
        }
        assert len(refused) > 50
        cells = pooled_cells(s, PoolFilter())
        assert cells
        for cell in cells:
            people = cell_people(s, cell.competence_id, cell.level)
            assert len(people) == cell.people
            assert not refused & {e for e, _ in people}
