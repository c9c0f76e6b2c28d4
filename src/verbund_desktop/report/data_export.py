"""*Auskunft nach Art. 15 DSGVO*: everything stored about one person, as a readable PDF.

The builder takes a generic, frozen view model (sections of label/value pairs and tables), so the service decides
what is in it and the document stays complete when the data model grows. The JSON export carries the same data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from verbund_desktop.report.flowables import key_value_table
from verbund_desktop.report.formatting import format_date, markup, or_dash
from verbund_desktop.report.styles import ReportStyles, default_styles, grid_style, table_style
from verbund_desktop.report.templates import CONTENT_WIDTH, DocumentMeta, render_pdf

TITLE = "Auskunft nach Art. 15 DSGVO"
INTRO = (
    "Diese Auskunft enthält alle Daten, die im Arbeitsbereich von Verbund Desktop zu Ihrer Person gespeichert "
    "sind, einschließlich des Änderungsprotokolls. Die gleichen Daten liegen in maschinenlesbarer Form als "
    "JSON-Datei bei (Art. 20 DSGVO)."
)


@dataclass(frozen=True)
class ExportTable:
    """A table of plain texts; long tables break across pages with the header repeated."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty_text: str = "Keine Einträge."
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty


@dataclass(frozen=True)
class ExportSection:
    title: str
    fields: tuple[tuple[str, str], ...] = ()
    tables: tuple[ExportTable, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class PersonDataExportView:
    person_label: str  # the name, as the person is entitled to see it
    company_name: str
    network_name: str
    created: date
    sections: tuple[ExportSection, ...]
    intro: str = INTRO


def build_person_data_export(
    vm: PersonDataExportView, styles: ReportStyles | None = None, *, logo: bytes | None = None
) -> bytes:
    """Render the Art. 15 information as PDF bytes (A4, German)."""
    styles = styles or default_styles()
    return render_pdf(export_story(vm, styles), export_meta(vm), logo)


def export_meta(vm: PersonDataExportView) -> DocumentMeta:
    return DocumentMeta(
        title=f"{TITLE} – {vm.person_label}",
        subject=f"Gespeicherte Daten zu {vm.person_label}, Stand {format_date(vm.created)}",
        header_left=TITLE,
        header_right=f"{vm.company_name} · {vm.person_label}",
        footer_left=f"Stand {format_date(vm.created)} · {vm.network_name}",
        keywords=("Auskunft", "Datenschutz", "DSGVO", "Art. 15"),
    )


def export_story(vm: PersonDataExportView, styles: ReportStyles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph(
            markup(f"{vm.person_label} · {vm.company_name} · Stand {format_date(vm.created)}"),
            styles.subtitle,
        ),
        Paragraph(markup(vm.intro), styles.notice),
    ]
    for number, section in enumerate(vm.sections, start=1):
        story += _section(number, section, styles)
    return story


def _section(number: int, section: ExportSection, styles: ReportStyles) -> list[Flowable]:
    heading = Paragraph(markup(f"{number}. {section.title}"), styles.heading)
    parts: list[Flowable] = []
    if section.note:
        parts.append(Paragraph(markup(section.note), styles.body))
    if section.fields:
        parts.append(key_value_table(section.fields, styles, CONTENT_WIDTH))
        parts.append(Spacer(1, 6))
    for table in section.tables:
        parts += _table(table, styles)
    if not parts:
        parts.append(Paragraph("Keine Einträge.", styles.body))
    # The heading stays with the start of its content.
    return [KeepTogether([heading, parts[0]]), *parts[1:]]


def _table(table: ExportTable, styles: ReportStyles) -> list[Flowable]:
    out: list[Flowable] = []
    if table.title:
        out.append(Paragraph(markup(table.title), styles.subheading))
    if not table.rows:
        out.append(Paragraph(markup(table.empty_text), styles.body))
        return out
    weights = table.widths or tuple(1.0 for _ in table.columns)
    total = sum(weights)
    widths = [CONTENT_WIDTH * w / total for w in weights]
    data = [[Paragraph(markup(c), styles.header_cell) for c in table.columns]]
    data += [[Paragraph(markup(or_dash(cell)), styles.cell) for cell in row] for row in table.rows]
    grid = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    grid.setStyle(table_style(grid_style(styles)))
    out += [grid, Spacer(1, 6)]
    return out
