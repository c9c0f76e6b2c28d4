"""UI test fixtures: a demo workspace per module (unencrypted: fast) and fresh QSettings per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from tests.ui.dialogs import stop_pollers
from tests.ui.patience import PatientQtBot
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.workspace.workspace_service import open_existing


@pytest.fixture
def qtbot(qapp: QApplication, request: pytest.FixtureRequest) -> PatientQtBot:
    """pytest-qt's fixture, with waits that only a hang ends (see ``patience``)."""
    return PatientQtBot(request)


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    QCoreApplication.setOrganizationName("Verbund Desktop Tests")
    QCoreApplication.setApplicationName("Verbund Desktop Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


# The functions that open the dialogs tests answer or replace. A test replaces them with ``monkeypatch`` (undone
# after it); one assigned them for good (tests/ui/sync/test_sync_ui.py did), and every later test on the same
# worker got no box: tests/ui/shell/test_second_start.py then saw none, or waited 240 s for one.
_DIALOG_FUNCTIONS = {
    (cls, name): value
    for cls in (QMessageBox, QDialog, QFileDialog, QInputDialog)
    for name, value in vars(cls).items()
    if callable(value) or isinstance(value, staticmethod)
}


def replaced_dialog_functions() -> list[str]:
    """The dialog functions still replaced after a test, each put back; their names."""
    left = []
    for (cls, name), value in _DIALOG_FUNCTIONS.items():
        if vars(cls).get(name) is not value:
            left.append(f"{cls.__name__}.{name}")
            setattr(cls, name, value)
    return left


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After every fixture's teardown (monkeypatch's undo too): no dialog function is left replaced."""
    result = yield
    replaced = replaced_dialog_functions()
    if replaced:
        pytest.fail("the test left Qt's dialog functions replaced (use monkeypatch): " + ", ".join(replaced))
    return result


@pytest.fixture(autouse=True)
def close_leftover_windows(qapp: QApplication) -> Iterator[None]:
    """Every test starts without top-level widgets left from earlier tests (dialogs, covers, message boxes).

    Code that walks ``QApplication.topLevelWidgets()`` (the auto-lock does) must not meet half-destroyed
    windows of other tests; those made the suite crash now and then. A test fails here when it leaves behind
    a dialog poller still armed (its dialog never opened: it would answer a later test's dialog of its kind,
    ``tests/ui/dialogs.py``) or a Qt dialog function replaced (a later test would get no dialog).
    """
    yield
    left = stop_pollers()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    if left:
        pytest.fail(
            "the test ended with a dialog poller still waiting (its dialog never opened): " + "; ".join(left)
        )


@pytest.fixture
def demo_ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    ws = open_existing(path, None)
    yield ws
    ws.close()
