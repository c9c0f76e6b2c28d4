"""Extras → Aufbewahrungsfristen: companies and people past their retention period, and a guarded erase."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.protection.retention import (
    CONFIRMATION_WORD,
    RetentionCase,
    RetentionErasure,
    erase_past_retention,
    past_retention,
)
from verbund_desktop.ui.common.busy import run_in_worker
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate_all
from verbund_desktop.ui.common.locale_format import ui_date
from verbund_desktop.ui.common.operations import run_action

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RetentionDialog(QDialog):
    """Check the rows to erase, type the confirmation word, erase. The list reloads afterwards."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RetentionDialog", "Art"),
        QT_TRANSLATE_NOOP("RetentionDialog", "Betrieb"),
        QT_TRANSLATE_NOOP("RetentionDialog", "Person / Betrieb"),
        QT_TRANSLATE_NOOP("RetentionDialog", "Letzte Bearbeitung"),
        QT_TRANSLATE_NOOP("RetentionDialog", "Frist (Monate)"),
        QT_TRANSLATE_NOOP("RetentionDialog", "Abgelaufen seit"),
    )

    def __init__(
        self, context: WorkspaceContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.cases: list[RetentionCase] = []
        self.setWindowTitle(self.tr("Aufbewahrungsfristen"))
        self.resize(880, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Personen und Betriebe, deren letzte Bearbeitung länger zurückliegt als die Aufbewahrungsfrist "
                "des Betriebs. Ihre Daten sollen gelöscht werden (Art. 5 Abs. 1 lit. e DSGVO). Zum Löschen die "
                "Einträge ankreuzen und „{0}“ eingeben."
            ).format(CONFIRMATION_WORD)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(translate_all("RetentionDialog", self.COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("Keine Daten über der Aufbewahrungsfrist."))
        layout.addWidget(self.empty_label)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(
            self.tr("Zur Bestätigung „{0}“ eingeben").format(CONFIRMATION_WORD)
        )
        self.confirm_edit.setAccessibleName(self.tr("Bestätigung"))
        layout.addWidget(self.confirm_edit)
        self.erase_button = QPushButton(self.tr("Angekreuzte endgültig löschen"))
        self.erase_button.setEnabled(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.erase_button)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm_edit.textChanged.connect(self._update_button)
        self.table.itemChanged.connect(self._update_button)
        self.erase_button.clicked.connect(self.erase_checked)
        self.reload()

    def reload(self) -> None:
        ws, today = self.context.workspace, self.today  # every person and company is read: in a worker
        self.cases = run_in_worker(
            self, self.tr("Aufbewahrungsfristen") + " …", lambda: past_retention(ws, today=today)
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.cases))
        for row, case in enumerate(self.cases):
            person = case.label
            if case.kind == "employee" and self.context.pseudonymised:
                person = case.pseudonym_code
            values = (
                self.tr("Betrieb") if case.kind == "company" else self.tr("Person"),
                case.company_name,
                person,
                ui_date(case.last_activity),
                str(case.retention_months),
                ui_date(case.due_since),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    item.setData(ID_ROLE, str(case.id))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty_label.setVisible(not self.cases)
        self._update_button()

    def set_checked(self, ident: uuid.UUID, checked: bool = True) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == str(ident):
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[uuid.UUID]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(uuid.UUID(item.data(ID_ROLE)))
        return out

    def _update_button(self) -> None:
        self.erase_button.setEnabled(
            bool(self.checked_ids()) and self.confirm_edit.text().strip() == CONFIRMATION_WORD
        )

    def erase_checked(self) -> RetentionErasure | None:
        ids = self.checked_ids()
        result = run_action(
            self,
            self.context,
            lambda: erase_past_retention(
                self.context.workspace,
                actor=self.context.actor,
                ids=ids,
                confirmation=self.confirm_edit.text(),
                today=self.today,
            ),
            title=self.tr("Aufbewahrungsfristen"),
            changed=("erasure", None),
            in_worker=True,
        )
        if result is not None:
            self.status_label.setText(
                self.tr("Gelöscht: {0} Personen, {1} Betriebe.").format(result.people, result.companies)
            )
            self.confirm_edit.clear()
            self.reload()
        return result
