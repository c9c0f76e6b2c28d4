"""Screens follow changes: what a first-time user saw stale (issue 14, „Stale screens“)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_competency_view import ACTOR, add_person, key, modal
from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_queries import assessment_sheet
from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_from_role
from verbund_desktop.ui.competency.competency_view import CompetencyView
from verbund_desktop.ui.planning.plan_editor import PlanEditor


def tab_named(tabs: QTabWidget, title: str) -> QWidget:
    index = [tabs.tabText(i) for i in range(tabs.count())].index(title)
    tabs.setCurrentIndex(index)
    return tabs.widget(index)


def rated_draft(ws: Workspace, person: uuid.UUID) -> uuid.UUID:
    """A draft interview with every agreed level entered, ready to be completed."""
    assessment = start_from_role(ws, person, actor=ACTOR)
    sheet = assessment_sheet(ws, assessment)
    assert sheet is not None
    for row in sheet.rows:
        set_rating_field(ws, row.id, RatingField.AGREED, sheet.scale_of(row).min_level, actor=ACTOR)
    return assessment


def test_plan_tab_follows_a_completed_interview_without_f5(qtbot: QtBot, demo_ws: Workspace) -> None:
    person = add_person(demo_ws, consent=True)
    rated_draft(demo_ws, person)
    window = make_window(qtbot, demo_ws)
    assert window.select("employee", person)
    editor = tab_named(window.employee_tabs, "Entwicklungsplan")
    assert isinstance(editor, PlanEditor)
    assert not editor.new_plan_button.isEnabled()
    assert "abgeschlossene Kompetenzerhebung" in editor.empty_label.text()

    view = tab_named(window.employee_tabs, "Kompetenzgespräch")
    assert isinstance(view, CompetencyView)
    view.focus_grid()
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert isinstance(modal(qtbot), QMessageBox)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.editable)

    assert tab_named(window.employee_tabs, "Entwicklungsplan") is editor
    assert editor.new_plan_button.isEnabled()
    assert "Neuen Plan anlegen" in editor.empty_label.text()
