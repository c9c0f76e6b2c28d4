"""The funder's report as PDF, XLSX and CSV, all three from one :class:`FunderReportView`."""

from __future__ import annotations

import csv
import io

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from verbund_desktop.assessment.disclosure import HIDDEN_MARK
from verbund_desktop.report.flowables import bullet_list, key_value_table
from verbund_desktop.report.formatting import FUNDING_DISCLAIMER, format_date, markup
from verbund_desktop.report.funder_view import FunderReportView, FunderTable, cell_text
from verbund_desktop.report.styles import ReportStyles, default_styles, grid_style, table_style
from verbund_desktop.report.templates import CONTENT_WIDTH, DocumentMeta, render_pdf

TITLE = "Bericht an den Fördermittelgeber"
CSV_HEADER = ("tabelle", "zeile", "spalte", "einheit", "wert")


def period_text(vm: FunderReportView) -> str:
    return f"{format_date(vm.period_start)} bis {format_date(vm.period_end)}"


def build_funder_report(vm: FunderReportView, styles: ReportStyles | None = None) -> bytes:
    styles = styles or default_styles()
    meta = DocumentMeta(
        title=f"{TITLE} – {vm.network_name}",
        subject=f"Kennzahlen {period_text(vm)}, mit Geheimhaltung kleiner Fallzahlen",
        header_left=f"{TITLE} · {vm.network_name}",
        header_right=f"Zeitraum {period_text(vm)}",
        footer_left=f"Erstellt am {format_date(vm.created)} · {vm.network_name}",
        keywords=("Weiterbildungsverbund", "Fördermittelgeber", "Kennzahlen"),
    )
    return render_pdf(funder_story(vm, styles), meta)


def funder_story(vm: FunderReportView, styles: ReportStyles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph(markup(f"{vm.network_name} · Zeitraum {period_text(vm)}"), styles.subtitle),
        Paragraph("1. Kennzahlen", styles.heading),
        key_value_table(
            [(f.label, f.value if f.value is not None else HIDDEN_MARK) for f in vm.figures],
            styles,
            CONTENT_WIDTH,
            label_share=0.62,
        ),
        Paragraph(markup(f"Förderschätzungen nach {vm.funding_basis}. {FUNDING_DISCLAIMER}"), styles.small),
    ]
    for number, table in enumerate(vm.tables, start=2):
        story.append(
            KeepTogether(
                [Paragraph(f"{number}. {markup(table.title)}", styles.heading), _grid(table, styles)]
            )
        )
    story.append(Paragraph(f"{len(vm.tables) + 2}. {markup(vm.rules.title)}", styles.heading))
    story.append(
        Paragraph(
            markup(
                f"Verborgene Werte sind mit „{HIDDEN_MARK}“ gekennzeichnet. Größenklassen: {vm.size_band_source}."
            ),
            styles.body,
        )
    )
    story += bullet_list([f"{rule.text_de} Quelle: {rule.source}." for rule in vm.rules.rules], styles)
    story.append(Spacer(1, 6))
    return story


def _grid(t: FunderTable, styles: ReportStyles) -> Table:
    p = t.table
    header = [t.unit, *p.columns, "Summe"]
    data = [[Paragraph(markup(h), styles.header_cell) for h in header]]
    for r, label in enumerate(p.rows):
        values = [cell_text(v) for v in p.shown[r]] + [cell_text(p.row_totals[r])]
        data.append(
            [Paragraph(markup(label), styles.cell)] + [Paragraph(v, styles.cell_right) for v in values]
        )
    totals = [cell_text(v) for v in p.column_totals] + [cell_text(p.total)]
    data.append([Paragraph("Summe", styles.cell_bold)] + [Paragraph(v, styles.cell_right) for v in totals])
    first = CONTENT_WIDTH * 0.34
    rest = (CONTENT_WIDTH - first) / (len(header) - 1)
    table = Table(data, colWidths=[first] + [rest] * (len(header) - 1), hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style(grid_style(styles)))
    return table


def funder_csv(vm: FunderReportView) -> str:
    """One line per published number (semicolon-separated, as German spreadsheets expect)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(vm.rows())
    return out.getvalue()


def funder_xlsx(vm: FunderReportView) -> bytes:
    """A workbook: the figures, one sheet per table, and the rules with their sources."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Kennzahlen"
    sheet.append([TITLE, vm.network_name])
    sheet.append(["Zeitraum", period_text(vm)])
    sheet.append([])
    for f in vm.figures:
        sheet.append([f.label, f.value if f.value is not None else HIDDEN_MARK])
    sheet.append([])
    sheet.append(["Förderschätzungen nach", vm.funding_basis])
    sheet["A1"].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 70
    for t in vm.tables:
        ws = book.create_sheet(t.key[:31])
        p = t.table
        ws.append([t.title])
        ws.append([t.unit, *p.columns, "Summe"])
        for r, label in enumerate(p.rows):
            ws.append([label, *(_xl(v) for v in p.shown[r]), _xl(p.row_totals[r])])
        ws.append(["Summe", *(_xl(v) for v in p.column_totals), _xl(p.total)])
        ws["A1"].font = Font(bold=True)
        ws.column_dimensions["A"].width = 40
    rules = book.create_sheet("Regeln")
    rules.append([vm.rules.title, "Quelle"])
    for rule in vm.rules.rules:
        rules.append([rule.text_de, rule.source])
    rules.column_dimensions["A"].width = 80
    rules.column_dimensions["B"].width = 80
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _xl(value: int | None) -> int | str:
    return HIDDEN_MARK if value is None else value
