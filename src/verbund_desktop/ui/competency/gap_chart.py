"""The live gap summary: one bar per competence with a gap, current level against target, drawn with QPainter.

Each bar spans its catalogue's scale (DigComp 1–8, the cross-cutting catalogue 0–4), so competences of
different catalogues can share one chart. Most urgent gaps (priority, then size) come first.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from verbund_desktop.assessment.gaps import Priority
from verbund_desktop.services.competency.assessment_sheets import GapEntry, GapSummary
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.common.locale_format import is_german

CURRENT_COLOUR = QColor("#2f6690")
GAP_COLOURS = {
    Priority.HIGH: QColor("#d1495b"),
    Priority.MEDIUM: QColor("#edae49"),
    Priority.LOW: QColor("#66a182"),
}
TRACK_COLOUR = QColor("#e9ecef")
TARGET_COLOUR = QColor("#1b1b1b")
BAR_HEIGHT = 12
ROW_HEIGHT = 22
LABEL_WIDTH = 56


class GapChart(QWidget):
    """Bars of current (blue) and gap up to the target (coloured by priority); the summary line is text
    for a label beside it (``summary_text``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary: GapSummary | None = None
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Lücken: Ist gegen Soll"))

    def set_summary(self, summary: GapSummary | None) -> None:
        self._summary = summary
        self.setToolTip(self._tooltip())
        self.setAccessibleDescription(self.summary_text())
        self.update()

    def entries(self) -> tuple[GapEntry, ...]:
        """What the chart draws, most urgent first."""
        return self._summary.entries if self._summary is not None else ()

    def summary_text(self) -> str:
        """„2 Lücken, zusammen 3 Stufen, 1 mit hoher Priorität · 4 von 5 Kompetenzen mit Ist und Soll“, translated."""
        summary = self._summary
        if summary is None:
            return self.tr("Kein Kompetenzgespräch")
        if is_german():  # the domain's wording, with its German plurals
            return summary.text_de()
        if not summary.entries:
            gaps = self.tr("Keine Lücken")
        else:
            gaps = self.tr("%n Lücke(n)", "", len(summary.entries)) + self.tr(
                ", zusammen %n Stufe(n)", "", summary.total_levels
            )
            if summary.high_priority:
                gaps += self.tr(", %n mit hoher Priorität", "", summary.high_priority)
        rows = self.tr("{0} von {1} Kompetenzen mit Ist und Soll").format(
            summary.complete_rows, summary.applicable
        )
        return f"{gaps} · {rows}"

    def _tooltip(self) -> str:
        lines = [
            self.tr("{0} {1}: Ist {2}{3}, Soll {4}, Priorität {5}").format(
                e.code,
                e.name,
                e.current,
                self.tr(" (vorläufig)") if e.provisional else "",
                e.target,
                domain_label(e.priority.label_de).lower(),
            )
            for e in self.entries()
        ]
        return "\n".join(lines) or self.summary_text()

    def sizeHint(self) -> QSize:
        return QSize(320, 60 + ROW_HEIGHT * max(3, len(self.entries())))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        rect = QRectF(self.rect()).adjusted(6, 4, -8, -4)
        p.fillRect(self.rect(), self.palette().base())
        p.setPen(self.palette().text().color())
        line = p.fontMetrics().height() + 4
        top = self._legend(p, rect.left(), rect.top(), rect.right())
        entries = self.entries()
        fits = max(0, int((rect.bottom() - top - line) // ROW_HEIGHT))
        shown = entries if len(entries) <= fits + 1 else entries[:fits]
        bar_left = rect.left() + LABEL_WIDTH
        bar_width = max(40.0, rect.right() - bar_left - 64)
        for i, entry in enumerate(shown):
            y = top + i * ROW_HEIGHT
            self._bar(p, entry, rect.left(), bar_left, bar_width, y)
        if len(shown) < len(entries):
            y = top + len(shown) * ROW_HEIGHT
            p.setPen(self.palette().placeholderText().color())
            p.drawText(
                QRectF(rect.left(), y, rect.width(), line),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("… und {0} weitere (Tooltip)").format(len(entries) - len(shown)),
            )

    def _legend(self, p: QPainter, left: float, y: float, right: float) -> float:
        """Draw the legend, wrapping when narrow; returns the y below it."""
        items = [(CURRENT_COLOUR, self.tr("Ist")), (GAP_COLOURS[Priority.HIGH], self.tr("Lücke hoch"))]
        items += [
            (GAP_COLOURS[Priority.MEDIUM], self.tr("mittel")),
            (GAP_COLOURS[Priority.LOW], self.tr("niedrig")),
        ]
        metrics = p.fontMetrics()
        line = metrics.height() + 4
        x = left
        for colour, text in [*items, (None, self.tr("Soll"))]:
            width = 20 + metrics.horizontalAdvance(text)
            if x > left and x + width > right:
                x, y = left, y + line
            if colour is None:
                p.setPen(QPen(TARGET_COLOUR, 2))
                p.drawLine(int(x + 4), int(y + 1), int(x + 4), int(y + line - 3))
            else:
                p.fillRect(QRectF(x, y + 3, 10, 10), colour)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(x + 14, y, width, line), Qt.AlignmentFlag.AlignLeft, text)
            x += width + 6
        return y + line + 2

    def _bar(self, p: QPainter, e: GapEntry, label_x: float, left: float, width: float, y: float) -> None:
        span = max(1, e.max_level - e.min_level)

        def x_of(level: int) -> float:
            return left + width * (level - e.min_level) / span

        p.setPen(self.palette().text().color())
        p.drawText(QRectF(label_x, y, LABEL_WIDTH - 4, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, e.code)
        bar_y = y + (ROW_HEIGHT - BAR_HEIGHT) / 2
        p.fillRect(QRectF(left, bar_y, width, BAR_HEIGHT), TRACK_COLOUR)
        p.fillRect(QRectF(left, bar_y, x_of(e.current) - left, BAR_HEIGHT), CURRENT_COLOUR)
        gap_colour = QColor(GAP_COLOURS[e.priority])
        if e.provisional:
            gap_colour.setAlpha(110)
        p.fillRect(QRectF(x_of(e.current), bar_y, x_of(e.target) - x_of(e.current), BAR_HEIGHT), gap_colour)
        p.setPen(QPen(TARGET_COLOUR, 2))
        p.drawLine(int(x_of(e.target)), int(bar_y - 2), int(x_of(e.target)), int(bar_y + BAR_HEIGHT + 2))
        p.setPen(self.palette().text().color())
        text = f"{e.current}→{e.target}" + (" ?" if e.provisional else "")
        p.drawText(QRectF(left + width + 6, y, 60, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text)
