"""Backups: written consistent and encrypted, verified, rotated, daily once; restore checks before it replaces."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, text

from verbund_desktop.persistence.backup import (
    BackupError,
    BackupKind,
    backup_path,
    create_backup,
    daily_backup_if_due,
    list_backups,
    prune_backups,
    rotating_backup,
    verify_backup,
)
from verbund_desktop.persistence.engine import make_schema_engine
from verbund_desktop.persistence.errors import NewerSchemaError, NotAWorkspaceError, WrongPassphraseError
from verbund_desktop.persistence.migrate import alembic_config
from verbund_desktop.persistence.models import Employee, Network
from verbund_desktop.persistence.restore import restore_backup, restore_into
from verbund_desktop.persistence.workspace import Workspace, create_workspace, open_workspace
from verbund_desktop.services.workspace.demo import create_demo_workspace

KEY = "Backup-Passphrase 1"
SQLITE_HEADER = b"SQLite format 3\x00"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def network_names(ws: Workspace) -> list[str]:
    with ws.unit_of_work() as uow:
        return list(uow.session.scalars(select(Network.name).order_by(Network.name)))


def rename_network(ws: Workspace, name: str) -> None:
    with ws.unit_of_work() as uow:
        network = uow.session.scalars(select(Network)).one()
        network.name = name
        uow.commit()


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("backup-template") / "verbund.db"
    create_demo_workspace(path, KEY).close()
    return path


@pytest.fixture
def ws(encrypted_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "verbund.db"
    shutil.copy(encrypted_template, path)
    workspace = open_workspace(path, KEY)
    yield workspace
    workspace.close()


def test_a_manual_backup_is_encrypted_verified_and_holds_uncheckpointed_commits(
    ws: Workspace, tmp_path: Path
) -> None:
    # Saves through a unit of work are checkpointed at once (file guard); a commit on the engine itself stays
    # in the WAL, which a backup must include as well.
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE network SET name = 'Verbund nach der letzten Änderung'"))
    assert Path(str(ws.path) + "-wal").stat().st_size > 0
    result = create_backup(ws, tmp_path / "manuell.db")
    assert result.encrypted and result.path.read_bytes()[:16] != SQLITE_HEADER
    copy = open_workspace(result.path, KEY)
    try:
        assert network_names(copy) == ["Verbund nach der letzten Änderung"]
    finally:
        copy.close()
    with pytest.raises(WrongPassphraseError):
        verify_backup(result.path, "eine andere Passphrase")


def test_a_backup_never_overwrites_and_is_never_the_workspace_itself(ws: Workspace, tmp_path: Path) -> None:
    existing = tmp_path / "da.db"
    existing.write_bytes(b"etwas anderes")
    with pytest.raises(BackupError, match="nicht überschrieben"):
        create_backup(ws, existing)
    assert existing.read_bytes() == b"etwas anderes"
    with pytest.raises(BackupError):
        create_backup(ws, ws.path)


def test_rotation_keeps_the_newest_of_each_kind(ws: Workspace) -> None:
    manual = [rotating_backup(ws, BackupKind.MANUAL, keep=3).path for _ in range(5)]
    daily = rotating_backup(ws, BackupKind.DAILY, keep=3).path
    listed = list_backups(ws.path)
    kept_manual = [b.path for b in listed if b.kind is BackupKind.MANUAL]
    assert kept_manual == list(reversed(manual[-3:]))  # newest first
    assert [b.path for b in listed if b.kind is BackupKind.DAILY] == [daily]
    assert not manual[0].exists() and not manual[1].exists()
    assert prune_backups(ws.path, BackupKind.MANUAL, 1) == kept_manual[1:]


def test_names_sort_by_time_and_never_collide(tmp_path: Path) -> None:
    db = tmp_path / "verbund.db"
    when = datetime(2026, 11, 26, 9, 30, 0)
    first = backup_path(tmp_path, db, BackupKind.DAILY, now=when)
    first.write_bytes(b"x")
    second = backup_path(tmp_path, db, BackupKind.DAILY, now=when)
    assert second != first and second.name == "verbund.taeglich-20261126-093000-2.db"
    second.write_bytes(b"x")
    backup_path(tmp_path, db, BackupKind.DAILY, now=when - timedelta(days=1)).write_bytes(b"x")
    (tmp_path / "verbund.fremd-20261126-093000.db").write_bytes(b"x")  # not ours: ignored
    created = [b.created for b in list_backups(db, tmp_path)]
    assert created == sorted(created, reverse=True) and len(created) == 3


def test_the_daily_backup_runs_once_per_day(ws: Workspace) -> None:
    today = date.today()
    first = daily_backup_if_due(ws, keep=5, today=today)
    assert first is not None and first.path.parent.name == "Sicherungen"
    assert daily_backup_if_due(ws, keep=5, today=today) is None
    assert daily_backup_if_due(ws, keep=5, today=today + timedelta(days=1)) is not None


def test_restore_replaces_the_database_and_keeps_the_current_one_aside(ws: Workspace) -> None:
    backup = rotating_backup(ws, BackupKind.MANUAL).path
    rename_network(ws, "Stand nach der Sicherung")
    path = ws.path
    ws.close()
    result = restore_backup(path, backup, KEY)
    assert result.aside is not None and result.aside.parent == path.parent / "Sicherungen"
    restored = open_workspace(path, KEY)
    aside = open_workspace(result.aside, KEY)
    try:
        assert network_names(restored) == ["Weiterbildungsverbund Südwestfalen (Demo)"]
        assert network_names(aside) == ["Stand nach der Sicherung"]  # its WAL moved along with it
    finally:
        restored.close()
        aside.close()


def test_restore_into_an_open_workspace_points_it_at_the_restored_file(ws: Workspace) -> None:
    backup = rotating_backup(ws, BackupKind.MANUAL).path
    rename_network(ws, "Später")
    result = restore_into(ws, backup)
    assert network_names(ws) == ["Weiterbildungsverbund Südwestfalen (Demo)"]
    rename_network(ws, "Nach der Wiederherstellung weitergearbeitet")  # the same object keeps working
    assert result.aside is not None and result.aside.exists()


@pytest.mark.parametrize(
    "damage",
    ["truncate", "flip-middle", "zero-page", "text", "foreign"],
)
def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(
    ws: Workspace, tmp_path: Path, damage: str
) -> None:
    good = rotating_backup(ws, BackupKind.MANUAL).path
    bad = tmp_path / "kaputt.db"
    data = bytearray(good.read_bytes())
    if damage == "truncate":
        bad.write_bytes(bytes(data[: len(data) // 3]))
    elif damage == "flip-middle":
        data[len(data) // 2] ^= 0xFF
        bad.write_bytes(bytes(data))
    elif damage == "zero-page":
        data[4096 * 5 : 4096 * 6] = bytes(4096)
        bad.write_bytes(bytes(data))
    elif damage == "text":
        bad.write_text("Das ist keine Sicherung.\n" * 100, encoding="utf-8")
    else:
        foreign = create_workspace(tmp_path / "leer.db", None)
        with foreign.engine.begin() as conn:
            conn.execute(text("DROP TABLE alembic_version"))
        foreign.close()
        shutil.copy(tmp_path / "leer.db", bad)
    before_db, before_bad = sha(ws.path), sha(bad)
    path = ws.path
    ws.close()
    with pytest.raises((BackupError, WrongPassphraseError, NotAWorkspaceError)) as caught:
        restore_backup(path, bad, KEY)
    assert str(caught.value) and "Traceback" not in str(caught.value)
    assert sha(path) == before_db and sha(bad) == before_bad
    assert not list(path.parent.glob("*.wiederherstellung*"))
    assert [b for b in list_backups(path) if b.kind is BackupKind.BEFORE_RESTORE] == []


def test_a_backup_from_a_newer_program_is_refused(ws: Workspace, tmp_path: Path) -> None:
    newer = tmp_path / "neuer.db"
    create_workspace(newer, KEY).close()
    future = open_workspace(newer, KEY)
    with future.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_zukunft'"))
    future.close()
    before = sha(ws.path)
    with pytest.raises(NewerSchemaError, match="neueren Version"):
        restore_into(ws, newer)
    assert sha(ws.path) == before
    assert len(network_names(ws)) == 1  # the workspace object still works on the untouched file


def test_a_backup_with_the_old_passphrase_is_rekeyed_to_the_current_one(
    ws: Workspace, tmp_path: Path
) -> None:
    old_backup = tmp_path / "alt.db"
    shutil.copy(ws.path, old_backup)
    from verbund_desktop.persistence.rekey import change_passphrase, verify_passphrase

    change_passphrase(ws, KEY, "Neue Passphrase 2")
    restore_into(ws, old_backup, KEY)  # the backup opens with the old passphrase only
    assert verify_passphrase(ws.path, "Neue Passphrase 2") and not verify_passphrase(ws.path, KEY)
    assert len(network_names(ws)) == 1


def test_an_unencrypted_backup_restored_into_an_encrypted_workspace_gets_encrypted(
    ws: Workspace, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.db"
    create_demo_workspace(plain, None).close()
    restore_into(ws, plain)
    assert ws.encrypted and ws.path.read_bytes()[:16] != SQLITE_HEADER
    with ws.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count(Employee.id))) == 14


def test_the_migration_backup_is_written_here_and_verified(tmp_path: Path) -> None:
    path = tmp_path / "alt.db"
    ws = create_workspace(path, KEY)
    with make_schema_engine(path, KEY).begin() as conn:
        command.downgrade(alembic_config(conn), "base")
        conn.execute(text("CREATE TABLE notiz (x TEXT)"))
        conn.execute(text("INSERT INTO notiz VALUES ('vor der Migration')"))
    ws.close()
    with pytest.raises(BackupError, match="leer"):  # no schema revision: not a backup one could restore
        verify_backup(path, KEY)
    ws = open_workspace(path, KEY)
    ws.close()
    assert ws.migration_backup is not None
    assert [b.kind for b in list_backups(path)] == [BackupKind.MIGRATION]
    assert ws.migration_backup.read_bytes()[:16] != SQLITE_HEADER
    old = open_workspace(ws.migration_backup, KEY, backup_dir=tmp_path / "b2")  # migrates the copy
    with old.engine.connect() as conn:
        assert conn.execute(text("SELECT x FROM notiz")).scalar() == "vor der Migration"
    old.close()
