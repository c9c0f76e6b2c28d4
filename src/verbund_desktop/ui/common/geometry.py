"""Windows fit the screen they open on (a 1366×768 laptop too) and come back where the person left them."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from verbund_desktop.ui.common.settings import Setting

FRAME_ALLOWANCE = QSize(16, 48)  # title bar and borders the window manager adds outside the client area


def available_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def clamp(widget: QWidget) -> None:
    """Shrink and move ``widget`` so that it, with its frame, lies wholly on the available screen area."""
    area = available_area(widget)
    width = min(widget.width(), area.width() - FRAME_ALLOWANCE.width())
    height = min(widget.height(), area.height() - FRAME_ALLOWANCE.height())
    widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))
    x = min(max(widget.x(), area.left()), area.right() - widget.width() - FRAME_ALLOWANCE.width() + 1)
    y = min(max(widget.y(), area.top()), area.bottom() - widget.height() - FRAME_ALLOWANCE.height() + 1)
    widget.move(max(x, area.left()), max(y, area.top()))


def restore(widget: QWidget, setting: Setting[str], default: QSize) -> None:
    """The saved geometry if there is one, else ``default``; either way clamped to the screen."""
    saved = setting.get()
    if not (saved and widget.restoreGeometry(QByteArray.fromHex(saved.encode()))):
        widget.resize(default)
    clamp(widget)


def save(widget: QWidget, setting: Setting[str]) -> None:
    setting.set(bytes(widget.saveGeometry().toHex().data()).decode())


def fit(widget: QWidget, wanted: QSize) -> None:
    """Give a dialog its wanted size, but never more than the screen has room for."""
    widget.resize(wanted)
    clamp(widget)
