"""0006_network: a workspace from before joint courses migrates with every row kept, and back down again."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from tests.persistence.test_consent_migration import row_counts
from verbund_desktop.persistence.engine import make_schema_engine
from verbund_desktop.persistence.migrate import alembic_config
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.workspace.demo import create_demo_workspace

NEW_TABLES = {"joint_course", "joint_course_seat", "follow_up"}


def test_upgrade_keeps_every_row_and_downgrade_removes_only_the_new_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    ws = create_demo_workspace(path, None)
    ws.close()
    with make_schema_engine(path, None).begin() as conn:
        command.downgrade(alembic_config(conn), "0006_network-1")
        assert not NEW_TABLES & set(inspect(conn).get_table_names())
    ws = open_workspace(path, None, backup_dir=tmp_path / "backups")
    try:
        counts = row_counts(ws)
        assert set(counts) >= NEW_TABLES and all(counts[t] == 0 for t in NEW_TABLES)
        assert counts["employee"] > 0 and counts["plan_measure"] > 0
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD_REVISION
    finally:
        ws.close()
    with make_schema_engine(path, None).begin() as conn:
        command.downgrade(alembic_config(conn), "0006_network-1")
        tables = set(inspect(conn).get_table_names())
    assert not NEW_TABLES & tables and {"employee", "plan_measure", "consent_record"} <= tables
