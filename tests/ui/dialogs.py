"""Answering modal dialogs as a person would, from a poller: a modal dialog opens inside its own nested event
loop (``exec``), so a test arms a poller first and the poller acts once the dialog is on screen.

Every poller ends with its test: ``stop_pollers`` (tests/ui/conftest.py, after each test) disarms them and names
the ones whose dialog never opened (that test fails). Left armed, such a poller would answer the next dialog of
its kind in a later test on the same worker, and that test would see none.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

_ARMED: list[_Poller] = []  # the pollers of the running test


class _Poller:
    """Looks for a visible modal dialog of ``kind`` every ``interval_ms`` and acts on the first one, once."""

    def __init__(self, kind: type[QWidget], act: Callable[[Any], None], interval_ms: int) -> None:
        self.kind, self.act, self.interval_ms = kind, act, interval_ms
        caller = traceback.extract_stack(limit=3)[0]
        self.origin = f"{kind.__name__} poller armed at {caller.filename}:{caller.lineno}"
        self.armed = True
        _ARMED.append(self)
        QTimer.singleShot(0, self.poll)

    def poll(self) -> None:
        if not self.armed:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, self.kind) and dialog.isVisible():
            self.armed = False
            _ARMED.remove(self)
            self.act(dialog)
        else:
            QTimer.singleShot(self.interval_ms, self.poll)


def when_modal(kind: type[QWidget], act: Callable[[Any], None]) -> None:
    """Act on the next modal dialog of ``kind`` once it is open (within the running test)."""
    _Poller(kind, act, 10)


def stop_pollers() -> list[str]:
    """Disarm every poller of the test that ends; the ones still armed (their dialog never opened) are named."""
    left = [poller.origin for poller in _ARMED]
    for poller in _ARMED:
        poller.armed = False
    _ARMED.clear()
    return left


def answer_next_box(qtbot: QtBot, button_text: str | None, seen: list[str] | None = None) -> None:
    """When the next message box opens: click the button named ``button_text`` (None: press Escape).

    The box's text is appended to ``seen``; a box without that button is rejected, so a test cannot hang."""

    def answer(box: QMessageBox) -> None:
        if seen is not None:
            seen.append(box.text())
        if button_text is None:
            qtbot.keyClick(box, Qt.Key.Key_Escape)
            return
        button = next((b for b in box.buttons() if b.text() == button_text), None)
        if button is None:
            box.reject()
            raise AssertionError(f"no button „{button_text}“ in the box")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    _Poller(QMessageBox, answer, 20)
