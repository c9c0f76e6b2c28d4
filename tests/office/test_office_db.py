"""The office database: the same models and Alembic chain on PostgreSQL 16 as on SQLite, created by
``verbund office init``, and the demo network written into it like into a workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select, text

from tests.cli_runner import verbund
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import Company, Employee, Network
from verbund_desktop.persistence.office_db import (
    OfficeDatabaseError,
    init_office_database,
    make_office_engine,
    office_url,
    open_office_database,
)
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.workspace.content import sync_builtin_content
from verbund_desktop.services.workspace.demo import populate_demo


def test_init_creates_every_table_and_a_second_run_changes_nothing(empty_pg_url: str) -> None:
    assert init_office_database(empty_pg_url) == (None, HEAD_REVISION)
    assert init_office_database(empty_pg_url) == (HEAD_REVISION, HEAD_REVISION)
    engine = make_office_engine(empty_pg_url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            assert set(Base.metadata.tables) <= tables
            # The models and the migrations describe the same schema on PostgreSQL (no autogenerate diff).
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            indexes = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("sync_change")}
            assert indexes["ix_sync_change_row"] == ["tbl", "row_id"]  # the outbox is searched per row
    finally:
        engine.dispose()


def test_the_cli_initialises_and_opening_a_database_not_at_head_is_refused(empty_pg_url: str) -> None:
    with pytest.raises(OfficeDatabaseError, match="verbund office init"):
        open_office_database(empty_pg_url)
    result = verbund("office", "init", "--db", empty_pg_url)
    assert result.returncode == 0, result.stderr
    assert HEAD_REVISION in result.stdout
    assert "postgres:" not in result.stdout  # the URL (with any password) is not echoed
    open_office_database(empty_pg_url).close()


def test_a_database_from_a_newer_program_is_refused_unchanged(office_url: str) -> None:
    engine = make_office_engine(office_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        with pytest.raises(OfficeDatabaseError, match="9999_future"):
            init_office_database(office_url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "9999_future"
    finally:
        engine.dispose()


def test_only_postgresql_urls_are_accepted() -> None:
    with pytest.raises(OfficeDatabaseError, match="PostgreSQL"):
        office_url("sqlite:///x.db")
    with pytest.raises(OfficeDatabaseError, match="keine gültige"):
        office_url("nonsense")
    assert office_url("postgres://u@h/db").drivername == "postgresql+psycopg"


def test_the_demo_network_is_the_same_on_postgresql_as_in_a_workspace(
    office_url: str, demo_template: Path
) -> None:
    office = open_office_database(office_url)
    try:
        with office.unit_of_work() as uow:
            sync_builtin_content(uow.session)
            with uow.session.no_autoflush:
                populate_demo(uow.session)
            uow.commit()
        with office.unit_of_work() as uow:
            on_pg = _counts(uow.session)
    finally:
        office.close()
    ws = open_workspace(demo_template)
    try:
        with ws.unit_of_work() as uow:
            on_sqlite = _counts(uow.session)
    finally:
        ws.close()
    assert on_pg == on_sqlite and on_pg["employee"] > 0


def _counts(session: object) -> dict[str, int]:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    return {
        model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
        for model in (Network, Company, Employee)
    }


def test_sqlite_workspaces_get_the_office_tables_empty(tmp_path: Path) -> None:
    from verbund_desktop.services.workspace.demo import create_demo_workspace

    create_demo_workspace(tmp_path / "w.db", None).close()
    engine = create_engine(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM office_device")).scalar_one() == 0
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD_REVISION
    finally:
        engine.dispose()
