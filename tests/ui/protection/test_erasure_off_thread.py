"""An erasure reads every text of the workspace (names in other people's notes): at network scale that took
seconds, so it runs in a worker behind a busy indicator, and the tree drops the person's row at once and reads
the rest in a job. Checked as an advisor does it, against the database."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.protection.test_privacy_view import open_privacy_tab
from tests.ui.windows import make_window
from verbund_desktop.persistence.models import Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.protection import erasure
from verbund_desktop.ui.shell.main_window import MainWindow


def labels(window: MainWindow) -> set[str]:
    model, out = window.model, set()
    root = model.item(0)
    for c in range(root.rowCount()):
        company = root.child(c)
        out |= {company.child(r).text() for r in range(company.rowCount())}
    return out


def test_the_erasure_runs_off_the_ui_thread_and_the_row_leaves_at_once(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_ws)
    tab = open_privacy_tab(window, "Rößler")
    ident = tab.subject
    threads: list[str] = []
    for name in ("erasure_preview", "erase_person"):
        real = getattr(erasure, name)

        def recorded(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            threads.append(threading.current_thread().name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(erasure, name, recorded)
    before = labels(window)
    assert "Rößler, Klaus (SL-03)" in before
    preview = tab.erasure_preview()
    result = tab.erase()
    assert preview is not None and result is not None
    assert threads and all(t != threading.main_thread().name for t in threads)
    # at once, before the job that reads the tree's data is done
    assert "Rößler, Klaus (SL-03)" not in labels(window) and window.updating
    qtbot.waitUntil(lambda: not window.updating)
    after = labels(window)
    assert after == before - {"Rößler, Klaus (SL-03)"}
    with demo_ws.unit_of_work() as uow:
        assert uow.session.get(Employee, ident) is None


def test_the_retention_list_is_read_off_the_ui_thread(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verbund_desktop.ui.protection import retention_dialog

    window = make_window(qtbot, demo_ws)
    threads: list[str] = []
    real = retention_dialog.past_retention

    def recorded(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(retention_dialog, "past_retention", recorded)
    dialog = retention_dialog.RetentionDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert threads and threading.main_thread().name not in threads
    assert dialog.table.rowCount() == len(dialog.cases)
