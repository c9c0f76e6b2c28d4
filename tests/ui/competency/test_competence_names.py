"""Issue 14: in the rating grid competence names shrank to about 12 characters. Now a long name wraps onto a
second line of its row, in German and in English, at 1366×768; the tooltip keeps the full name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from tests.ui.competency.test_competency_view import demo_person
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.competency.competency_view import CompetencyView
from verbund_desktop.ui.competency.rating_grid import RatingGrid
from verbund_desktop.ui.competency.rating_model import Column


def _open_grid(qtbot: QtBot, ws: Workspace) -> RatingGrid:
    window = make_window(qtbot, ws)
    window.select("employee", demo_person(ws, "Weiß"))
    tabs = window.employee_tabs
    tabs.setCurrentIndex(1)  # the competency interview, in either language
    view = tabs.currentWidget()
    assert isinstance(view, CompetencyView)
    qtbot.waitUntil(lambda: view.grid.model() is not None and view.grid.model().rowCount() > 0)
    QApplication.processEvents()
    return view.grid


def _hidden_names(grid: RatingGrid) -> list[str]:
    """Names whose wrapped text needs more room than their cell has (the cell would elide them)."""
    metrics = grid.fontMetrics()
    margin = grid.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, grid) + 1
    model = grid.model()
    hidden = []
    for row in range(model.rowCount()):
        if model.is_header_row(row):  # type: ignore[attr-defined]
            continue
        index = model.index(row, Column.COMPETENCE)
        cell = grid.visualRect(index)
        text = str(index.data())
        room = QRect(0, 0, cell.width() - 2 * margin, 10_000)
        needed = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
        if needed.height() > cell.height() or needed.width() > room.width():
            hidden.append(text)
    return hidden


@pytest.mark.parametrize("english", [False, True])
def test_every_competence_name_is_readable_in_the_grid(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    english: bool,
) -> None:
    if english:
        language(QLocale(ENGLISH))
    grid = _open_grid(qtbot, demo_ws)
    QApplication.processEvents()  # the rows' heights follow on the next turn of the event loop
    assert _hidden_names(grid) == []
    model = grid.model()
    longest = max(
        (model.index(r, Column.COMPETENCE) for r in range(model.rowCount()) if not model.is_header_row(r)),  # type: ignore[attr-defined]
        key=lambda i: len(str(i.data())),
    )
    assert len(str(longest.data())) > 40  # the demo has names the old grid cut to a few words
    assert grid.rowHeight(longest.row()) > grid.fontMetrics().height() + 10  # it wrapped onto a second line
    tip = str(longest.data(Qt.ItemDataRole.ToolTipRole))
    assert str(longest.data()).split(" ", 1)[1] in tip  # the full name is in the tooltip too
