"""The network tab „Nachgespräche“: follow-up interviews scheduled by completed measures, per advisor, with
before/after of the competences the measure addressed once the re-interview exists."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.network.follow_ups import (
    BeforeAfter,
    FollowUpView,
    before_after,
    follow_ups,
    refresh_follow_ups,
)
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.locale_format import ui_date
from verbund_desktop.ui.common.operations import run_action

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


class FollowUpsView(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[FollowUpView] = []
        self.mine_box = QCheckBox(self.tr("Nur &meine Nachgespräche ({0})").format(context.actor or "–"))
        self.due_box = QCheckBox(self.tr("Nur &fällige"))
        self.due_box.setChecked(True)
        self.table = _table(
            [
                self.tr("Fällig am"),
                self.tr("Kürzel"),
                self.tr("Betrieb"),
                self.tr("Maßnahme"),
                self.tr("Beraterin/Berater"),
                self.tr("Stand"),
            ]
        )
        self.table.setAccessibleName(self.tr("Nachgespräche"))
        self.compare = _table(
            [self.tr("Kompetenz"), self.tr("Vorher"), self.tr("Soll"), self.tr("Nachher"), self.tr("Lücke")]
        )
        self.compare.setAccessibleName(self.tr("Vorher und nachher"))
        title = QLabel(self.tr("Nachgespräche nach abgeschlossenen Maßnahmen"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        boxes = QHBoxLayout()
        boxes.addWidget(self.mine_box)
        boxes.addWidget(self.due_box)
        boxes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(boxes)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Vorher/nachher der Kompetenzen, die die Maßnahme adressiert hat:")))
        layout.addWidget(self.compare, 1)
        self.mine_box.toggled.connect(lambda _on: self.refresh())
        self.due_box.toggled.connect(lambda _on: self.refresh())
        self.table.currentCellChanged.connect(lambda *_: self._compare())

    def set_subject(self, _ident: uuid.UUID) -> None:
        run_action(self, self.context, lambda: refresh_follow_ups(self.context.workspace))
        self.refresh()

    def refresh(self) -> None:
        today = date.today()
        advisor = self.context.actor if self.mine_box.isChecked() else None
        due = today if self.due_box.isChecked() else None
        ws = self.context.workspace
        self.rows = (
            run_action(self, self.context, lambda: follow_ups(ws, advisor=advisor, only_due_on=due)) or []
        )
        self.table.setRowCount(len(self.rows))
        for r, f in enumerate(self.rows):
            state = (
                self.tr("erledigt")
                if f.done
                else (self.tr("fällig") if f.is_due(today) else self.tr("geplant"))
            )
            values = (ui_date(f.due_on), f.pseudonym_code, f.company, f.measure_title, f.advisor, state)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, f.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.setCurrentCell(0, 0)
        self._compare()

    def _compare(self) -> None:
        row = self.table.currentRow()
        self.compare.setRowCount(0)
        if not 0 <= row < len(self.rows):
            return
        ws, ident = self.context.workspace, self.rows[row].id
        rows = run_action(self, self.context, lambda: before_after(ws, ident)) or ()
        self.compare.setRowCount(len(rows))
        for r, line in enumerate(rows):
            values = (
                f"{line.code} {line.name}",
                _level(line.before),
                _level(line.target),
                _level(line.after),
                self.gap_text(line),
            )
            for c, value in enumerate(values):
                self.compare.setItem(r, c, QTableWidgetItem(value))
        self.compare.resizeColumnsToContents()

    def gap_text(self, line: BeforeAfter) -> str:
        """„geschlossen“, „noch N Stufen“ to the target, or „–“ while the re-interview is missing."""
        remaining = line.remaining
        if remaining is None:
            return "–"
        if remaining == 0:
            return self.tr("geschlossen")
        if remaining == 1:
            return self.tr("noch 1 Stufe")
        return self.tr("noch {0} Stufen").format(remaining)


def _level(value: int | None) -> str:
    return "–" if value is None else str(value)
