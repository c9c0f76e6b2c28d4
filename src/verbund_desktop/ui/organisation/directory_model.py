"""The network → companies → employees tree as a Qt item model, with a type-ahead filter proxy."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from verbund_desktop.services.organisation.directory import CompanySummary, EmployeeSummary, NetworkSummary
from verbund_desktop.ui.common import german_text
from verbund_desktop.ui.common.locale_format import ui_headcount

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


class NodeKind(StrEnum):
    NETWORK = "network"
    COMPANY = "company"
    EMPLOYEE = "employee"


Row = tuple[str, NodeKind, uuid.UUID, str]  # shown text, kind, id, search text


def _company_row(c: CompanySummary) -> Row:
    return (
        f"{c.name} ({ui_headcount(c.headcount)})",
        NodeKind.COMPANY,
        c.id,
        f"{c.name} {c.industry} {c.region}",
    )


def _employee_row(e: EmployeeSummary, pseudonymised: bool) -> Row:
    label = e.pseudonym_code if pseudonymised else f"{e.display_name} ({e.pseudonym_code})"
    search = e.pseudonym_code if pseudonymised else f"{e.first_name} {e.last_name} {e.pseudonym_code}"
    return (label, NodeKind.EMPLOYEE, e.id, f"{search} {e.job_title}")


class DirectoryModel(QStandardItemModel):
    """The tree; ``set_directory()`` changes only the rows that differ (inserted, removed, moved or relabelled),
    so the view keeps its expansion and selection and the filter proxy updates those rows only. A different
    network (another workspace) rebuilds it. Items carry their kind and UUID in custom roles."""

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
        for _step in self.fill_steps(network, companies, employees, pseudonymised=pseudonymised):
            pass

    def fill_steps(
        self,
        network: NetworkSummary | None,
        companies: list[CompanySummary],
        employees: list[EmployeeSummary],
        *,
        pseudonymised: bool = False,
    ) -> Iterator[None]:
        """``set_directory`` in steps (``ui/common/sliced.py``): the network and its companies first, then one
        company's people per step. Every step leaves a valid tree, so the view may paint in between."""
        by_company: dict[uuid.UUID, list[EmployeeSummary]] = {}
        for e in employees:
            by_company.setdefault(e.company_id, []).append(e)
        company_rows = [_company_row(c) for c in companies]
        root = self.item(0) if self.rowCount() == 1 else None
        if network is None:
            self._reset(None)
            return
        if root is None or root.data(ID_ROLE) != str(network.id):
            root = _item(network.name, NodeKind.NETWORK, network.id, network.name)
            self._reset(root)  # another network (or the first fill)
            yield
        _update(root, (network.name, NodeKind.NETWORK, network.id, network.name))
        items = _sync_rows(
            root, company_rows
        )  # row by row: expansion, selection and the proxy's state survive
        yield
        for item, row in zip(items, company_rows, strict=True):
            _sync_rows(item, [_employee_row(e, pseudonymised) for e in by_company.get(row[2], [])])
            yield

    def remove_person(self, ident: uuid.UUID) -> bool:
        """Take one person's row out at once (an erasure: the name leaves the screen before the tree's data is
        read again); False when the tree has no such row."""
        root = self.item(0) if self.rowCount() == 1 else None
        wanted = str(ident)
        for c in range(root.rowCount() if root is not None else 0):
            company = root.child(c)  # type: ignore[union-attr]
            for r in range(company.rowCount()):
                if company.child(r).data(ID_ROLE) == wanted:
                    company.removeRow(r)
                    return True
        return False

    def _reset(self, root: QStandardItem | None) -> None:
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            if root is not None:
                self.appendRow(root)
        finally:
            self.blockSignals(False)
            self.endResetModel()


def _sync_rows(parent: QStandardItem, wanted: list[Row]) -> list[QStandardItem]:
    """Make ``parent``'s children the ``wanted`` rows in order, touching only what differs; their items."""
    if parent.rowCount() == 0:  # a new parent: all rows in one insertion
        items = [_item(*row) for row in wanted]
        if items:
            parent.appendRows(items)
        return items
    wanted_ids = {str(row[2]) for row in wanted}
    for r in reversed(range(parent.rowCount())):
        child = parent.child(r)
        if child is None or child.data(ID_ROLE) not in wanted_ids:
            parent.removeRow(r)
    out: list[QStandardItem] = []
    for i, row in enumerate(wanted):
        ident = str(row[2])
        current = parent.child(i) if i < parent.rowCount() else None
        if current is None or current.data(ID_ROLE) != ident:
            found = next(
                (r for r in range(i + 1, parent.rowCount()) if parent.child(r).data(ID_ROLE) == ident), None
            )
            if found is None:
                parent.insertRow(i, [_item(*row)])
            else:  # moved (renamed): the same item, so its children come along
                parent.insertRow(i, parent.takeRow(found))
            current = parent.child(i)
        _update(current, row)
        out.append(current)
    return out


def _update(item: QStandardItem, row: Row) -> None:
    """Relabel ``item`` only when its text or search text changed (no needless dataChanged)."""
    text, _kind, _ident, search = row
    if item.text() == text and item.data(SEARCH_ROLE) == search:
        return
    model = item.model()
    roles = {Qt.ItemDataRole.DisplayRole: text, Qt.ItemDataRole.ToolTipRole: text, SEARCH_ROLE: search}
    if model is None:
        for role, value in roles.items():
            item.setData(value, role)
    else:  # all roles in one dataChanged: the proxy sorts and filters the row once, not three times
        model.setItemData(item.index(), roles)


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
