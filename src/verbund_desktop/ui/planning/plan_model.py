"""The measures of a plan as a table: one row per measure, editable cells commit through a callback."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from verbund_desktop.services.planning.plan_queries import STATUS_LABELS_DE, MeasureInfo
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, domain_label
from verbund_desktop.ui.common.locale_format import (
    domain_number_text,
    ui_date,
    ui_date_format,
    ui_eur,
    ui_hours,
    ui_number,
)

Index = QModelIndex | QPersistentModelIndex
MEASURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# commit(measure id, field name, value) -> True when the service accepted the value
Commit = Callable[[uuid.UUID, str, Any], bool]


class Column(IntEnum):
    NUMBER = 0
    TITLE = 1
    GAPS = 2
    START = 3
    END = 4
    STATUS = 5
    RESPONSIBILITY = 6
    HOURS = 7
    RELEASE = 8
    COST = 9
    FUNDING = 10


HEADERS = {  # translated in headerData
    Column.NUMBER: QT_TRANSLATE_NOOP("MeasureTableModel", "Nr."),
    Column.TITLE: QT_TRANSLATE_NOOP("MeasureTableModel", "Maßnahme"),
    Column.GAPS: QT_TRANSLATE_NOOP("MeasureTableModel", "Lücken"),
    Column.START: QT_TRANSLATE_NOOP("MeasureTableModel", "Beginn"),
    Column.END: QT_TRANSLATE_NOOP("MeasureTableModel", "Ende"),
    Column.STATUS: QT_TRANSLATE_NOOP("MeasureTableModel", "Status"),
    Column.RESPONSIBILITY: QT_TRANSLATE_NOOP("MeasureTableModel", "Verantwortlich"),
    Column.HOURS: QT_TRANSLATE_NOOP("MeasureTableModel", "Std."),
    Column.RELEASE: QT_TRANSLATE_NOOP("MeasureTableModel", "Freistellung (Std.)"),
    Column.COST: QT_TRANSLATE_NOOP("MeasureTableModel", "Kosten"),
    Column.FUNDING: QT_TRANSLATE_NOOP("MeasureTableModel", "Förderung (Schätzung)"),
}
# The closed sets of German measure labels the services hand over (services.plan_queries.KIND_LABELS_DE,
# STATUS_LABELS_DE, assessment.matching.FORMAT_LABELS_DE); the UI shows them through domain_label().
MEASURE_LABELS = (
    # kinds
    QT_TRANSLATE_NOOP("DomainLabels", "Kurs"),
    QT_TRANSLATE_NOOP("DomainLabels", "Training am Arbeitsplatz"),
    QT_TRANSLATE_NOOP("DomainLabels", "Mentoring"),
    QT_TRANSLATE_NOOP("DomainLabels", "Job-Rotation"),
    QT_TRANSLATE_NOOP("DomainLabels", "E-Learning"),
    QT_TRANSLATE_NOOP("DomainLabels", "Kurs eines Partnerbetriebs"),
    # statuses
    QT_TRANSLATE_NOOP("DomainLabels", "geplant"),
    QT_TRANSLATE_NOOP("DomainLabels", "angemeldet"),
    QT_TRANSLATE_NOOP("DomainLabels", "läuft"),
    QT_TRANSLATE_NOOP("DomainLabels", "abgeschlossen"),
    QT_TRANSLATE_NOOP("DomainLabels", "abgebrochen"),
    # formats
    QT_TRANSLATE_NOOP("DomainLabels", "Präsenz"),
    QT_TRANSLATE_NOOP("DomainLabels", "Online"),
    QT_TRANSLATE_NOOP("DomainLabels", "Blended Learning"),
    QT_TRANSLATE_NOOP("DomainLabels", "Inhouse"),
)
FIELDS = {
    Column.TITLE: "title",
    Column.START: "start_date",
    Column.END: "end_date",
    Column.STATUS: "status",
    Column.RESPONSIBILITY: "responsibility",
    Column.HOURS: "hours",
    Column.RELEASE: "release_hours",
    Column.COST: "cost_eur",
}
NUMBERS = (Column.HOURS, Column.RELEASE, Column.COST)


def _number_text(value: Decimal | None) -> str:
    """Hours and amounts in the UI language: 160, 7,50 / 7.50 (the table's editor reads them back)."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return ui_hours(value)
    return ui_number(value, 2)


def _qdate(value: date | None) -> QDate:
    return QDate() if value is None else QDate(value.year, value.month, value.day)


def _funding_text(measure: MeasureInfo) -> str:
    est = measure.funding.estimate
    if est is None:
        return "–"
    if not est.eligible:
        return QCoreApplication.translate("MeasureTableModel", "nicht förderfähig")
    return ui_eur(est.course_cost_subsidy)


class MeasureTableModel(QAbstractTableModel):
    """Rows are :class:`MeasureInfo` values, replaced wholesale by :meth:`set_rows`."""

    def __init__(self, commit: Commit | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MeasureInfo] = []
        self._commit = commit
        self._editable = True

    # -- content -----------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[MeasureInfo], *, editable: bool = True) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._editable = editable
        self.endResetModel()

    def measure(self, row: int) -> MeasureInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, measure_id: uuid.UUID) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == measure_id), -1)

    # -- Qt model API ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[Column(section)]) if 0 <= section < len(Column) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and Column(index.column()) in FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        column = Column(index.column())
        if role == MEASURE_ID_ROLE:
            return str(m.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(m, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit(m, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.FUNDING:
                return "\n".join([m.funding.summary_de, *m.funding.details_de])
            if column == Column.TITLE:
                return self._title_tip(m)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (*NUMBERS, Column.FUNDING, Column.NUMBER):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _title_tip(self, m: MeasureInfo) -> str:
        parts = [m.title, self.tr("Art: {0}").format(domain_label(m.kind_label))]
        parts += [self.tr("Träger: {0}").format(m.provider)] if m.provider else []
        parts += [self.tr("Format: {0}").format(domain_label(m.format_label))] if m.format else []
        return "\n".join(parts)

    @staticmethod
    def _display(m: MeasureInfo, column: Column) -> str:
        match column:
            case Column.NUMBER:
                return str(m.position + 1)
            case Column.TITLE:
                return m.title
            case Column.GAPS:
                return ", ".join(m.gap_codes)
            case Column.START:
                return ui_date(m.start_date) if m.start_date else ""
            case Column.END:
                return ui_date(m.end_date) if m.end_date else ""
            case Column.STATUS:
                return domain_label(m.status_label)
            case Column.RESPONSIBILITY:
                return m.responsibility
            case Column.HOURS:
                return _number_text(m.hours)
            case Column.RELEASE:
                return _number_text(m.release_hours)
            case Column.COST:
                return ui_eur(m.cost_eur) if m.cost_eur is not None else ""
            case Column.FUNDING:
                return _funding_text(m)

    @staticmethod
    def _edit(m: MeasureInfo, column: Column) -> Any:
        match column:
            case Column.START:
                return _qdate(m.start_date)
            case Column.END:
                return _qdate(m.end_date)
            case Column.STATUS:
                return m.status
            case Column.HOURS:
                return _number_text(m.hours)
            case Column.RELEASE:
                return _number_text(m.release_hours)
            case Column.COST:
                return _number_text(m.cost_eur)
            case _:
                return MeasureTableModel._display(m, column)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._commit is None:
            return False
        column = Column(index.column())
        if column not in FIELDS or not self._editable:
            return False
        m = self._rows[index.row()]
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        elif isinstance(value, str) and column in NUMBERS:
            value = domain_number_text(value)
        return self._commit(m.id, FIELDS[column], value)


class StatusDelegate(QStyledItemDelegate):
    """A combo box for the status column (values stored, labels shown in the UI language)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        box = QComboBox(parent)
        for value, label in STATUS_LABELS_DE.items():
            box.addItem(domain_label(label), value)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """The date columns' editor writes and reads the date as the UI language does (22.03.2027 / 22/03/2027)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QDateEdit):
            editor.setDisplayFormat(ui_date_format())
        return editor


def measure_table(model: MeasureTableModel) -> QTableView:
    """The plan editor's table of measures: whole rows, one at a time, the title stretched, status as a combo box."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
    table.setItemDelegateForColumn(Column.STATUS, StatusDelegate(table))
    for column in (Column.START, Column.END):
        table.setItemDelegateForColumn(column, DateDelegate(table))
    return table
