"""The keyboard-first grid of the competency interview and the undoable rating change.

Keys in the grid: digits set the level (or the priority) of the focused cell, Delete/Backspace clears it,
N toggles „nicht anwendbar“, Enter/F2 edits the note, Enter elsewhere moves down, arrows/Tab move.
The grid only announces what was typed; the view validates, commits and updates the model.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.ui.competency.rating_model import Column, RatingModel

_COLUMN_WIDTHS = {
    Column.SELF: 56,
    Column.SUPERVISOR: 56,
    Column.AGREED: 46,
    Column.TARGET: 46,
    Column.GAP: 52,
    Column.PRIORITY: 76,
    Column.NOTE: 100,
    Column.NOT_APPLICABLE: 40,
}
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}
_NO_COMMAND_MODIFIERS = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.KeypadModifier


class RatingGrid(QTableView):
    digit_typed = Signal(QModelIndex, int)
    clear_requested = Signal(QModelIndex)
    not_applicable_toggled = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        # Long competence names wrap onto a second line instead of shrinking to a dozen characters; what still
        # does not fit is elided at the end, and the tooltip has the full name and the description.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self._row_height = self.fontMetrics().height() + 10
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(self._row_height)
        self._rows_pending = False
        self.setAccessibleName(self.tr("Kompetenzen mit Selbst-, Fremd-, Ist- und Soll-Stufe"))

    def setModel(self, model: object) -> None:
        assert isinstance(model, RatingModel)
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(Column.COMPETENCE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in _COLUMN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # Wide enough for the title in any UI language (English „Supervisor“ is longer than „Fremd“).
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            self.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(title) + 16))
        model.modelReset.connect(self._span_group_rows)
        model.modelReset.connect(self._fit_rows_later)
        header.sectionResized.connect(
            lambda column, _old, _new: self._fit_rows_later() if column == Column.COMPETENCE else None
        )

    def rating_model(self) -> RatingModel:
        model = self.model()
        assert isinstance(model, RatingModel)
        return model

    def _span_group_rows(self) -> None:
        self.clearSpans()
        for row in self.rating_model().header_rows():
            self.setSpan(row, 0, 1, len(Column))

    def _fit_rows_later(self) -> None:
        """Row heights follow the competence column's width, once per burst of resizes."""
        if not self._rows_pending:
            self._rows_pending = True
            QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        self._rows_pending = False
        if self.model() is not None:
            self.resizeRowsToContents()

    def sizeHintForRow(self, row: int) -> int:
        """Group rows (spanning the grid) keep one line; a rating row grows with its wrapped name."""
        if self.rating_model().is_header_row(row):
            return self._row_height
        return max(super().sizeHintForRow(row), self._row_height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if self.state() == QAbstractItemView.State.EditingState or not index.isValid():
            super().keyPressEvent(event)
            return
        plain = (event.modifiers() & ~_NO_COMMAND_MODIFIERS) == Qt.KeyboardModifier.NoModifier
        key = event.key()
        if plain and key in _DIGIT_KEYS:
            self.digit_typed.emit(index, _DIGIT_KEYS[Qt.Key(key)])
        elif plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_requested.emit(index)
        elif self._toggles_not_applicable(event, index):
            self.not_applicable_toggled.emit(index)
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if index.column() == Column.NOTE:
                self.edit(index)
            else:
                self.setCurrentIndex(
                    self.moveCursor(QAbstractItemView.CursorAction.MoveDown, event.modifiers())
                )
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _toggles_not_applicable(event: QKeyEvent, index: QModelIndex) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_N:
            return mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        return (
            event.key() == Qt.Key.Key_Space
            and mods == Qt.KeyboardModifier.NoModifier
            and index.column() == Column.NOT_APPLICABLE
        )

    def focus_cell(self, row: int, column: int) -> None:
        index = self.model().index(row, column)
        self.setCurrentIndex(index)
        self.scrollTo(index)


class RatingChange(QUndoCommand):
    """One committed change of one field; undo and redo commit again, so the database equals the screen.

    The change is already committed when the command is pushed, so the first ``redo`` does nothing. A
    command whose commit fails (e.g. consent withdrawn meanwhile) makes itself obsolete and leaves the stack.
    """

    def __init__(
        self,
        apply: Callable[[uuid.UUID, RatingField, object], bool],
        rating_id: uuid.UUID,
        which: RatingField,
        old: object,
        new: object,
        text: str,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.rating_id = rating_id
        self.field = which
        self.old = old
        self.new = new
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        if not self._apply(self.rating_id, self.field, self.new):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._apply(self.rating_id, self.field, self.old):
            self.setObsolete(True)
