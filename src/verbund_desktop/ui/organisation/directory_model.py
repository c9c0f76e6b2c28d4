"""The network → companies → employees tree as a Qt item model, with a type-ahead filter proxy."""

from __future__ import annotations

import uuid
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from verbund_desktop.assessment.funding_format import format_headcount
from verbund_desktop.services.organisation.directory import CompanySummary, EmployeeSummary, NetworkSummary

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

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        words = self.filterRegularExpression().pattern().split()
        if not words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(SEARCH_ROLE) or "").casefold()
        return all(word.casefold() in haystack for word in words)

    def set_filter_text(self, text: str) -> None:
        # The pattern holds the raw text; filterAcceptsRow matches word by word, not as a regular expression.
        self.setFilterRegularExpression(text)
