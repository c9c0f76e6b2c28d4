"""Konflikte lösen: each conflict with the base both sides started from, my version and the office's side by
side (fields changed on both sides in bold), and the choices it allows."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.sync.conflict_texts import CHOICE_TEXTS
from verbund_desktop.services.sync.conflicts import (
    BASE_NEW,
    BASE_UNKNOWN,
    ConflictView,
    list_conflicts,
    resolve_conflict,
)
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.common.service_messages import ui_message

BASE_COLUMN, MINE_COLUMN, THEIRS_COLUMN = 1, 2, 3


class ConflictsDialog(QDialog):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Konflikte lösen"))
        self.resize(900, 520)
        self.conflicts: list[ConflictView] = []
        self.list = QListWidget()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Feld"),
                self.tr("Ausgangsstand"),
                self.tr("Hier (meine Fassung)"),
                self.tr("Koordinierungsstelle"),
            ]
        )
        header = self.table.horizontalHeader()  # the three versions share the width; the field names fit
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setMinimumWidth(260)  # „Person: …“ and „Abteilung: …“ readable beside the table
        self.list.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        choices = QGridLayout()  # three a row: five choices in one row are wider than a 1366-pixel screen
        for n, choice in enumerate(CHOICE_TEXTS):
            button = QPushButton(self._choice_text(choice))
            button.clicked.connect(lambda _checked=False, c=choice: self.resolve(c))
            self.buttons[choice] = button
            choices.addWidget(button, n // 3, n % 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.explanation)
        right.addWidget(self.table)
        right.addLayout(choices)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._show)
        self.reload()

    def _choice_text(self, choice: str) -> str:
        texts = {
            "mine": self.tr("&Meine Fassung behalten"),
            "theirs": self.tr("Fassung der &Koordinierungsstelle übernehmen"),
            "edited": self.tr("&Bearbeitete Fassung speichern"),
            "merge": self.tr("Mit dem vorhandenen Eintrag &zusammenführen"),
            "after": self.tr("Meine Fassung als nächste &Version danach behalten"),
        }
        return texts[choice]

    def reload(self) -> None:
        self.conflicts = list_conflicts(self.context.workspace)
        self.list.clear()
        for conflict in self.conflicts:
            self.list.addItem(f"{ui_message(conflict.table_label)}: {ui_message(conflict.text)}")
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        if conflict is None:
            self.explanation.setText(self.tr("Keine offenen Konflikte."))
            self.table.setRowCount(0)
        else:
            self.explanation.setText(ui_message(conflict.text))
            self._fill(conflict)
        for choice, button in self.buttons.items():
            button.setEnabled(conflict is not None and choice in conflict.choices)
        deleted = conflict is not None and conflict.kind == "deleted_there"  # "theirs" is the deletion
        self.buttons["theirs"].setText(
            self.tr("&Löschung übernehmen") if deleted else self._choice_text("theirs")
        )

    def _fill(self, conflict: ConflictView) -> None:
        self.table.setRowCount(len(conflict.fields))
        bold = QFont()
        bold.setBold(True)
        for row, field in enumerate(conflict.fields):
            cells = [
                QTableWidgetItem(ui_message(field.label)),
                QTableWidgetItem(self._base_text(field.base)),
                QTableWidgetItem(field.mine),
                QTableWidgetItem(field.theirs),
            ]
            for column, cell in enumerate(cells):
                if field.changed_on_both:
                    cell.setFont(bold)
                    cell.setToolTip(self.tr("Hier und in der Koordinierungsstelle geändert"))
                if column != MINE_COLUMN:
                    cell.setFlags(cell.flags() & ~cell.flags().ItemIsEditable)
                self.table.setItem(row, column, cell)

    def _base_text(self, base: str) -> str:
        texts = {BASE_UNKNOWN: self.tr("(nicht bekannt)"), BASE_NEW: self.tr("(neu angelegt)")}
        return texts.get(base, base)

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def edited_values(self, conflict: ConflictView) -> dict[str, str]:
        """The fields whose "mine" cell the person changed (texts: the service checks and converts them)."""
        out = {}
        for row, field in enumerate(conflict.fields):
            item = self.table.item(row, MINE_COLUMN)
            if item is not None and item.text() != field.mine:
                out[field.column] = item.text()
        return out

    def resolve(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        edited = self.edited_values(conflict) if choice == "edited" else None

        def _resolve() -> bool:
            resolve_conflict(
                self.context.workspace, conflict.id, choice, actor=self.context.actor, edited=edited
            )
            return True

        done = run_action(
            self, self.context, _resolve, title=self.tr("Konflikte lösen"), changed=("company", None)
        )
        if done:
            self.reload()
