"""Backups in the program: the daily one on open, restore from the menu, and the offer for damaged files."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text, update

from verbund_desktop.persistence.backup import BackupKind, list_backups, rotating_backup
from verbund_desktop.persistence.models import Company
from verbund_desktop.persistence.restore import STEPS
from verbund_desktop.persistence.workspace import Workspace, create_workspace, open_workspace
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.ui.protection import backup_dialogs
from verbund_desktop.ui.protection.backup_dialogs import RestoreChoice, RestoreDialog
from verbund_desktop.ui.protection.restore_job import restore_open_workspace
from verbund_desktop.ui.shell import launcher as launcher_module
from verbund_desktop.ui.shell.app import DesktopApplication
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher
from verbund_desktop.ui.shell.main_window import MainWindow


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record information/warning boxes instead of showing them modally; answer questions with Yes."""
    shown: list[str] = []

    def record(_parent: Any, _title: str, message: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append(message)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question"):
        monkeypatch.setattr(backup_dialogs.QMessageBox, name, record)
    return shown


def accept_first_backup(monkeypatch: pytest.MonkeyPatch, passphrase: str = "") -> None:
    def exec_(self: RestoreDialog) -> QDialog.DialogCode:
        self.passphrase_edit.setText(passphrase)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", exec_)


def test_the_restore_dialog_lists_backups_newest_first(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    older = rotating_backup(demo_ws, BackupKind.DAILY).path
    newer = rotating_backup(demo_ws, BackupKind.MANUAL).path
    dialog = RestoreDialog(demo_ws.path, ask_passphrase=False)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 3).text() for r in range(2)] == [newer.name, older.name]
    assert dialog.table.item(0, 0).text() == "Manuelle Sicherung"
    assert dialog.choice() == RestoreChoice(newer, None)  # the newest is preselected; own passphrase
    other = tmp_path / "woanders.db"
    dialog.set_other_file(other)
    assert dialog.choice() == RestoreChoice(other, None)


def test_restoring_from_the_menu_brings_the_old_state_back_into_the_open_window(
    qtbot: QtBot, demo_ws: Workspace, no_message_boxes: list[str]
) -> None:
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    backup = rotating_backup(demo_ws, BackupKind.MANUAL).path
    with demo_ws.unit_of_work() as uow:
        uow.session.execute(update(Company).where(Company.name.like("Bäckerei%")).values(name="Umbenannt"))
        uow.commit()
    window.reload()
    qtbot.waitUntil(lambda: not window.updating)
    assert "Umbenannt" in {c.name for c in window.directory.companies()}
    qtbot.waitUntil(lambda: not window.context.jobs.running)  # a restore waits for the window's own jobs
    restore = restore_open_workspace(window, window.context, RestoreChoice(backup, None))
    assert (
        restore is not None and restore.dialog.isVisible() and restore.dialog.maximum() == STEPS
    )  # progress, window-modal
    qtbot.waitUntil(lambda: restore.job.done)
    result = restore.result
    assert restore.job.outcome == "finished" and result is not None and result.aside is not None
    assert not restore.dialog.isVisible()
    assert "Bäckerei Möller GmbH" in {c.name for c in window.directory.companies()}
    assert window.model.rowCount(window.model.index(0, 0)) == 3
    assert any("Wiederhergestellt" in message for message in no_message_boxes)


def test_opening_a_damaged_workspace_offers_a_backup_and_keeps_the_damaged_file(
    qtbot: QtBot,
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_message_boxes: list[str],
) -> None:
    path = tmp_path / "verbund.db"
    shutil.copy(demo_template, path)
    ws = open_workspace(path)
    rotating_backup(ws, BackupKind.DAILY)
    ws.close()
    path.write_bytes(path.read_bytes()[:300])  # truncated, e.g. by a full disk
    damaged = path.read_bytes()
    accept_first_backup(monkeypatch)
    restored = WorkspaceLauncher().open_path(path)
    assert restored is not None
    try:
        assert len(Directory(restored).employees()) == 14
    finally:
        restored.close()
    assert any("abgeschnitten" in message for message in no_message_boxes)
    (aside,) = [b for b in list_backups(path) if b.kind is BackupKind.BEFORE_RESTORE]
    assert aside.path.read_bytes() == damaged


def test_a_newer_workspace_is_not_replaced_when_the_offer_is_declined(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "neu.db"
    ws = create_workspace(path, None)
    rotating_backup(ws, BackupKind.DAILY)
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_zukunft'"))
    ws.close()
    before = sha(path)
    asked: list[str] = []

    def decline(_parent: Any, _title: str, message: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(message)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(backup_dialogs.QMessageBox, "question", decline)
    assert WorkspaceLauncher().open_path(path) is None
    assert len(asked) == 1 and "neueren Version" in asked[0] and "Sicherung" in asked[0]
    assert sha(path) == before


def test_the_daily_backup_runs_once_a_day_after_the_window_shows_with_the_status_bar_saying_so(
    qtbot: QtBot, qapp: QApplication, demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "verbund.db"
    shutil.copy(demo_template, path)
    desktop = DesktopApplication(qapp)
    for _ in range(2):
        ws = WorkspaceLauncher().open_path(path)
        assert ws is not None
        window = MainWindow(ws)
        qtbot.addWidget(window)
        desktop.show(window)  # shows the window, then starts the backup in a job
        assert window.jobs.running or window.statusBar().currentMessage().startswith("Tägliche Sicherung")
        qtbot.waitUntil(lambda w=window: not w.jobs.running and "Sicherung" in w.statusBar().currentMessage())
        window.close()
        ws.close()
    if desktop.channel is not None:
        desktop.channel.close()
    assert [b.kind for b in list_backups(path)] == [BackupKind.DAILY]


class ScriptedPassphrase:
    """Stands in for the modal passphrase dialog: answers once, then the user cancels."""

    answers: ClassVar[list[str | None]] = []

    def __init__(self, *_args: object) -> None:
        self._answer = ScriptedPassphrase.answers.pop(0) if ScriptedPassphrase.answers else None

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Rejected if self._answer is None else QDialog.DialogCode.Accepted

    def passphrase(self) -> str:
        assert self._answer is not None
        return self._answer


@pytest.fixture(scope="module")
def encrypted_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("launcher-hypothesis") / "verbund.db"
    create_workspace(path, "Die richtige Passphrase").close()
    return path


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(attempt=st.text(max_size=60))
@example(attempt="Die richtige Passphrase")
@example(attempt="Die richtige Passphrase\x00")
def test_any_text_in_the_passphrase_dialog_opens_only_with_the_key_and_changes_nothing(
    qtbot: QtBot,
    encrypted_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_message_boxes: list[str],
    attempt: str,
) -> None:
    monkeypatch.setattr(launcher_module, "PassphraseDialog", ScriptedPassphrase)
    ScriptedPassphrase.answers = [attempt]
    before = sha(encrypted_file)
    ws = WorkspaceLauncher().open_path(encrypted_file)
    if ws is not None:
        ws.close()
    assert (ws is not None) is (attempt == "Die richtige Passphrase")
    if ws is None:
        assert sha(encrypted_file) == before
    with open_workspace(encrypted_file, "Die richtige Passphrase").engine.connect() as conn:
        assert conn.execute(select(1)).scalar() == 1
