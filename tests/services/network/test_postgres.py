"""The network queries and migration 0006 run on PostgreSQL (the office) exactly as on SQLite (the laptop).

A throw-away PostgreSQL server (pgserver) gets the schema; migration 0006 is run there up and down; then the
same seeded data go into PostgreSQL and into SQLite, and pooled demand and the funder's raw figures agree.
"""

from __future__ import annotations

import importlib
import random
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from tests.pg import fresh_database
from tests.services.network.network_data import _consents, _interviews, _person, _plan
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import (
    Advisor,
    Company,
    Competence,
    CompetenceArea,
    CompetenceCatalog,
    Network,
)
from verbund_desktop.services.network.funder_figures import (
    Period,
    gap_people,
    interviewed_people,
)
from verbund_desktop.services.network.funder_measures import measure_totals
from verbund_desktop.services.network.pooling import PoolFilter, pooled_cells

MIGRATION = importlib.import_module("verbund_desktop.persistence.migrations.versions.0006_network")
NEW_TABLES = ("joint_course", "joint_course_seat", "follow_up")
CATALOG_ID = uuid.UUID(int=1)


@pytest.fixture(scope="module")
def postgres() -> Iterator[Engine]:
    """An empty database on the tests' real PostgreSQL (tests/pg.py: never skipped)."""
    with fresh_database(migrated=False) as url:
        engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
        yield engine
        engine.dispose()


def _populate(engine: Engine) -> None:
    rng = random.Random(7)
    with Session(engine) as s:
        catalog = CompetenceCatalog(
            id=CATALOG_ID, key="digcomp-2.2", name="DigComp", version="2.2", source="", licence=""
        )
        area = CompetenceArea(id=uuid.UUID(int=2), catalog_id=CATALOG_ID, code="1", name_de="Bereich")
        competences = [
            Competence(
                id=uuid.UUID(int=10 + i),
                catalog_id=CATALOG_ID,
                area_id=area.id,
                code=f"1.{i}",
                name_de=f"K{i}",
            )
            for i in range(8)
        ]
        network = Network(name="Verbund")
        advisor = Advisor(network=network, name="Beraterin")
        s.add(catalog)
        s.flush()
        s.add(area)
        s.flush()
        s.add_all([*competences, network, advisor])
        s.flush()
        for c in range(8):
            size = (8, 45, 120, 610)[c % 4]
            company = Company(
                network=network, name=f"B{c}", headcount=size, headcount_linked=size, region=f"R{c % 2}"
            )
            s.add(company)
            for p in range(15):
                employee = _person(company, c, p, rng)
                s.add(employee)
                _consents(s, employee, rng)
                latest = _interviews(s, employee, advisor, competences, rng)
                if rng.random() < 0.6:
                    _plan(s, employee, advisor, latest, rng)
        s.commit()


def _figures(engine: Engine) -> dict[str, Any]:
    period = Period(date(2025, 1, 1), date(2026, 12, 31))
    with Session(engine) as s:
        cells = sorted((c.code, c.level, c.people, c.companies) for c in pooled_cells(s, PoolFilter()))
        olpe = sorted(
            (c.code, c.level, c.people)
            for c in pooled_cells(s, PoolFilter(region="R1", size_band="unter_50"))
        )
        totals = measure_totals(s, period, date(2026, 12, 2))
        with_gap, digital, gaps, digital_gaps = gap_people(s, period)
        return {
            "cells": cells,
            "filtered": olpe,
            "interviewed": sorted(interviewed_people(s, period).values()),
            "measures": {g: (sum(t.people.values()), t.hours, t.cost, t.funding) for g, t in totals.items()},
            "gaps": (sorted(with_gap.values()), sorted(digital.values()), gaps, digital_gaps),
        }


def test_migration_0006_runs_up_and_down_on_postgres(postgres: Engine) -> None:
    Base.metadata.drop_all(postgres)
    Base.metadata.create_all(
        postgres, tables=[t for n, t in Base.metadata.tables.items() if n not in NEW_TABLES]
    )
    with postgres.begin() as conn, Operations.context(MigrationContext.configure(conn)):
        MIGRATION.upgrade()
    assert set(NEW_TABLES) <= set(inspect(postgres).get_table_names())
    with postgres.begin() as conn, Operations.context(MigrationContext.configure(conn)):
        MIGRATION.downgrade()
    assert not set(NEW_TABLES) & set(inspect(postgres).get_table_names())


def test_pooled_demand_and_funder_figures_agree_between_sqlite_and_postgres(
    postgres: Engine, tmp_path: Path
) -> None:
    Base.metadata.drop_all(postgres)
    Base.metadata.create_all(postgres)
    sqlite = create_engine(f"sqlite:///{tmp_path / 'laptop.db'}")
    Base.metadata.create_all(sqlite)
    for engine in (postgres, sqlite):
        _populate(engine)
    on_pg, on_sqlite = _figures(postgres), _figures(sqlite)
    assert on_pg["cells"] and on_pg["measures"]["geplant"][0] > 0
    assert on_pg == on_sqlite
