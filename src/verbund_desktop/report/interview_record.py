"""PDF „Bedarfsanalyse – Gespräch wie erfasst“: every relevant question of the guide with its answer and note."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table

from verbund_desktop.report.flowables import key_value_table
from verbund_desktop.report.formatting import format_date, markup
from verbund_desktop.report.styles import ReportStyles, default_styles, grid_style, table_style
from verbund_desktop.report.templates import CONTENT_WIDTH, DocumentMeta, render_pdf
from verbund_desktop.report.viewmodels import InterviewRecordView, RecordedSection

TITLE = "Bedarfsanalyse – Gespräch wie erfasst"


def build_interview_record(vm: InterviewRecordView, styles: ReportStyles | None = None) -> bytes:
    styles = styles or default_styles()
    meta = DocumentMeta(
        title=f"{TITLE} – {vm.company_name}",
        subject=f"Bedarfsanalyse vom {format_date(vm.conducted_on)}, {vm.status}",
        header_left=TITLE,
        header_right=vm.company_name,
        footer_left=f"Erstellt am {format_date(vm.created)} · {vm.network_name}",
        keywords=("Bedarfsanalyse", "Gesprächsprotokoll"),
    )
    return render_pdf(record_story(vm, styles), meta)


def record_story(vm: InterviewRecordView, styles: ReportStyles) -> list[Flowable]:
    head = [
        ("Betrieb", vm.company_name),
        ("Gespräch am", format_date(vm.conducted_on)),
        ("Stand", vm.status),
        ("Gesprächspartner/innen", vm.interviewees or "–"),
        ("Leitfaden", vm.guide),
    ]
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        key_value_table(head, styles, CONTENT_WIDTH, label_share=0.3),
        Paragraph(
            "Alle Fragen, die nach den gegebenen Antworten zutreffen, mit der Antwort so, wie sie erfasst wurde; "
            "Pflichtfragen sind mit * markiert.",
            styles.small,
        ),
    ]
    for section in vm.sections:
        story.append(Paragraph(markup(section.title), styles.heading))
        story.append(_section_table(section, styles))
    return story


def _section_table(section: RecordedSection, styles: ReportStyles) -> Table:
    rows = [[Paragraph("Frage", styles.header_cell), Paragraph("Antwort", styles.header_cell)]]
    for item in section.answers:
        answer = markup(item.answer)
        if item.note:
            answer += f"<br/><i>Notiz: {markup(item.note)}</i>"
        question = markup(item.question) + (" *" if item.required else "")
        rows.append([Paragraph(question, styles.cell_bold), Paragraph(answer, styles.cell)])
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.48, CONTENT_WIDTH * 0.52], repeatRows=1)
    table.setStyle(table_style(grid_style(styles)))
    return table
