"""The „Verlauf“ tab: each competence's levels over the dated assessments of a person."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from verbund_desktop.persistence.models import CompetencyAssessment, CompetencyRating, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_reinterview
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.competency.competency_view import CompetencyView
from verbund_desktop.ui.competency.history_view import HistoryModel, HistoryView
from verbund_desktop.ui.shell.main_window import MainWindow

ACTOR = "Dr. Sabine Kröger"


def person(ws: Workspace, last_name: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        return uow.session.scalars(select(Employee.id).where(Employee.last_name == last_name)).one()


def agreed_levels_in_db(ws: Workspace, employee: uuid.UUID) -> dict[uuid.UUID, list[int]]:
    """Competence → agreed levels, oldest assessment first, straight from the database."""
    with ws.unit_of_work() as uow:
        rows = uow.session.execute(
            select(CompetencyRating.competence_id, CompetencyRating.agreed_level)
            .join(CompetencyAssessment, CompetencyRating.assessment_id == CompetencyAssessment.id)
            .where(CompetencyAssessment.employee_id == employee)
            .order_by(CompetencyAssessment.assessed_on, CompetencyAssessment.created_at)
        ).all()
    out: dict[uuid.UUID, list[int]] = {}
    for competence, agreed in rows:
        assert agreed is not None  # every demo rating has an agreed level
        out.setdefault(competence, []).append(agreed)
    return out


def tab_index(window: MainWindow, title: str) -> int:
    tabs = window.employee_tabs
    return next(i for i in range(tabs.count()) if tabs.tabText(i) == title)


def make_view(qtbot: QtBot, ws: Workspace, employee: uuid.UUID) -> HistoryView:
    view = HistoryView(WorkspaceContext(ws, ACTOR))
    qtbot.addWidget(view)
    view.resize(980, 640)
    view.show()
    qtbot.waitExposed(view)
    view.set_subject(employee)
    return view


def test_history_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, demo_ws: Workspace
) -> None:
    view = make_view(qtbot, demo_ws, person(demo_ws, "Weiß"))
    assert view.model.rowCount() > 0 and view.model.columnCount() == 2 + 2
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    empty = HistoryModel()
    qtmodeltester.check(empty)  # type: ignore[attr-defined]
    assert empty.rowCount() == empty.columnCount() == 0


def test_each_competence_shows_its_levels_over_time(qtbot: QtBot, demo_ws: Workspace) -> None:
    employee = person(demo_ws, "Weiß")
    expected = agreed_levels_in_db(demo_ws, employee)
    view = make_view(qtbot, demo_ws, employee)
    assert view.summary.text() == f"2 Gespräche, {len(expected)} Kompetenzen"
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers[0] == "Kompetenz" and headers[-1] == "Veränderung\nIst"
    assert all(h.endswith("\nabgeschlossen") for h in headers[1:-1])
    for row in range(view.model.rowCount()):
        comp = view.model.competence(row)
        assert comp is not None
        levels = expected[comp.competence_id]
        cells = [view.model.index(row, c).data() for c in (1, 2)]
        assert [c.split(" · ")[0] for c in cells] == [f"Ist {v}" for v in levels]
        delta = view.model.index(row, 3).data()
        assert delta == (f"{levels[-1] - levels[0]:+d}" if levels[-1] != levels[0] else "±0")

    # ↓ moves to the next competence; the chart follows with that competence's agreed levels.
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    second = view.model.competence(1)
    assert second is not None
    assert view.chart.series("agreed_level") == expected[second.competence_id]


def test_a_reinterview_appears_as_a_new_column_when_the_tab_is_shown(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    employee = person(demo_ws, "Kühn")
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select("employee", employee)
    tabs = window.employee_tabs
    interview_tab, history_tab = tab_index(window, "Kompetenzgespräch"), tab_index(window, "Verlauf")
    tabs.setCurrentIndex(history_tab)  # a tab is built when it is first shown
    history = tabs.widget(history_tab)
    tabs.setCurrentIndex(interview_tab)
    interview = tabs.widget(interview_tab)
    assert isinstance(history, HistoryView) and isinstance(interview, CompetencyView)
    assert history.model.columnCount() == 1 + 2

    interview.reinterview_button.click()
    qtbot.waitUntil(lambda: interview.editable)
    row = interview.model.ratings()[0]
    assert interview.request_change(row.id, RatingField.AGREED, interview.model.scale_of(row).max_level)
    tabs.setCurrentIndex(history_tab)
    qtbot.waitUntil(lambda: history.model.columnCount() == 2 + 2)
    assert history.model.headerData(2, Qt.Orientation.Horizontal).endswith("\nin Bearbeitung")
    index = next(
        history.model.index(r, 2)
        for r in range(history.model.rowCount())
        if history.model.competence(r).competence_id == row.competence_id  # type: ignore[union-attr]
    )
    assert index.data().startswith(f"Ist {interview.model.scale_of(row).max_level} ")
    assert QApplication.activeModalWidget() is None


def test_screenshot_of_the_history_at_1366x768(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path) -> None:
    """Renders the tab from the demo workspace; VERBUND_SCREENSHOTS=<dir> keeps the image for the docs."""
    employee = person(demo_ws, "Weiß")
    draft = start_reinterview(demo_ws, employee, actor=ACTOR)
    with demo_ws.unit_of_work() as uow:
        ratings = uow.session.scalars(
            select(CompetencyRating)
            .where(CompetencyRating.assessment_id == draft)
            .order_by(CompetencyRating.position)
        ).all()
        raise_by = {r.id: (r.agreed_level, r.target_level) for r in ratings}
    for rating_id, (agreed, target) in raise_by.items():
        if agreed is not None and target is not None and agreed < target:
            set_rating_field(demo_ws, rating_id, RatingField.AGREED, agreed + 1, actor=ACTOR)
    window = MainWindow(demo_ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.select("employee", employee)
    window.employee_tabs.setCurrentIndex(tab_index(window, "Verlauf"))
    view = window.employee_tabs.currentWidget()
    assert isinstance(view, HistoryView)
    assert view.model.columnCount() == 3 + 2
    qtbot.wait(50)
    image = window.grab().toImage()
    assert (image.width(), image.height()) == (1366, 768)
    shot = Path(os.environ.get("VERBUND_SCREENSHOTS", tmp_path)) / "verlauf.png"
    assert image.save(str(shot))
