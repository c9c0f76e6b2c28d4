"""Auto-lock: idle time hides every window's content, input is kept, only the database key unlocks."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.ui.keyboard import type_text
from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.workspace.demo import COMPANIES, create_demo_workspace
from verbund_desktop.services.workspace.workspace_service import open_existing
from verbund_desktop.ui.common import settings as app_settings
from verbund_desktop.ui.protection.lock import IdleLock
from verbund_desktop.ui.protection.settings_dialog import SettingsDialog
from verbund_desktop.ui.shell.main_window import MainWindow

KEY = "Sperrbildschirm 2026"
NAMES = {n for c in COMPANIES for p in c.people for n in (p.first, p.last)}


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lock") / "verbund.db"
    create_demo_workspace(path, KEY).close()
    return path


@pytest.fixture
def encrypted_ws(encrypted_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    shutil.copy(encrypted_template, tmp_path / "verbund.db")
    ws = open_existing(tmp_path / "verbund.db", KEY)
    yield ws
    ws.close()


def visible_texts(top: QWidget) -> list[str]:
    """Every text a person could read on screen in ``top`` right now."""
    texts = [top.windowTitle()]
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
    return texts


def shows_a_name(top: QWidget) -> bool:
    return any(name in text for text in visible_texts(top) for name in NAMES)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_idle_time_hides_all_personal_data_and_keeps_unsaved_input(
    qtbot: QtBot, encrypted_ws: Workspace, tmp_path: Path
) -> None:
    window = make_window(qtbot, encrypted_ws)
    lock = window.protection.lock
    assert lock.timeout_seconds == 600  # the default: 10 minutes
    assert window.select("employee", _employee_id(window, "Weiß"))
    assert shows_a_name(window)
    type_text(qtbot, window.filter_edit, "Jürgen")  # typed, never saved anywhere
    settings_dialog = window.protection.show_settings()
    qtbot.addWidget(settings_dialog)
    type_text(qtbot, settings_dialog.new_edit, "halb getippt")
    window.activateWindow()

    lock.set_timeout_seconds(0.05)
    qtbot.waitUntil(lambda: lock.is_locked)

    screen = lock.lock_screen
    assert screen is not None and screen.isVisible()
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert not shows_a_name(window)
    assert not settings_dialog.new_edit.isVisible() and settings_dialog.isVisible()
    out = Path(os.environ.get("VERBUND_SCREENSHOTS", tmp_path))  # docs/screenshots when asked to
    assert window.grab().save(str(out / "sperrbildschirm.png"))

    before = sha(encrypted_ws.path)
    type_text(qtbot, screen.edit, "falsche Passphrase")
    qtbot.keyClick(screen.edit, Qt.Key.Key_Return)
    assert lock.is_locked and "falsch" in screen.error_label.text() and screen.edit.text() == ""
    assert sha(encrypted_ws.path) == before

    type_text(qtbot, screen.edit, KEY)
    qtbot.keyClick(screen.edit, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert window.centralWidget().isVisible() and window.menuBar().isVisible()
    assert window.filter_edit.text() == "Jürgen"
    assert settings_dialog.new_edit.isVisible() and settings_dialog.new_edit.text() == "halb getippt"
    assert shows_a_name(window)


def _employee_id(window: MainWindow, last_name: str) -> object:
    return next(e.id for e in window.directory.employees() if e.last_name == last_name)


def test_while_locked_keys_and_shortcuts_reach_nothing_but_the_lock_screen(
    qtbot: QtBot, encrypted_ws: Workspace
) -> None:
    window = make_window(qtbot, encrypted_ws)
    lock = window.protection.lock
    window.filter_edit.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Extras → Jetzt sperren
    assert lock.is_locked
    qtbot.keyClicks(window.filter_edit, "abc")
    assert window.filter_edit.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Suchen: swallowed
    assert not window.filter_edit.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Beenden: swallowed too
    assert window.isVisible() and lock.is_locked
    screen = lock.lock_screen
    assert screen is not None
    type_text(qtbot, screen.edit, KEY)
    screen.button.click()
    assert not lock.is_locked


def test_input_postpones_the_lock(qtbot: QtBot, demo_ws: Workspace) -> None:
    now = [1000.0]
    window = QMainWindow()
    qtbot.addWidget(window)
    edit = QLineEdit()
    window.setCentralWidget(edit)
    window.show()
    qtbot.waitExposed(window)
    lock = IdleLock(window, demo_ws, minutes=10, clock=lambda: now[0])
    now[0] += 599
    qtbot.keyClick(edit, Qt.Key.Key_A)  # activity just before the deadline
    now[0] += 2
    lock._check_idle()
    assert not lock.is_locked
    now[0] += 600
    lock._check_idle()
    assert lock.is_locked
    assert lock.lock_screen is not None and lock.lock_screen.edit.isHidden()  # unencrypted: a click unlocks
    assert lock.try_unlock("")
    assert edit.text() == "a"


def test_the_settings_dialog_sets_the_lock_time_and_backups(qtbot: QtBot, encrypted_ws: Workspace) -> None:
    window = make_window(qtbot, encrypted_ws)
    dialog = SettingsDialog(window.context, window.protection.lock, window)
    qtbot.addWidget(dialog)
    assert dialog.lock_minutes.value() == 10 and dialog.backups_to_keep.value() == 10
    dialog.lock_minutes.setValue(3)
    dialog.backups_to_keep.setValue(4)
    dialog.accept()
    assert app_settings.AUTO_LOCK_MINUTES.get() == 3 and app_settings.BACKUPS_TO_KEEP.get() == 4
    assert window.protection.lock.timeout_seconds == 180


def test_changing_the_passphrase_in_the_settings_then_unlocking_with_it(
    qtbot: QtBot, encrypted_ws: Workspace
) -> None:
    window = make_window(qtbot, encrypted_ws)
    dialog = SettingsDialog(window.context, window.protection.lock, window)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.old_edit, KEY)
    type_text(qtbot, dialog.new_edit, "Neue Passphrase für den Zug")
    type_text(qtbot, dialog.repeat_edit, "Neue Passphrase für den Zug!")
    assert not dialog.apply_passphrase() and "nicht überein" in dialog.passphrase_status.text()
    assert dialog.repeat_edit.text() == ""  # cleared after every attempt
    type_text(qtbot, dialog.old_edit, KEY)
    type_text(qtbot, dialog.new_edit, "Neue Passphrase für den Zug")
    type_text(qtbot, dialog.repeat_edit, "Neue Passphrase für den Zug")
    assert dialog.apply_passphrase(), dialog.passphrase_status.text()
    assert "geändert" in dialog.passphrase_status.text()
    assert dialog.old_edit.text() == dialog.new_edit.text() == ""  # nothing kept in the widgets
    lock = window.protection.lock
    lock.lock()
    assert not lock.try_unlock(KEY)
    assert lock.try_unlock("Neue Passphrase für den Zug")
    assert len(window.directory.employees()) == 14  # the window reads the re-keyed file


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(attempt=st.text(max_size=60))
def test_any_input_in_the_lock_screen_unlocks_only_with_the_key(
    qtbot: QtBot, encrypted_ws: Workspace, attempt: str
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(window, encrypted_ws)
    lock.lock()
    before = sha(encrypted_ws.path)
    unlocked = lock.try_unlock(attempt)
    assert unlocked is (attempt == KEY) and lock.is_locked is not unlocked
    if not unlocked:
        screen = lock.lock_screen
        assert screen is not None and screen.error_label.text().startswith(("Die Passphrase", "Bitte"))
    assert sha(encrypted_ws.path) == before
    lock.unlock()
    window.close()


def test_an_open_modal_dialog_gets_the_unlock_field_and_keeps_its_input(
    qtbot: QtBot, encrypted_ws: Workspace
) -> None:
    window = make_window(qtbot, encrypted_ws)
    lock = window.protection.lock
    dialog = QDialog(window)
    dialog.setModal(True)
    draft = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(draft)
    dialog.resize(220, 90)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, draft, "Entwurf, nicht gespeichert")
    assert QApplication.activeModalWidget() is dialog  # input to the main window is blocked now
    lock.lock()
    screen = lock.lock_screen
    assert screen is not None and screen.parentWidget() is dialog and screen.isVisible()
    assert not draft.isVisible() and not window.centralWidget().isVisible()
    type_text(qtbot, screen.edit, KEY)
    qtbot.keyClick(screen.edit, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert draft.isVisible() and draft.text() == "Entwurf, nicht gespeichert"
    assert (dialog.width(), dialog.height()) == (220, 90)
    dialog.reject()


def test_a_closed_window_never_locks(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    lock = window.protection.lock
    window.close()
    lock.lock()
    assert not lock.is_locked


def test_while_locked_no_window_title_shows_a_name_and_the_passphrase_is_zeroed(
    qtbot: QtBot, encrypted_ws: Workspace
) -> None:
    window = make_window(qtbot, encrypted_ws)
    lock = window.protection.lock
    preview = QDialog(window)
    preview.setWindowTitle("Vorschau – Entwicklungsplan Änne Schröder")
    preview.show()
    qtbot.waitExposed(preview)
    titles = {window: window.windowTitle(), preview: preview.windowTitle()}
    secret = encrypted_ws._secret
    assert secret is not None and not secret.cleared
    lock.lock()
    assert {w.windowTitle() for w in titles} == {"Verbund Desktop – gesperrt"}
    assert secret.cleared and bytes(secret._secret) == b""
    with encrypted_ws.unit_of_work() as uow:  # the open connection stays usable (a save finishing now)
        assert uow.session.execute(text("SELECT count(*) FROM employee")).scalar_one() > 0
    screen = lock.lock_screen
    assert screen is not None
    type_text(qtbot, screen.edit, KEY)
    qtbot.keyClick(screen.edit, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert {w: w.windowTitle() for w in titles} == titles
    assert encrypted_ws._passphrase == KEY  # held again, once, after it opened the file
    preview.close()
