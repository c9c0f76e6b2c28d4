"""The network → companies → employees tree as a Qt item model, with a type-ahead filter proxy."""

from __future__ import annotations

import uuid
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from verbund_desktop.assessment.funding_format import format_headcount
from verbund_desktop.services.organisation.directory import CompanySummary, EmployeeSummary, NetworkSummary
from verbund_desktop.ui.common import german_text

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


class NodeKind(StrEnum):
    NETWORK = "network"
    COMPANY = "company"
    EMPLOYEE = "employee"


class DirectoryModel(QStandardItemModel):
    """Replaced wholesale by ``set_directory()``; items carry their kind and UUID in custom roles."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels([self.tr("Verbund, Betriebe und Beschäftigte")])

    def set_directory(
        self,
        network: NetworkSummary | None,
        companies: list[CompanySummary],
        employees: list[EmployeeSummary],
        *,
        pseudonymised: bool = False,
    ) -> None:
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            if network is not None:
                root = _item(network.name, NodeKind.NETWORK, network.id, network.name)
                self.appendRow(root)
                by_company: dict[uuid.UUID, list[EmployeeSummary]] = {}
                for e in employees:
                    by_company.setdefault(e.company_id, []).append(e)
                for c in companies:
                    company_item = _item(
                        f"{c.name} ({format_headcount(c.headcount)})",
                        NodeKind.COMPANY,
                        c.id,
                        f"{c.name} {c.industry} {c.region}",
                    )
                    root.appendRow(company_item)
                    for e in by_company.get(c.id, []):
                        label = (
                            e.pseudonym_code if pseudonymised else f"{e.display_name} ({e.pseudonym_code})"
                        )
                        search = (
                            e.pseudonym_code
                            if pseudonymised
                            else f"{e.first_name} {e.last_name} {e.pseudonym_code}"
                        )
                        company_item.appendRow(
                            _item(label, NodeKind.EMPLOYEE, e.id, f"{search} {e.job_title}")
                        )
        finally:
            self.blockSignals(False)
            self.endResetModel()


def _item(text: str, kind: NodeKind, ident: uuid.UUID, search: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(str(kind), KIND_ROLE)
    item.setData(str(ident), ID_ROLE)
    item.setData(search, SEARCH_ROLE)
    item.setToolTip(text)
    return item


class DirectoryFilter(QSortFilterProxyModel):
    """Type-ahead filter over names, codes, industries; parents of a match stay visible."""

    def __init__(self) -> None:
        super().__init__()
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(SEARCH_ROLE)

        self.sort(0)  # German collation (lessThan); kept while rows change

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        words = self.filterRegularExpression().pattern().split()
        if not words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._hit(index, words)

    @staticmethod
    def _hit(index: QModelIndex | QPersistentModelIndex, words: list[str]) -> bool:
        haystack = str(index.data(SEARCH_ROLE) or "")
        return all(german_text.contains(haystack, word) for word in words)

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return german_text.collator().compare(str(left.data() or ""), str(right.data() or "")) < 0

    def first_hit(self, parent: QModelIndex | None = None) -> QModelIndex:
        """The first shown row (top to bottom) that matches the filter itself, not only through a child."""
        parent = parent or QModelIndex()
        words = self.filterRegularExpression().pattern().split()
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            if words and self._hit(self.mapToSource(index), words):
                return index
            below = self.first_hit(index)
            if below.isValid():
                return below
        return QModelIndex()

    def set_filter_text(self, text: str) -> None:
        # The pattern holds the raw text; filterAcceptsRow matches word by word, not as a regular expression.
        self.setFilterRegularExpression(text)
