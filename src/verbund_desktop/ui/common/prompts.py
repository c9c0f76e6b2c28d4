"""Asking before a destructive step, and showing that a slow step is running."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QMainWindow, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

# Qt and QProgressDialog are taken at first use: PySide6 creates a class's Python types (with its enums) when
# it is first taken from its module, and this module is imported on the way to the first dialog.


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
    from PySide6.QtCore import Qt

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


@contextmanager
def waiting(parent: QWidget | None, text: str) -> Iterator[None]:
    """Wait cursor and ``text`` in the window's status bar while a step runs on the UI thread (an import, an
    export, a sync file). The window repaints first; clicks and keys typed meanwhile are not delivered early."""
    from PySide6.QtCore import Qt

    window = parent.window() if parent is not None else None
    bar = window.statusBar() if isinstance(window, QMainWindow) else None
    if bar is not None:
        bar.showMessage(text)
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if bar is not None and bar.currentMessage() == text:
            bar.clearMessage()


@contextmanager
def working(parent: QWidget | None, text: str) -> Iterator[QProgressDialog]:
    """A small window saying what is being done (e.g. building a new workspace) instead of a blank screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle("Verbund Desktop")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    QApplication.processEvents()
    try:
        with busy():
            yield dialog
    finally:
        dialog.close()
        dialog.deleteLater()
