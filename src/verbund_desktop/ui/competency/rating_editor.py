"""What the keys in the competency grid do: validate, commit through the service, make it undoable.

The controller of the competency view's grid (seen through :class:`RatingSheet`). Every accepted change is committed at
once (``run_action`` → „Gespeichert HH:MM:SS“) and pushed on the view's QUndoStack; undo and redo commit
again. Values outside the catalogue's scale are refused with a short German message and change nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtGui import QUndoStack

from verbund_desktop.services.competency import assessments
from verbund_desktop.services.competency.assessment_sheets import FIELD_LABELS_DE, RatingField, RatingRow
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, domain_label
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.competency.rating_grid import RatingChange, RatingGrid
from verbund_desktop.ui.competency.rating_model import (
    COLUMN_FIELDS,
    FIELD_COLUMNS,
    LEVEL_COLUMNS,
    Column,
    RatingModel,
)

KEYS_HINT = QT_TRANSLATE_NOOP(  # shown through RatingEditor.keys_hint()
    "RatingEditor",
    "Ziffer: Stufe · Entf: leeren · N: nicht anwendbar · Enter/F2: Notiz · F8: nächste offene Eingabe · "
    "Strg+Z/Strg+Umschalt+Z: rückgängig/wiederholen",
)


class RatingSheet(Protocol):
    """What the editor needs of the view whose grid it edits (the competency view)."""

    context: WorkspaceContext
    employee_id: uuid.UUID | None
    grid: RatingGrid
    model: RatingModel
    undo_stack: QUndoStack

    @property
    def editable(self) -> bool: ...
    def show_message(self, text: str, *, error: bool = False) -> None: ...
    def ensure_consent(self, action: Callable[[], None] | None) -> bool: ...
    def values_changed(self) -> None: ...
    def focus_grid(self) -> None: ...


class RatingEditor(QObject):
    def __init__(self, view: RatingSheet, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        view.grid.digit_typed.connect(self.digit_typed)
        view.grid.clear_requested.connect(self.clear)
        view.grid.not_applicable_toggled.connect(self.toggle_not_applicable)
        view.model.change_requested.connect(
            lambda rid, which, value: self.request_change(rid, RatingField(which), value)
        )

    def request_change(self, rating_id: uuid.UUID, which: RatingField, value: object) -> bool:
        """Validate, commit and push an undoable change; False (with a message) when nothing was stored."""
        view = self.view
        if not view.editable:
            view.show_message(
                self.tr("Dieses Gespräch ist abgeschlossen und bleibt unverändert."), error=True
            )
            return False
        if not view.ensure_consent(None):
            return False
        row = view.model.rating_at(view.model.row_of(rating_id))
        assert row is not None
        old = row.values.get(which)
        if old == value:
            return True
        if not self.apply(rating_id, which, value):
            return False
        text = f"{row.competence_code}: {domain_label(FIELD_LABELS_DE[which])} {old!s} → {value!s}"
        view.undo_stack.push(RatingChange(self.apply, rating_id, which, old, value, text))
        return True

    def apply(self, rating_id: uuid.UUID, which: RatingField, value: object) -> bool:
        """Commit one value (also used by undo/redo) and show what was stored."""
        view = self.view
        ws, actor = view.context.workspace, view.context.actor
        stored = run_action(
            view.grid,
            view.context,
            lambda: assessments.set_rating_field(ws, rating_id, which, value, actor=actor),
            changed=("rating", view.employee_id),
        )
        if stored is None:
            return False
        row = view.model.row_of(rating_id)
        view.model.update_values(rating_id, stored)
        if view.grid.currentIndex().row() != row:
            view.grid.focus_cell(row, FIELD_COLUMNS[which])
        view.values_changed()
        view.show_message(self.keys_hint())
        return True

    def keys_hint(self) -> str:
        return self.tr(KEYS_HINT)

    def digit_typed(self, index: QModelIndex, digit: int) -> None:
        view = self.view
        row = view.model.rating_at(index.row())
        if row is None:
            return
        column = Column(index.column())
        if column in LEVEL_COLUMNS:
            scale = view.model.scale_of(row)
            if not scale.min_level <= digit <= scale.max_level:
                view.show_message(
                    self.tr(
                        "Stufe {0} gibt es im Katalog „{1}“ nicht: erlaubt sind {2}. Nichts geändert."
                    ).format(digit, scale.catalog_label, scale.range_de()),
                    error=True,
                )
                return
            self.request_change(row.id, COLUMN_FIELDS[column], digit)
        elif column == Column.PRIORITY:
            if digit not in (1, 2, 3):
                view.show_message(
                    self.tr("Priorität: 1 (hoch), 2 (mittel) oder 3 (niedrig). Nichts geändert."), error=True
                )
                return
            self.request_change(row.id, RatingField.PRIORITY, digit)
        else:
            view.show_message(
                self.tr("Ziffern in den Spalten Selbst, Fremd, Ist, Soll oder Priorität eingeben."),
                error=True,
            )

    def clear(self, index: QModelIndex) -> None:
        row = self.view.model.rating_at(index.row())
        which = COLUMN_FIELDS.get(Column(index.column()))
        if row is None or which is None:
            return
        empty: object = {RatingField.NOTE: "", RatingField.NOT_APPLICABLE: False}.get(which)
        self.request_change(row.id, which, empty)

    def toggle_not_applicable(self, index: QModelIndex) -> None:
        row = self.view.model.rating_at(index.row())
        if row is not None:
            self.request_change(row.id, RatingField.NOT_APPLICABLE, not row.values.not_applicable)

    def next_open(self) -> None:
        """Move to the next empty level cell (Selbst, Fremd, Ist, Soll), row by row, wrapping around."""
        if self.focus_first_open(after=self.view.grid.currentIndex()):
            self.view.focus_grid()
        else:
            self.view.show_message(
                self.tr("Alle Kompetenzen haben Selbst-, Fremd-, Ist- und Soll-Stufe oder sind n. a.")
            )

    def focus_first_open(self, *, after: QModelIndex | None = None) -> bool:
        """Put the cursor on the first empty level cell after ``after``; False when there is none."""
        model, grid = self.view.model, self.view.grid
        ratings = model.ratings()
        cells = [(model.row_of(r.id), FIELD_COLUMNS[f]) for r in ratings for f in r.missing()]
        if not cells:
            if not grid.currentIndex().isValid() and ratings:
                grid.focus_cell(model.row_of(ratings[0].id), Column.SELF)
            return False
        start = (after.row(), after.column()) if after is not None and after.isValid() else (-1, -1)
        grid.focus_cell(*next((c for c in cells if c > start), cells[0]))
        return True

    def focus_blocking(self, row: RatingRow) -> None:
        """The cell that keeps the interview from being completed: agreed level first, then the target."""
        column = Column.AGREED if row.values.agreed_level is None else Column.TARGET
        self.view.grid.focus_cell(self.view.model.row_of(row.id), column)
        self.view.focus_grid()
