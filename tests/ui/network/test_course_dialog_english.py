"""Issue 14: the joint-course dialog reads English dates and amounts in the English UI."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.pooling import PoolCell
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.network.course_dialog import CourseDialog

CELL = PoolCell(uuid.uuid4(), "K1", "Staplerfahren", "Lager", 2, 7, 3)


def dialog(qtbot: QtBot, ws: Workspace) -> CourseDialog:
    made = CourseDialog(WorkspaceContext(ws, "Test"), CELL)
    qtbot.addWidget(made)
    return made


def test_english_dates_and_amounts_make_the_draft(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    language(QLocale(ENGLISH))
    form = dialog(qtbot, demo_ws)
    assert form.start_edit.placeholderText() == "DD/MM/YYYY"
    for edit, text in (
        (form.hours_edit, "40.5"),
        (form.cost_edit, "6,000.00"),
        (form.start_edit, "01/03/2027"),
        (form.end_edit, "30/04/2027"),
    ):
        type_text(qtbot, edit, text)
    form.accept()
    draft = form.draft()
    assert (draft.hours, draft.total_cost_eur) == (Decimal("40.5"), Decimal("6000.00"))
    assert (draft.start_date, draft.end_date) == (date(2027, 3, 1), date(2027, 4, 30))


def test_a_wrong_english_date_is_refused(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []

    def warn(_parent: object, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    language(QLocale(ENGLISH))
    form = dialog(qtbot, demo_ws)
    type_text(qtbot, form.start_edit, "31/02/2027")
    form.accept()
    assert shown and "31/02/2027" in shown[-1]
    assert form.result() != CourseDialog.DialogCode.Accepted
