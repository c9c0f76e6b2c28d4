"""Vector charts built with reportlab.graphics: current vs target levels, gap colours and their legend."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from verbund_desktop.report.styles import FONT_REGULAR, ReportStyles, fit_text, text_width
from verbund_desktop.report.viewmodels import CompetencyGroupView, HeatMapCell

ROW_HEIGHT = 17.0
BAR_HEIGHT = 5.5
LABEL_SIZE = 7.0

# Heat-map colours by gap: 0 none, 1 light, 2 amber, >= 3 red; grey for not applicable, white for not rated.
GAP_COLOURS: dict[int, colors.Color] = {
    0: colors.HexColor("#9BD59B"),
    1: colors.HexColor("#F6EDA0"),
    2: colors.HexColor("#F7B955"),
    3: colors.HexColor("#E0675B"),
}
NOT_APPLICABLE_COLOUR = colors.HexColor("#C8CDD0")
NOT_RATED_COLOUR = colors.white


def gap_colour(cell: HeatMapCell) -> colors.Color:
    """Fill colour of one heat-map cell."""
    if cell.not_applicable:
        return NOT_APPLICABLE_COLOUR
    if cell.gap is None:
        return NOT_RATED_COLOUR
    return GAP_COLOURS[min(max(cell.gap, 0), 3)]


def gap_text(cell: HeatMapCell) -> str:
    """Text inside one heat-map cell: the gap, "n. a." as "–", not rated as "?"."""
    if cell.not_applicable:
        return "–"
    if cell.gap is None:
        return "?"
    return str(cell.gap)


def _legend_item(drawing: Drawing, x: float, y: float, fill: colors.Color, text: str, stroke: bool) -> float:
    drawing.add(
        Rect(x, y, 9, 6, fillColor=fill, strokeColor=fill if not stroke else colors.black, strokeWidth=0.4)
    )
    drawing.add(String(x + 12, y, text, fontName=FONT_REGULAR, fontSize=LABEL_SIZE))
    return x + 12 + text_width(text, LABEL_SIZE) + 14


@dataclass(frozen=True)
class _Plot:
    """Where the bars of a level chart go: the plot's left edge and width, and the top of the scale."""

    x: float
    width: float
    scale_max: int

    def x_of(self, level: int) -> float:
        return self.x + self.width * max(min(level, self.scale_max), 0) / self.scale_max


def level_chart(group: CompetencyGroupView, width: float, styles: ReportStyles) -> Drawing | None:
    """Horizontal bars per competence: agreed current level (filled) and target level (light).

    Returns ``None`` when no competence of the group has a level to show.
    """
    lines = [
        line
        for line in group.lines
        if not line.not_applicable and (line.agreed_level is not None or line.target_level is not None)
    ]
    if not lines:
        return None
    top_pad, bottom_pad = 16.0, 18.0
    height = top_pad + len(lines) * ROW_HEIGHT + bottom_pad
    drawing = Drawing(width, height, initialFontName=FONT_REGULAR, initialFontSize=LABEL_SIZE)
    label_width = min(190.0, width * 0.4)
    plot = _Plot(label_width + 8, width - label_width - 8 - 14, max(group.max_level, 1))
    legend_y = height - 9
    x = _legend_item(drawing, plot.x, legend_y, styles.accent, "Ist (vereinbart)", stroke=False)
    _legend_item(drawing, x, legend_y, styles.target, "Soll", stroke=False)
    _level_axis(drawing, plot, group, (bottom_pad, height - top_pad), styles)
    for index, line in enumerate(lines):
        row_top = height - top_pad - index * ROW_HEIGHT
        label = fit_text(f"{line.code} {line.name}", label_width, LABEL_SIZE)
        drawing.add(String(0, row_top - 10.5, label, fontName=FONT_REGULAR, fontSize=LABEL_SIZE))
        for offset, value, fill in (
            (3.0, line.agreed_level, styles.accent),
            (3.0 + BAR_HEIGHT + 1.5, line.target_level, styles.target),
        ):
            if value is not None:
                _level_bar(drawing, plot, row_top - offset - BAR_HEIGHT, value, fill, styles)
    return drawing


def _level_axis(
    drawing: Drawing,
    plot: _Plot,
    group: CompetencyGroupView,
    span: tuple[float, float],
    styles: ReportStyles,
) -> None:
    """Grid lines with the level numbers under them, the axis, and the scale's name at its end."""
    axis_y, top = span
    for level in range(0, plot.scale_max + 1):
        tick_x = plot.x_of(level)
        drawing.add(Line(tick_x, axis_y, tick_x, top, strokeColor=styles.rule, strokeWidth=0.3))
        drawing.add(
            String(
                tick_x,
                axis_y - 9,
                str(level),
                fontName=FONT_REGULAR,
                fontSize=LABEL_SIZE,
                textAnchor="middle",
            )
        )
    drawing.add(Line(plot.x, axis_y, plot.x + plot.width, axis_y, strokeColor=styles.muted, strokeWidth=0.6))
    drawing.add(
        String(
            plot.x + plot.width,
            2,
            f"Stufe ({group.min_level}–{group.max_level})",
            fontName=FONT_REGULAR,
            fontSize=LABEL_SIZE - 1,
            textAnchor="end",
            fillColor=styles.muted,
        )
    )


def _level_bar(
    drawing: Drawing, plot: _Plot, bar_y: float, value: int, fill: colors.Color, styles: ReportStyles
) -> None:
    """One bar from the scale's start to ``value``, with the value written after it."""
    drawing.add(Rect(plot.x, bar_y, plot.x_of(value) - plot.x, BAR_HEIGHT, fillColor=fill, strokeColor=None))
    drawing.add(
        String(
            plot.x_of(value) + 2,
            bar_y + 0.5,
            str(value),
            fontName=FONT_REGULAR,
            fontSize=LABEL_SIZE - 1.5,
            fillColor=styles.muted,
        )
    )


def gap_legend(styles: ReportStyles, width: float) -> Drawing:
    """Legend of the heat-map colours."""
    drawing = Drawing(width, 12, initialFontName=FONT_REGULAR, initialFontSize=LABEL_SIZE)
    x = 0.0
    for fill, text, stroke in (
        (GAP_COLOURS[0], "0 keine Lücke", False),
        (GAP_COLOURS[1], "1 Stufe", False),
        (GAP_COLOURS[2], "2 Stufen", False),
        (GAP_COLOURS[3], "≥ 3 Stufen", False),
        (NOT_APPLICABLE_COLOUR, "– n. a. (nicht zutreffend)", False),
        (NOT_RATED_COLOUR, "? nicht erhoben", True),
    ):
        x = _legend_item(drawing, x, 3, fill, text, stroke)
    return drawing
