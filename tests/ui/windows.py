"""Opening the main window in UI tests as a person would see it: shown, active, 1366×768."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.organisation.directory_model import KIND_ROLE, NodeKind
from verbund_desktop.ui.shell.main_window import MainWindow


def make_window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    """Offscreen windows are not active by themselves; shortcuts and focus need an active window."""
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def visible_leaves(window: MainWindow, parent: QModelIndex | None = None) -> list[str]:
    """Labels of the employees the filtered tree shows (after the typing pause the filter waits for)."""
    if parent is None:
        window.filter_input.flush()
    parent = parent or QModelIndex()
    out: list[str] = []
    for row in range(window.proxy.rowCount(parent)):
        index = window.proxy.index(row, 0, parent)
        if index.data(KIND_ROLE) == NodeKind.EMPLOYEE:
            out.append(index.data())
        out.extend(visible_leaves(window, index))
    return out
