"""Screenshots of the print preview at 1366×768, German and English (VERBUND_SCREENSHOTS=<dir> keeps them, as
for the other screens): the preview in front of the main window, on page 1 of a demo plan, with the letterhead
logo of the network."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.support.plan_support import employee_id
from tests.ui.shell.test_translations import ENGLISH, Install, language
from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.letterhead import set_letterhead_logo
from verbund_desktop.ui.planning.plan_editor import PlanEditor
from verbund_desktop.ui.printing import window_fit
from verbund_desktop.ui.printing.print_preview import PREVIEW_GEOMETRY

__all__ = ["language"]  # the fixture, used by name below

SCREEN = QRect(0, 0, 1366, 768)
TASK_BAR = 40


def demo_logo(path: Path) -> Path:
    """A plain two-colour mark standing in for a network's logo."""
    image = QImage(320, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 80, 80, QColor(31, 95, 115))
    painter.fillRect(96, 20, 224, 40, QColor(230, 140, 40))
    painter.end()
    assert image.save(str(path), "PNG")
    return path


def composite(window: QWidget, dialog: QWidget) -> QImage:
    """The main window with the dialog centred on it, framed (offscreen there is no window manager)."""
    shot = window.grab().toImage()
    image = dialog.grab().toImage()
    painter = QPainter(shot)
    left, top = (shot.width() - image.width()) // 2, (shot.height() - image.height()) // 2
    painter.drawImage(left, top, image)
    painter.setPen(QColor("#44474a"))
    painter.drawRect(left - 1, top - 1, image.width() + 1, image.height() + 1)
    painter.end()
    return shot


@pytest.mark.parametrize(("locale", "name"), [(None, "vorschau.png"), (ENGLISH, "vorschau-en.png")])
def test_screenshot_of_the_preview_at_1366x768(
    qtbot: QtBot,
    demo_ws: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Install,
    locale: QLocale | None,
    name: str,
) -> None:
    if locale is not None:
        language(locale)
    monkeypatch.setattr(window_fit, "available_area", lambda widget: SCREEN.adjusted(0, 0, 0, -TASK_BAR))
    PREVIEW_GEOMETRY.set("")
    set_letterhead_logo(demo_ws, demo_logo(tmp_path / "logo.png"), actor="Test")
    window = make_window(qtbot, demo_ws)
    assert window.select("employee", employee_id(demo_ws, "BM-02"))
    tabs = window.employee_tabs
    index = next(i for i in range(tabs.count()) if isinstance(tabs.widget(i), PlanEditor))
    tabs.setCurrentIndex(index)
    editor = tabs.widget(index)
    assert isinstance(editor, PlanEditor)
    editor.show_preview()
    dialog = editor.preview
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.height() + window_fit.FRAME_ALLOWANCE.height() <= SCREEN.height() - TASK_BAR
    shot = composite(window, dialog)
    assert (shot.width(), shot.height()) == (1366, 768)
    out = Path(os.environ.get("VERBUND_SCREENSHOTS", tmp_path))
    assert shot.save(str(out / name))
    dialog.reject()
