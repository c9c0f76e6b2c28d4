"""The company needs interview, driven with the keyboard alone, then checked in the database."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTabBar, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.dialogs import answer_next_box
from tests.ui.keyboard import type_text
from tests.ui.shell.test_main_window import make_window
from verbund_desktop.assessment.guide import QuestionType, is_relevant
from verbund_desktop.persistence.models import Company, CompanyInterview, InterviewAnswer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.needs import company_interview as service
from verbund_desktop.services.organisation.companies import CompanyInput, create_company
from verbund_desktop.ui.needs.company_interview_view import CompanyInterviewView
from verbund_desktop.ui.needs.interview_sections_model import SectionListModel
from verbund_desktop.ui.needs.question_block import QuestionBlock
from verbund_desktop.ui.shell.main_window import MainWindow

COMPANY = "Tischlerei Größner"


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


def focused_block(view: CompanyInterviewView) -> QuestionBlock | None:
    widget: QWidget | None = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, QuestionBlock):
        widget = widget.parentWidget()
    return widget if isinstance(widget, QuestionBlock) and view.blocks.get(widget.key) is widget else None


def answer_with_keys(qtbot: QtBot, block: QuestionBlock) -> Any:
    """Answer the focused question as an advisor would; returns the value that must end up in the database.

    An answer prefilled from the company record is confirmed by moving on, as the advisor does when it is right.
    """
    q = block.question
    if block.input.value() is not None:
        return block.input.value()
    if q.type is QuestionType.TEXT:
        text = f"Größere Aufträge – Antwort zu {q.key}"
        type_text(qtbot, focus(), text)
        return text
    if q.type is QuestionType.NUMBER:
        number = 1998 if q.key == "gruendungsjahr" else 12
        type_text(qtbot, focus(), str(number))
        return number
    if q.type is QuestionType.SCALE:
        value = (q.scale_min or 0) + 2
        type_text(qtbot, focus(), str(value))
        return value
    if q.type is QuestionType.YES_NO:
        press(qtbot, Qt.Key.Key_Space)  # "Ja" has the focus
        return True
    if q.type is QuestionType.MULTIPLE_CHOICE:
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Space)
        return [q.options[0].value, q.options[1].value]
    if isinstance(focus(), QComboBox):
        press(qtbot, Qt.Key.Key_Down)
        return q.options[0].value
    press(qtbot, Qt.Key.Key_Down)  # nothing chosen yet: the arrow moves the focus, Space picks
    press(qtbot, Qt.Key.Key_Space)
    return q.options[1].value


@pytest.fixture
def window(qtbot: QtBot, demo_ws: Workspace) -> MainWindow:
    create_company(demo_ws, CompanyInput(COMPANY, 14, contact_name="Jörg Größner"), actor="Test")
    return make_window(qtbot, demo_ws)


def open_interview_tab_by_keyboard(qtbot: QtBot, window: MainWindow) -> CompanyInterviewView:
    qtbot.keyClick(window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.filter_edit, "Größner")
    press(qtbot, Qt.Key.Key_Return)
    assert window.company_overview.title.text() == COMPANY
    press(qtbot, Qt.Key.Key_Tab)  # from the tree to the tab bar
    assert isinstance(focus(), QTabBar)
    press(qtbot, Qt.Key.Key_Right)
    view = window.company_tabs.currentWidget()
    assert isinstance(view, CompanyInterviewView)
    return view


def stored(ws: Workspace, company_name: str) -> tuple[tuple[str, bool], dict[str, Any], dict[str, str]]:
    """``((status, has completed_at), answers, notes)`` of the company's interview, read from the database."""
    with ws.unit_of_work() as uow:
        company = uow.session.scalars(select(Company).where(Company.name == company_name)).one()
        interview = uow.session.scalars(
            select(CompanyInterview).where(CompanyInterview.company_id == company.id)
        ).one()
        rows = list(
            uow.session.scalars(select(InterviewAnswer).where(InterviewAnswer.interview_id == interview.id))
        )
        status = (interview.status, interview.completed_at is not None)
        return status, {a.question_key: a.value for a in rows}, {a.question_key: a.note for a in rows}


def test_full_interview_with_the_keyboard_alone(qtbot: QtBot, window: MainWindow, demo_ws: Workspace) -> None:
    view = open_interview_tab_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: focus() is view.start_button)
    press(qtbot, Qt.Key.Key_Return)
    assert view.state is not None and view.state.status == "draft"
    qtbot.waitUntil(lambda: focused_block(view) is not None)

    # Completing too early lists the open required questions and jumps to the first one.
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.message.isVisible() and "Pflichtfrage(n) offen" in view.message.text()
    assert focused_block(view) is view.blocks["branche"]

    prefilled = dict(view.state.answers)  # from the company record, hidden follow-ups included
    assert prefilled["beschaeftigte_gesamt"] == 14 and prefilled["betriebsrat"] is False
    expected: dict[str, Any] = {}
    sections = view.state.guide.sections
    block = focused_block(view)
    visited: list[int] = []
    while block is not None and block.key not in expected:  # Tab runs through all sections, then leaves
        row = view._section_of[block.key]
        if not visited or visited[-1] != row:
            visited.append(row)
        expected[block.key] = answer_with_keys(qtbot, block)
        press(qtbot, Qt.Key.Key_Tab)  # leaving a typed field commits it at once
        block = focused_block(view)
    assert visited == list(range(len(sections)))
    for row, section in enumerate(sections):
        progress = view.model.section(row)
        assert progress.answered == progress.relevant > 0, section.key

    assert view.open_label.text() == "Alle Pflichtfragen beantwortet."
    assert focus() is view.complete_button  # Tab after the last question
    press(qtbot, Qt.Key.Key_Return)

    status, answers, _notes = stored(demo_ws, COMPANY)
    assert status == ("complete", True)
    assert answers == prefilled | expected
    relevant = [q.key for q in view.state.guide.questions() if is_relevant(q, answers)]
    assert set(answers) == set(relevant)  # every relevant question answered, nothing else stored
    assert view.reopen_button.isVisible() and not view.complete_button.isVisible()
    assert window.company_overview.values()["Bedarfsanalyse"] == "abgeschlossen"


def test_typed_text_is_saved_after_a_pause_and_notes_with_f2(
    qtbot: QtBot, window: MainWindow, demo_ws: Workspace
) -> None:
    view = open_interview_tab_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: focus() is view.start_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused_block(view) is view.blocks["branche"])
    type_text(qtbot, focus(), "Möbelbau")
    with qtbot.waitSignal(window.context.saved):
        pass  # the idle timer commits without leaving the field
    assert stored(demo_ws, COMPANY)[1]["branche"] == "Möbelbau"
    assert window.saved_label.text().startswith("Gespeichert ")
    press(qtbot, Qt.Key.Key_F2)
    assert focus() is view.blocks["branche"].note
    type_text(qtbot, focus(), "laut Inhaber")
    press(qtbot, Qt.Key.Key_Return)  # back to the answer, note saved
    assert focused_block(view) is view.blocks["branche"]
    assert stored(demo_ws, COMPANY)[2]["branche"] == "laut Inhaber"


def test_invalid_number_shows_message_and_is_not_saved(
    qtbot: QtBot, window: MainWindow, demo_ws: Workspace
) -> None:
    view = open_interview_tab_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: focus() is view.start_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused_block(view) is not None)
    view.focus_question("standorte_anzahl")
    type_text(qtbot, focus(), "zwei")
    press(qtbot, Qt.Key.Key_Tab)
    block = view.blocks["standorte_anzahl"]
    assert block.error.isVisible() and "ganze Zahl" in block.error.text()
    assert "standorte_anzahl" not in stored(demo_ws, COMPANY)[1]
    block.focus_answer()
    focus_edit = focus()
    assert isinstance(focus_edit, QLineEdit)
    focus_edit.selectAll()
    type_text(qtbot, focus_edit, "3")
    press(qtbot, Qt.Key.Key_Tab)
    assert not block.error.isVisible()
    assert stored(demo_ws, COMPANY)[1]["standorte_anzahl"] == 3


def test_relevance_hides_questions_and_keeps_their_answers(
    qtbot: QtBot, window: MainWindow, demo_ws: Workspace
) -> None:
    view = open_interview_tab_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: focus() is view.start_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused_block(view) is not None)
    follow_up = view.blocks["wb_beauftragte_name"]
    assert follow_up.isHidden()
    view.focus_question("wb_beauftragte_vorhanden")
    press(qtbot, Qt.Key.Key_Space)  # Ja
    assert not follow_up.isHidden()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_block(view) is follow_up
    type_text(qtbot, focus(), "Frau Kühn")
    press(qtbot, Qt.Key.Key_Tab)
    view.focus_question("wb_beauftragte_vorhanden")
    press(qtbot, Qt.Key.Key_Right)  # Nein: the follow-up disappears, its answer stays stored
    assert follow_up.isHidden()
    answers = stored(demo_ws, COMPANY)[1]
    assert answers["wb_beauftragte_vorhanden"] is False and answers["wb_beauftragte_name"] == "Frau Kühn"
    press(qtbot, Qt.Key.Key_Delete)  # clears the yes/no answer
    assert "wb_beauftragte_vorhanden" not in stored(demo_ws, COMPANY)[1]


def test_reopen_continues_where_the_advisor_left(
    qtbot: QtBot, window: MainWindow, demo_ws: Workspace
) -> None:
    company = next(c for c in window.directory.companies() if c.name.startswith("Bäckerei"))
    state = service.latest_interview(demo_ws, company.id)
    assert state is not None and state.complete
    window.select("company", company.id)
    window.company_tabs.setCurrentIndex(1)
    view = window.company_tabs.currentWidget()
    assert isinstance(view, CompanyInterviewView)
    qtbot.waitUntil(lambda: focus() is view.section_list)  # complete: the sections can be browsed
    assert not view.blocks["branche"].input.isEnabled()  # but not changed
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.state is not None and view.state.status == "draft"
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_Tab)
    left_at = focused_block(view)
    assert left_at is not None and view.pages.currentIndex() == 2
    window.company_tabs.setCurrentIndex(0)  # leaving the tab saves the position
    fresh = service.latest_interview(demo_ws, company.id)
    assert fresh is not None and (fresh.last_section_key, fresh.last_question_key) == (
        view.state.guide.sections[2].key,
        left_at.key,
    )
    other = make_window(qtbot, demo_ws)  # a new window (as after a restart) continues there
    other.select("company", company.id)
    other.company_tabs.setCurrentIndex(1)
    again = other.company_tabs.currentWidget()
    assert isinstance(again, CompanyInterviewView)
    qtbot.waitUntil(lambda: focused_block(again) is not None)
    assert focused_block(again) is again.blocks[left_at.key]


def test_f8_jumps_to_the_next_open_required_question(qtbot: QtBot, window: MainWindow) -> None:
    view = open_interview_tab_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: focus() is view.start_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused_block(view) is not None)
    type_text(qtbot, focus(), "Tischlerei")
    press(qtbot, Qt.Key.Key_F8)
    assert focused_block(view) is view.blocks["kerngeschaeft"]
    press(qtbot, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # the same with Strg+J: still open
    assert focused_block(view) is view.blocks["staerken"]


def test_section_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: Any, window: MainWindow) -> None:
    view = open_interview_tab_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: focus() is view.start_button)
    press(qtbot, Qt.Key.Key_Return)
    qtmodeltester.check(view.model)
    empty = SectionListModel()
    qtmodeltester.check(empty)
    assert view.model.rowCount() == len(view.state.guide.sections)  # type: ignore[union-attr]
    assert view.model.index(0, 0).data() == "A1 Basisdaten  0/6"


def test_screenshots(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path) -> None:
    """Main window with a company, and the interview tab, at 1366×768 (into docs/ when asked to)."""
    out = Path(os.environ.get("VERBUND_SCREENSHOTS", tmp_path))
    company = next(c for c in companies_of(demo_ws) if c.name.startswith("Metallbau"))
    state = service.latest_interview(demo_ws, company.id)
    assert state is not None
    service.reopen_interview(demo_ws, state.id, actor="Test")
    service.save_answer(demo_ws, state.id, "strukturwandel", True, actor="Test")  # a follow-up is now open
    window = make_window(qtbot, demo_ws)
    window.resize(1366, 768)
    window.select("company", company.id)
    window.tree.expand(window.tree.currentIndex())  # the company's people under it
    qtbot.wait(50)
    assert window.grab().save(str(out / "betriebe.png"))
    window.company_tabs.setCurrentIndex(1)
    view = window.company_tabs.currentWidget()
    assert isinstance(view, CompanyInterviewView)
    view.go_to_section(1)
    qtbot.wait(50)
    image = window.grab()
    assert (image.width(), image.height()) == (1366, 768)
    assert image.save(str(out / "bedarfsanalyse.png"))


def companies_of(ws: Workspace) -> list[Any]:
    from verbund_desktop.services.organisation.directory import Directory

    return Directory(ws).companies()


def test_text_fields_are_plain_text_edits_that_tab_onwards(qtbot: QtBot, window: MainWindow) -> None:
    view = open_interview_tab_by_keyboard(qtbot, window)
    qtbot.waitUntil(lambda: focus() is view.start_button)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused_block(view) is not None)
    assert isinstance(focus(), QPlainTextEdit)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_block(view) is view.blocks["kerngeschaeft"]


def test_a_new_needs_analysis_after_a_completed_one_keeps_the_old_one(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    company = next(c for c in companies_of(demo_ws) if c.name.startswith("Bäckerei"))
    done = service.latest_interview(demo_ws, company.id)
    assert done is not None and done.complete
    window = make_window(qtbot, demo_ws)
    window.select("company", company.id)
    window.company_tabs.setCurrentIndex(1)
    view = window.company_tabs.currentWidget()
    assert isinstance(view, CompanyInterviewView)
    assert view.new_button.isVisible() and not view.complete_button.isVisible()
    answer_next_box(qtbot, "Neue beginnen")  # the question asked first
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.state is not None and not view.state.complete and view.state.id != done.id
    assert not view.new_button.isVisible() and view.complete_button.isVisible()
    with demo_ws.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(CompanyInterview).where(CompanyInterview.company_id == company.id)
        ).all()
        assert sorted(r.status for r in rows) == ["complete", "draft"]
        old = uow.session.get(CompanyInterview, done.id)
        assert old is not None and old.status == "complete" and len(old.answers) > 30
