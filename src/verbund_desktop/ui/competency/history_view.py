"""The „Verlauf“ tab: each competence's levels over all dated assessments of a person.

A table (competences × assessments, oldest first, plus the change of the agreed level) and, for the
focused competence, a small chart of self, supervisor, agreed and target levels over time.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.competency.assessment_queries import employee_history
from verbund_desktop.services.competency.assessment_sheets import (
    STATUS_LABELS_DE,
    AssessmentInfo,
    CompetenceHistory,
    EmployeeHistory,
    HistoryPoint,
)
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, domain_label
from verbund_desktop.ui.common.locale_format import ui_date

_Index = QModelIndex | QPersistentModelIndex
SERIES = (  # labels translated where the chart draws them
    (
        "agreed_level",
        QT_TRANSLATE_NOOP("LevelTrendChart", "Ist (vereinbart)"),
        QColor("#2f6690"),
        Qt.PenStyle.SolidLine,
    ),
    ("target_level", QT_TRANSLATE_NOOP("LevelTrendChart", "Soll"), QColor("#1b1b1b"), Qt.PenStyle.DashLine),
    ("self_level", QT_TRANSLATE_NOOP("LevelTrendChart", "Selbst"), QColor("#66a182"), Qt.PenStyle.DotLine),
    (
        "supervisor_level",
        QT_TRANSLATE_NOOP("LevelTrendChart", "Fremd"),
        QColor("#d1495b"),
        Qt.PenStyle.DotLine,
    ),
)


def point_text(point: HistoryPoint | None) -> tuple[str, str]:
    if point is None:
        return "–", QCoreApplication.translate("HistoryModel", "In diesem Gespräch nicht erhoben")
    v = point.values
    if v.not_applicable:
        return (
            QCoreApplication.translate("HistoryModel", "n. a."),
            QCoreApplication.translate("HistoryModel", "nicht anwendbar"),
        )

    def fmt(value: int | None) -> str:
        return "–" if value is None else str(value)

    text = QCoreApplication.translate("HistoryModel", "Ist {0} · Soll {1}").format(
        fmt(v.agreed_level), fmt(v.target_level)
    )
    tip = QCoreApplication.translate("HistoryModel", "Selbst {0}, Fremd {1}, Ist {2}, Soll {3}").format(
        fmt(v.self_level), fmt(v.supervisor_level), fmt(v.agreed_level), fmt(v.target_level)
    )
    if v.note:
        tip += QCoreApplication.translate("HistoryModel", "\nNotiz: {0}").format(v.note)
    return text, tip


class HistoryModel(QAbstractTableModel):
    """Rows: competences; columns: „Kompetenz“, one per assessment (oldest first), „Veränderung Ist“."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history: EmployeeHistory | None = None

    def set_history(self, history: EmployeeHistory | None) -> None:
        self.beginResetModel()
        self._history = history
        self.endResetModel()

    def assessments(self) -> tuple[AssessmentInfo, ...]:
        return self._history.assessments if self._history else ()

    def competence(self, row: int) -> CompetenceHistory | None:
        if self._history is None or not 0 <= row < len(self._history.competences):
            return None
        return self._history.competences[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._history is None else len(self._history.competences)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._history is None else len(self._history.assessments) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        infos = self.assessments()
        if section == 0:
            return self.tr("Kompetenz")
        if 1 <= section <= len(infos):
            info = infos[section - 1]
            return (
                f"{ui_date(info.assessed_on)}\n{domain_label(STATUS_LABELS_DE.get(info.status, info.status))}"
            )
        if section == len(infos) + 1:
            return self.tr("Veränderung\nIst")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        comp = self.competence(index.row()) if index.isValid() else None
        if comp is None:
            return None
        infos = self.assessments()
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        tip = role == Qt.ItemDataRole.ToolTipRole
        if column == 0:
            return (
                f"{comp.catalog_label} · {comp.area_name}\n{comp.name}" if tip else f"{comp.code} {comp.name}"
            )
        if 1 <= column <= len(infos):
            text, tooltip = point_text(comp.points.get(infos[column - 1].id))
            return tooltip if tip else text
        if column == len(infos) + 1:
            agreed = [p.values.agreed_level for p in comp.series(infos) if p.values.agreed_level is not None]
            if len(agreed) < 2:
                return self.tr("nur ein Wert") if tip else ""
            delta = agreed[-1] - agreed[0]
            if tip:
                return self.tr("von {0} auf {1}").format(agreed[0], agreed[-1])
            return f"{delta:+d}" if delta else "±0"
        return None


class LevelTrendChart(QWidget):
    """Self, supervisor, agreed and target level of one competence across the assessments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._competence: CompetenceHistory | None = None
        self._assessments: tuple[AssessmentInfo, ...] = ()
        self.setMinimumHeight(170)

    def set_competence(
        self, competence: CompetenceHistory | None, assessments: tuple[AssessmentInfo, ...]
    ) -> None:
        self._competence = competence
        self._assessments = assessments
        self.update()

    def series(self, attr: str) -> list[int | None]:
        """The values the chart draws for one series (``agreed_level`` …), one per assessment shown."""
        if self._competence is None:
            return []
        return [getattr(p.values, attr) for p in self._competence.series(self._assessments)]

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.fillRect(self.rect(), self.palette().base())
            self._paint(p)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        comp = self._competence
        text = self.palette().text().color()
        p.setPen(text)
        if comp is None:
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Eine Kompetenz in der Tabelle wählen.")
            )
            return
        line = p.fontMetrics().height() + 2
        p.drawText(
            QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft, f"{comp.code} {comp.name}"
        )
        x = 8.0
        for _attr, source, colour, style in SERIES:
            label = self.tr(source)
            p.setPen(QPen(colour, 2, style))
            p.drawLine(QPointF(x, 8 + line * 1.5), QPointF(x + 18, 8 + line * 1.5))
            p.setPen(text)
            p.drawText(QRectF(x + 22, 4 + line, 120, line), Qt.AlignmentFlag.AlignLeft, label)
            x += 30 + p.fontMetrics().horizontalAdvance(label)
        plot = QRectF(36, 12 + 2 * line, self.width() - 60, self.height() - 24 - 3 * line)
        low, high = comp.scale.min_level, comp.scale.max_level
        points = comp.series(self._assessments)
        if plot.height() < 20 or not points:
            return

        def y_of(level: int) -> float:
            return plot.bottom() - plot.height() * (level - low) / max(1, high - low)

        def x_of(i: int) -> float:
            return plot.left() + (plot.width() * (i + 0.5) / len(points))

        grid = QPen(QColor("#d0d4d9"), 1)
        for level in range(low, high + 1):
            p.setPen(grid)
            p.drawLine(QPointF(plot.left(), y_of(level)), QPointF(plot.right(), y_of(level)))
            p.setPen(text)
            p.drawText(QRectF(4, y_of(level) - line / 2, 26, line), Qt.AlignmentFlag.AlignRight, str(level))
        for i, point in enumerate(points):
            label = ui_date(point.assessed_on)
            p.drawText(
                QRectF(x_of(i) - 50, plot.bottom() + 4, 100, line), Qt.AlignmentFlag.AlignHCenter, label
            )
        for attr, _label, colour, style in SERIES:
            values = [(x_of(i), getattr(pt.values, attr)) for i, pt in enumerate(points)]
            known = [QPointF(x, y_of(v)) for x, v in values if v is not None]
            p.setPen(QPen(colour, 2, style))
            if len(known) > 1:
                p.drawPolyline(QPolygonF(known))
            p.setBrush(colour)
            for pt in known:
                p.drawEllipse(pt, 3.5, 3.5)
            p.setBrush(Qt.BrushStyle.NoBrush)


class HistoryView(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.employee_id: uuid.UUID | None = None
        self._stale = False
        self.title = QLabel(self.tr("Verlauf je Kompetenz"))
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.summary = QLabel()
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Stufen je Kompetenz und Gespräch"))
        self.chart = LevelTrendChart()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([360, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._layout_columns)
        context.data_changed.connect(self._data_changed)

    def set_subject(self, ident: uuid.UUID) -> None:
        self.employee_id = ident
        self.reload()

    def reload(self) -> None:
        if self.employee_id is None:
            return
        self._stale = False
        current = self.table.currentIndex().row()
        history = employee_history(self.context.workspace, self.employee_id)
        self.model.set_history(history)
        n = len(history.assessments)
        self.summary.setText(
            self.tr("{0} Gespräche, {1} Kompetenzen").format(n, len(history.competences))
            if n
            else self.tr("Noch kein Kompetenzgespräch mit dieser Person.")
        )
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(max(0, min(current, self.model.rowCount() - 1)), 0))
        else:
            self.chart.set_competence(None, ())

    def _layout_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(
                1, self.model.columnCount()
            ):  # wide enough for „Ist 4 · Soll 6“ in any language
                self.table.setColumnWidth(column, min(220, max(110, self.table.sizeHintForColumn(column))))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.chart.set_competence(self.model.competence(current.row()), self.model.assessments())

    def _data_changed(self, kind: str, ident: object) -> None:
        if kind in ("assessment", "rating") and ident == self.employee_id:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()


def history_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    return QCoreApplication.translate("HistoryView", "Verlauf"), HistoryView(context)
