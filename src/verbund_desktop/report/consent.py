"""*Einwilligung und Information*: GDPR Art. 13 information and the consent per purpose for one employee.

The words come from the versioned legal text (``resources/legal``, :mod:`assessment.legal_texts`) the view
model carries; this module only lays them out. A blank form prints every box empty; a sheet printed after the
decision (``recorded``) shows the boxes ticked as recorded.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from verbund_desktop.report.flowables import SignatureLine, bullet_list, checkbox_table, key_value_grid
from verbund_desktop.report.formatting import format_date, markup
from verbund_desktop.report.styles import ReportStyles, default_styles
from verbund_desktop.report.templates import CONTENT_WIDTH, DocumentMeta, render_pdf
from verbund_desktop.report.viewmodels import ConsentSheetView, PartyView

BLANK = "______________________________"


def build_consent_sheet(
    vm: ConsentSheetView, styles: ReportStyles | None = None, *, logo: bytes | None = None
) -> bytes:
    """Render the consent sheet as PDF bytes (boxes ticked only as recorded, see ``vm.recorded``)."""
    styles = styles or default_styles()
    return render_pdf(consent_story(vm, styles), consent_meta(vm), logo)


def consent_meta(vm: ConsentSheetView) -> DocumentMeta:
    who = vm.employee_name.strip()
    title = vm.texts["title"]
    return DocumentMeta(
        title=f"{title} – {who}" if who else title,
        subject=f"Information nach Art. 13 DSGVO und Einwilligung, Textfassung {vm.text_version}",
        header_left=title,
        header_right=f"{vm.controller.name} · Textfassung {vm.text_version}",
        footer_left=f"Textfassung {vm.text_version} · erstellt am {format_date(vm.created)}",
        keywords=("Einwilligung", "Datenschutz", "DSGVO"),
    )


def _party(party: PartyView) -> str:
    lines = [f"<b>{markup(party.name)}</b>", *(markup(line) for line in party.address_lines)]
    if party.contact:
        lines.append(markup(party.contact))
    return "<br/>".join(lines)


def _dpo(party: PartyView | None, vm: ConsentSheetView, styles: ReportStyles) -> Paragraph:
    t = vm.texts
    if party is None:
        return Paragraph(markup(t["dpo_missing"]), styles.small)
    return Paragraph(f"{markup(t['dpo_label'])}: " + _party(party).replace("<br/>", ", "), styles.body)


def consent_story(vm: ConsentSheetView, styles: ReportStyles) -> list[Flowable]:
    t, body = vm.texts, styles.body
    story: list[Flowable] = [
        Paragraph(markup(t["title"]), styles.title),
        Paragraph(markup(t["subtitle"]), styles.subtitle),
        key_value_grid(
            [
                ("Beschäftigte/r", vm.employee_name.strip() or BLANK),
                ("Betrieb", vm.controller.name),
                ("Textfassung", vm.text_version),
                ("Stand", format_date(vm.created)),
            ],
            styles,
            CONTENT_WIDTH,
        ),
        Spacer(1, 4),
        Paragraph("Information nach Art. 13 DSGVO", styles.heading),
        Paragraph(markup(t["controller_heading"]), styles.subheading),
        Paragraph(markup(t["controller_intro"]), body),
        Paragraph(_party(vm.controller), body),
        _dpo(vm.data_protection_officer, vm, styles),
        Paragraph(
            markup(t["advisor_role"].format(advisor=vm.advisor_name or "eine Beraterin oder ein Berater")),
            body,
        ),
        Paragraph(markup(t["network_role"]), body),
        Paragraph(_party(vm.processor), body),
        _dpo(vm.network_data_protection_officer, vm, styles),
        Paragraph(markup(t["purposes_heading"]), styles.subheading),
    ]
    for p in vm.purposes:
        story.append(
            Paragraph(f"<b>{markup(p.title)}:</b> {markup(p.description)}", styles.bullet, bulletText="•")
        )
        story.append(Paragraph(f"Rechtsgrundlage: {markup(p.legal_basis)}", styles.small))
    story.append(Paragraph(markup(t["not_for_control"]), body))
    basis = t["basis_note"] + (" " + t["disability_basis"] if vm.ask_severe_disability else "")
    story.append(Paragraph(markup(basis), body))
    story.append(Paragraph(markup(t["data_heading"]), styles.subheading))
    story += bullet_list(vm.data_categories, styles)
    story.append(Paragraph(markup(t["voluntary_heading"]), styles.subheading))
    story.append(Paragraph(markup(t["voluntary"]), body))
    story.append(Paragraph(markup(t["withdrawal"].format(controller=vm.controller.name)), body))
    story.append(Paragraph(markup(t["retention_heading"]), styles.subheading))
    story.append(Paragraph(markup(vm.storage_period), body))
    story += _recipients(vm, styles)
    story.append(Paragraph(markup(t["rights_heading"]), styles.subheading))
    story.append(Paragraph(markup(t["rights_intro"]), body))
    story += bullet_list(vm.texts.rights, styles)
    story.append(Paragraph(_complaint(vm) + " " + markup(t["no_automated_decision"]), body))
    story += _declaration(vm, styles)
    return story


def _recipients(vm: ConsentSheetView, styles: ReportStyles) -> list[Flowable]:
    t = vm.texts
    story: list[Flowable] = [Paragraph(markup(t["recipients_heading"]), styles.subheading)]
    story += bullet_list(vm.recipients, styles)
    story.append(Paragraph(markup(t["recipients_by_purpose"]), styles.body))
    for p in vm.purposes:
        story.append(
            Paragraph(
                f"<b>{markup(p.title)}:</b> " + markup("; ".join(p.recipients)), styles.bullet, bulletText="•"
            )
        )
    story.append(Paragraph(markup(vm.third_country_note or t["no_third_country"]), styles.body))
    return story


def _complaint(vm: ConsentSheetView) -> str:
    authority = vm.supervisory_authority
    if authority is None:
        return markup(vm.texts["complaint_unnamed"])
    address = ", ".join((authority.name, *authority.address_lines))
    return markup(vm.texts["complaint"].format(authority=address))


def _declaration(vm: ConsentSheetView, styles: ReportStyles) -> list[Flowable]:
    t, body = vm.texts, styles.body
    items = [f"<b>{markup(p.title)}:</b> {markup(p.description)}" for p in vm.purposes]
    ticks = [p.ticked for p in vm.purposes] if vm.recorded else []
    declaration: list[Flowable] = [
        Paragraph(markup(t["declaration_heading"]), styles.heading),
        Paragraph(markup(t["declaration"]), body),
        checkbox_table(items, styles, CONTENT_WIDTH, ticks),
    ]
    if vm.recorded:
        declaration.append(Paragraph(markup(t["refused_note"]), styles.small))
    story: list[Flowable] = [KeepTogether(declaration)]
    if vm.ask_severe_disability:
        story.append(
            KeepTogether(
                [
                    Paragraph(markup(t["disability_heading"]), styles.subheading),
                    checkbox_table([markup(t["disability_consent"])], styles, CONTENT_WIDTH),
                    Paragraph(markup(t["disability_note"]), styles.small),
                ]
            )
        )
    story.append(
        KeepTogether(
            [
                Spacer(1, 8),
                Paragraph(markup(t["copy_received"]), body),
                Spacer(1, 18),
                SignatureLine(
                    "Beschäftigte/r",
                    vm.employee_name.strip(),
                    vm.place,
                    CONTENT_WIDTH,
                    styles.base_size - 1.5,
                ),
                Paragraph(f"Textfassung {markup(vm.text_version)}", styles.small),
            ]
        )
    )
    return story
