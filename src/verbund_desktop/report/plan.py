"""*Individueller Entwicklungsplan*: one employee's competences, measures, funding estimate and signatures."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from verbund_desktop.report.charts import level_chart
from verbund_desktop.report.flowables import key_value_grid, key_value_table, signature_block
from verbund_desktop.report.formatting import (
    DASH,
    FUNDING_DISCLAIMER,
    format_date,
    format_eur,
    format_hours,
    format_level,
    format_period,
    format_share,
    funding_basis,
    markup,
    or_dash,
    paragraphs_of,
    plan_privacy_note,
    yes_no,
)
from verbund_desktop.report.gap_outcomes import plan_outcome_flowables
from verbund_desktop.report.styles import FONT_BOLD, ReportStyles, default_styles, grid_style, table_style
from verbund_desktop.report.templates import CONTENT_WIDTH, DocumentMeta, render_pdf
from verbund_desktop.report.viewmodels import (
    CompetencyGroupView,
    CompetencyLine,
    DevelopmentPlanView,
    PlanMeasureView,
    scrub_names,
)

TITLE = "Individueller Entwicklungsplan"
NO_MEASURES = "Noch keine Maßnahmen geplant."
NOT_APPLICABLE = "n. a."
LEVEL_LEGEND = (
    "Selbst = Selbsteinschätzung · Fremd = Einschätzung der/des Vorgesetzten · "
    "Ist = im Gespräch vereinbarter aktueller Stand · Soll = Zielstufe · "
    "Lücke = Soll minus Ist · n. a. = trifft nicht zu"
)


def build_development_plan(
    vm: DevelopmentPlanView, styles: ReportStyles | None = None, *, logo: bytes | None = None
) -> bytes:
    """Render the development plan as PDF bytes (A4, German)."""
    styles = styles or default_styles()
    if vm.pseudonymised:
        # Keep the name field itself: it is never printed when pseudonymised, and the lookup needs it.
        scrubbed = scrub_names(vm, {vm.employee_name: vm.pseudonym_code})
        vm = dataclasses.replace(scrubbed, employee_name=vm.employee_name)
    return render_pdf(plan_story(vm, styles), plan_meta(vm), logo)


def plan_meta(vm: DevelopmentPlanView) -> DocumentMeta:
    label = vm.employee_label
    return DocumentMeta(
        title=f"{TITLE} – {label}",
        subject=f"Entwicklungsplan Version {vm.plan_version}, Stand {format_date(vm.version_date)} – "
        f"{vm.company_name}",
        header_left=TITLE,
        header_right=f"{vm.company_name} · {label}",
        footer_left=f"Version {vm.plan_version}, Stand {format_date(vm.version_date)} · erstellt am "
        f"{format_date(vm.created)} · {vm.network_name}",
        keywords=("Entwicklungsplan", "Weiterbildung", "Kompetenzerhebung"),
    )


def plan_story(vm: DevelopmentPlanView, styles: ReportStyles) -> list[Flowable]:
    story: list[Flowable] = []
    story += _header(vm, styles)
    story.append(Paragraph("1. Ausgangslage und Ziele", styles.heading))
    for heading, text in (("Ausgangslage", vm.starting_point), ("Ziele", vm.goals)):
        story.append(Paragraph(heading, styles.subheading))
        story += [Paragraph(block, styles.body) for block in paragraphs_of(text)] or [
            Paragraph(DASH, styles.body)
        ]
    story.append(Paragraph("2. Kompetenzprofil", styles.heading))
    if not vm.competence_groups:
        story.append(Paragraph("Es wurden noch keine Kompetenzen eingeschätzt.", styles.body))
    for group in vm.competence_groups:
        story += _competence_group(group, styles)
    story.append(Paragraph("3. Maßnahmen", styles.heading))
    story += _measures(vm.measures, styles)
    story += plan_outcome_flowables(vm.measures, styles, CONTENT_WIDTH)
    story.append(Paragraph("4. Verantwortlichkeiten", styles.heading))
    if vm.responsibilities:
        story.append(
            key_value_table(
                [(r.party, r.duty) for r in vm.responsibilities], styles, CONTENT_WIDTH, label_share=0.35
            )
        )
    else:
        story.append(Paragraph("Keine Verantwortlichkeiten festgelegt.", styles.body))
    story.append(Paragraph("5. Nächste Überprüfung", styles.heading))
    review = (
        f"Der Plan wird am {format_date(vm.next_review)} gemeinsam überprüft."
        if vm.next_review is not None
        else "Ein Termin für die Überprüfung ist noch nicht vereinbart."
    )
    story.append(Paragraph(review, styles.body))
    story.append(Paragraph("6. Hinweise", styles.heading))
    story.append(Paragraph("<b>Förderhinweis:</b> " + markup(FUNDING_DISCLAIMER), styles.notice))
    privacy = plan_privacy_note(vm.consent_text_version, vm.consent_date)
    story.append(Paragraph("<b>Datenschutzhinweis:</b> " + markup(privacy), styles.notice))
    story += _signatures(vm, styles)
    story += _sources(vm, styles)
    return story


def _sources(vm: DevelopmentPlanView, styles: ReportStyles) -> list[Flowable]:
    """The catalogues' licence texts as an annex: in the competence profile they split the employee's plan."""
    seen = dict.fromkeys(group.attribution for group in vm.competence_groups if group.attribution)
    if not seen:
        return []
    story: list[Flowable] = [Paragraph("Anhang: Quellen und Lizenzen der Kompetenzkataloge", styles.heading)]
    story += [Paragraph(markup(text), styles.small) for text in seen]
    return story


def _header(vm: DevelopmentPlanView, styles: ReportStyles) -> list[Flowable]:
    employee_caption = "Beschäftigte/r (Pseudonym)" if vm.pseudonymised else "Beschäftigte/r"
    rows = [
        ("Betrieb", vm.company_name),
        (employee_caption, vm.employee_label),
        ("Funktion / Rolle", or_dash(vm.role)),
        ("Abteilung", or_dash(vm.department)),
        ("Gesprächsdatum", format_date(vm.interview_date)),
        (
            "Berater/in",
            f"{or_dash(vm.advisor_name)}, {vm.network_name}" if vm.network_name else or_dash(vm.advisor_name),
        ),
        ("Planversion", f"Version {vm.plan_version}, Stand {format_date(vm.version_date)}"),
        ("Erstellt am", format_date(vm.created)),
    ]
    return [
        Paragraph(TITLE, styles.title),
        Paragraph(markup(f"{vm.employee_label} · {vm.company_name}"), styles.subtitle),
        key_value_grid(rows, styles, CONTENT_WIDTH),
    ]


def _level_cell(line: CompetencyLine, level: int | None) -> str:
    return NOT_APPLICABLE if line.not_applicable else format_level(level)


def _competence_group(group: CompetencyGroupView, styles: ReportStyles) -> list[Flowable]:
    heading = (
        f"{group.catalogue_title}, Version {group.catalogue_version} "
        f"(Stufen {group.min_level}–{group.max_level})"
    )
    if not group.lines:
        return [
            Paragraph(markup(heading), styles.subheading),
            Paragraph("Keine Kompetenzen eingeschätzt.", styles.body),
        ]
    header = ["Code", "Kompetenz", "Selbst", "Fremd", "Ist", "Soll", "Lücke", "Priorität"]
    centred = styles.header_cell.clone("HeaderCellCentred", alignment=TA_CENTER)
    data: list[list[object]] = [
        [
            Paragraph(text, centred if 2 <= column <= 6 else styles.header_cell)
            for column, text in enumerate(header)
        ]
    ]
    for line in group.lines:
        name = markup(line.name)
        if line.note.strip():
            name += f'<br/><font size="{styles.cell.fontSize - 1}">Notiz: {markup(line.note)}</font>'
        gap = line.gap
        data.append(
            [
                line.code,
                Paragraph(name, styles.cell),
                _level_cell(line, line.self_level),
                _level_cell(line, line.supervisor_level),
                _level_cell(line, line.agreed_level),
                _level_cell(line, line.target_level),
                NOT_APPLICABLE if line.not_applicable else format_level(gap),
                DASH if line.not_applicable or line.priority is None else line.priority.label,
            ]
        )
    fixed = [34.0, 0.0, 34.0, 34.0, 30.0, 30.0, 32.0, 44.0]
    fixed[1] = CONTENT_WIDTH - sum(fixed)
    table = Table(data, colWidths=fixed, repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands = grid_style(styles)
    commands.append(("ALIGN", (2, 1), (6, -1), "CENTER"))
    for row, line in enumerate(group.lines, start=1):
        if line.gap:
            commands.append(("FONT", (6, row), (6, row), FONT_BOLD, styles.cell.fontSize))
    table.setStyle(table_style(commands))
    story: list[Flowable] = [
        Paragraph(markup(heading), styles.subheading),
        table,
        Paragraph(LEVEL_LEGEND, styles.small),
    ]
    chart = level_chart(group, CONTENT_WIDTH, styles)
    if chart is not None:
        caption = Paragraph(f"Ist und Soll im Vergleich – {markup(group.catalogue_title)}", styles.small)
        story.append(Spacer(1, 6))
        story.append(KeepTogether([caption, chart]))
    return story


def _funding_cell(measure: PlanMeasureView) -> str:
    estimate = measure.funding
    if estimate is None:
        return DASH
    if not estimate.eligible:
        return "voraussichtlich nicht förderfähig"
    text = f"{format_share(estimate.course_cost_share)}<br/>{format_eur(estimate.course_cost_subsidy)}"
    if estimate.wage_subsidy is not None and estimate.wage_subsidy > 0:
        share = format_share(estimate.wage_subsidy_share)
        text += f"<br/>Entgeltzuschuss {share}: {format_eur(estimate.wage_subsidy)}"
    return text


def _period_cell(measure: PlanMeasureView) -> str:
    if measure.start is not None and measure.end is not None and measure.start != measure.end:
        return f"{format_date(measure.start)} –<br/>{format_date(measure.end)}"
    return format_period(measure.start, measure.end)


def _measure_cell(measure: PlanMeasureView) -> str:
    parts = [f"<b>{markup(measure.title)}</b>"]
    if measure.closes_gaps:
        parts.append("Lücke: " + markup(", ".join(measure.closes_gaps)))
    provider = " · ".join(p for p in (measure.provider.strip(), measure.format.strip()) if p)
    if provider:
        parts.append("Träger: " + markup(provider))
    parts.append(f"AZAV: {yes_no(measure.azav)}")
    if measure.pooled_course.strip():
        parts.append("Verbundmaßnahme: " + markup(measure.pooled_course))
    return "<br/>".join(parts)


def _measures(measures: tuple[PlanMeasureView, ...], styles: ReportStyles) -> list[Flowable]:
    if not measures:
        return [Paragraph(NO_MEASURES, styles.body)]
    header = [
        Paragraph("Nr.", styles.header_cell),
        Paragraph("Maßnahme", styles.header_cell),
        Paragraph("Zeitraum", styles.header_cell),
        Paragraph("Std.", styles.header_cell_right),
        Paragraph("Frei-<br/>stellung<br/>(Std.)", styles.header_cell_right),
        Paragraph("Kosten", styles.header_cell_right),
        Paragraph("Förderung (Schätzung)", styles.header_cell_right),
        Paragraph("Status / Verantwortlich", styles.header_cell),
    ]
    data: list[list[object]] = [header]
    for number, measure in enumerate(measures, start=1):
        status = f"{measure.status.label}<br/>{markup(or_dash(measure.responsibility))}"
        data.append(
            [
                str(number),
                Paragraph(_measure_cell(measure), styles.cell),
                Paragraph(_period_cell(measure), styles.cell),
                Paragraph(format_hours(measure.hours), styles.cell_right),
                Paragraph(format_hours(measure.release_hours), styles.cell_right),
                Paragraph(format_eur(measure.cost), styles.cell_right),
                Paragraph(_funding_cell(measure), styles.cell_right),
                Paragraph(status, styles.cell),
            ]
        )
    widths = [20.0, 0.0, 56.0, 30.0, 42.0, 58.0, 72.0, 76.0]
    widths[1] = CONTENT_WIDTH - sum(widths)
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style(grid_style(styles)))
    totals: list[Flowable] = [_totals(measures, styles)]
    basis = funding_basis(m.funding for m in measures)
    if basis:
        totals.append(Paragraph(markup(basis), styles.small))
    return [table, Spacer(1, 6), KeepTogether(totals)]


def _totals(measures: tuple[PlanMeasureView, ...], styles: ReportStyles) -> Table:
    cost = sum((m.cost or Decimal(0) for m in measures), Decimal(0))
    subsidy = sum(
        (m.funding.course_cost_subsidy for m in measures if m.funding is not None and m.funding.eligible),
        Decimal(0),
    )
    wage = [m.funding.wage_subsidy for m in measures if m.funding is not None and m.funding.eligible]
    release = sum((m.release_hours or Decimal(0) for m in measures), Decimal(0))
    rows = [
        ("Kosten gesamt", format_eur(cost)),
        ("Förderung der Lehrgangskosten (Schätzung)", format_eur(subsidy)),
        ("Verbleibende Kosten (Eigenanteil)", format_eur(cost - subsidy)),
    ]
    wage_total = sum((w for w in wage if w is not None), Decimal(0))
    if wage_total > 0:
        rows.append(("Zuschuss zum Arbeitsentgelt (Schätzung)", format_eur(wage_total)))
    if any(w is None for w in wage):  # the printed plan says when the wage subsidy is missing from the sum
        rows.append(
            ("Zuschuss zum Arbeitsentgelt: nicht geschätzt (Monatsentgelt oder Freistellung fehlt)", DASH)
        )
    rows.append(("Freistellung gesamt", f"{format_hours(release)} Std."))
    data = [[Paragraph(markup(label), styles.cell_bold), value] for label, value in rows]
    table = Table(data, colWidths=[CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.2], hAlign="RIGHT")
    commands = grid_style(styles, header_rows=0, zebra=False)
    commands += [("ALIGN", (1, 0), (1, -1), "RIGHT"), ("BACKGROUND", (0, 2), (-1, 2), styles.accent_light)]
    table.setStyle(table_style(commands))
    return table


def _signatures(vm: DevelopmentPlanView, styles: ReportStyles) -> list[Flowable]:
    signatories = [
        ("Beschäftigte/r", "" if vm.pseudonymised else vm.employee_name),
        ("Arbeitgeber", vm.company_name),
    ]
    if vm.company_has_works_council:
        signatories.append(("Betriebsrat", ""))
    advisor = f"{vm.advisor_name}, {vm.network_name}" if vm.network_name else vm.advisor_name
    signatories.append(("Berater/in", advisor))
    intro = Paragraph(
        "Mit ihrer Unterschrift bestätigen die Beteiligten, dass sie den Plan gemeinsam besprochen haben.",
        styles.body,
    )
    heading = Paragraph("7. Unterschriften", styles.heading)
    return [
        KeepTogether(
            [heading, intro, Spacer(1, 14), *signature_block(signatories, vm.place, styles, CONTENT_WIDTH)]
        )
    ]
