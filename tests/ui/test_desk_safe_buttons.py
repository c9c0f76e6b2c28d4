"""Destructive and safe actions of the needs interview are apart and confirmed (issue 14, second item)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.dialogs import answer_next_box
from tests.ui.needs.test_company_interview import companies_of
from tests.ui.windows import make_window
from verbund_desktop.persistence.models import AuditEvent, CompanyInterview
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.needs import company_interview as service
from verbund_desktop.ui.needs.company_interview_view import CompanyInterviewView
from verbund_desktop.ui.shell.main_window import MainWindow


def bakery_interview(qtbot: QtBot, ws: Workspace) -> tuple[MainWindow, CompanyInterviewView]:
    company = next(c for c in companies_of(ws) if c.name.startswith("Bäckerei"))
    window = make_window(qtbot, ws)
    window.select("company", company.id)
    window.company_tabs.setCurrentIndex(1)
    view = window.company_tabs.currentWidget()
    assert isinstance(view, CompanyInterviewView) and view.state is not None and view.state.complete
    return window, view


def statuses(ws: Workspace, view: CompanyInterviewView) -> list[str]:
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(CompanyInterview.status).where(CompanyInterview.company_id == view.company_id)
        )
        return sorted(rows)


def test_new_analysis_is_apart_from_complete_and_asks_first(qtbot: QtBot, demo_ws: Workspace) -> None:
    _window, view = bakery_interview(qtbot, demo_ws)
    page = view.interview_page
    done = view.state
    assert done is not None
    # Where „Abschließen“ stood (bottom right) there is now „Wieder öffnen“; the new analysis is at the top.
    top_of_questions = page.pages.mapTo(page, page.pages.rect().topLeft()).y()
    assert view.new_button.mapTo(page, view.new_button.rect().topLeft()).y() < top_of_questions

    seen: list[str] = []
    answer_next_box(qtbot, None, seen)  # Escape: nothing happens
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert seen and "abgeschlossene bleibt unverändert" in seen[0]
    assert view.state is done and statuses(demo_ws, view) == ["complete"]

    answer_next_box(qtbot, "Neue beginnen")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.state is not None and not view.state.complete
    assert statuses(demo_ws, view) == ["complete", "draft"]

    # The completed one stays viewable: „Stand“ lists it, choosing it shows its answers read-only.
    box = page.version_box
    assert box.isEnabled() and box.count() == 2 and box.itemText(1).startswith("Abgeschlossen am")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert view.state is not None and view.state.id == done.id and view.state.complete
    assert not view.new_button.isVisible() and not view.reopen_button.isVisible()
    assert not any(block.input.isEnabled() for block in view.blocks.values())


def test_a_draft_can_be_discarded_after_a_confirmation(qtbot: QtBot, demo_ws: Workspace) -> None:
    _window, view = bakery_interview(qtbot, demo_ws)
    done = view.state
    assert done is not None
    answer_next_box(qtbot, "Neue beginnen")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    discard = view.interview_page.discard_button
    assert discard.isVisible()

    answer_next_box(qtbot, "Abbrechen")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert statuses(demo_ws, view) == ["complete", "draft"]

    answer_next_box(qtbot, "Entwurf verwerfen")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert statuses(demo_ws, view) == ["complete"]
    assert view.state is not None and view.state.id == done.id  # back to the completed one
    assert "verworfen" in view.message.text()
    with demo_ws.unit_of_work() as uow:
        actions = uow.session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_type == "company_interview")
        ).all()
    assert "discard" in actions


def test_completing_disables_the_button_while_it_runs(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, view = bakery_interview(qtbot, demo_ws)
    answer_next_box(qtbot, "Neue beginnen")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    seen: list[bool] = []
    real = service.complete_interview

    def slow(*args: Any, **kwargs: Any) -> list[service.OpenQuestion]:
        seen.append(view.complete_button.isEnabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "complete_interview", slow)
    qtbot.mouseClick(view.complete_button, Qt.MouseButton.LeftButton)
    assert seen == [False]
    assert view.complete_button.isEnabled()


def test_the_clear_button_says_it_deletes_the_answer(qtbot: QtBot, demo_ws: Workspace) -> None:
    _window, view = bakery_interview(qtbot, demo_ws)
    answer_next_box(qtbot, "Neue beginnen")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    block = next(b for b in view.blocks.values() if b.question.required and b.input.value() is not None)
    assert block.clear_button.text() == "Antwort löschen"
    assert "wieder als offen" in block.clear_button.toolTip()
    qtbot.mouseClick(block.clear_button, Qt.MouseButton.LeftButton)
    assert block.key in view.recorder.open_keys()
