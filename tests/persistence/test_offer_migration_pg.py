"""0005_offers on PostgreSQL (the office keeps the network's catalogues there): up, down and up again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.engine import make_url

from tests.pg import fresh_database
from verbund_desktop.persistence.migrate import alembic_config
from verbund_desktop.persistence.migrations import HEAD_REVISION

NEW_COLUMNS = {"provider_id", "course_id", "sessions", "retired", "retired_on", "competences_confirmed"}


def test_the_offer_columns_migrate_on_postgresql() -> None:
    with fresh_database(migrated=False) as url:
        _migrate_up_down_up(create_engine(make_url(url).set(drivername="postgresql+psycopg")))


def _migrate_up_down_up(engine: Engine) -> None:
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), HEAD_REVISION)
            assert {c["name"] for c in inspect(conn).get_columns("training_offer")} >= NEW_COLUMNS
            assert "uri" in {c["name"] for c in inspect(conn).get_columns("competence")}
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0005_offers-1")
            assert not NEW_COLUMNS & {c["name"] for c in inspect(conn).get_columns("training_offer")}
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), HEAD_REVISION)
    finally:
        engine.dispose()
