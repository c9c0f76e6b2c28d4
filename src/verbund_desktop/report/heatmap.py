"""Competence heat map (employees × competences, coloured by gap) and the ranked fields of action."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from verbund_desktop.report.charts import gap_colour, gap_legend, gap_text
from verbund_desktop.report.formatting import markup
from verbund_desktop.report.styles import (
    FONT_BOLD,
    FONT_REGULAR,
    ReportStyles,
    grid_style,
    table_style,
    text_width,
)
from verbund_desktop.report.viewmodels import CompanyReportView, HeatMapCell, HeatMapRow

CELL_FONT_SIZE = 7.0
MIN_CELL_WIDTH = 17.0
MAX_LABEL_WIDTH = 110.0
NOT_RATED = HeatMapCell(gap=None)


@dataclass(frozen=True)
class FieldOfAction:
    """A competence ranked by summed gap × priority weight over all employees."""

    code: str
    name: str
    employees_with_gap: int
    gap_sum: int
    score: int


def row_label(row: HeatMapRow, pseudonymised: bool) -> str:
    """How one employee is named in the report: by pseudonym code when pseudonymised, else by name."""
    return row.pseudonym_code if pseudonymised else row.employee_name


def _cell(row: HeatMapRow, column: int) -> HeatMapCell:
    return row.cells[column] if column < len(row.cells) else NOT_RATED


def fields_of_action(vm: CompanyReportView) -> tuple[FieldOfAction, ...]:
    """Competences with at least one gap, highest score first (ties: more employees, then code)."""
    fields = []
    for column, competence in enumerate(vm.competences):
        gaps = [
            cell
            for cell in (_cell(row, column) for row in vm.rows)
            if not cell.not_applicable and cell.gap is not None and cell.gap > 0
        ]
        if not gaps:
            continue
        fields.append(
            FieldOfAction(
                code=competence.code,
                name=competence.name,
                employees_with_gap=len(gaps),
                gap_sum=sum(cell.gap or 0 for cell in gaps),
                score=sum((cell.gap or 0) * cell.priority.weight for cell in gaps),
            )
        )
    fields.sort(key=lambda f: (-f.score, -f.employees_with_gap, f.code))
    return tuple(fields)


def _column_chunks(count: int, per_chunk: int) -> list[range]:
    """Split ``count`` columns into balanced chunks of at most ``per_chunk``."""
    if count == 0:
        return []
    chunks = math.ceil(count / max(per_chunk, 1))
    size = math.ceil(count / chunks)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def heat_map_flowables(vm: CompanyReportView, styles: ReportStyles, width: float) -> list[Flowable]:
    """The heat map as one or more tables (split by columns to fit the width, rows repeat their header)."""
    if not vm.rows or not vm.competences:
        return [Paragraph("Es liegen noch keine Kompetenzerhebungen vor.", styles.body)]
    labels = [row_label(row, vm.pseudonymised) for row in vm.rows]
    label_style = styles.cell.clone("HeatLabel", fontSize=CELL_FONT_SIZE, leading=CELL_FONT_SIZE * 1.2)
    label_width = min(
        MAX_LABEL_WIDTH, max(50.0, *(text_width(label, CELL_FONT_SIZE) + 8 for label in labels))
    )
    cell_width = max(
        MIN_CELL_WIDTH, *(text_width(c.code, CELL_FONT_SIZE - 0.5, bold=True) + 6 for c in vm.competences)
    )
    per_chunk = int((width - label_width) // cell_width)
    chunks = _column_chunks(len(vm.competences), per_chunk)
    caption = "Pseudonym" if vm.pseudonymised else "Beschäftigte/r"
    story: list[Flowable] = []
    for number, columns in enumerate(chunks, start=1):
        first, last = vm.competences[columns[0]].code, vm.competences[columns[-1]].code
        title = f"Kompetenzen {first} bis {last}"
        if len(chunks) > 1:
            title += f" (Teil {number} von {len(chunks)})"
        header: list[object] = [caption, *(vm.competences[c].code for c in columns)]
        data: list[list[object]] = [header]
        commands = grid_style(styles, zebra=False)
        commands += [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, CELL_FONT_SIZE - 0.5),
            ("FONT", (1, 1), (-1, -1), FONT_REGULAR, CELL_FONT_SIZE),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (1, 0), (-1, -1), 1),
            ("RIGHTPADDING", (1, 0), (-1, -1), 1),
            ("INNERGRID", (1, 1), (-1, -1), 0.4, styles.rule),
        ]
        for row_index, (row, label) in enumerate(zip(vm.rows, labels, strict=True), start=1):
            cells = [_cell(row, c) for c in columns]
            data.append([Paragraph(markup(label), label_style), *(gap_text(cell) for cell in cells)])
            for offset, cell in enumerate(cells, start=1):
                commands.append(("BACKGROUND", (offset, row_index), (offset, row_index), gap_colour(cell)))
        table = Table(
            data,
            colWidths=[label_width, *([cell_width] * len(columns))],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(table_style(commands))
        legend = gap_legend(styles, width)
        story.append(KeepTogether([Paragraph(markup(title), styles.subheading), legend, Spacer(1, 4), table]))
        story.append(Spacer(1, 8))
    story.append(competence_key(vm, styles, width))
    return story


def competence_key(vm: CompanyReportView, styles: ReportStyles, width: float) -> Flowable:
    """Code → name for every heat-map column, in two column pairs."""
    entries = [(c.code, c.name) for c in vm.competences]
    half = (len(entries) + 1) // 2
    left, right = entries[:half], entries[half:] + [("", "")] * (half - len(entries[half:]))
    code_width = max(28.0, *(text_width(code, styles.cell.fontSize, bold=True) + 8 for code, _ in entries))
    name_width = width / 2 - code_width
    data = [
        [
            Paragraph(markup(a_code), styles.cell_bold),
            Paragraph(markup(a_name), styles.cell),
            Paragraph(markup(b_code), styles.cell_bold),
            Paragraph(markup(b_name), styles.cell),
        ]
        for (a_code, a_name), (b_code, b_name) in zip(left, right, strict=True)
    ]
    table = Table(data, colWidths=[code_width, name_width, code_width, name_width], hAlign="LEFT")
    table.setStyle(table_style(grid_style(styles, header_rows=0, zebra=True)))
    return KeepTogether([Paragraph("Kompetenzen der Heatmap", styles.subheading), table])


def fields_of_action_table(vm: CompanyReportView, styles: ReportStyles, width: float) -> Flowable:
    fields = fields_of_action(vm)
    if not fields:
        return Paragraph("Es wurden keine Kompetenzlücken festgestellt.", styles.body)
    header = ["Rang", "Kompetenz", "Beschäftigte mit Lücke", "Summe der Lücken", "Gewichtung"]
    data: list[list[object]] = [[Paragraph(text, styles.header_cell) for text in header]]
    for rank, field in enumerate(fields, start=1):
        data.append(
            [
                str(rank),
                Paragraph(f"<b>{markup(field.code)}</b> {markup(field.name)}", styles.cell),
                str(field.employees_with_gap),
                str(field.gap_sum),
                str(field.score),
            ]
        )
    widths = [30.0, 0.0, 70.0, 62.0, 60.0]
    widths[1] = width - sum(widths)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands = grid_style(styles)
    commands.append(("ALIGN", (2, 1), (-1, -1), "RIGHT"))
    table.setStyle(table_style(commands))
    return table
