"""The audit trail on screen („Änderungsprotokoll“): a table with filters for entity, person, actor and dates."""

from __future__ import annotations

import re
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.needs.interview_record import RECORD_REASON
from verbund_desktop.services.protection.audit_view import (
    DELETED_SUBJECT,
    AuditFilter,
    AuditRow,
    action_label,
    audit_facets,
    entity_label,
    field_label_frame,
    query_audit,
)
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, domain_label
from verbund_desktop.ui.common.locale_format import ui_date, ui_date_format, ui_datetime

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_AnyIndex = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """Audit rows as a read-only table; :meth:`set_rows` replaces them all."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Zeitpunkt"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Wer"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Objekt"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Aktion"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Person"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Feld"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Alt"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Neu"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Grund"),
    )
    AT, ACTOR, ENTITY, ACTION, PERSON, FIELD, OLD, NEW, REASON = range(9)
    # The services' German frames of a field (audit_words.QUESTION_FRAME, INTERNAL_FRAME), a deleted person
    # (DELETED_SUBJECT) and a recorded yes/no, said in the UI language.
    WORDS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Frage „{0}“"),
        QT_TRANSLATE_NOOP("AuditTableModel", "(interner Name: {0})"),
        QT_TRANSLATE_NOOP("AuditTableModel", "(gelöscht)"),
        QT_TRANSLATE_NOOP("AuditTableModel", "ja"),
        QT_TRANSLATE_NOOP("AuditTableModel", "nein"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Angabe aus der Bedarfsanalyse vom {0}"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return str(row.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        return None

    @classmethod
    def _text(cls, row: AuditRow, column: int) -> str:
        values = {
            cls.AT: ui_datetime(row.at, seconds=True),
            cls.ACTOR: row.actor,
            cls.ENTITY: domain_label(entity_label(row.entity_type)),
            cls.ACTION: domain_label(action_label(row.action)),
            cls.PERSON: _words(row.subject_label)
            if row.subject_label == DELETED_SUBJECT
            else row.subject_label,
            cls.FIELD: _field_words(row.field),
            cls.OLD: _value_words(row.old_value, row.old),
            cls.NEW: _value_words(row.new_value, row.new),
            cls.REASON: _reason_words(row.reason),
        }
        return values.get(column, "")


def _words(text: str) -> str:
    return QCoreApplication.translate("AuditTableModel", text)


def _field_words(field: str) -> str:
    """The changed field in the UI language: a label, or a question of the needs interview (its text is
    German interview content) in a translated frame."""
    if not field:
        return ""
    frame, part = field_label_frame(field)
    return domain_label(part) if frame == "{0}" else _words(frame).format(part)


_RECORD_REASON = re.compile(
    re.escape(RECORD_REASON).replace(re.escape("{day}"), r"(\d{2})\.(\d{2})\.(\d{4})") + "$"
)


def _reason_words(reason: str) -> str:
    """A fixed reason the services record, in the UI language; a typed one as it is."""
    found = _RECORD_REASON.match(reason)
    if found is None:
        return domain_label(reason) if reason else ""
    day, month, year = (int(part) for part in found.groups())
    return _words("Angabe aus der Bedarfsanalyse vom {0}").format(ui_date(date(year, month, day)))


def _value_words(value: object, text: str) -> str:
    if isinstance(value, bool):
        return _words("ja" if value else "nein")
    return text


class AuditView(QWidget):
    """Filters above, the table below. Reloads from the database on every filter change."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AuditTableModel(self)
        self.entity_combo = QComboBox()
        self.person_combo = QComboBox()
        self.actor_combo = QComboBox()
        self.from_check = QCheckBox(self.tr("von"))
        self.from_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.to_check = QCheckBox(self.tr("bis"))
        self.to_edit = QDateEdit(QDate.currentDate())
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(ui_date_format())
            edit.setEnabled(False)
        self.reset_button = QPushButton(self.tr("Filter zurücksetzen"))
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Änderungsprotokoll"))

        filters = QFormLayout()
        filters.addRow(self.tr("Objekt:"), self.entity_combo)
        filters.addRow(self.tr("Person:"), self.person_combo)
        filters.addRow(self.tr("Wer:"), self.actor_combo)
        dates = QHBoxLayout()
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            dates.addWidget(widget)
        dates.addStretch(1)
        dates.addWidget(self.reset_button)
        filters.addRow(self.tr("Zeitraum:"), dates)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._fill_facets()
        for combo in (self.entity_combo, self.person_combo, self.actor_combo):
            combo.currentIndexChanged.connect(self.reload)
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.reload)
            edit.dateChanged.connect(self.reload)
        self.reset_button.clicked.connect(self.reset_filters)
        self.reload()

    def _fill_facets(self) -> None:
        facets = audit_facets(self.context.workspace, pseudonymised=self.context.pseudonymised)
        self.entity_combo.addItem(self.tr("alle"), None)
        for entity in facets.entity_types:
            self.entity_combo.addItem(domain_label(entity_label(entity)), entity)
        self.person_combo.addItem(self.tr("alle"), None)
        for ident, label in facets.subjects:
            self.person_combo.addItem(label, str(ident))
        self.actor_combo.addItem(self.tr("alle"), None)
        for actor in facets.actors:
            self.actor_combo.addItem(actor, actor)

    def set_person(self, ident: uuid.UUID) -> None:
        index = self.person_combo.findData(str(ident))
        if index < 0:
            self.person_combo.addItem(self.tr("diese Person"), str(ident))
            index = self.person_combo.count() - 1
        self.person_combo.setCurrentIndex(index)

    def reset_filters(self) -> None:
        for combo in (self.entity_combo, self.person_combo, self.actor_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for check in (self.from_check, self.to_check):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.from_edit.setEnabled(False)
        self.to_edit.setEnabled(False)
        self.reload()

    def criteria(self) -> AuditFilter:
        person = self.person_combo.currentData()
        return AuditFilter(
            entity_type=self.entity_combo.currentData(),
            subject_id=uuid.UUID(person) if person else None,
            actor=self.actor_combo.currentData(),
            date_from=_day(self.from_edit.date()) if self.from_check.isChecked() else None,
            date_to=_day(self.to_edit.date()) if self.to_check.isChecked() else None,
        )

    def reload(self) -> None:
        criteria = self.criteria()
        rows = query_audit(self.context.workspace, criteria, pseudonymised=self.context.pseudonymised)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in (AuditTableModel.OLD, AuditTableModel.NEW):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        more = (
            self.tr(" (nur die neuesten {0})").format(criteria.limit) if len(rows) >= criteria.limit else ""
        )
        self.count_label.setText(self.tr("%n Einträge", "", len(rows)) + more)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditDialog(QDialog):
    """The audit view in its own non-modal window (Extras → Änderungsprotokoll)."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Änderungsprotokoll"))
        self.resize(1100, 620)
        self.view = AuditView(context, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
