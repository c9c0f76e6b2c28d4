"""Role profile dialog: pick competences from one or more catalogues, set target level and priority for each."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.gaps import Priority
from verbund_desktop.services.organisation.role_profiles import (
    CatalogChoice,
    CompetenceChoice,
    RoleInput,
    TargetInput,
)
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.organisation.company_editor import FormDialog, Problems

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RoleProfileDialog(FormDialog):
    """Left: a filterable catalogue tree with check boxes (Space ticks). Right: the chosen competences."""

    def __init__(
        self,
        choices: list[CatalogChoice],
        initial: RoleInput | None,
        check: Callable[[RoleInput], Problems],
        parent: QWidget | None = None,
    ) -> None:
        new = initial is None
        super().__init__(
            self.tr("Neues Stellenprofil") if new else self.tr("Stellenprofil bearbeiten"),
            self.tr("Anlegen") if new else self.tr("Übernehmen"),
            parent,
        )
        self.setMinimumSize(1000, 600)
        data = initial or RoleInput(name="")
        chosen = {t.competence_id: t for t in data.targets}
        self._catalogs: dict[uuid.UUID, CatalogChoice] = {}
        self._competences: dict[uuid.UUID, CompetenceChoice] = {}
        self._build_name(data)
        picker = self._build_picker()
        self.add_row(self.tr("&Kompetenzen:"), "targets", picker, field=self.filter)

        self._fill_tree(choices, chosen)
        for target in data.targets:
            if target.competence_id in self._competences:
                self._add_target(target.competence_id, target.target_level, target.priority)
        self._connect()  # after filling: the initial ticks are no edits
        self.check = lambda: check(self.data())

    def _build_name(self, data: RoleInput) -> None:
        self.name = QLineEdit(data.name)
        self.name.setPlaceholderText(self.tr("z. B. Verkauf, Fertigung, Disposition"))
        self.description = QLineEdit(data.description)
        self.add_row(self.tr("&Name: *"), "name", self.name)
        self.add_row(self.tr("&Beschreibung:"), "description", self.description)

    def _build_picker(self) -> QWidget:
        """The filter above the catalogue tree, beside the table of the chosen competences."""
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Kompetenzen filtern …"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Kompetenzkataloge (Leertaste: auswählen)")])
        self.tree.setAccessibleName(self.tr("Kompetenzkataloge"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kompetenz"), self.tr("Soll-Niveau"), self.tr("Priorität")]
        )
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 230)  # long level names are elided in the combo; the list shows them in full
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Ausgewählte Kompetenzen"))

        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.tree)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Ausgewählte Kompetenzen mit Soll-Niveau und Priorität:")))
        right.addWidget(self.table)
        picker = QWidget()
        row = QHBoxLayout(picker)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 4)
        row.addLayout(right, 5)
        return picker

    def _connect(self) -> None:
        self.tree.itemChanged.connect(self._item_changed)
        self.filter.textChanged.connect(self._filter)

    # -- the catalogue tree ------------------------------------------------------------------------------------
    def _fill_tree(self, choices: list[CatalogChoice], chosen: dict[uuid.UUID, TargetInput]) -> None:
        for catalog in choices:
            ids = {c.id for area in catalog.areas for c in area.competences}
            if not catalog.newest and not ids & set(chosen):
                continue  # older catalogue versions only when the profile already uses them
            self._catalogs[catalog.id] = catalog
            scale = self.tr("{0} – Skala {1}–{2}").format(catalog.label, catalog.min_level, catalog.max_level)
            top = QTreeWidgetItem([scale])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(top)
            for area in catalog.areas:
                area_item = QTreeWidgetItem([f"{area.code} {area.name_de}"])
                area_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(area_item)
                for comp in area.competences:
                    self._competences[comp.id] = comp
                    item = QTreeWidgetItem([f"{comp.code} {comp.name_de}"])
                    item.setData(0, ID_ROLE, comp.id)
                    item.setToolTip(0, comp.description_de)
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    checked = comp.id in chosen
                    item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                    area_item.addChild(item)
        self.tree.expandAll()

    def _filter(self, text: str) -> None:
        """Hide competences (and empty areas/catalogues) whose text does not hold every typed word."""
        words = text.casefold().split()

        def matches(item: QTreeWidgetItem) -> bool:
            return all(word in item.text(0).casefold() for word in words)

        for top in _children(self.tree.invisibleRootItem()):
            any_area = False
            for area in _children(top):
                area_match = matches(area)
                shown = 0
                for item in _children(area):
                    item.setHidden(not (area_match or matches(item)))
                    shown += not item.isHidden()
                area.setHidden(shown == 0)
                any_area = any_area or shown > 0
            top.setHidden(not any_area)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        ident = item.data(0, ID_ROLE)
        if not isinstance(ident, uuid.UUID):
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            if self._row_of(ident) < 0:
                catalog = self._catalog_of(ident)
                self._add_target(
                    ident, round((catalog.min_level + catalog.max_level) / 2), int(Priority.MEDIUM)
                )
        else:
            row = self._row_of(ident)
            if row >= 0:
                self.table.removeRow(row)

    def _catalog_of(self, competence_id: uuid.UUID) -> CatalogChoice:
        for catalog in self._catalogs.values():
            if any(c.id == competence_id for area in catalog.areas for c in area.competences):
                return catalog
        raise KeyError(competence_id)

    # -- the chosen competences --------------------------------------------------------------------------------
    def _add_target(self, competence_id: uuid.UUID, level: int, priority: int) -> None:
        comp = self._competences[competence_id]
        catalog = self._catalog_of(competence_id)
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(f"{comp.code} {comp.name_de}")
        name.setData(ID_ROLE, competence_id)
        name.setToolTip(f"{catalog.label}\n{comp.description_de}")
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, 0, name)
        levels = QComboBox()
        levels.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        levels.setMinimumContentsLength(14)
        levels.setAccessibleName(self.tr("Soll-Niveau für {0}").format(comp.name_de))
        for choice in catalog.levels:
            levels.addItem(f"{choice.value} – {choice.label_de}", choice.value)
        levels.setCurrentIndex(max(levels.findData(level), 0))
        self.table.setCellWidget(row, 1, levels)
        priorities = QComboBox()
        priorities.setAccessibleName(self.tr("Priorität für {0}").format(comp.name_de))
        for value in Priority:
            priorities.addItem(f"{int(value)} – {domain_label(value.label_de)}", int(value))
        priorities.setCurrentIndex(max(priorities.findData(priority), 0))
        self.table.setCellWidget(row, 2, priorities)

    def _row_of(self, competence_id: uuid.UUID) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == competence_id:
                return row
        return -1

    def set_target(self, competence_id: uuid.UUID, level: int, priority: int) -> None:
        """Set the target of a chosen competence (as the advisor would with the two combo boxes)."""
        row = self._row_of(competence_id)
        for column, value in ((1, level), (2, priority)):
            combo = self.table.cellWidget(row, column)
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(combo.findData(value))

    def competence_item(self, code: str, catalog_key: str) -> QTreeWidgetItem | None:
        for catalog in self._catalogs.values():
            if catalog.key != catalog_key:
                continue
            for comp in (c for area in catalog.areas for c in area.competences):
                if comp.code == code:
                    found = self.tree.findItems(f"{comp.code} {comp.name_de}", Qt.MatchFlag.MatchRecursive)
                    return next((i for i in found if i.data(0, ID_ROLE) == comp.id), None)
        return None

    def data(self) -> RoleInput:
        targets = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            level = self.table.cellWidget(row, 1)
            priority = self.table.cellWidget(row, 2)
            assert item is not None and isinstance(level, QComboBox) and isinstance(priority, QComboBox)
            targets.append(
                TargetInput(item.data(ID_ROLE), int(level.currentData()), int(priority.currentData()))
            )
        return RoleInput(self.name.text(), self.description.text(), tuple(targets))


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for child in (item.child(i) for i in range(item.childCount())) if child is not None]
