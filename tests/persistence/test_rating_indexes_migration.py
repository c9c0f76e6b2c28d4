"""Revision 0016_rating_indexes drops the two ratings indexes that led other indexes, on SQLite and PostgreSQL, and
brings them back on the way down; lookups by assessment and by competence still find an index."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

from tests.pg import fresh_database
from verbund_desktop.persistence.migrate import alembic_config

REVISION = "0016_rating_indexes"
DROPPED = {"ix_competency_rating_assessment_id", "ix_competency_rating_competence_id"}


def _leading_columns(engine: Engine) -> dict[str, str]:
    inspector = inspect(engine)
    found = [
        *inspector.get_indexes("competency_rating"),
        *inspector.get_unique_constraints("competency_rating"),
    ]
    return {str(i["name"]): str(i["column_names"][0]) for i in found}


def _up_down_up(engine: Engine) -> None:
    try:
        with engine.begin() as conn:
            config = alembic_config(conn)
            before = ScriptDirectory.from_config(config).get_revision(REVISION).down_revision
            assert isinstance(before, str)
            command.upgrade(config, before)
        assert set(_leading_columns(engine)) >= DROPPED
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
        after = _leading_columns(engine)
        assert not DROPPED & set(after)
        # Every lookup the dropped indexes served still starts an index.
        assert {"assessment_id", "competence_id"} <= set(after.values())
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), before)
        assert set(_leading_columns(engine)) >= DROPPED
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    finally:
        engine.dispose()


def test_the_indexes_go_and_come_back_on_sqlite(tmp_path: Path) -> None:
    _up_down_up(create_engine(f"sqlite:///{tmp_path / 'ws.db'}"))


def test_the_indexes_go_and_come_back_on_postgresql() -> None:
    with fresh_database(migrated=False) as url:
        _up_down_up(create_engine(make_url(url).set(drivername="postgresql+psycopg")))


@pytest.mark.parametrize("column", ["assessment_id", "competence_id"])
def test_sqlite_still_looks_ratings_up_by_an_index(tmp_path: Path, column: str) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'ws.db'}")
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            plan = conn.execute(
                text(f"EXPLAIN QUERY PLAN SELECT id FROM competency_rating WHERE {column} = :v"), {"v": "x"}
            ).all()
        detail = " ".join(str(row[-1]) for row in plan)
        assert "USING INDEX" in detail or "USING COVERING INDEX" in detail, detail
    finally:
        engine.dispose()
