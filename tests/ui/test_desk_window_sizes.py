"""Windows fit the screen and come back as they were left (issue 14, third item)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.common.geometry import available_area
from verbund_desktop.ui.shell.main_window import MainWindow


def shown(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def on_screen(widget: QWidget) -> QRect:
    """The widget's rectangle in screen coordinates."""
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_main_window_fits_the_screen_with_its_status_bar(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = shown(qtbot, demo_ws)
    area = available_area(window)
    assert area.contains(window.geometry())
    assert area.contains(on_screen(window.statusBar()))  # „Gespeichert …“ is visible
    assert window.saved_label.isVisible()


def test_the_window_comes_back_as_it_was_left_but_never_off_screen(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = shown(qtbot, demo_ws)
    window.setGeometry(60, 50, 640, 420)
    left = window.geometry()
    window.close()
    again = shown(qtbot, demo_ws)
    assert again.geometry().size() == left.size()
    assert (again.geometry().topLeft() - left.topLeft()).manhattanLength() <= 8  # the frame, as restored

    again.setGeometry(2500, 1800, 3000, 2000)  # as left on a large second monitor
    again.close()
    third = shown(qtbot, demo_ws)
    assert available_area(third).contains(third.geometry())


def test_about_box_fits_and_ok_closes_it(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = shown(qtbot, demo_ws)
    seen: list[bool] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, check)
            return
        area = available_area(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.append(area.contains(dialog.geometry()) and area.contains(on_screen(ok)) and ok.isVisible())
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, check)
    window.action_about.trigger()
    assert seen == [True]
