"""The network node by keyboard: a joint course formed from the heat map, seats confirmed in two companies'
plans, both plans printed with the joint course and its funding. Screenshots at 1366×768 (VERBUND_SCREENSHOTS=dir
keeps them, e.g. docs/screenshots)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.keyboard import type_text
from tests.ui.windows import make_window
from verbund_desktop.persistence.models import Employee, Network
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.network.course_dialog import CourseDialog
from verbund_desktop.ui.network.joint_course_view import JointCoursesView
from verbund_desktop.ui.network.pool_view import PoolView
from verbund_desktop.ui.planning.plan_editor import PlanEditor
from verbund_desktop.ui.printing import print_preview
from verbund_desktop.ui.shell.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a person at the keyboard would."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    qtbot.keyClick(widget, k, modifier)


def _tab(tabs: QTabWidget, title: str) -> QWidget:
    index = [tabs.tabText(i) for i in range(tabs.count())].index(title)
    tabs.setCurrentIndex(index)
    return tabs.widget(index)


def _open_network(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = make_window(qtbot, ws)
    with ws.unit_of_work() as uow:
        network_id = uow.session.scalars(select(Network.id)).one()
    assert window.select("network", network_id)
    assert window.pages.currentWidget() is window.network_tabs
    return window


def _shoot(window: MainWindow, name: str, tmp_path: Path) -> None:
    QApplication.processEvents()
    shot = window.grab().toImage()
    assert (shot.width(), shot.height()) == (1366, 768)
    out = Path(os.environ.get("VERBUND_SCREENSHOTS", tmp_path))
    assert shot.save(str(out / name))


def _fill_dialog(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CourseDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CourseDialog)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, dialog.title_edit, "Datenschutz im Betrieb")
    for widget, text in (
        (dialog.min_spin, "2"),
        (dialog.hours_edit, "160"),
        (dialog.cost_edit, "6.000"),
        (dialog.start_edit, "01.03.2027"),
        (dialog.end_edit, "31.05.2027"),
    ):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, widget, text)
    dialog.azav_box.setFocus()
    qtbot.keyClick(dialog.azav_box, Qt.Key.Key_Space)
    assert dialog.azav_box.isChecked()
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window = dialog.parentWidget().window()
    window.windowHandle().requestActivate()  # offscreen there is no window manager to give it back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _move_to(qtbot: QtBot, pool: PoolView) -> None:
    """Arrow keys to the heat map cell with the most companies."""
    demand = pool.demand
    assert demand is not None
    best = max(demand.cells, key=lambda c: (c.companies, c.people))
    row = [cid for cid, _label in demand.competences].index(best.competence_id)
    col = list(demand.levels).index(best.level)
    pool.heat.setFocus()
    for _ in range(row):
        qtbot.keyClick(pool.heat, Qt.Key.Key_Down)
    for _ in range(col):
        qtbot.keyClick(pool.heat, Qt.Key.Key_Right)
    assert pool.current_cell() == best


def _propose_from_two_companies(qtbot: QtBot, view: JointCoursesView) -> list[str]:
    chosen: list[str] = []
    view.candidates.setFocus()
    while len(chosen) < 2:
        row = view.candidates.currentRow()
        company = view.candidates.item(row, 1).text()
        if company not in chosen:
            chosen.append(company)
            key(qtbot, Qt.Key.Key_V, ALT)  # „Platz &vorschlagen“ (a mnemonic clicks after a short delay)
            qtbot.waitUntil(
                lambda: view.detail is not None and view.detail.summary.seats_taken == len(chosen)
            )
            view.candidates.setFocus()
            continue
        qtbot.keyClick(view.candidates, Qt.Key.Key_Down)
    return chosen


def _print_plan(qtbot: QtBot, window: MainWindow, person: uuid.UUID, out: Path) -> str:
    assert window.select("employee", person)
    editor = _tab(window.employee_tabs, "Entwicklungsplan")
    assert isinstance(editor, PlanEditor)
    editor.table.setFocus()
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.table, Qt.Key.Key_S, mods)
    [written] = list(out.glob("*.pdf"))
    text = "".join(p.extract_text() for p in pypdf.PdfReader(written).pages)
    written.unlink()
    return text.replace("\n", " ")


def test_joint_course_end_to_end_by_keyboard(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open_network(qtbot, demo_ws)
    _shoot(window, "verbund-knoten.png", tmp_path)
    pool = _tab(window.network_tabs, "Bedarf im Verbund")
    assert isinstance(pool, PoolView) and pool.demand is not None and pool.heat.rowCount() > 0
    _move_to(qtbot, pool)
    _shoot(window, "verbund-heatmap.png", tmp_path)
    qtbot.keyClick(pool.heat, Qt.Key.Key_N, CTRL_SHIFT)
    _fill_dialog(qtbot)

    view = window.network_tabs.currentWidget()
    assert isinstance(view, JointCoursesView) and view.detail is not None
    assert view.detail.summary.title == "Datenschutz im Betrieb"
    companies = _propose_from_two_companies(qtbot, view)
    assert view.detail.summary.seats_taken == 2
    view.seats.setFocus()
    view.seats.setCurrentCell(0, 0)
    for n in (1, 2):
        key(qtbot, Qt.Key.Key_P, ALT)  # „&Platz bestätigen“
        qtbot.waitUntil(lambda n=n: view.detail is not None and view.detail.summary.seats_confirmed == n)
    assert {s.company for s in view.detail.seats} == set(companies)
    assert all("Schätzung" in s.funding.summary_de for s in view.detail.seats)
    view.status_box.setFocus()
    assert view.status_box.currentText() == "bestätigt"
    key(qtbot, Qt.Key.Key_S, ALT)  # „Stand &setzen“
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.summary.status.value == "bestaetigt")
    _shoot(window, "verbundmassnahme.png", tmp_path)

    seated = [s.employee_id for s in view.detail.seats]
    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, name: tmp_path / "out" / name)
    (tmp_path / "out").mkdir()
    for person in seated:
        text = _print_plan(qtbot, window, person, tmp_path / "out")
        assert "Verbundmaßnahme: Datenschutz im Betrieb" in text
        assert "3.000,00" in text  # the cost per seat: 6.000 € over two seats
        assert "Schätzung" in text or "Förderung" in text


def test_a_company_view_shows_other_companies_as_counts(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = _open_network(qtbot, demo_ws)
    pool = _tab(window.network_tabs, "Bedarf im Verbund")
    assert isinstance(pool, PoolView)
    _move_to(qtbot, pool)
    qtbot.keyClick(pool.heat, Qt.Key.Key_N, CTRL_SHIFT)
    _fill_dialog(qtbot)
    view = window.network_tabs.currentWidget()
    assert isinstance(view, JointCoursesView)
    companies = _propose_from_two_companies(qtbot, view)
    index = view.view_box.findText(f"Sicht des Betriebs {companies[0]}")
    view.view_box.setCurrentIndex(index)
    view.view_box.activated.emit(index)
    assert view.detail is not None
    assert {s.company for s in view.detail.seats} == {companies[0]}
    assert "1 Plätze aus 1 Betrieben" in view.others.text()
    with demo_ws.unit_of_work() as uow:
        names = set(uow.session.scalars(select(Employee.last_name)))
    assert not [n for n in names if n in view.header.text() + view.others.text()]
