"""Issue 14: the measure form reads and shows English dates and numbers in the English UI, German in the German."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.keyboard import type_text
from tests.ui.planning.test_plan_editor import open_editor, warnings  # noqa: F401 (the fixture)
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from verbund_desktop.persistence.models import PlanMeasure
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.planning.measure_form import MeasureForm
from verbund_desktop.ui.planning.plan_editor import PlanEditor
from verbund_desktop.ui.planning.plan_model import Column


def first_measure(ws: Workspace, plan_id: uuid.UUID) -> tuple[date | None, Decimal | None, Decimal | None]:
    with ws.unit_of_work() as uow:
        m = uow.session.scalars(
            select(PlanMeasure).where(PlanMeasure.plan_id == plan_id).order_by(PlanMeasure.position)
        ).first()
        assert m is not None
        return m.start_date, m.cost_eur, m.hours


def enter(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def english_editor(qtbot: QtBot, ws: Workspace, language: Install) -> PlanEditor:  # noqa: F811
    _window, editor = open_editor(qtbot, ws, "MS-02")
    language(QLocale(ENGLISH))
    editor.reload()
    editor.tabs.setCurrentIndex(1)
    return editor


def test_the_english_measure_form_reads_and_shows_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    warnings: list[str],  # noqa: F811
) -> None:
    editor = english_editor(qtbot, demo_ws, language)
    assert editor.state is not None
    plan_id, form = editor.state.plan_id, editor.form
    enter(qtbot, form.start_edit, "22/03/2027")
    enter(qtbot, form.cost_edit, "1,234.50")
    enter(qtbot, form.hours_edit, "7.5")
    assert first_measure(demo_ws, plan_id) == (date(2027, 3, 22), Decimal("1234.50"), Decimal("7.50"))
    assert (form.start_edit.text(), form.cost_edit.text(), form.hours_edit.text()) == (
        "22/03/2027",
        "1,234.50",
        "7.5",
    )
    assert not warnings


def test_a_wrong_english_date_changes_nothing(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    warnings: list[str],  # noqa: F811
) -> None:
    editor = english_editor(qtbot, demo_ws, language)
    assert editor.state is not None
    plan_id, form = editor.state.plan_id, editor.form
    before = first_measure(demo_ws, plan_id)
    shown = form.start_edit.text()
    assert shown.count("/") == 2
    enter(qtbot, form.start_edit, "31/02/2027")
    assert warnings and "31/02/2027" in warnings[-1]
    assert first_measure(demo_ws, plan_id) == before
    assert form.start_edit.text() == shown


def test_the_german_measure_form_is_unchanged(
    qtbot: QtBot,
    demo_ws: Workspace,
    warnings: list[str],  # noqa: F811
) -> None:
    _window, editor = open_editor(qtbot, demo_ws, "MS-02")
    assert editor.state is not None
    plan_id, form = editor.state.plan_id, editor.form
    editor.tabs.setCurrentIndex(1)
    enter(qtbot, form.start_edit, "22.03.2027")
    enter(qtbot, form.cost_edit, "1.234,50")
    assert first_measure(demo_ws, plan_id)[:2] == (date(2027, 3, 22), Decimal("1234.50"))
    assert (form.start_edit.text(), form.cost_edit.text()) == ("22.03.2027", "1.234,50")
    assert form.start_edit.placeholderText() == "TT.MM.JJJJ"
    assert not warnings


def test_the_english_date_fields_ask_for_dd_mm_yyyy(qtbot: QtBot, language: Install) -> None:  # noqa: F811
    language(QLocale(ENGLISH))
    form = MeasureForm()
    qtbot.addWidget(form)
    assert form.start_edit.placeholderText() == "DD/MM/YYYY"


def test_the_english_measure_table_edits_amounts_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    warnings: list[str],  # noqa: F811
) -> None:
    editor = english_editor(qtbot, demo_ws, language)
    assert editor.state is not None
    plan_id = editor.state.plan_id
    cost = editor.model.index(0, Column.COST)
    assert editor.model.setData(cost, "2,345.60")
    assert first_measure(demo_ws, plan_id)[1] == Decimal("2345.60")
    qtbot.waitUntil(lambda: editor.model.index(0, Column.COST).data(Qt.ItemDataRole.EditRole) == "2,345.60")
    assert not warnings


def test_the_english_table_edits_dates_as_dd_mm_yyyy(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    editor = english_editor(qtbot, demo_ws, language)
    index = editor.model.index(0, Column.START)
    delegate = editor.table.itemDelegateForColumn(Column.START)
    date_editor = delegate.createEditor(editor.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(date_editor, QDateEdit)
    delegate.setEditorData(date_editor, index)
    assert date_editor.displayFormat() == "dd/MM/yyyy"
    assert date_editor.text() == editor.form.start_edit.text() != ""
