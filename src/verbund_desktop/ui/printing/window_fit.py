"""A window's size and place, remembered in QSettings and always inside the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from verbund_desktop.ui.common.settings import Setting

FRAME_ALLOWANCE = QSize(16, 40)  # title bar and borders the window manager adds around the widget


def available_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_size(widget: QWidget) -> None:
    """Shrink ``widget`` to the screen's free area minus the window frame."""
    area = available_area(widget)
    width = min(widget.width(), area.width() - FRAME_ALLOWANCE.width())
    height = min(widget.height(), area.height() - FRAME_ALLOWANCE.height())
    widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))


def clamp_to_screen(widget: QWidget) -> None:
    """Shrink ``widget`` to the screen's free area and move it fully onto it."""
    fit_size(widget)
    area = available_area(widget)
    left = min(max(widget.x(), area.left()), area.right() - widget.width() - FRAME_ALLOWANCE.width() + 1)
    top = min(max(widget.y(), area.top()), area.bottom() - widget.height() - FRAME_ALLOWANCE.height() + 1)
    widget.move(max(left, area.left()), max(top, area.top()))


def restore_geometry(widget: QWidget, setting: Setting[str], default: QSize) -> None:
    """The remembered geometry (clamped to the screen), else ``default`` (shrunk to the screen; a dialog is then
    centred on its parent by Qt)."""
    stored = setting.get()
    if stored and widget.restoreGeometry(QByteArray.fromHex(stored.encode("ascii"))):
        clamp_to_screen(widget)
    else:
        widget.resize(default)
        fit_size(widget)


def save_geometry(widget: QWidget, setting: Setting[str]) -> None:
    setting.set(bytes(widget.saveGeometry().toHex().data()).decode("ascii"))
