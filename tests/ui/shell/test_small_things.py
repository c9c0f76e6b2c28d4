"""Small things that cost time (issue 14, seventh item)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from tests.ui.planning.test_plan_editor import open_editor, stored_measures
from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.common import folders
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher
from verbund_desktop.ui.shell.welcome import WelcomeDialog


def test_open_dialogs_start_in_documents_then_in_the_last_folder(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_ws)
    chosen = tmp_path / "Regeln" / "foerderregeln-2027.json"
    chosen.parent.mkdir()
    chosen.write_text("{}", encoding="utf-8")
    starts: list[str] = []

    def dialog(_parent: object, _title: str, start: str, *_args: Any) -> tuple[str, str]:
        starts.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    for _ in range(2):  # „Förderregelwerk laden …“; the file is refused, the folder remembered
        job = window.funding_rules.load()
        assert job is not None
        qtbot.waitUntil(lambda: job.done)  # noqa: B023 -- waited for within the iteration
    assert starts == [str(folders.documents_folder()), str(chosen.parent)]


def test_creating_a_workspace_shows_what_is_happening(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verbund_desktop.services.workspace import workspace_service

    dialog = WelcomeDialog(tmp_path / "neu.db")
    qtbot.addWidget(dialog)
    dialog.passphrase_fields.unencrypted.setChecked(True)
    type_text(qtbot, dialog.network_edit, "Weiterbildungsverbund Weser-Ems")
    type_text(qtbot, dialog.advisor_edit, "Hannelore Kühn")
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: pytest.fail(text))
    shown: list[str] = []
    real = workspace_service.create_new

    def create(*args: Any, **kwargs: Any) -> Workspace:
        shown.extend(
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
        return real(*args, **kwargs)

    monkeypatch.setattr(workspace_service, "create_new", create)
    ws = WorkspaceLauncher().fulfil(dialog.request())
    assert ws is not None
    ws.close()
    assert shown and "wird angelegt" in shown[0]
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_undo_and_redo_in_the_plan_editor(qtbot: QtBot, demo_ws: Workspace) -> None:
    _window, editor = open_editor(qtbot, demo_ws, "MS-02")
    assert editor.state is not None
    plan_id = editor.state.plan_id
    tabs = editor.tabs
    tabs.setCurrentIndex(1)  # „Maßnahmen“
    old_title = stored_measures(demo_ws, plan_id)[0][0]
    edit = editor.form.title_edit
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, "Staplerschein mit Praxistag")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: stored_measures(demo_ws, plan_id)[0][0] == "Staplerschein mit Praxistag")

    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_measures(demo_ws, plan_id)[0][0] == old_title
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, shift_ctrl)
    assert stored_measures(demo_ws, plan_id)[0][0] == "Staplerschein mit Praxistag"


def test_a_measures_monthly_pay_estimates_the_wage_subsidy(qtbot: QtBot, demo_ws: Workspace) -> None:
    _window, editor = open_editor(qtbot, demo_ws, "MS-02")
    assert editor.state is not None
    editor.tabs.setCurrentIndex(1)  # „Maßnahmen“
    first = editor.state.measures[0]
    assert first.funding.estimate is None or first.funding.estimate.wage_subsidy is None
    assert any("Monatsentgelt ist nicht erfasst" in m for m in first.funding.missing)
    pdf = words(editor_pdf(editor))
    assert words("Zuschuss zum Arbeitsentgelt: nicht geschätzt") in pdf  # the printed plan says so

    for edit, text in ((editor.form.release_edit, "80"), (editor.form.pay_edit, "3.200,00")):
        edit.setFocus()
        edit.selectAll()
        type_text(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor.state is not None and editor.state.measures[0].monthly_pay_eur is not None)
    funding = editor.state.measures[0].funding
    assert funding.estimate is not None and funding.estimate.eligible
    assert funding.estimate.wage_subsidy is not None and funding.estimate.wage_subsidy > 0
    assert any("Monaten Freistellung" in m for m in funding.missing)


def words(text: str) -> str:
    return re.sub(r"[\s\u00ad-]+", "", text)


def editor_pdf(editor: Any) -> str:
    from verbund_desktop.report import build_development_plan
    from verbund_desktop.services.planning.plan_documents import development_plan_view

    view = development_plan_view(editor.context.workspace, editor.state.plan_id)
    reader = pypdf.PdfReader(io.BytesIO(build_development_plan(view)))
    return "".join(page.extract_text() for page in reader.pages)
