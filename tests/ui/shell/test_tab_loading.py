"""Selecting a company or a person builds and loads only the tab on screen; the others catch up when shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.shell.subject_tabs import SubjectTabs


def _built(tabs: SubjectTabs) -> list[str]:
    return [tabs.tabText(i) for i in range(1, tabs.count()) if tabs.is_built(i)]


def test_selecting_a_company_builds_no_hidden_tab_and_a_shown_tab_loads_the_selected_company(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)
    first, second = window.directory.companies()[:2]
    assert window.select("company", first.id)
    tabs = window.company_tabs
    assert tabs.currentIndex() == 0 and _built(tabs) == []  # the overview is shown: nothing else is built
    report = [tabs.tabText(i) for i in range(tabs.count())].index("Bericht")
    tabs.setCurrentIndex(report)
    assert _built(tabs) == ["Bericht"] and not tabs.is_stale(report)
    assert getattr(tabs.widget(report), "company_id", first.id) == first.id

    # Another company while the report is on screen: only the report follows at once.
    funding = [tabs.tabText(i) for i in range(tabs.count())].index("Förderung")
    assert window.select("company", second.id)
    assert tabs.currentIndex() == report and not tabs.is_stale(report) and tabs.is_stale(funding)
    assert _built(tabs) == ["Bericht"]
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Left)  # the funding tab comes into view by keyboard
    assert tabs.currentIndex() == funding and not tabs.is_stale(funding)
    assert "Förderung" in _built(tabs) and tabs.subject == second.id


def test_a_person_tab_shown_later_gets_the_person_selected_meanwhile(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)
    people = window.directory.employees()
    tabs = window.employee_tabs
    assert window.select("employee", people[0].id)
    history = [tabs.tabText(i) for i in range(tabs.count())].index("Verlauf")
    tabs.setCurrentIndex(history)
    tabs.setCurrentIndex(0)
    assert window.select("employee", people[1].id)
    assert tabs.is_stale(history)  # built for the first person, not yet told about the second
    tabs.setCurrentIndex(history)
    assert not tabs.is_stale(history) and tabs.subject == people[1].id
