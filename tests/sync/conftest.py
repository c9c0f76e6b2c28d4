"""The office of the sync tests runs on SQLite and on a real PostgreSQL (tests/pg.py), the same tests on both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from tests import pg
from tests.sync.harness import Office


@pytest.fixture(params=["sqlite", "postgresql"])
def office(request: pytest.FixtureRequest, demo_template: Path, tmp_path: Path) -> Iterator[Office]:
    if request.param == "sqlite":
        yield Office(demo_template, tmp_path)
        return
    with pg.fresh_database(migrated=True, seed=demo_template) as url:
        engine = create_engine(pg._psycopg(url))
        try:
            yield Office(demo_template, tmp_path, engine)
        finally:
            engine.dispose()
