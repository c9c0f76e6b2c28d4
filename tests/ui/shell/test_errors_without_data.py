"""A failed save shows a German sentence, never the statement, its parameters or row contents — not in the
dialog, not in the log file, not on stderr; an internal error is an apology that names the log file."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from tests.ui.keyboard import type_text
from tests.ui.needs.test_company_interview import (
    COMPANY,
    focus,
    focused_block,
    open_interview_tab_by_keyboard,
    press,
    stored,
)
from tests.ui.shell.test_main_window import make_window
from verbund_desktop.logfile import configure_logging, log_path
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.companies import CompanyInput, create_company
from verbund_desktop.ui.common import operations
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.shell.main_window import MainWindow

MARKER = "Vertraulich: Änne Schröder ist seit März in Therapie"


class Dialogs:
    """Stands in for QMessageBox.warning/critical (a modal box would block the test) and keeps the texts."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def warning(self, _parent: Any, title: str, text: str, *args: Any) -> None:
        self.shown.append(("warning", f"{title}\n{text}"))

    def critical(self, _parent: Any, title: str, text: str, *args: Any) -> None:
        self.shown.append(("critical", f"{title}\n{text}"))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    box = Dialogs()
    monkeypatch.setattr(operations.QMessageBox, "warning", box.warning)
    monkeypatch.setattr(operations.QMessageBox, "critical", box.critical)
    return box


@pytest.fixture
def logfile() -> Path:
    path = configure_logging()
    assert path is not None and path == log_path()
    return path


def fail_writes_of(ws: Workspace, error: Exception) -> None:
    """Fault injection at the driver: every statement that carries the marker fails as SQLite would. The error
    text itself quotes the marker, as a careless driver message could, to prove no message is ever shown."""

    @event.listens_for(ws.engine, "before_cursor_execute")
    def _fail(_conn: Any, _cursor: Any, _statement: str, parameters: Any, *_: Any) -> None:
        if MARKER in repr(parameters):
            raise error


def flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError(f"database or disk is full ({MARKER})"), "Der Datenträger"),
        (sqlite3.DatabaseError(f"unexpected failure near {MARKER}"), "interner Fehler"),
    ],
    ids=["disk-full", "unknown-database-error"],
)
def test_a_failed_note_save_shows_the_cause_and_the_note_in_no_dialog_log_or_stderr(
    qtbot: QtBot,
    demo_ws: Workspace,
    dialogs: Dialogs,
    logfile: Path,
    capfd: pytest.CaptureFixture[str],
    error: Exception,
    expected: str,
) -> None:
    create_company(demo_ws, CompanyInput(COMPANY, 14, contact_name="Jörg Größner"), actor="Test")
    window: MainWindow = make_window(qtbot, demo_ws)
    view = open_interview_tab_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: focus() is view.start_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused_block(view) is view.blocks["branche"])
    press(qtbot, Qt.Key.Key_F2)
    assert focus() is view.blocks["branche"].note
    saved_before = window.saved_label.text()
    fail_writes_of(demo_ws, error)
    type_text(qtbot, focus(), MARKER)
    press(qtbot, Qt.Key.Key_Return)  # saves the note: the injected failure strikes here
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    flush_logs()

    kind, text = dialogs.shown[0]
    assert expected in text
    assert MARKER not in text and "Änne" not in text and "INSERT" not in text and "UPDATE" not in text
    if expected == "interner Fehler":
        assert kind == "critical" and str(logfile) in text
    log_text = logfile.read_text(encoding="utf-8")
    assert type(error).__name__ in log_text  # the class is logged …
    assert MARKER not in log_text and "Therapie" not in log_text  # … its message and the note are not
    out, err = capfd.readouterr()
    assert MARKER not in out and MARKER not in err
    assert stored(demo_ws, COMPANY)[2].get("branche") in (None, "")  # nothing of the note was saved
    assert window.saved_label.text() == saved_before  # and nothing was reported as saved


def test_a_bug_is_an_apology_with_the_log_file_not_its_english_text(
    qtbot: QtBot, dialogs: Dialogs, logfile: Path
) -> None:
    def buggy() -> int:
        return int("zwölf")

    assert run_action(None, None, buggy) is None
    flush_logs()
    kind, text = dialogs.shown[0]
    assert kind == "critical"
    assert "interner Fehler" in text and str(logfile) in text
    assert "invalid literal" not in text and "zwölf" not in text
    log_text = logfile.read_text(encoding="utf-8")
    assert "builtins.ValueError" in log_text and "buggy" in log_text  # class and where it happened
    assert "invalid literal" not in log_text


def test_a_user_error_is_shown_as_its_german_sentence(
    qtbot: QtBot, dialogs: Dialogs, demo_ws: Workspace
) -> None:
    from verbund_desktop.services.workspace.workspace_service import create_new

    def no_name() -> object:
        return create_new(demo_ws.path.with_name("x.db"), None, network_name=" ", advisor_name="A")

    assert run_action(None, None, no_name) is None
    assert dialogs.shown == [("warning", "Verbund Desktop\nBitte einen Namen für den Verbund angeben.")]


def test_a_save_while_another_program_holds_the_write_lock_names_that(
    qtbot: QtBot, dialogs: Dialogs, demo_ws: Workspace
) -> None:
    other = sqlite3.connect(str(demo_ws.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a second program in the middle of a save
    try:
        result = run_action(
            None, None, lambda: create_company(demo_ws, CompanyInput("Bäckerei Kühn", 5), actor="Test")
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result is None
    kind, text = dialogs.shown[0]
    assert kind == "warning" and "von einem anderen Programm beschrieben" in text
    assert "locked" not in text


def test_qt_warnings_go_to_the_log_file(qtbot: QtBot, logfile: Path) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from verbund_desktop.ui.shell.app import qt_message_handler

    previous = qInstallMessageHandler(qt_message_handler)
    try:
        qWarning("Testwarnung aus Qt")
    finally:
        qInstallMessageHandler(previous)  # give pytest-qt its capture back
    flush_logs()
    assert "Qt (default): Testwarnung aus Qt" in logfile.read_text(encoding="utf-8")
