"""0012_offer_hours: offers may lack hours (openQCAT has none) — two columns added in place, on SQLite with the sync
capture triggers regenerated, and on PostgreSQL; up, down and up again without losing an offer or a plan's link."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from tests.pg import fresh_database
from verbund_desktop.persistence.engine import make_schema_engine
from verbund_desktop.persistence.migrate import alembic_config
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import PlanMeasure, TrainingOffer
from verbund_desktop.persistence.sync_capture import load_values
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.workspace.demo import create_demo_workspace

REVISION = "0012_offer_hours"
NEW_COLUMNS = {"hours_missing", "duration_class"}


def _offer_columns(conn: object) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns("training_offer")}  # type: ignore[arg-type]


def test_on_sqlite_old_offers_keep_their_hours_and_the_new_columns_are_captured(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    create_demo_workspace(path, None).close()
    with make_schema_engine(path, None).begin() as conn:
        hours_before = dict(conn.execute(text("SELECT id, hours FROM training_offer")).all())
        links = set(
            conn.execute(text("SELECT id, offer_id FROM plan_measure WHERE offer_id IS NOT NULL")).all()
        )
        command.downgrade(alembic_config(conn), f"{REVISION}-1")
        assert not _offer_columns(conn) & NEW_COLUMNS
        assert conn.execute(text("SELECT count(*) FROM training_offer")).scalar_one() == len(hours_before)
    assert hours_before and links
    ws = open_workspace(path)  # upgrades and regenerates the capture triggers
    try:
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD_REVISION
            assert _offer_columns(conn) >= NEW_COLUMNS
            assert (
                set(conn.execute(text("SELECT id, offer_id FROM plan_measure WHERE offer_id IS NOT NULL")))
                == links
            )
        with ws.unit_of_work() as uow:
            offers = list(uow.session.scalars(select(TrainingOffer)))
            assert all(
                o.hours is not None and not o.hours_missing and o.duration_class is None for o in offers
            )
            assert uow.session.scalars(select(PlanMeasure).where(PlanMeasure.offer_id.is_not(None))).first()
            changed = offers[0]
            changed.hours, changed.duration_class = None, 3
            ident = changed.id
            uow.commit()
        with ws.engine.connect() as conn:
            captured = conn.execute(
                text("SELECT new_data FROM sync_change WHERE tbl = 'training_offer'")
            ).scalars()
            values = [load_values(data) or {} for data in captured]
        assert any(v.get("hours_missing") in (1, True) and v.get("duration_class") == 3 for v in values)
        with ws.unit_of_work() as uow:
            again = uow.session.get(TrainingOffer, ident)
            assert again is not None and again.hours is None and again.stored_hours == Decimal(0)
    finally:
        ws.close()


def test_on_postgresql_up_down_up() -> None:
    with fresh_database(migrated=False) as url:
        engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
        try:
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), HEAD_REVISION)
                assert _offer_columns(conn) >= NEW_COLUMNS
                missing = {c["name"]: c for c in inspect(conn).get_columns("training_offer")}["hours_missing"]
                assert missing["nullable"] is False
            with engine.begin() as conn:
                command.downgrade(alembic_config(conn), f"{REVISION}-1")
                assert not _offer_columns(conn) & NEW_COLUMNS
            with engine.begin() as conn:
                command.upgrade(alembic_config(conn), HEAD_REVISION)
                assert _offer_columns(conn) >= NEW_COLUMNS
        finally:
            engine.dispose()
