"""Pick competences from one or more catalogues for an interview without (or beyond) a role profile.

Catalogue → area → competence, each with a check box (Space toggles, a catalogue or area toggles all
below it); a filter line narrows the tree as you type.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.competency.assessment_queries import CatalogChoice

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_TRISTATE = Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
_LEAF = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CompetencePicker(QDialog):
    def __init__(
        self,
        catalogs: Sequence[CatalogChoice],
        parent: QWidget | None = None,
        *,
        preselected: Iterable[uuid.UUID] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kompetenzen für das Gespräch wählen"))
        chosen = set(preselected)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtern: Code oder Name …"))
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Kompetenz"), self.tr("Stufen")])
        self.tree.setAccessibleName(self.tr("Kataloge, Bereiche und Kompetenzen"))
        self._tops: list[QTreeWidgetItem] = []
        self._areas: list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        for catalog in catalogs:
            top = QTreeWidgetItem([catalog.label, catalog.scale.range_de()])
            top.setFlags(_TRISTATE | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(top)
            self._tops.append(top)
            for area in catalog.areas:
                area_item = QTreeWidgetItem(top, [f"{area.code} {area.name}", ""])
                area_item.setFlags(_TRISTATE | Qt.ItemFlag.ItemIsSelectable)
                leaves: list[QTreeWidgetItem] = []
                self._areas.append((area_item, leaves))
                for comp in area.competences:
                    leaf = QTreeWidgetItem(area_item, [f"{comp.code} {comp.name}", ""])
                    leaves.append(leaf)
                    leaf.setFlags(_LEAF)
                    leaf.setData(0, _ID_ROLE, str(comp.id))
                    leaf.setToolTip(0, comp.description)
                    leaf.setCheckState(
                        0, Qt.CheckState.Checked if comp.id in chosen else Qt.CheckState.Unchecked
                    )
        self.tree.expandToDepth(0)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(0, 520)
        self.count = QLabel()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Gespräch beginnen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.tree.itemChanged.connect(self._update_count)
        self._update_count()
        self.resize(680, 560)
        self.tree.setFocus()
        if self._tops:
            self.tree.setCurrentItem(self._tops[0])

    def leaves(self) -> list[QTreeWidgetItem]:
        return [leaf for _area, leaves in self._areas for leaf in leaves]

    def selected_ids(self) -> list[uuid.UUID]:
        return [
            uuid.UUID(item.data(0, _ID_ROLE))
            for item in self.leaves()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _update_count(self) -> None:
        n = len(self.selected_ids())
        self.count.setText(self.tr("{0} Kompetenzen gewählt").format(n))
        self.ok_button.setEnabled(n > 0)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for area, leaves in self._areas:
            for leaf in leaves:
                leaf.setHidden(not all(w in leaf.text(0).casefold() for w in words))
            visible = any(not leaf.isHidden() for leaf in leaves)
            area.setHidden(not visible)
            if words and visible:
                area.setExpanded(True)
        for top in self._tops:
            top.setExpanded(True)
