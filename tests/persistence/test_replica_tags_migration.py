"""Revision 0014_replica_tags gives office replicas a code tag number (unique) and takes it away again, on SQLite
(a laptop's workspace has the office tables empty) and on PostgreSQL (the office)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import make_url

from tests.pg import fresh_database
from verbund_desktop.persistence.migrate import alembic_config

REVISION, BEFORE = "0014_replica_tags", "0013_pool_index"


def _columns(engine: Engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("office_replica")}


def _up_down_up(engine: Engine) -> None:
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), BEFORE)
        assert "code_tag_number" not in _columns(engine)
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), REVISION)
        assert "code_tag_number" in _columns(engine)
        indexes = inspect(engine).get_indexes("office_replica")
        assert any(i["unique"] and i["column_names"] == ["code_tag_number"] for i in indexes)
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), BEFORE)
        assert "code_tag_number" not in _columns(engine)
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), REVISION)
        assert "code_tag_number" in _columns(engine)
    finally:
        engine.dispose()


def test_the_replica_tag_column_comes_and_goes_on_sqlite(tmp_path: Path) -> None:
    _up_down_up(create_engine(f"sqlite:///{tmp_path / 'ws.db'}"))


def test_the_replica_tag_column_comes_and_goes_on_postgresql() -> None:
    with fresh_database(migrated=False) as url:
        _up_down_up(create_engine(make_url(url).set(drivername="postgresql+psycopg")))
