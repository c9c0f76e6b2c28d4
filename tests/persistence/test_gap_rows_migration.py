"""Revision 0017_gap_rows_index replaces the funder's covering gap index (0015) with a partial one holding only the
ratings with a gap, on SQLite and PostgreSQL, and brings the old one back on the way down; SQLite answers the
gap counts from it alone, because its condition is exactly ``gap_terms()``."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, func, inspect, select
from sqlalchemy.engine import make_url

from tests.pg import fresh_database
from verbund_desktop.persistence.migrate import alembic_config
from verbund_desktop.persistence.models import CompetencyRating
from verbund_desktop.persistence.models.interview import GAP_INDEX_COLUMNS, gap_terms

REVISION = "0017_gap_rows_index"
OLD, NEW = "ix_competency_rating_gaps", "ix_competency_rating_gap_rows"


def _indexes(engine: Engine) -> dict[str, list[str]]:
    found = inspect(engine).get_indexes("competency_rating")
    return {str(i["name"]): [str(c) for c in i["column_names"]] for i in found}


def _up_down_up(engine: Engine) -> None:
    try:
        with engine.begin() as conn:
            config = alembic_config(conn)
            before = ScriptDirectory.from_config(config).get_revision(REVISION).down_revision
            assert isinstance(before, str)
            command.upgrade(config, before)
        assert OLD in _indexes(engine) and NEW not in _indexes(engine)
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), REVISION)
        after = _indexes(engine)
        assert OLD not in after
        assert after[NEW] == list(GAP_INDEX_COLUMNS)
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), before)
        assert OLD in _indexes(engine) and NEW not in _indexes(engine)
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    finally:
        engine.dispose()


def test_the_partial_index_replaces_the_covering_one_on_sqlite(tmp_path: Path) -> None:
    _up_down_up(create_engine(f"sqlite:///{tmp_path / 'ws.db'}"))


def test_the_partial_index_replaces_the_covering_one_on_postgresql() -> None:
    with fresh_database(migrated=False) as url:
        _up_down_up(create_engine(make_url(url).set(drivername="postgresql+psycopg")))


def test_sqlite_counts_the_gaps_per_interview_from_the_partial_index_alone(tmp_path: Path) -> None:
    """The migration writes the condition out as text; the query builds it from ``gap_terms()``. SQLite only
    uses a partial index when the query's WHERE has the index's terms, so a drift between the two shows here."""
    engine = create_engine(f"sqlite:///{tmp_path / 'ws.db'}")
    r = CompetencyRating
    query = select(r.assessment_id, r.catalog_id, func.count()).where(*gap_terms()).group_by(r.assessment_id)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
            others = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'competency_rating' "
                "AND sql IS NOT NULL AND name != ?",
                (NEW,),
            ).scalars()
            for name in list(others):  # the other indexes out of the way: is this one usable at all?
                conn.exec_driver_sql(f"DROP INDEX {name}")
            compiled = query.compile(conn)
            plan = conn.exec_driver_sql(
                f"EXPLAIN QUERY PLAN {compiled}", tuple(compiled.params.values())
            ).all()
        detail = " | ".join(str(row[-1]) for row in plan)
        assert f"SCAN competency_rating USING INDEX {NEW}" in detail, detail
        assert "TEMP B-TREE" not in detail, detail  # in interview order: no sort
    finally:
        engine.dispose()
