"""The log of a whole demo session (create, open, browse, print, erase, and failures on the way) holds the
name of no demo person: it carries ids, counts and error classes only."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.windows import make_window
from verbund_desktop.cli.main import main as cli_main
from verbund_desktop.logfile import configure_logging
from verbund_desktop.persistence.models import Advisor, Company, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.common import operations
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher
from verbund_desktop.ui.shell.main_window import MainWindow
from verbund_desktop.ui.shell.welcome import StartChoice, StartRequest

KEY = "Demo-Sitzung 2026!"


def demo_names(ws: Workspace) -> set[str]:
    """Every first and last name of employees, contacts and advisors in the demo (read before erasure)."""
    names: set[str] = set()
    with ws.unit_of_work() as uow:
        for e in uow.session.scalars(select(Employee)):
            names |= {e.first_name, e.last_name}
        for c in uow.session.scalars(select(Company)):
            names |= set(c.contact_name.replace(".", " ").split())
        for a in uow.session.scalars(select(Advisor)):
            names |= set(a.name.split())
    # Short words ("Dr", initials) would match anywhere and say nothing about a person.
    return {n for n in names if len(n) >= 4}


def browse(qtbot: QtBot, window: MainWindow) -> int:
    """Select every node of the directory tree, as clicking through it would."""
    seen = 0
    stack = [window.proxy.index(r, 0) for r in range(window.proxy.rowCount())]
    while stack:
        index = stack.pop()
        window.tree.setCurrentIndex(index)
        QApplication.processEvents()
        seen += 1
        stack.extend(window.proxy.index(r, 0, index) for r in range(window.proxy.rowCount(index)))
    return seen


def test_the_log_of_a_full_demo_session_names_no_demo_person(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = configure_logging()
    assert log_file is not None
    monkeypatch.setenv("VERBUND_PASSPHRASE", KEY)
    shown: list[str] = []
    monkeypatch.setattr(operations.QMessageBox, "critical", lambda _p, _t, text, *_a: shown.append(text))
    db = tmp_path / "demo.db"

    ws = WorkspaceLauncher().fulfil(StartRequest(StartChoice.DEMO, db, KEY))  # create
    assert ws is not None
    names = demo_names(ws)
    assert len(names) >= 20
    ws.close()
    ws = WorkspaceLauncher().open_path(db)  # open
    assert ws is not None
    window = make_window(qtbot, ws)
    assert browse(qtbot, window) >= 15  # browse: network, companies, departments, employees
    with ws.unit_of_work() as uow:
        first = uow.session.scalars(select(Employee).order_by(Employee.last_name)).first()
        assert first is not None
        employee_id, person = str(first.id), f"{first.first_name} {first.last_name}"
        company_id = str(uow.session.scalars(select(Company)).first().id)  # type: ignore[union-attr]

    def failing_with_a_name() -> Any:  # a bug whose message quotes a person
        raise ValueError(f"Fehler bei {person}")

    run_action(window, window.context, failing_with_a_name)
    assert shown and person not in shown[0]
    window.close()
    ws.close()

    out = tmp_path / "druck"
    out.mkdir()
    assert cli_main(["plan", "print", "--db", str(db), "--all", "--out", str(out)]) == 0  # print
    assert (
        cli_main(["report", "company", "--db", str(db), "--company", company_id, "--out", str(out / "b.pdf")])
        == 0
    )
    assert cli_main(["erase-person", "--db", str(db), "--employee", employee_id, "--yes"]) == 0  # erase
    assert cli_main(["erase-person", "--db", str(db), "--employee", employee_id, "--yes"]) == 2  # gone now
    sys.excepthook(RuntimeError, RuntimeError(f"Absturz bei {person}"), None)  # an uncaught crash
    QCoreApplication.processEvents()
    capsys.readouterr()
    for handler in logging.getLogger().handlers:
        handler.flush()

    log_text = log_file.read_text(encoding="utf-8")
    assert "Interner Fehler bei einer Aktion" in log_text and "Unbehandelter Fehler" in log_text
    leaked = sorted(name for name in names if name in log_text)
    assert leaked == [], f"demo names in the log: {leaked}"
