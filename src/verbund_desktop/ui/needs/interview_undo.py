"""Undo and redo of answers in the needs interview (Strg+Z, Strg+Umschalt+Z / Strg+Y).

Inside a text field its own undo comes first; otherwise the last saved answer goes back to what it was. Each
step is saved through the service at once (with its audit event), like any other answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget


class _AnswerChange(QUndoCommand):
    def __init__(self, key: str, store: Callable[[str, Any], object], old: Any, new: Any) -> None:
        super().__init__(key)
        self._key, self._store, self._old, self._new, self._done = key, store, old, new, True

    def redo(self) -> None:
        if self._done:  # pushed after the answer was saved
            self._done = False
            return
        self._store(self._key, self._new)

    def undo(self) -> None:
        self._store(self._key, self._old)


class AnswerUndo(QObject):
    """``restored`` names the question whose answer an undo or redo has just stored."""

    restored = Signal(str)

    def __init__(self, view: QWidget, store: Callable[[str, Any], bool]) -> None:
        super().__init__(view)
        self.stack = QUndoStack(self)
        self._store = store
        for text, keys, slot in (
            (QCoreApplication.translate("CompanyInterviewView", "Rückgängig"), ["Ctrl+Z"], self.stack.undo),
            (
                QCoreApplication.translate("CompanyInterviewView", "Wiederholen"),
                ["Ctrl+Shift+Z", "Ctrl+Y"],
                self.stack.redo,
            ),
        ):
            action = QAction(text, view)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            view.addAction(action)

    def saved(self, key: str, old: Any, new: Any) -> None:
        if old != new:
            self.stack.push(_AnswerChange(key, self._restore, old, new))

    def _restore(self, key: str, value: Any) -> None:
        if self._store(key, value):
            self.restored.emit(key)
