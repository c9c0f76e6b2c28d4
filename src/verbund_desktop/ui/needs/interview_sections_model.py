"""The list of guide sections with their progress („A1 Basisdaten 4/6“) as a Qt list model."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN_REQUIRED_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SectionProgress:
    key: str
    title: str
    answered: int
    relevant: int
    open_required: int

    @property
    def label(self) -> str:
        return f"{self.title}  {self.answered}/{self.relevant}"


class SectionListModel(QAbstractListModel):
    """Replaced by ``set_sections()``; ``update_progress()`` changes the counts in place (same sections)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SectionProgress] = []

    def set_sections(self, rows: list[SectionProgress]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_progress(self, rows: list[SectionProgress]) -> None:
        if [r.key for r in rows] != [r.key for r in self._rows]:
            self.set_sections(rows)
            return
        changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
        self._rows = list(rows)
        for row in changed:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def section(self, row: int) -> SectionProgress:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        for row, section in enumerate(self._rows):
            if section.key == key:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        section = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return section.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0}: {1} von {2} Fragen beantwortet").format(
                section.title, section.answered, section.relevant
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("{0} von {1} Fragen beantwortet").format(section.answered, section.relevant)
            if section.open_required:
                text += self.tr("; %n Pflichtfrage(n) offen", "", section.open_required)
            return text
        if role == Qt.ItemDataRole.ForegroundRole and section.open_required == 0 and section.relevant:
            return QBrush(QColor("#1b5e20"))
        if role == Qt.ItemDataRole.FontRole and section.open_required:
            font = QFont()
            font.setBold(True)
            return font
        if role == KEY_ROLE:
            return section.key
        if role == OPEN_REQUIRED_ROLE:
            return section.open_required
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
