"""Undo and redo in the plan editor (Strg+Z, Strg+Umschalt+Z / Strg+Y): every typed change of a measure or of the
plan's texts. Each undo or redo is itself a saved change through the service (audit trail, versions); after a
printed version it lands in the version being edited, never in the printed one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from verbund_desktop.services.planning import plans
from verbund_desktop.ui.common.context import WorkspaceContext

Apply = Callable[[Callable[[], plans.PlanEdit]], bool]


class _Change(QUndoCommand):
    """A change already made; ``redo`` repeats it later, ``undo`` stores the old value again."""

    def __init__(self, text: str, store: Callable[[Any], object], old: Any, new: Any) -> None:
        super().__init__(text)
        self._store, self._old, self._new, self._done = store, old, new, True

    def redo(self) -> None:
        if self._done:  # pushed after the change was saved
            self._done = False
            return
        self._store(self._new)

    def undo(self) -> None:
        self._store(self._old)


class PlanUndo:
    def __init__(self, editor: QWidget, context: WorkspaceContext, apply: Apply) -> None:
        self.stack = QUndoStack(editor)
        self._ctx, self._apply = context, apply
        for text, keys, slot in (
            (QCoreApplication.translate("PlanEditor", "Rückgängig"), ["Ctrl+Z"], self.stack.undo),
            (
                QCoreApplication.translate("PlanEditor", "Wiederholen"),
                ["Ctrl+Shift+Z", "Ctrl+Y"],
                self.stack.redo,
            ),
        ):
            action = QAction(text, editor)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            editor.addAction(action)

    def _run(self, action: Callable[[], plans.PlanEdit]) -> plans.PlanEdit | None:
        got: list[plans.PlanEdit] = []

        def capture() -> plans.PlanEdit:
            got.append(action())
            return got[-1]

        return got[-1] if self._apply(capture) and got else None

    def push_measure(self, measure_id: uuid.UUID, name: str, old: Any, new: Any) -> None:
        """Record a saved change of a measure (``measure_id``: where it landed, a copy after printing)."""
        ws, actor = self._ctx.workspace, self._ctx.actor
        if old != new:
            self.stack.push(
                _Change(
                    name,
                    lambda v: self._run(
                        lambda: plans.set_measure_field(ws, measure_id, name, v, actor=actor)
                    ),
                    old,
                    new,
                )
            )

    def measure_field(self, measure_id: uuid.UUID, name: str, old: Any, new: Any) -> None:
        """Store one field of a measure; undoable when it was saved."""
        ws, actor = self._ctx.workspace, self._ctx.actor
        edit = self._run(lambda: plans.set_measure_field(ws, measure_id, name, new, actor=actor))
        if edit is not None:
            self.push_measure(edit.measure_id or measure_id, name, old, new)

    def plan_field(self, plan_id: uuid.UUID, name: str, old: Any, new: Any) -> None:
        ws, actor = self._ctx.workspace, self._ctx.actor
        edit = self._run(lambda: plans.set_plan_field(ws, plan_id, name, new, actor=actor))
        if edit is not None and old != new:
            target = edit.plan_id
            self.stack.push(
                _Change(
                    name,
                    lambda v: self._run(lambda: plans.set_plan_field(ws, target, name, v, actor=actor)),
                    old,
                    new,
                )
            )
