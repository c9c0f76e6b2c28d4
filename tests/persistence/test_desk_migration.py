"""Revision 0007_desk adds a measure's monthly pay and takes it away again, on whatever revision it follows."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from verbund_desktop.persistence.migrate import alembic_config

REVISION = "0007_desk"


def columns(engine: object) -> dict[str, dict[str, object]]:
    return {c["name"]: c for c in inspect(engine).get_columns("plan_measure")}  # type: ignore[arg-type]


def test_monthly_pay_column_comes_and_goes(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'ws.db'}")
    with engine.begin() as conn:
        config = alembic_config(conn)
        before = ScriptDirectory.from_config(config).get_revision(REVISION).down_revision
        assert isinstance(before, str)
        command.upgrade(config, before)
    assert "monthly_pay_eur" not in columns(engine)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    added = columns(engine)["monthly_pay_eur"]
    assert added["nullable"] is True
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), before)
    assert "monthly_pay_eur" not in columns(engine) and "release_hours" in columns(engine)
