"""The network tab „Bedarf im Verbund“: pooled demand as a heat map (competence × target level) and a table.

Counts only, no names; only people who consented to the pooled use are counted (the service sees to that).
Arrow keys move through the heat map; Enter or Strg+Umschalt+N forms a joint course from the current cell.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.network_terms import SIZE_BANDS
from verbund_desktop.services.network.joint_courses import create_joint_course
from verbund_desktop.services.network.pooling import PoolCell, PooledDemand, PoolFilter, pooled_demand
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.network.course_dialog import CourseDialog

CELL_ROLE = Qt.ItemDataRole.UserRole + 1


def heat_colour(people: int, top: int) -> QColor:
    """White to a strong orange by share of the largest cell (a lighter tone keeps the count readable)."""
    share = people / top if top else 0.0
    return QColor.fromHsvF(0.07, 0.1 + 0.75 * share, 1.0 - 0.15 * share)


class PoolView(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.demand: PooledDemand | None = None
        self.dialog: CourseDialog | None = None
        self.setObjectName("poolView")
        title = QLabel(self.tr("Gebündelter Bedarf im Verbund"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.note = QLabel(
            self.tr(
                "Personen mit einer Lücke je Kompetenz und Zielstufe, mit der Zahl ihrer Betriebe. Gezählt "
                "werden nur Personen, die der pseudonymisierten Nutzung im Verbund zugestimmt haben."
            )
        )
        self.note.setWordWrap(True)
        filters = self._build_filters()
        splitter = self._build_tables()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._connect()

    def _build_filters(self) -> QHBoxLayout:
        """Region and size band, and „Verbundmaßnahme bilden …“."""
        self.region_box = QComboBox()
        self.region_box.setAccessibleName(self.tr("Region"))
        self.band_box = QComboBox()
        self.band_box.setAccessibleName(self.tr("Größenklasse"))
        self.band_box.addItem(self.tr("alle Größen"), None)
        for band in SIZE_BANDS:
            self.band_box.addItem(domain_label(band.label_de), band.key)
        self.form_button = QPushButton(self.tr("Verbundmaßnahme b&ilden …"))
        filters = QHBoxLayout()
        for label, box in ((self.tr("&Region:"), self.region_box), (self.tr("&Größe:"), self.band_box)):
            text = QLabel(label)
            text.setBuddy(box)
            filters.addWidget(text)
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.form_button)
        return filters

    def _build_tables(self) -> QSplitter:
        """The heat map above the table of the same demand."""
        self.heat = QTableWidget()
        self.heat.setObjectName("heatMap")
        self.heat.setAccessibleName(self.tr("Heatmap: Kompetenzen × Zielstufen"))
        self.heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heat.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table = QTableWidget()
        self.table.setObjectName("poolTable")
        self.table.setAccessibleName(self.tr("Tabelle des gebündelten Bedarfs"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.heat)
        splitter.addWidget(self.table)
        splitter.setSizes([380, 220])
        return splitter

    def _connect(self) -> None:
        self.region_box.activated.connect(lambda _i: self.refresh())
        self.band_box.activated.connect(lambda _i: self.refresh())
        self.form_button.clicked.connect(self.form_course)
        self.heat.itemActivated.connect(lambda _item: self.form_course())
        self.table.itemActivated.connect(lambda item: self.form_course(self._table_cell(item.row())))
        QShortcut(
            QKeySequence("Ctrl+Shift+N"),
            self,
            self.form_course,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def set_subject(self, _ident: uuid.UUID) -> None:
        self.refresh()

    def refresh(self) -> None:
        f = PoolFilter(region=self.region_box.currentData(), size_band=self.band_box.currentData())
        demand = run_action(self, self.context, lambda: pooled_demand(self.context.workspace, f))
        if demand is None:
            return
        self.demand = demand
        self._fill_regions(demand)
        self._fill_heat(demand)
        self._fill_table(demand)

    def _fill_regions(self, demand: PooledDemand) -> None:
        current = self.region_box.currentData()
        self.region_box.blockSignals(True)
        self.region_box.clear()
        self.region_box.addItem(self.tr("alle Regionen"), None)
        for region in demand.regions:
            self.region_box.addItem(region, region)
        self.region_box.setCurrentIndex(max(0, self.region_box.findData(current)))
        self.region_box.blockSignals(False)

    def _fill_heat(self, demand: PooledDemand) -> None:
        levels, competences = demand.levels, demand.competences
        top = max((c.people for c in demand.cells), default=0)
        self.heat.clear()
        self.heat.setRowCount(len(competences))
        self.heat.setColumnCount(len(levels))
        self.heat.setHorizontalHeaderLabels([self.tr("Stufe {0}").format(level) for level in levels])
        self.heat.setVerticalHeaderLabels([label for _id, label in competences])
        for r, (competence_id, _label) in enumerate(competences):
            for c, level in enumerate(levels):
                cell = demand.cell(competence_id, level)
                item = QTableWidgetItem(
                    "" if cell is None else self.tr("{0} P. / {1} B.").format(cell.people, cell.companies)
                )
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if cell is not None:
                    item.setBackground(QBrush(heat_colour(cell.people, top)))
                    item.setData(CELL_ROLE, (cell.competence_id, cell.level))
                    item.setToolTip(
                        self.tr("{0}, Zielstufe {1}: {2} Personen aus {3} Betrieben").format(
                            cell.label, cell.level, cell.people, cell.companies
                        )
                    )
                self.heat.setItem(r, c, item)
        self.heat.resizeColumnsToContents()
        if competences and levels:
            self.heat.setCurrentCell(0, 0)

    def _fill_table(self, demand: PooledDemand) -> None:
        cells = sorted(demand.cells, key=lambda c: (-c.people, -c.companies, c.code, c.level))
        headers = [
            self.tr("Kompetenz"),
            self.tr("Katalog"),
            self.tr("Zielstufe"),
            self.tr("Personen"),
            self.tr("Betriebe"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(cells))
        for r, cell in enumerate(cells):
            values = (cell.label, cell.catalog, str(cell.level), str(cell.people), str(cell.companies))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(CELL_ROLE, (cell.competence_id, cell.level))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _table_cell(self, row: int) -> PoolCell | None:
        item = self.table.item(row, 0)
        return self._cell_of(item.data(CELL_ROLE) if item else None)

    def _cell_of(self, key: object) -> PoolCell | None:
        if self.demand is None or not isinstance(key, tuple):
            return None
        return self.demand.cell(key[0], key[1])

    def current_cell(self) -> PoolCell | None:
        item = self.heat.currentItem()
        return self._cell_of(item.data(CELL_ROLE) if item else None)

    def form_course(self, cell: PoolCell | None = None) -> None:
        cell = cell or self.current_cell()
        if cell is None:
            return
        self.dialog = CourseDialog(self.context, cell, self)
        self.dialog.accepted.connect(lambda: self._create(self.dialog))
        self.dialog.open()

    def _create(self, dialog: CourseDialog | None) -> None:
        if dialog is None:
            return
        course_id = run_action(
            self,
            self.context,
            lambda: create_joint_course(self.context.workspace, dialog.draft(), actor=self.context.actor),
            changed=("joint_course", None),
        )
        if course_id is not None:
            self._show_course(course_id)

    def _show_course(self, course_id: uuid.UUID) -> None:
        from verbund_desktop.ui.network.joint_course_view import JointCoursesView

        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is None:
            return
        for i in range(parent.count()):
            widget = parent.widget(i)
            if isinstance(widget, JointCoursesView):
                parent.setCurrentIndex(i)
                widget.show_course(course_id)
