"""Workspace files: schema from migrations, encryption, refusal of foreign, damaged and newer files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from verbund_desktop.persistence import models
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.engine import make_schema_engine
from verbund_desktop.persistence.errors import (
    NewerSchemaError,
    NotAWorkspaceError,
    WorkspaceExistsError,
    WrongPassphraseError,
)
from verbund_desktop.persistence.migrate import alembic_config, head_revision
from verbund_desktop.persistence.workspace import create_workspace, open_workspace


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_alembic_has_exactly_one_head() -> None:
    from alembic.script import ScriptDirectory

    assert len(ScriptDirectory.from_config(alembic_config()).get_heads()) == 1


def test_upgrading_an_empty_database_builds_a_schema_matching_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert diff == []
    assert set(Base.metadata.tables) <= tables
    with (
        engine.connect() as conn
    ):  # the outbox is searched per row (capture's coalescing): (tbl, row_id) indexed
        indexes = {i["name"]: i["column_names"] for i in inspect(conn).get_indexes("sync_change")}
    assert indexes["ix_sync_change_row"] == ["tbl", "row_id"]


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        command.downgrade(alembic_config(conn), "base")
        command.upgrade(alembic_config(conn), "head")
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


@pytest.mark.parametrize("passphrase", [None, "Kürbis-Straße 7 'x\""])
def test_create_then_open_roundtrip(tmp_path: Path, passphrase: str | None) -> None:
    path = tmp_path / "ws.db"
    ws = create_workspace(path, passphrase)
    with ws.unit_of_work() as uow:
        uow.session.add(models.Network(name="Verbund Süd"))
        uow.commit()
    ws.close()
    ws = open_workspace(path, passphrase)
    with ws.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM network")).scalar() == "Verbund Süd"
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    ws.close()
    assert ws.encrypted is (passphrase is not None)
    header = path.read_bytes()[:16]
    assert (header == b"SQLite format 3\x00") is (passphrase is None)


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "ws.db"
    path.write_bytes(b"something precious")
    with pytest.raises(WorkspaceExistsError, match="nicht überschrieben"):
        create_workspace(path)
    assert path.read_bytes() == b"something precious"


def test_wrong_passphrase_is_refused_and_the_file_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "ws.db"
    create_workspace(path, "richtig").close()
    before = sha(path)
    with pytest.raises(WrongPassphraseError, match="Passphrase ist falsch"):
        open_workspace(path, "falsch")
    with pytest.raises(WrongPassphraseError, match="verschlüsselt"):
        open_workspace(path, None)
    assert sha(path) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"kein SQLite" * 100, b"SQLite format 3\x00" + b"\xff" * 4000, bytes(range(256)) * 20],
    ids=["empty", "text", "damaged-header", "random"],
)
def test_damaged_or_foreign_files_are_refused_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "ws.db"
    path.write_bytes(content)
    with pytest.raises((NotAWorkspaceError, WrongPassphraseError)):
        open_workspace(path, None)
    assert path.read_bytes() == content


def test_a_foreign_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunden (name TEXT)")
    conn.execute("INSERT INTO kunden VALUES ('x')")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(NotAWorkspaceError, match="fremde Datenbank"):
        open_workspace(path, None)
    assert sha(path) == before


def test_a_database_from_a_newer_program_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "ws.db"
    ws = create_workspace(path, None)
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    ws.close()
    before = sha(path)
    with pytest.raises(NewerSchemaError, match="neueren Version"):
        open_workspace(path, None)
    assert sha(path) == before


def test_an_older_database_is_backed_up_before_it_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "ws.db"
    ws = create_workspace(path, "pw")
    with make_schema_engine(path, "pw").begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    ws.close()
    ws = open_workspace(path, "pw", backup_dir=tmp_path / "backups")
    ws.close()
    assert ws.migration_backup is not None and ws.migration_backup.exists()
    assert ws.migration_backup.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted like the original
    reopened = open_workspace(ws.migration_backup, "pw", backup_dir=tmp_path / "b2")
    reopened.close()


def test_head_constant_matches_alembic_head() -> None:
    from verbund_desktop.persistence.migrations import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_bundled_content_is_loaded_once_and_skipped_when_unchanged(tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from verbund_desktop.services.workspace.content import sync_builtin_content
    from verbund_desktop.services.workspace.workspace_service import create_new, sync_content

    ws = create_new(tmp_path / "ws.db", None, network_name="Verbund", advisor_name="Anna Öztürk")
    with ws.unit_of_work() as uow:
        catalogs = uow.session.scalar(select(func.count(models.CompetenceCatalog.id)))
        assert catalogs == 2
        assert uow.session.scalar(select(func.count(models.InterviewGuide.id))) == 1
        assert not sync_builtin_content(uow.session).changed
    # a changed bundle (e.g. a new program version) is loaded again, without duplicating what is there
    with ws.unit_of_work() as uow:
        marker = uow.session.scalar(
            select(models.ContentVersion).where(models.ContentVersion.kind == "bundle")
        )
        assert marker is not None
        marker.version = "older"
        uow.commit()
    report = sync_content(ws)
    assert report.catalogs_added == [] and report.guides_added == []
    with ws.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count(models.CompetenceCatalog.id))) == catalogs
    ws.close()


def test_wrong_passphrase_after_a_crash_leaves_database_and_wal_untouched(tmp_path: Path) -> None:
    """A crash leaves a -wal file; a wrong key must not checkpoint it into the database."""
    import shutil

    from verbund_desktop.persistence.engine import raw_connect

    live = tmp_path / "live"
    live.mkdir()
    create_workspace(live / "ws.db", "richtig").close()
    conn = raw_connect(live / "ws.db", "richtig")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(
        "INSERT INTO network (id, name, region, description, created_at, updated_at) "
        "VALUES ('0f0f', 'Verbund Ost', '', '', '2026-01-01', '2026-01-01')"
    )
    conn.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in (
        "",
        "-wal",
        "-shm",
    ):  # copied while the writer still holds the WAL: the state after a crash
        source = Path(str(live / "ws.db") + suffix)
        if source.exists():
            shutil.copy(source, Path(str(crashed / "ws.db") + suffix))
    conn.close()
    files = sorted(crashed.iterdir())
    assert any(f.name.endswith("-wal") for f in files)
    # -shm is SQLite's shared-memory index of the WAL, rebuilt by every reader; it holds no data of its own.
    before = {f.name: sha(f) for f in files if not f.name.endswith("-shm")}
    with pytest.raises(WrongPassphraseError):
        open_workspace(crashed / "ws.db", "falsch")
    assert {f.name: sha(f) for f in sorted(crashed.iterdir()) if not f.name.endswith("-shm")} == before
    ws = open_workspace(crashed / "ws.db", "richtig")
    with ws.engine.connect() as c:
        assert c.execute(text("SELECT name FROM network")).scalar() == "Verbund Ost"
    ws.close()


def test_a_nul_character_in_the_passphrase_is_just_a_wrong_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "ws.db"
    create_workspace(path, "richtig").close()
    with pytest.raises(WrongPassphraseError):
        open_workspace(path, "rich\x00tig")


def test_schema_changes_refuse_a_connection_with_foreign_keys_on(tmp_path: Path) -> None:
    """With foreign keys on, a batch rebuild of ``company`` would cascade-delete every person: refused first."""
    path = tmp_path / "ws.db"
    ws = create_workspace(path, None)
    try:
        with pytest.raises(RuntimeError, match="foreign keys off"), ws.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "base")
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    finally:
        ws.close()
