"""Answering a modal question box (``QMessageBox.exec``) as a person would: click a named button or Escape."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot


def answer_next_box(qtbot: QtBot, button_text: str | None, seen: list[str] | None = None) -> None:
    """When the next message box opens: click the button named ``button_text`` (None: press Escape).

    The box's text is appended to ``seen``; a box without that button is rejected, so a test cannot hang."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
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

    QTimer.singleShot(0, answer)
