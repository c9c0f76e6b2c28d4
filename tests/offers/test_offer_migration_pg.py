"""0005_offers on PostgreSQL (the office keeps the network's catalogues there): up, down and up again."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

from verbund_desktop.persistence.migrate import alembic_config
from verbund_desktop.persistence.migrations import HEAD_REVISION

NEW_COLUMNS = {"provider_id", "course_id", "sessions", "retired", "retired_on", "competences_confirmed"}


def test_the_offer_columns_migrate_on_postgresql(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)
    pgserver = pytest.importorskip("pgserver")
    # Not below tmp_path: run as root, pgserver hands the data folder to its own user, who cannot pass
    # pytest's private (0700) base folder.
    data = Path(tempfile.mkdtemp(prefix="verbund-pg-offers-"))
    server = pgserver.get_server(str(data), cleanup_mode="stop")
    engine = create_engine(server.get_uri().replace("postgresql://", "postgresql+psycopg://"))
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
        server.cleanup()
        shutil.rmtree(data, ignore_errors=True)
