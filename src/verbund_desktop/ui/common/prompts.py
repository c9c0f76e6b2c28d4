"""Asking before a destructive step, and showing that a slow step is running."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, yes: str, *, destructive: bool = True) -> bool:
    """A question with named buttons; for a destructive step the safe answer („Abbrechen“) is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text)
    box.setParent(parent, box.windowFlags())
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QApplication.translate("Prompts", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel if destructive else accept)
    box.setEscapeButton(cancel)
    box.exec()
    clicked: QAbstractButton | None = box.clickedButton()
    box.deleteLater()
    if parent is not None:  # keyboard work goes on in the window the question came from
        parent.window().activateWindow()
    return clicked is accept


@contextmanager
def busy(*widgets: QWidget) -> Iterator[None]:
    """Wait cursor, and the given buttons disabled, until the step is done: a second click cannot start it again."""
    for widget in widgets:
        widget.setEnabled(False)
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    QApplication.processEvents()  # paint the disabled state before the work starts
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        for widget in widgets:
            widget.setEnabled(True)
