"""The competency grid as a table model: one row per competence, grouped under catalogue/area header rows.

The model only shows values. Edits (the note editor, the n. a. check box) become ``change_requested``
signals; the view commits them through the service and hands the stored values back via ``update_values``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from verbund_desktop.assessment.gaps import Priority
from verbund_desktop.services.competency.assessment_sheets import (
    AssessmentSheet,
    RatingField,
    RatingRow,
    RatingValues,
    Scale,
)
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, domain_label

RATING_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    COMPETENCE = 0
    SELF = 1
    SUPERVISOR = 2
    AGREED = 3
    TARGET = 4
    GAP = 5
    PRIORITY = 6
    NOTE = 7
    NOT_APPLICABLE = 8


COLUMN_FIELDS: dict[Column, RatingField] = {
    Column.SELF: RatingField.SELF,
    Column.SUPERVISOR: RatingField.SUPERVISOR,
    Column.AGREED: RatingField.AGREED,
    Column.TARGET: RatingField.TARGET,
    Column.PRIORITY: RatingField.PRIORITY,
    Column.NOTE: RatingField.NOTE,
    Column.NOT_APPLICABLE: RatingField.NOT_APPLICABLE,
}
FIELD_COLUMNS = {f: c for c, f in COLUMN_FIELDS.items()}
LEVEL_COLUMNS = (Column.SELF, Column.SUPERVISOR, Column.AGREED, Column.TARGET)
HEADERS = {  # (title, tool tip), translated in headerData
    Column.COMPETENCE: (
        QT_TRANSLATE_NOOP("RatingModel", "Kompetenz"),
        QT_TRANSLATE_NOOP("RatingModel", "Kompetenz (Katalog, Bereich)"),
    ),
    Column.SELF: (
        QT_TRANSLATE_NOOP("RatingModel", "Selbst"),
        QT_TRANSLATE_NOOP("RatingModel", "Selbsteinschätzung der/des Beschäftigten"),
    ),
    Column.SUPERVISOR: (
        QT_TRANSLATE_NOOP("RatingModel", "Fremd"),
        QT_TRANSLATE_NOOP("RatingModel", "Fremdeinschätzung durch die Führungskraft"),
    ),
    Column.AGREED: (
        QT_TRANSLATE_NOOP("RatingModel", "Ist"),
        QT_TRANSLATE_NOOP("RatingModel", "Ist-Stufe, im Gespräch vereinbart"),
    ),
    Column.TARGET: (
        QT_TRANSLATE_NOOP("RatingModel", "Soll"),
        QT_TRANSLATE_NOOP("RatingModel", "Soll-Stufe (aus dem Stellenprofil, je Person anpassbar)"),
    ),
    Column.GAP: (
        QT_TRANSLATE_NOOP("RatingModel", "Lücke"),
        QT_TRANSLATE_NOOP(
            "RatingModel", "Soll minus Ist (berechnet); in Klammern vorläufig ohne vereinbarte Ist-Stufe"
        ),
    ),
    Column.PRIORITY: (
        QT_TRANSLATE_NOOP("RatingModel", "Priorität"),
        QT_TRANSLATE_NOOP("RatingModel", "1 hoch, 2 mittel, 3 niedrig"),
    ),
    Column.NOTE: (
        QT_TRANSLATE_NOOP("RatingModel", "Notiz"),
        QT_TRANSLATE_NOOP("RatingModel", "Notiz zur Kompetenz (Enter oder F2 zum Bearbeiten)"),
    ),
    Column.NOT_APPLICABLE: (
        QT_TRANSLATE_NOOP("RatingModel", "n. a."),
        QT_TRANSLATE_NOOP("RatingModel", "nicht anwendbar (Taste N)"),
    ),
}
_GROUP_BACKGROUND = QBrush(QColor("#e8eef5"))
_GROUP_FOREGROUND = QBrush(QColor("#1d3557"))
_GAP_COLOURS = {
    Priority.HIGH: QColor("#f4c7c3"),
    Priority.MEDIUM: QColor("#fce8b2"),
    Priority.LOW: QColor("#e6f4ea"),
}
_NA_FOREGROUND = QBrush(QColor("#7a7a7a"))


@dataclass(frozen=True)
class GroupHeader:
    title: str


def level_text(scale: Scale, value: int | None) -> tuple[str, str]:
    """Cell text and tool tip of a level value."""
    if value is None:
        return "", QCoreApplication.translate("RatingModel", "noch nicht eingetragen")
    level = scale.level(value)
    return str(value), f"{value} – {level.label}" if level else str(value)


class RatingModel(QAbstractTableModel):
    change_requested = Signal(object, str, object)  # rating id, RatingField value, new value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[GroupHeader | RatingRow] = []
        self._scales: dict[uuid.UUID, Scale] = {}
        self._row_of: dict[uuid.UUID, int] = {}
        self._editable = False
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ---------------------------------------------------------------------------------------------
    def set_sheet(self, sheet: AssessmentSheet | None, *, editable: bool) -> None:
        self.beginResetModel()
        self._items = []
        self._scales = dict(sheet.scales) if sheet is not None else {}
        self._editable = editable
        group: tuple[str, str] | None = None
        for row in sheet.rows if sheet is not None else ():
            key = (row.catalog_label, row.area_code)
            if key != group:
                group = key
                self._items.append(GroupHeader(f"{row.catalog_label} · {row.area_code} {row.area_name}"))
            self._items.append(row)
        self._row_of = {item.id: i for i, item in enumerate(self._items) if isinstance(item, RatingRow)}
        self.endResetModel()

    def update_values(self, rating_id: uuid.UUID, values: RatingValues) -> RatingRow:
        row = self._row_of[rating_id]
        item = self._items[row]
        assert isinstance(item, RatingRow)
        updated = replace(item, values=values)
        self._items[row] = updated
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return updated

    @property
    def editable(self) -> bool:
        return self._editable

    def rating_at(self, row: int) -> RatingRow | None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        return item if isinstance(item, RatingRow) else None

    def row_of(self, rating_id: uuid.UUID) -> int:
        return self._row_of[rating_id]

    def is_header_row(self, row: int) -> bool:
        return 0 <= row < len(self._items) and isinstance(self._items[row], GroupHeader)

    def header_rows(self) -> list[int]:
        return [i for i, item in enumerate(self._items) if isinstance(item, GroupHeader)]

    def ratings(self) -> list[RatingRow]:
        return [item for item in self._items if isinstance(item, RatingRow)]

    def scales(self) -> dict[uuid.UUID, Scale]:
        return dict(self._scales)

    def scale_of(self, row: RatingRow) -> Scale:
        return self._scales[row.catalog_id]

    # -- Qt model interface ----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        text, tip = HEADERS[Column(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(tip)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        item = self._items[index.row()]
        if isinstance(item, GroupHeader):
            return Qt.ItemFlag.NoItemFlags  # header rows: the cursor skips them
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.column() == Column.NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self._editable and index.column() == Column.NOT_APPLICABLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if isinstance(item, GroupHeader):
            return self._group_data(item, index.column(), role)
        return self._rating_data(item, Column(index.column()), role)

    def _group_data(self, item: GroupHeader, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == Column.COMPETENCE:
            return item.title
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return _GROUP_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return _GROUP_FOREGROUND
        return None

    def _rating_data(self, item: RatingRow, column: Column, role: int) -> Any:
        if role == RATING_ID_ROLE:
            return str(item.id)
        values = item.values
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.NOT_APPLICABLE:
            return Qt.CheckState.Checked if values.not_applicable else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (Column.COMPETENCE, Column.NOTE):
            return int(Qt.AlignmentFlag.AlignCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and values.not_applicable
            and column != Column.NOT_APPLICABLE
        ):
            return _NA_FOREGROUND
        if role == Qt.ItemDataRole.BackgroundRole and column == Column.GAP:
            gap = item.gap
            return QBrush(_GAP_COLOURS[gap.priority]) if gap is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            return None
        tip = role == Qt.ItemDataRole.ToolTipRole
        if column == Column.COMPETENCE:
            return (
                f"{item.competence_name}\n{item.competence_description}"
                if tip
                else (f"{item.competence_code} {item.competence_name}")
            )
        if column in LEVEL_COLUMNS:
            text, tooltip = level_text(self._scales[item.catalog_id], values.get(COLUMN_FIELDS[column]))  # type: ignore[arg-type]
            return tooltip if tip else text
        if column == Column.GAP:
            return self._gap_text(item, tip)
        if column == Column.PRIORITY:
            if values.priority is None:
                return self.tr("keine Priorität") if tip else ""
            label = domain_label(Priority(values.priority).label_de)
            return self.tr("Priorität {0}").format(label.lower()) if tip else f"{values.priority} {label}"
        if column == Column.NOTE:
            return values.note if (values.note or not tip) else self.tr("Enter oder F2: Notiz schreiben")
        if column == Column.NOT_APPLICABLE:
            return self.tr("nicht anwendbar (Taste N)") if tip else None
        return None

    def _gap_text(self, item: RatingRow, tip: bool) -> str:
        if item.values.not_applicable:
            return self.tr("nicht anwendbar") if tip else "–"
        gap = item.gap
        if gap is None:
            if item.values.target_level is None:
                return self.tr("keine Soll-Stufe") if tip else ""
            return self.tr("keine Lücke") if tip else "0"
        if gap.provisional:
            return (
                self.tr("vorläufig {0} Stufen: noch keine vereinbarte Ist-Stufe").format(gap.size)
                if tip
                else f"({gap.size})"
            )
        return self.tr("{0} Stufen bis zum Soll").format(gap.size) if tip else str(gap.size)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self._items[index.row()] if index.isValid() else None
        if not isinstance(item, RatingRow) or not self._editable:
            return False
        column = Column(index.column())
        if column == Column.NOTE and role == Qt.ItemDataRole.EditRole:
            self.change_requested.emit(item.id, RatingField.NOTE.value, str(value or ""))
            return True
        if column == Column.NOT_APPLICABLE and role == Qt.ItemDataRole.CheckStateRole:
            state = value.value if isinstance(value, Qt.CheckState) else int(value)
            checked = state == Qt.CheckState.Checked.value
            self.change_requested.emit(item.id, RatingField.NOT_APPLICABLE.value, checked)
            return True
        return False
