"""Schema changes are all-or-nothing: a failed upgrade leaves the file as it was, creation appears complete or
not at all, half-built files from older program versions are refused with a message, and failed attempts never
rotate the good backup away. Revision 2 here exists only in the tests (tests/persistence/schema_revision2)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.persistence.schema_revision2 import REVISION_1, REVISION_2, revision_2_available
from verbund_desktop.cli.main import main as cli_main
from verbund_desktop.persistence.backup import (
    BackupKind,
    list_backups,
    migration_backup,
    prune_backups,
    verify_backup,
)
from verbund_desktop.persistence.engine import make_engine, make_schema_engine, raw_connect
from verbund_desktop.persistence.errors import (
    IncompleteSchemaError,
    UpgradeFailedError,
    WorkspaceExistsError,
)
from verbund_desktop.persistence.files import move_into_place
from verbund_desktop.persistence.models import AuditEvent
from verbund_desktop.persistence.workspace import (
    Workspace,
    building_path,
    create_workspace,
    inspect_file,
    open_workspace,
)
from verbund_desktop.services.workspace.workspace_service import create_new

KEY = "Schema in einem Zug"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(path: Path, passphrase: str | None) -> dict[str, list[tuple[object, ...]]]:
    conn = raw_connect(path, passphrase)
    try:
        names = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {name: sorted(map(tuple, conn.execute(f'SELECT * FROM "{name}"')), key=repr) for name in names}
    finally:
        conn.close()


def _workspace_at_revision_1(path: Path, passphrase: str | None) -> None:
    ws = create_new(path, passphrase, network_name="Verbund Süd", advisor_name="Jörg Übel")
    with ws.unit_of_work() as uow:
        for n in range(3):
            uow.session.add(AuditEvent(actor=f"Prüferin {n}", action="test", entity_type="network"))
        uow.commit()
    ws.close()


@pytest.mark.parametrize("passphrase", [None, KEY])
def test_a_failing_upgrade_leaves_the_file_exactly_as_it_was(
    tmp_path: Path, passphrase: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ws.db"
    _workspace_at_revision_1(path, passphrase)
    before_bytes, before_rows = sha(path), _rows(path, passphrase)
    monkeypatch.setenv("VERBUND_TEST_MIGRATION_FAIL", "1")  # fails after every CREATE, ALTER and UPDATE ran
    with revision_2_available():
        _fail_then_succeed(path, passphrase, tmp_path / "Sicherungen", before_bytes, before_rows, monkeypatch)


def _fail_then_succeed(
    path: Path,
    passphrase: str | None,
    folder: Path,
    before_bytes: str,
    before_rows: dict[str, list[tuple[object, ...]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for _attempt in range(3):
        with pytest.raises(UpgradeFailedError, match="vollständig zurückgenommen"):
            open_workspace(path, passphrase, backup_dir=folder)
        assert sha(path) == before_bytes
        assert not Path(str(path) + "-wal").exists()
        assert inspect_file(path, passphrase).revision == REVISION_1
    assert _rows(path, passphrase) == before_rows
    assert len(list_backups(path, folder)) == 1  # one backup for one state, not one per try
    monkeypatch.delenv("VERBUND_TEST_MIGRATION_FAIL")
    ws = open_workspace(path, passphrase, backup_dir=folder)
    ws.close()
    after = _rows(path, passphrase)
    assert inspect_file(path, passphrase).revision == REVISION_2
    assert sorted(r[2] for r in after["kill_test_note"]) == ["Prüferin 0", "Prüferin 1", "Prüferin 2"]


def test_ddl_in_a_schema_transaction_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "ddl.db"
    create_workspace(path).close()
    engine = make_schema_engine(path, None)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("CREATE TABLE kommt_nicht (x TEXT)"))
        conn.execute(text("ALTER TABLE network ADD COLUMN auch_nicht TEXT"))
        raise RuntimeError("abort")
    with engine.connect() as conn:
        names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(network)"))}
    engine.dispose()
    assert "kommt_nicht" not in names and "auch_nicht" not in columns


@pytest.mark.parametrize("passphrase", [None, KEY])
def test_both_engines_keep_wal_and_synchronous_full_and_only_schema_changes_run_without_foreign_keys(
    tmp_path: Path, passphrase: str | None
) -> None:
    """Foreign keys are off only for schema changes (SQLite's procedure; checked before the commit)."""
    path = tmp_path / "pragmas.db"
    create_workspace(path, passphrase).close()
    for engine, foreign_keys in (
        (make_engine(path, passphrase), 1),
        (make_schema_engine(path, passphrase), 0),
    ):
        with engine.connect() as conn:
            modes = [conn.execute(text(f"PRAGMA {p}")).scalar() for p in ("journal_mode", "synchronous")]
            assert modes == ["wal", 2]
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == foreign_keys
        engine.dispose()


def test_ordinary_units_of_work_commit_and_roll_back_as_before(tmp_path: Path) -> None:
    ws = create_workspace(tmp_path / "uow.db")
    with ws.unit_of_work() as uow:
        uow.session.add(AuditEvent(actor="bleibt", action="a", entity_type="t"))
        uow.commit()
    with ws.unit_of_work() as uow:
        uow.session.add(AuditEvent(actor="verworfen", action="a", entity_type="t"))
        uow.flush()
    with ws.engine.connect() as conn:
        actors = set(conn.execute(text("SELECT actor FROM audit_event")).scalars())
    ws.close()
    assert actors == {"bleibt"}


def test_creation_that_fails_leaves_no_file_and_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "neu.db"

    def fail(_ws: Workspace) -> None:
        raise RuntimeError("while the first records are written")

    with pytest.raises(RuntimeError):
        create_workspace(path, KEY, initialize=fail)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_creation_clears_the_remains_of_a_killed_creation_and_leaves_only_the_workspace(
    tmp_path: Path,
) -> None:
    path = tmp_path / "neu.db"
    building = building_path(path)
    building.write_bytes(b"half built")
    Path(str(building) + "-journal").write_bytes(b"journal")
    create_workspace(path, KEY).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neu.db"]
    assert inspect_file(path, KEY).revision == REVISION_1


def test_moving_into_place_never_replaces_a_file_that_appeared_meanwhile(tmp_path: Path) -> None:
    built, dest = tmp_path / "a.entsteht", tmp_path / "a.db"
    built.write_bytes(b"new")
    dest.write_bytes(b"someone else's")
    with pytest.raises(FileExistsError):
        move_into_place(built, dest)
    assert dest.read_bytes() == b"someone else's"


def test_create_refuses_an_existing_file_without_touching_it(tmp_path: Path) -> None:
    path = tmp_path / "da.db"
    path.write_bytes(b"x" * 1024)
    with pytest.raises(WorkspaceExistsError):
        create_workspace(path)
    assert path.read_bytes() == b"x" * 1024


def _half_created_by_an_old_version(path: Path) -> None:
    """What a killed creation of the earlier program left: alembic_version empty and a few tables committed."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.execute("CREATE TABLE audit_event (id CHAR(32) PRIMARY KEY, actor VARCHAR)")
    conn.execute("CREATE TABLE network (id CHAR(32) PRIMARY KEY, name VARCHAR)")
    conn.commit()
    conn.close()


def test_a_half_created_file_is_refused_with_a_message_and_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "halb.db"
    _half_created_by_an_old_version(path)
    before = sha(path)
    for _attempt in range(3):
        with pytest.raises(IncompleteSchemaError, match=r"unvollständig.*Sicherung wiederherstellen"):
            open_workspace(path, None, backup_dir=tmp_path / "Sicherungen")
    assert sha(path) == before
    assert list_backups(path, tmp_path / "Sicherungen") == []


def test_a_half_upgraded_file_is_reported_and_stays_as_it_was(tmp_path: Path) -> None:
    """An old version committed part of revision 2 (the new table) and then died before the version row."""
    path = tmp_path / "halb2.db"
    _workspace_at_revision_1(path, None)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kill_test_note (id INTEGER PRIMARY KEY, event_id VARCHAR, text VARCHAR)")
    conn.commit()
    conn.close()
    before = _rows(path, None)
    with revision_2_available(), pytest.raises(UpgradeFailedError, match="halb aktualisiert"):
        open_workspace(path, None, backup_dir=tmp_path / "Sicherungen")
    assert _rows(path, None) == before
    backups = list_backups(path, tmp_path / "Sicherungen")
    assert len(backups) == 1
    verify_backup(backups[0].path, None)


def test_rotation_keeps_the_only_backup_of_an_older_revision(tmp_path: Path) -> None:
    """Many migration backups of a newer state must not push out the one backup of revision 1."""
    path = tmp_path / "ws.db"
    folder = tmp_path / "Sicherungen"
    create_workspace(path).close()
    good = migration_backup(path, None, REVISION_1, folder, keep=3)
    for n in range(6):  # later states of the file, each a different content
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = ?", (f"0000_alt{n % 2}",))
        conn.execute(
            "INSERT INTO workspace_setting (id, key, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (f"{n:032x}", f"k{n}", "1", "2026-01-01 00:00:00", "2026-01-01 00:00:00"),
        )
        conn.commit()
        conn.close()
        migration_backup(path, None, f"0000_alt{n % 2}", folder, keep=3)
    kept = list_backups(path, folder)
    assert good in [b.path for b in kept]
    assert len(kept) == 3 + 1  # the newest three, and the only backup of revision 1
    assert prune_backups(path, BackupKind.MIGRATION, 1, folder)  # even with keep=1 ...
    assert good in [b.path for b in list_backups(path, folder)]  # ... the only backup of a revision stays


def test_a_migration_backup_is_made_once_per_state(tmp_path: Path) -> None:
    path = tmp_path / "ws.db"
    folder = tmp_path / "Sicherungen"
    create_workspace(path, KEY).close()
    first = migration_backup(path, KEY, REVISION_1, folder)
    assert migration_backup(path, KEY, REVISION_1, folder) == first
    ws = open_workspace(path, KEY)
    with ws.unit_of_work() as uow:
        uow.session.add(AuditEvent(actor="neu", action="a", entity_type="t"))
        uow.commit()
    ws.close()
    second = migration_backup(path, KEY, REVISION_1, folder)
    assert second != first
    assert [b.path for b in list_backups(path, folder)] == [second, first]


def test_the_cli_reports_a_half_created_file_in_german_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "halb.db"
    _half_created_by_an_old_version(path)
    before = sha(path)
    assert cli_main(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "unvollständig" in err and "Traceback" not in err
    assert sha(path) == before
