"""The advisor's steps: a new needs analysis starts with the company's record, an answer that differs asks
whether the record should change; „ändern“ writes it (audited), „beibehalten“ keeps the record's value."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTabBar, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.dialogs import answer_next_box
from tests.ui.keyboard import type_text
from tests.ui.windows import make_window
from verbund_desktop.persistence.models import AuditEvent
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.companies import load_company
from verbund_desktop.ui.needs.company_interview_view import CompanyInterviewView
from verbund_desktop.ui.shell.main_window import MainWindow


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


def open_interview(qtbot: QtBot, window: MainWindow, name: str) -> CompanyInterviewView:
    company = next(c for c in window.directory.companies() if c.name.startswith(name))
    assert window.select("company", company.id)  # clicked in the tree
    window.tree.setFocus()
    press(qtbot, Qt.Key.Key_Tab)  # from the tree to the tab bar
    assert isinstance(focus(), QTabBar)
    press(qtbot, Qt.Key.Key_Right)
    view = window.company_tabs.currentWidget()
    assert isinstance(view, CompanyInterviewView)
    return view


def test_a_differing_answer_asks_and_the_record_changes_only_on_the_advisors_word(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)
    view = open_interview(qtbot, window, "Metallbau")  # the record: 45 staff, no group, works council
    company_id = view.company_id
    assert company_id is not None
    record = load_company(demo_ws, company_id)
    assert (record.works_council, record.headcount, record.headcount_linked) == (True, 45, 45)
    assert view.state is not None and view.state.complete  # the demo's analysis of last year
    answer_next_box(qtbot, "Neue beginnen")  # the question asked first
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)  # „Neue Bedarfsanalyse beginnen“
    assert view.state is not None and not view.state.complete
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # the question box has closed
    bar = view.record_bar
    assert bar.isHidden()  # prefilled from the record: nothing differs

    # The owner says there is no works council (any more): Nein instead of the prefilled Ja.
    view.focus_question("betriebsrat")
    assert view.blocks["betriebsrat"].input.value() is True
    press(qtbot, Qt.Key.Key_Right)
    assert bar.isVisible()
    assert "Betriebsrat: in den Betriebsdaten „ja“, im Gespräch „nein“." in bar.label.text()
    assert load_company(demo_ws, company_id).works_council is True  # asked, not yet written

    qtbot.mouseClick(bar.adopt_button, Qt.MouseButton.LeftButton)  # „Betriebsdaten ändern“
    assert bar.isHidden()
    assert load_company(demo_ws, company_id).works_council is False
    with demo_ws.unit_of_work() as uow:
        event = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == company_id, AuditEvent.field == "works_council")
        ).one()
        assert (event.old_value, event.new_value, event.actor) == (True, False, window.context.actor)
    qtbot.waitUntil(lambda: not window.updating)  # the tree's data is read in a job after an edit
    assert window.company_overview.values()["Betriebsrat"] == "nein"
    assert window.saved_label.text().startswith("Gespeichert ")

    # The total counted with a sister company: the advisor keeps the record for now.
    view = window.company_tabs.currentWidget()
    assert isinstance(view, CompanyInterviewView)
    view.focus_question("beschaeftigte_gesamt")
    edit = focus()
    assert isinstance(edit, QLineEdit) and edit.text() == "45"
    edit.selectAll()
    type_text(qtbot, edit, "52")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field commits the answer
    bar = view.record_bar
    assert bar.isVisible() and "im Gespräch „52“" in bar.label.text()
    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)  # „Betriebsdaten beibehalten“
    assert bar.isHidden()
    kept = load_company(demo_ws, company_id)
    assert (kept.headcount, kept.headcount_linked) == (45, 45)  # the plan and the estimate go on with 45
    assert view.state is not None
    assert view.answers["beschaeftigte_gesamt"] == 52  # and the interview keeps what was said
