"""The „Entwicklungsplan“ tab driven like an advisor would: keyboard entry, suggestions, print, versions."""

from __future__ import annotations

import io
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.support.plan_support import employee_id
from tests.ui.keyboard import type_text
from tests.ui.shell.test_main_window import make_window
from verbund_desktop.persistence.models import DevelopmentPlan, Employee, PlanMeasure
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report import build_development_plan
from verbund_desktop.services.planning.plan_documents import development_plan_view
from verbund_desktop.services.planning.plan_queries import plan_state
from verbund_desktop.ui.planning.plan_editor import PlanEditor
from verbund_desktop.ui.planning.plan_model import Column, MeasureTableModel
from verbund_desktop.ui.printing import print_preview
from verbund_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """German error messages that run_action would show in a dialog."""
    shown: list[str] = []

    def warn(
        _parent: object, _title: str, text: str, *args: Any, **kwargs: Any
    ) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def open_editor(qtbot: QtBot, ws: Workspace, code: str) -> tuple[MainWindow, PlanEditor]:
    window = make_window(qtbot, ws)
    assert window.select("employee", employee_id(ws, code))
    tabs = window.employee_tabs
    index = [tabs.tabText(i) for i in range(tabs.count())].index("Entwicklungsplan")
    tabs.setCurrentIndex(index)
    editor = tabs.widget(index)
    assert isinstance(editor, PlanEditor) and editor.state is not None
    return window, editor


def stored_measures(ws: Workspace, plan_id: uuid.UUID) -> list[tuple[Any, ...]]:
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(PlanMeasure).where(PlanMeasure.plan_id == plan_id).order_by(PlanMeasure.position)
        )
        return [(m.title, m.cost_eur, m.start_date, m.end_date, m.status, m.offer_id) for m in rows]


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_measure_model_passes_the_model_tester(qtmodeltester: Any, demo_ws: Workspace) -> None:
    state = plan_state(demo_ws, employee_id(demo_ws, "MS-02"))
    assert state is not None and state.measures
    model = MeasureTableModel(lambda *_: True)
    model.set_rows(state.measures)
    qtmodeltester.check(model)
    first = state.measures[0]
    assert model.index(0, Column.TITLE).data() == first.title
    assert model.index(0, Column.COST).data() == "6.200,00 €"
    assert model.index(0, Column.STATUS).data() == "geplant"
    assert model.flags(model.index(0, Column.COST)) & Qt.ItemFlag.ItemIsEditable
    model.set_rows(state.measures, editable=False)
    assert not model.flags(model.index(0, Column.COST)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model)


def test_typed_values_are_saved_at_once_and_refusals_explained(
    qtbot: QtBot, demo_ws: Workspace, warnings: list[str]
) -> None:
    window, editor = open_editor(qtbot, demo_ws, "MS-02")
    assert editor.state is not None
    plan_id = editor.state.plan_id
    editor.tabs.setCurrentIndex(1)
    assert editor.model.rowCount() == len(stored_measures(demo_ws, plan_id)) == 2
    form = editor.form
    form.cost_edit.setFocus()
    form.cost_edit.selectAll()
    type_text(qtbot, form.cost_edit, "1.234,56")
    qtbot.keyClick(form.cost_edit, Qt.Key.Key_Return)
    assert stored_measures(demo_ws, plan_id)[0][1] == Decimal("1234.56")
    assert window.saved_label.text().startswith("Gespeichert ")
    assert editor.model.index(0, Column.COST).data() == "1.234,56 €"

    form.end_edit.setFocus()
    type_text(qtbot, form.end_edit, "01.02.2027")  # the start is 01.03.2027
    qtbot.keyClick(form.end_edit, Qt.Key.Key_Return)
    assert warnings and "liegt vor dem Beginn" in warnings[-1]
    assert stored_measures(demo_ws, plan_id)[0][3] is None
    assert editor.form.end_edit.text() == ""

    form.responsibility_edit.setFocus()
    form.responsibility_edit.selectAll()
    type_text(qtbot, form.responsibility_edit, "Jörg Grünewald")
    qtbot.keyClick(form.responsibility_edit, Qt.Key.Key_Tab)
    assert editor.model.index(0, Column.RESPONSIBILITY).data() == "Jörg Grünewald"


def test_status_is_edited_in_the_table(qtbot: QtBot, demo_ws: Workspace, warnings: list[str]) -> None:
    _window, editor = open_editor(qtbot, demo_ws, "SL-01")
    assert editor.state is not None
    plan_id = editor.state.plan_id
    assert editor.model.setData(editor.model.index(0, Column.STATUS), "abgeschlossen")
    qtbot.waitUntil(lambda: editor.model.index(0, Column.STATUS).data() == "abgeschlossen")
    assert stored_measures(demo_ws, plan_id)[0][4] == "abgeschlossen"
    assert not editor.model.setData(editor.model.index(0, Column.COST), "-5")
    assert "nicht negativ" in warnings[-1]


def test_a_suggestion_becomes_a_measure_for_its_gap(
    qtbot: QtBot, demo_ws: Workspace, warnings: list[str]
) -> None:
    _window, editor = open_editor(qtbot, demo_ws, "MS-02")
    assert editor.state is not None
    plan_id = editor.state.plan_id
    panel = editor.suggestions
    assert panel.gap_list.count() == len(editor.state.gaps) > 0
    gap = panel.current_gap()
    choice = panel.current_choice()
    assert choice is not None and choice[0] == "offer"
    reasons = [
        panel.tree.currentItem().child(i).text(0) for i in range(panel.tree.currentItem().childCount())
    ]
    assert reasons[0].startswith("Behandelt die Kompetenz")
    before = len(stored_measures(demo_ws, plan_id))
    panel.take_button.click()
    after = stored_measures(demo_ws, plan_id)
    assert len(after) == before + 1 and after[-1][5] == choice[1]
    state = plan_state(demo_ws, employee_id(demo_ws, "MS-02"))
    assert state is not None and state.measures[-1].gap_ids == (gap,)
    assert editor.state_label.text().startswith("Übernommen als Maßnahme")
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1).child(0))  # a measure other than a course
    panel.take_button.click()
    assert len(stored_measures(demo_ws, plan_id)) == before + 2


def test_print_freezes_the_version_and_the_next_edit_starts_version_2(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    _window, editor = open_editor(qtbot, demo_ws, "BM-02")
    assert editor.state is not None
    first_id = editor.state.plan_id
    job_names: list[str] = []

    def printer(parent: object, title: str) -> QPrinter:
        job_names.append(title)
        return pdf_printer(tmp_path / "druck.pdf")

    monkeypatch.setattr(print_preview, "choose_printer", printer)
    painted: list[bytes] = []  # what is rasterised onto the printer (the printout itself holds pixels only)
    paint = print_preview.paint_pdf
    monkeypatch.setattr(print_preview, "paint_pdf", lambda p, pdf: painted.append(pdf) or paint(p, pdf))
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    document = pypdf.PdfReader(io.BytesIO(painted[0]))
    assert len(document.pages) == len(pypdf.PdfReader(tmp_path / "druck.pdf").pages)
    text = "".join(p.extract_text() for p in document.pages).replace("\t", " ")
    assert "Änne Schröder" in text and "Version 1" in text
    # The print job name lands in the spooler: the pseudonym code, not the name.
    assert job_names == ["Entwicklungsplan BM-02 (Version 1)"]
    assert editor.state.frozen and "Version 1 ist gedruckt" in editor.state_label.text()

    editor.tabs.setCurrentIndex(1)
    editor.form.title_edit.setFocus()
    editor.form.title_edit.selectAll()
    type_text(qtbot, editor.form.title_edit, "Kassensystem für Fortgeschrittene")
    qtbot.keyClick(editor.form.title_edit, Qt.Key.Key_Return)
    assert editor.state.version == 2 and editor.state.plan_id != first_id
    assert editor.version_box.count() == 2 and "Version 2 – in Bearbeitung" in editor.version_box.itemText(0)
    assert stored_measures(demo_ws, editor.state.plan_id)[0][0] == "Kassensystem für Fortgeschrittene"
    assert stored_measures(demo_ws, first_id)[0][0] != "Kassensystem für Fortgeschrittene"

    editor.version_box.setCurrentIndex(1)
    editor.version_box.activated.emit(1)
    assert editor.state.plan_id == first_id and not editor.editable
    assert not editor.model.flags(editor.model.index(0, Column.TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert editor.form.title_edit.isReadOnly() and "nur lesen" in editor.state_label.text()


def test_save_as_pdf_writes_the_frozen_snapshot_and_preview_freezes_nothing(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings: list[str]
) -> None:
    _window, editor = open_editor(qtbot, demo_ws, "SL-04")
    assert editor.state is not None
    plan_id = editor.state.plan_id
    editor.table.setFocus()
    qtbot.keyClick(
        editor.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert editor.preview is not None and editor.preview.isVisible()
    assert editor.preview.windowTitle() == "Vorschau – Entwicklungsplan SL-04 (Version 1)"
    assert len(editor.preview.page_labels) == editor.preview.page_count >= 2
    assert not editor.state.frozen
    editor.preview.close()

    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, name: tmp_path / name)
    editor.table.setFocus()
    qtbot.keyClick(
        editor.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    written = tmp_path / "Entwicklungsplan SL-04 Frauke Gößmann (Version 1).pdf"
    assert written.exists() and editor.state.frozen
    assert written.read_bytes() == build_development_plan(development_plan_view(demo_ws, plan_id))


def test_delete_removes_the_selected_measure_after_asking(
    qtbot: QtBot, demo_ws: Workspace, warnings: list[str]
) -> None:
    _window, editor = open_editor(qtbot, demo_ws, "SL-05")
    assert editor.state is not None
    plan_id = editor.state.plan_id
    editor.tabs.setCurrentIndex(1)
    before = stored_measures(demo_ws, plan_id)
    editor.table.setFocus()
    editor.table.selectRow(0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert stored_measures(demo_ws, plan_id) == before[1:]


def test_new_plans_need_a_complete_assessment(qtbot: QtBot, demo_ws: Workspace, warnings: list[str]) -> None:
    with demo_ws.unit_of_work() as uow:
        company = uow.session.scalar(select(Employee.company_id).where(Employee.pseudonym_code == "BM-01"))
        uow.session.add(
            Employee(company_id=company, first_name="Ülkü", last_name="Şahin", pseudonym_code="BM-09")
        )
        uow.commit()
    window = make_window(qtbot, demo_ws)
    assert window.select("employee", employee_id(demo_ws, "BM-09"))
    tabs = window.employee_tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Entwicklungsplan"))
    editor = tabs.currentWidget()  # a tab is built when it is first shown
    assert isinstance(editor, PlanEditor)
    assert editor.state is None and not editor.new_plan_button.isEnabled()
    assert "abgeschlossene Kompetenzerhebung" in editor.empty_label.text()

    _window, editor = open_editor(qtbot, demo_ws, "BM-01")
    editor.new_plan_button.click()
    assert editor.state is not None and editor.state.version == 1 and editor.state.measures == ()
    with demo_ws.unit_of_work() as uow:
        series = uow.session.scalar(
            select(func.count(func.distinct(DevelopmentPlan.series_id))).where(
                DevelopmentPlan.employee_id == employee_id(demo_ws, "BM-01")
            )
        )
    assert series == 2
