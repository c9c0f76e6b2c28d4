"""A workspace file that an older program version left half created or half upgraded: the launcher says so in
German, offers the restore, and keeps the broken file aside; no traceback, nothing else changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.persistence.schema_revision2 import revision_2_available
from verbund_desktop.persistence.backup import BackupKind, list_backups, rotating_backup
from verbund_desktop.persistence.workspace import create_workspace, inspect_file
from verbund_desktop.services.workspace.workspace_service import sync_content
from verbund_desktop.ui.protection import backup_dialogs
from verbund_desktop.ui.protection.backup_dialogs import RestoreDialog
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes recorded instead of shown modally; the offer to restore is accepted, and in the restore
    dialog the advisor picks the daily backup (the backup made before an upgrade holds the broken state)."""
    messages: list[str] = []

    def record(_parent: Any, _title: str, message: str, *_args: Any) -> QMessageBox.StandardButton:
        messages.append(message)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        monkeypatch.setattr(backup_dialogs.QMessageBox, name, record)

    def pick_the_daily_backup(dialog: RestoreDialog) -> QDialog.DialogCode:
        (row,) = [
            r
            for r in range(dialog.table.rowCount())
            if dialog.table.item(r, 0).text() == "Tägliche Sicherung"
        ]
        dialog.table.selectRow(row)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", pick_the_daily_backup)
    return messages


def _workspace_with_a_backup(path: Path) -> None:
    ws = create_workspace(path, None)
    sync_content(ws)
    rotating_backup(ws, BackupKind.DAILY)
    ws.close()


def test_a_half_created_file_is_explained_and_restored_from_a_backup(
    qtbot: QtBot, tmp_path: Path, shown: list[str]
) -> None:
    path = tmp_path / "verbund.db"
    _workspace_with_a_backup(path)
    path.unlink()
    conn = sqlite3.connect(path)  # what a killed creation of the older version left: some tables, no revision
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.execute("CREATE TABLE network (id CHAR(32) PRIMARY KEY, name VARCHAR)")
    conn.commit()
    conn.close()
    broken = path.read_bytes()
    restored = WorkspaceLauncher().open_path(path)
    assert restored is not None
    restored.close()
    assert any("unvollständig" in message and "Sicherung" in message for message in shown)
    (aside,) = [b for b in list_backups(path) if b.kind is BackupKind.BEFORE_RESTORE]
    assert aside.path.read_bytes() == broken


def test_a_half_upgraded_file_is_explained_and_restored_from_a_backup(
    qtbot: QtBot, tmp_path: Path, shown: list[str]
) -> None:
    path = tmp_path / "verbund.db"
    _workspace_with_a_backup(path)
    conn = sqlite3.connect(path)  # an older version committed the new table of revision 2, then died
    conn.execute("CREATE TABLE kill_test_note (id INTEGER PRIMARY KEY, event_id VARCHAR, text VARCHAR)")
    conn.commit()
    conn.close()
    with revision_2_available():
        restored = WorkspaceLauncher().open_path(path)
        assert restored is not None
        restored.close()
    assert any("halb aktualisiert" in message for message in shown)
    assert inspect_file(path, None).revision == "0002_kill_test"  # the restored backup upgraded as a whole
    assert "kill_test_note" in inspect_file(path, None).tables
