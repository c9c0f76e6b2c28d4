"""Which gaps closed: the plan's follow-up table and the company report's closed-gap counts (issue 13)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from verbund_desktop.report.formatting import format_level, markup
from verbund_desktop.report.styles import ReportStyles, grid_style, table_style
from verbund_desktop.report.viewmodels import ClosedGapsView, PlanMeasureView

PLAN_HEADING = "Ergebnis der Nachgespräche"
PLAN_INTRO = (
    "Für abgeschlossene Maßnahmen mit Nachgespräch: die Stufe vor der Maßnahme, die Zielstufe (Soll) und die "
    "im Nachgespräch vereinbarte Stufe je Kompetenz, die die Maßnahme adressiert hat."
)
COMPANY_HEADING = "Geschlossene Lücken nach abgeschlossenen Maßnahmen"
COMPANY_INTRO = (
    "Anzahl der Beschäftigten je Kompetenz, deren Nachgespräch nach einer abgeschlossenen Maßnahme die Lücke "
    "als geschlossen oder als noch offen zeigt."
)
NO_FOLLOW_UPS = "Nach abgeschlossenen Maßnahmen wurden noch keine Nachgespräche geführt."


def plan_outcome_flowables(
    measures: tuple[PlanMeasureView, ...], styles: ReportStyles, width: float
) -> list[Flowable]:
    """The follow-up table under the plan's measures; nothing when no completed measure has a follow-up."""
    numbered = [(number, m) for number, m in enumerate(measures, start=1) if m.outcomes]
    if not numbered:
        return []
    header = ["Nr.", "Maßnahme", "Kompetenz", "Vorher", "Soll", "Nachher", "Ergebnis"]
    right = {3, 4, 5}
    data: list[list[object]] = [
        [
            Paragraph(text, styles.header_cell_right if i in right else styles.header_cell)
            for i, text in enumerate(header)
        ]
    ]
    for number, measure in numbered:
        for row in measure.outcomes:
            result = row.outcome_text()
            data.append(
                [
                    str(number),
                    Paragraph(markup(measure.title), styles.cell),
                    Paragraph(f"<b>{markup(row.code)}</b> {markup(row.name)}", styles.cell),
                    Paragraph(format_level(row.before), styles.cell_right),
                    Paragraph(format_level(row.target), styles.cell_right),
                    Paragraph(format_level(row.after), styles.cell_right),
                    Paragraph(f"<b>{result}</b>" if row.closed else result, styles.cell),
                ]
            )
    widths = [20.0, 0.0, 0.0, 38.0, 30.0, 42.0, 86.0]
    rest = width - sum(widths)
    widths[1], widths[2] = rest * 0.45, rest * 0.55
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style(grid_style(styles)))
    return [
        KeepTogether([Paragraph(PLAN_HEADING, styles.subheading), Paragraph(PLAN_INTRO, styles.small), table])
    ]


def closed_gaps_flowables(
    lines: tuple[ClosedGapsView, ...], styles: ReportStyles, width: float
) -> list[Flowable]:
    """The company report's closed-gap counts per field of action (counts only, never names)."""
    story: list[Flowable] = [Paragraph(COMPANY_HEADING, styles.subheading)]
    if not lines:
        return [*story, Paragraph(NO_FOLLOW_UPS, styles.body)]
    story.append(Paragraph(COMPANY_INTRO, styles.body))
    header = ["Kompetenz", "Lücke geschlossen", "noch offen"]
    data: list[list[object]] = [
        [
            Paragraph(text, styles.header_cell_right if i else styles.header_cell)
            for i, text in enumerate(header)
        ]
    ]
    for line in lines:
        data.append(
            [
                Paragraph(f"<b>{markup(line.code)}</b> {markup(line.name)}", styles.cell),
                Paragraph(str(line.closed), styles.cell_right),
                Paragraph(str(line.still_open), styles.cell_right),
            ]
        )
    closed = sum(line.closed for line in lines)
    still_open = sum(line.still_open for line in lines)
    data.append(
        [
            Paragraph("<b>Summe</b>", styles.cell),
            Paragraph(f"<b>{closed}</b>", styles.cell_right),
            Paragraph(f"<b>{still_open}</b>", styles.cell_right),
        ]
    )
    widths = [0.0, 90.0, 70.0]
    widths[0] = width - sum(widths)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style(grid_style(styles, total_row=True)))
    return [*story, table]
