"""Issue 13 item 5: the re-interview's before/after says how many levels a gap still lacks, German and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from verbund_desktop.assessment.gap_outcome import BeforeAfter
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.network.follow_up_view import FollowUpsView


def line(before: int, target: int | None, after: int | None) -> BeforeAfter:
    return BeforeAfter("1.1", "Browsing", before, target, after)


CASES = [
    (line(1, 4, 4), "geschlossen", "closed"),
    (line(1, 4, 5), "geschlossen", "closed"),
    (line(1, 4, 3), "noch 1 Stufe", "1 level to go"),
    (line(0, 4, 1), "noch 3 Stufen", "3 levels to go"),
    (line(1, 4, None), "–", "–"),
    (line(1, None, 2), "–", "–"),
]


@pytest.mark.parametrize(("row", "german", "_english"), CASES)
def test_an_open_gap_says_how_many_levels_are_missing(
    qtbot: QtBot, demo_ws: Workspace, row: BeforeAfter, german: str, _english: str
) -> None:
    view = FollowUpsView(WorkspaceContext(demo_ws, "Test"))
    qtbot.addWidget(view)
    assert view.gap_text(row) == german


def test_the_same_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    language(QLocale(ENGLISH))
    view = FollowUpsView(WorkspaceContext(demo_ws, "Test"))
    qtbot.addWidget(view)
    assert [view.gap_text(row) for row, _de, _en in CASES] == [english for _row, _de, english in CASES]
