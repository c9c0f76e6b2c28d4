"""Screens follow changes: what a first-time user saw stale (issue 14, „Stale screens“)."""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSplitter, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.competency.test_competency_view import ACTOR, add_person, key, modal
from tests.ui.needs.test_company_interview import (
    COMPANY,
    answer_with_keys,
    focus,
    focused_block,
    open_interview_tab_by_keyboard,
    press,
)
from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_queries import assessment_sheet
from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_from_role
from verbund_desktop.services.organisation.companies import CompanyInput, create_company
from verbund_desktop.ui.competency.competency_view import CompetencyView
from verbund_desktop.ui.needs.company_interview_view import CompanyInterviewView
from verbund_desktop.ui.organisation.directory_model import ID_ROLE
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


def open_count(view: CompanyInterviewView) -> int:
    match = re.search(r"(\d+) Pflichtfrage\(n\) offen", view.message.text())
    assert match is not None, view.message.text()
    return int(match.group(1))


def test_open_questions_banner_follows_answers_and_can_be_closed(qtbot: QtBot, demo_ws: Workspace) -> None:
    create_company(demo_ws, CompanyInput(COMPANY, 14, contact_name="Jörg Größner"), actor="Test")
    window = make_window(qtbot, demo_ws)
    view = open_interview_tab_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: focus() is view.start_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused_block(view) is not None)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # too early: the banner lists them
    assert view.message.isVisible()
    before = open_count(view)

    block = focused_block(view)
    assert block is not None
    answer_with_keys(qtbot, block)
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field commits the answer
    qtbot.waitUntil(lambda: open_count(view) == before - 1)
    assert block.question.text_de not in view.message.text()

    qtbot.mouseClick(view.interview_page.banner.close_button, Qt.MouseButton.LeftButton)
    assert not view.message.isVisible()
    assert view.state is not None and view.state.status == "draft"  # closing the hint changes nothing


def test_f5_and_a_company_edit_keep_expansion_selection_and_tree_width(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)
    network = window.proxy.index(0, 0)
    first, second = window.proxy.index(0, 0, network), window.proxy.index(1, 0, network)
    window.tree.collapse(first)
    window.tree.expand(second)
    person = window.proxy.index(0, 0, second)
    qtbot.mouseClick(
        window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(person).center()
    )
    chosen, company = person.data(ID_ROLE), uuid.UUID(second.data(ID_ROLE))
    splitter = window.centralWidget()
    assert isinstance(splitter, QSplitter)
    splitter.setSizes([300, 1066])
    sizes = splitter.sizes()

    def unchanged() -> None:
        assert window.tree.currentIndex().data(ID_ROLE) == chosen
        assert window.pages.currentWidget() is window.employee_tabs
        again = window.proxy.index(0, 0, window.proxy.index(0, 0))
        assert not window.tree.isExpanded(again)
        assert window.tree.isExpanded(window.proxy.index(1, 0, window.proxy.index(0, 0)))
        assert splitter.sizes() == sizes

    qtbot.keyClick(window.tree, Qt.Key.Key_F5)  # the tree's data is read in a job, then set in slices
    qtbot.waitUntil(lambda: window.reload_job is not None and window.reload_job.done)
    qtbot.waitUntil(lambda: not window.filling.running)
    assert window.reload_job is not None and window.reload_job.outcome == "finished"
    unchanged()
    window.context.notify_changed("company", company)  # as a company edit does
    unchanged()
