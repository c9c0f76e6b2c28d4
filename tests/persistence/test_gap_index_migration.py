"""Revision 0015_funder_sql adds the funder gap figures' covering index on the ratings and takes it away again
(0017 replaced it with a partial index: see test_gap_rows_migration)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from verbund_desktop.persistence.migrate import alembic_config

REVISION = "0015_funder_sql"
COLUMNS = [
    "assessment_id",
    "target_level",
    "agreed_level",
    "self_level",
    "supervisor_level",
    "not_applicable",
    "catalog_id",
]


def indexes(engine: object) -> dict[str, list[str]]:
    found = inspect(engine).get_indexes("competency_rating")  # type: ignore[arg-type]
    return {i["name"]: list(i["column_names"]) for i in found}  # type: ignore[misc]


def test_the_gap_index_comes_and_goes(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'ws.db'}")
    with engine.begin() as conn:
        config = alembic_config(conn)
        before = ScriptDirectory.from_config(config).get_revision(REVISION).down_revision
        assert isinstance(before, str)
        command.upgrade(config, before)
    assert "ix_competency_rating_gaps" not in indexes(engine)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), REVISION)
    assert indexes(engine)["ix_competency_rating_gaps"] == COLUMNS
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), before)
    assert "ix_competency_rating_gaps" not in indexes(engine)
