"""*Bedarfsanalyse*: the company report (profile, drivers of change, heat map, fields of action, measures)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from verbund_desktop.assessment.funding_format import format_headcount
from verbund_desktop.report.flowables import bullet_list, key_value_table
from verbund_desktop.report.formatting import (
    DASH,
    FUNDING_DISCLAIMER,
    company_privacy_note,
    format_date,
    format_eur,
    format_hours,
    format_share,
    funding_basis,
    markup,
    or_dash,
    yes_no,
)
from verbund_desktop.report.gap_outcomes import closed_gaps_flowables
from verbund_desktop.report.heatmap import fields_of_action_table, heat_map_flowables
from verbund_desktop.report.styles import ReportStyles, default_styles, grid_style, table_style
from verbund_desktop.report.templates import CONTENT_WIDTH, DocumentMeta, render_pdf
from verbund_desktop.report.viewmodels import (
    CompanyReportView,
    InterviewSectionView,
    RecommendedMeasureView,
    scrub_names,
)

TITLE = "Bedarfsanalyse"
SUBTITLE = "Betriebliche Bedarfsanalyse und Kompetenzerhebung"


def build_company_report(
    vm: CompanyReportView, styles: ReportStyles | None = None, *, logo: bytes | None = None
) -> bytes:
    """Render the company report as PDF bytes. Pseudonymised reports never print an employee's name."""
    styles = styles or default_styles()
    if vm.pseudonymised:
        vm = scrub_names(vm, {row.employee_name: row.pseudonym_code for row in vm.rows})
    return render_pdf(company_story(vm, styles), company_meta(vm), logo)


def company_meta(vm: CompanyReportView) -> DocumentMeta:
    kind = "pseudonymisiert" if vm.pseudonymised else "mit Namen"
    return DocumentMeta(
        title=f"{TITLE} – {vm.profile.name}",
        subject=f"{SUBTITLE} ({kind}), Gespräch vom {format_date(vm.interview_date)}",
        header_left=f"{TITLE} · {vm.profile.name}",
        header_right="Vertraulich – pseudonymisiert" if vm.pseudonymised else "Vertraulich – enthält Namen",
        footer_left=f"Erstellt am {format_date(vm.created)} · {vm.network_name}",
        keywords=("Bedarfsanalyse", "Weiterbildung", "Kompetenzen"),
    )


def company_story(vm: CompanyReportView, styles: ReportStyles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph(markup(f"{vm.profile.name} · {SUBTITLE}"), styles.subtitle),
    ]
    story.append(Paragraph("1. Unternehmensprofil", styles.heading))
    story.append(key_value_table(_profile_rows(vm), styles, CONTENT_WIDTH, label_share=0.38))
    story.append(Paragraph("2. Treiber des Wandels", styles.heading))
    story += _drivers(vm, styles)
    story.append(Paragraph("3. Kompetenz-Heatmap", styles.heading))
    intro = (
        "Jede Zelle zeigt die Lücke zwischen Soll und vereinbartem Ist in Stufen der jeweiligen Skala. "
        + ("Beschäftigte sind mit Kürzeln (Pseudonymen) aufgeführt." if vm.pseudonymised else "")
    )
    story.append(Paragraph(markup(intro), styles.body))
    if vm.catalogue_note:
        story.append(Paragraph(markup(vm.catalogue_note), styles.small))
    story += heat_map_flowables(vm, styles, CONTENT_WIDTH)
    story.append(Paragraph("4. Priorisierte Handlungsfelder", styles.heading))
    story.append(
        Paragraph(
            "Rangfolge nach der Summe der Lücken, gewichtet mit der Priorität (Hoch 3, Mittel 2, Niedrig 1).",
            styles.body,
        )
    )
    story.append(fields_of_action_table(vm, styles, CONTENT_WIDTH))
    story += closed_gaps_flowables(vm.closed_gaps, styles, CONTENT_WIDTH)
    story.append(Paragraph("5. Empfohlene Maßnahmen und Förderübersicht", styles.heading))
    story += _measures(vm.measures, styles)
    story.append(Paragraph("6. Bündelung mit anderen Betrieben (Verbundmaßnahmen)", styles.heading))
    if vm.pooling_needs:
        story.append(
            Paragraph(
                "Diese Bedarfe können ohne Namen mit anderen Betrieben des Verbunds gebündelt werden:",
                styles.body,
            )
        )
        story += bullet_list(vm.pooling_needs, styles)
    else:
        story.append(Paragraph("Es wurden keine bündelbaren Bedarfe festgestellt.", styles.body))
    story.append(Paragraph("7. Hinweise", styles.heading))
    story.append(Paragraph("<b>Förderhinweis:</b> " + markup(FUNDING_DISCLAIMER), styles.notice))
    privacy = company_privacy_note(vm.pseudonymised)
    story.append(Paragraph("<b>Datenschutzhinweis:</b> " + markup(privacy), styles.notice))
    further = [section for section in vm.further if section.answers]
    if further:  # strengths/weaknesses and skilled workers, cooperation (A5), personnel (B), funding answers
        story.append(Paragraph("8. Weitere Angaben aus der Bedarfsanalyse", styles.heading))
        story += _answer_tables(further, styles)
    return story


def _profile_rows(vm: CompanyReportView) -> list[tuple[str, str]]:
    profile = vm.profile
    contact = ", ".join(p for p in (profile.contact_name, profile.contact_role, profile.contact_details) if p)
    rows = [
        ("Betrieb", profile.name),
        ("Branche", or_dash(profile.industry)),
        ("Beschäftigte", format_headcount(profile.headcount)),
        (
            "Beschäftigte einschließlich verbundener Unternehmen",
            format_headcount(profile.headcount_incl_linked),
        ),
        ("Region", or_dash(profile.region)),
        ("Betriebsrat", yes_no(profile.has_works_council)),
        ("Vereinbarung zur Weiterbildung", profile.training_agreement.strip() or "keine"),
    ]
    if profile.staff_affected_share is not None:
        rows.append(
            ("Vom Strukturwandel betroffene Beschäftigte", format_share(profile.staff_affected_share))
        )
    rows += [
        ("Ansprechperson", or_dash(contact)),
        ("Gesprächsdatum", format_date(vm.interview_date)),
        (
            "Berater/in",
            f"{or_dash(vm.advisor_name)}, {vm.network_name}" if vm.network_name else vm.advisor_name,
        ),
    ]
    return rows


def _drivers(vm: CompanyReportView, styles: ReportStyles) -> list[Flowable]:
    sections = [section for section in vm.drivers if section.answers]
    if not sections:
        return [Paragraph("Im Gespräch wurden keine Angaben zu Veränderungen erfasst.", styles.body)]
    return _answer_tables(sections, styles)


def _answer_tables(sections: list[InterviewSectionView], styles: ReportStyles) -> list[Flowable]:
    story: list[Flowable] = []
    for section in sections:
        data: list[list[object]] = [
            [Paragraph("Frage", styles.header_cell), Paragraph("Antwort", styles.header_cell)]
        ]
        data += [
            [Paragraph(markup(a.question), styles.cell), Paragraph(markup(or_dash(a.answer)), styles.cell)]
            for a in section.answers
        ]
        table = Table(
            data,
            colWidths=[CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.58],
            repeatRows=1,
            hAlign="LEFT",
            splitInRow=1,
        )
        table.setStyle(table_style(grid_style(styles)))
        story += [Paragraph(markup(section.title), styles.subheading), table]
    return story


def _subsidy(measure: RecommendedMeasureView) -> Decimal:
    funding = measure.funding
    return funding.course_cost_subsidy if funding is not None and funding.eligible else Decimal(0)


def _funding_cell(measure: RecommendedMeasureView) -> str:
    funding = measure.funding
    if funding is None:
        return DASH
    if not funding.eligible:
        return "voraussichtlich nicht förderfähig"
    return f"{format_share(funding.course_cost_share)}<br/>{format_eur(funding.course_cost_subsidy)}"


def _measures(measures: tuple[RecommendedMeasureView, ...], styles: ReportStyles) -> list[Flowable]:
    if not measures:
        return [Paragraph("Noch keine Maßnahmen empfohlen.", styles.body)]
    header = ["Maßnahme", "Teiln.", "Std.", "Kosten", "Förderung (Schätzung)", "Eigenanteil"]
    right = {1, 2, 3, 4, 5}
    data: list[list[object]] = [
        [
            Paragraph(text, styles.header_cell_right if i in right else styles.header_cell)
            for i, text in enumerate(header)
        ]
    ]
    for measure in measures:
        parts = [f"<b>{markup(measure.title)}</b>"]
        if measure.competence_codes:
            parts.append("Kompetenzen: " + markup(", ".join(measure.competence_codes)))
        provider = " · ".join(p for p in (measure.provider.strip(), measure.format.strip()) if p)
        if provider:
            parts.append("Träger: " + markup(provider))
        parts.append(f"AZAV: {yes_no(measure.azav)}")
        if measure.pooled_course.strip():
            parts.append("Verbundmaßnahme: " + markup(measure.pooled_course))
        own = None if measure.cost is None else measure.cost - _subsidy(measure)
        data.append(
            [
                Paragraph("<br/>".join(parts), styles.cell),
                Paragraph(str(measure.participants), styles.cell_right),
                Paragraph(format_hours(measure.hours), styles.cell_right),
                Paragraph(format_eur(measure.cost), styles.cell_right),
                Paragraph(_funding_cell(measure), styles.cell_right),
                Paragraph(format_eur(own), styles.cell_right),
            ]
        )
    cost = sum((m.cost or Decimal(0) for m in measures), Decimal(0))
    subsidy = sum((_subsidy(m) for m in measures), Decimal(0))
    participants = sum(m.participants for m in measures)
    data.append(
        [
            Paragraph("<b>Summe</b>", styles.cell),
            Paragraph(str(participants), styles.cell_right),
            "",
            Paragraph(f"<b>{format_eur(cost)}</b>", styles.cell_right),
            Paragraph(f"<b>{format_eur(subsidy)}</b>", styles.cell_right),
            Paragraph(f"<b>{format_eur(cost - subsidy)}</b>", styles.cell_right),
        ]
    )
    widths = [0.0, 34.0, 32.0, 62.0, 78.0, 62.0]
    widths[0] = CONTENT_WIDTH - sum(widths)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style(grid_style(styles, total_row=True)))
    overview: list[Flowable] = [_funding_overview(measures, cost, subsidy, styles)]
    basis = funding_basis(m.funding for m in measures)
    if basis:
        overview.append(Paragraph(markup(basis), styles.small))
    return [table, Spacer(1, 6), KeepTogether(overview)]


def _funding_overview(
    measures: tuple[RecommendedMeasureView, ...], cost: Decimal, subsidy: Decimal, styles: ReportStyles
) -> Table:
    wage = sum(
        (
            m.funding.wage_subsidy
            for m in measures
            if m.funding is not None and m.funding.eligible and m.funding.wage_subsidy is not None
        ),
        Decimal(0),
    )
    eligible = sum(1 for m in measures if m.funding is not None and m.funding.eligible)
    rows = [
        ("Kosten aller Maßnahmen", format_eur(cost)),
        ("Förderung der Lehrgangskosten (Schätzung)", format_eur(subsidy)),
        ("Verbleibende Kosten für den Betrieb", format_eur(cost - subsidy)),
        ("Zuschuss zum Arbeitsentgelt (Schätzung)", format_eur(wage) if wage > 0 else DASH),
        ("Voraussichtlich förderfähige Maßnahmen", f"{eligible} von {len(measures)}"),
    ]
    data = [[Paragraph(markup(label), styles.cell_bold), value] for label, value in rows]
    table = Table(data, colWidths=[CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.2], hAlign="RIGHT")
    commands = grid_style(styles, header_rows=0, zebra=False)
    commands += [("ALIGN", (1, 0), (1, -1), "RIGHT"), ("BACKGROUND", (0, 2), (-1, 2), styles.accent_light)]
    table.setStyle(table_style(commands))
    return table
