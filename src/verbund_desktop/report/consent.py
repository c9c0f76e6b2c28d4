"""*Einwilligung und Information*: GDPR Art. 13 information and the consent form for one employee."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from .flowables import SignatureLine, bullet_list, checkbox_table, key_value_grid
from .formatting import format_date, markup
from .styles import ReportStyles, default_styles
from .templates import CONTENT_WIDTH, DocumentMeta, render_pdf
from .viewmodels import ConsentSheetView, PartyView

TITLE = "Einwilligung und Information"
SUBTITLE = (
    "zur Verarbeitung Ihrer Daten im Kompetenzgespräch und für Ihren Entwicklungsplan "
    "(Information nach Art. 13 DSGVO)"
)
BLANK = "______________________________"
NO_THIRD_COUNTRY = (
    "Ihre Daten werden nicht in Länder außerhalb der Europäischen Union oder des Europäischen "
    "Wirtschaftsraums übermittelt."
)
RIGHTS = (
    "Auskunft über die zu Ihnen gespeicherten Daten und eine Kopie davon (Art. 15 DSGVO)",
    "Berichtigung unrichtiger Daten (Art. 16 DSGVO)",
    "Löschung Ihrer Daten (Art. 17 DSGVO)",
    "Einschränkung der Verarbeitung (Art. 18 DSGVO)",
    "Herausgabe Ihrer Daten in einem gängigen, maschinenlesbaren Format (Art. 20 DSGVO)",
    "Widerspruch gegen die Verarbeitung, soweit sie nicht auf Ihrer Einwilligung, sondern auf "
    "berechtigten Interessen beruht (Art. 21 DSGVO)",
)


def build_consent_sheet(vm: ConsentSheetView, styles: ReportStyles | None = None) -> bytes:
    """Render the consent sheet as PDF bytes. Check boxes are printed empty, never pre-ticked."""
    styles = styles or default_styles()
    return render_pdf(consent_story(vm, styles), consent_meta(vm))


def consent_meta(vm: ConsentSheetView) -> DocumentMeta:
    who = vm.employee_name.strip()
    return DocumentMeta(
        title=f"{TITLE} – {who}" if who else TITLE,
        subject=f"Information nach Art. 13 DSGVO und Einwilligung, Textfassung {vm.text_version}",
        header_left=TITLE,
        header_right=f"{vm.controller.name} · Textfassung {vm.text_version}",
        footer_left=f"Textfassung {vm.text_version} · erstellt am {format_date(vm.created)}",
        keywords=("Einwilligung", "Datenschutz", "DSGVO"),
    )


def _party(party: PartyView) -> str:
    lines = [f"<b>{markup(party.name)}</b>", *(markup(line) for line in party.address_lines)]
    if party.contact:
        lines.append(markup(party.contact))
    return "<br/>".join(lines)


def _section(title: str, styles: ReportStyles) -> Paragraph:
    return Paragraph(title, styles.subheading)


def consent_story(vm: ConsentSheetView, styles: ReportStyles) -> list[Flowable]:
    body = styles.body
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph(markup(SUBTITLE), styles.subtitle),
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
    ]
    story.append(_section("1. Wer ist für Ihre Daten verantwortlich?", styles))
    story.append(Paragraph("Verantwortlich ist Ihr Arbeitgeber:", body))
    story.append(Paragraph(_party(vm.controller), body))
    if vm.data_protection_officer is not None:
        story.append(Paragraph("Datenschutzbeauftragte/r: " + _party(vm.data_protection_officer), body))
    story.append(
        Paragraph(
            f"Das Gespräch führt {markup(vm.advisor_name)} von der folgenden Stelle, die Ihre Daten im "
            "Auftrag Ihres Arbeitgebers und nur nach dessen Weisungen verarbeitet (Auftragsverarbeitung "
            "nach Art. 28 DSGVO):",
            body,
        )
    )
    story.append(Paragraph(_party(vm.processor), body))

    story.append(_section("2. Wofür verwenden wir Ihre Daten?", styles))
    story += [
        Paragraph(f"<b>{markup(p.title)}:</b> {markup(p.description)}", styles.bullet, bulletText="•")
        for p in vm.purposes
    ]
    story.append(
        Paragraph(
            "Die Angaben beschreiben Ihren Weiterbildungsbedarf. Sie werden nicht zur Kontrolle Ihrer Leistung "
            "oder Ihres Verhaltens verwendet.",
            body,
        )
    )
    story.append(_section("3. Welche Daten verarbeiten wir?", styles))
    story += bullet_list(vm.data_categories, styles)

    story.append(_section("4. Auf welcher Rechtsgrundlage?", styles))
    basis = (
        "Wir verarbeiten Ihre Daten nur mit Ihrer Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO). "
        "Nach einem Urteil des Europäischen Gerichtshofs aus dem Jahr 2023 (Rechtssache C-34/21) genügt "
        "§ 26 Abs. 1 BDSG allein nicht als Rechtsgrundlage; deshalb bitten wir Sie ausdrücklich um Ihre "
        "Einwilligung."
    )
    if vm.ask_severe_disability:
        basis += (
            " Eine Schwerbehinderung ist eine Gesundheitsangabe und besonders geschützt (Art. 9 DSGVO). "
            "Sie wird nur gespeichert, wenn Sie unten gesondert und ausdrücklich einwilligen "
            "(Art. 9 Abs. 2 Buchst. a DSGVO)."
        )
    story.append(Paragraph(basis, body))

    story.append(_section("5. Freiwilligkeit und Widerruf", styles))
    story.append(
        Paragraph(
            "Ihre Einwilligung ist freiwillig. Wenn Sie nicht oder nur für einzelne Zwecke einwilligen, "
            "entstehen Ihnen daraus keine Nachteile, weder im Arbeitsverhältnis noch beim Zugang zu "
            "Weiterbildung.",
            body,
        )
    )
    story.append(
        Paragraph(
            "Sie können Ihre Einwilligung jederzeit ganz oder für einzelne Zwecke widerrufen, ohne Angabe von "
            f"Gründen und formlos, zum Beispiel bei {markup(vm.controller.name)} oder bei der Beraterin oder "
            "dem Berater. Der Widerruf gilt für die Zukunft: Was bis dahin verarbeitet wurde, bleibt "
            "rechtmäßig. Danach werden Ihre Daten gelöscht, soweit das Gesetz keine Aufbewahrung verlangt.",
            body,
        )
    )
    story.append(_section("6. Wie lange speichern wir Ihre Daten?", styles))
    story.append(Paragraph(markup(vm.storage_period), body))
    story.append(_section("7. Wer erhält Ihre Daten?", styles))
    story += bullet_list(vm.recipients, styles)
    story.append(Paragraph(markup(vm.third_country_note or NO_THIRD_COUNTRY), body))

    story.append(_section("8. Ihre Rechte", styles))
    story.append(Paragraph("Sie haben das Recht auf", body))
    story += bullet_list(RIGHTS, styles)
    authority = vm.supervisory_authority
    address = ", ".join((authority.name, *authority.address_lines))
    story.append(
        Paragraph(
            "Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO), "
            f"zum Beispiel bei: {markup(address)}. Eine ausschließlich automatisierte Entscheidung "
            "(Art. 22 DSGVO) findet nicht statt; Förderbeträge werden nur geschätzt.",
            body,
        )
    )
    story += _declaration(vm, styles)
    return story


def _declaration(vm: ConsentSheetView, styles: ReportStyles) -> list[Flowable]:
    body = styles.body
    items = [f"<b>{markup(p.title)}:</b> {markup(p.description)}" for p in vm.purposes]
    declaration: list[Flowable] = [
        Paragraph("Einwilligungserklärung", styles.heading),
        Paragraph(
            "Ich habe die Informationen oben gelesen. Ich willige in die Verarbeitung meiner Daten für die "
            "Zwecke ein, die ich angekreuzt habe:",
            body,
        ),
        checkbox_table(items, styles, CONTENT_WIDTH),
    ]
    story: list[Flowable] = [KeepTogether(declaration)]
    if vm.ask_severe_disability:
        story.append(
            KeepTogether(
                [
                    Paragraph(
                        "Gesonderte Einwilligung: Angabe einer Schwerbehinderung (Art. 9 DSGVO)",
                        styles.subheading,
                    ),
                    checkbox_table(
                        [
                            "Ich willige ausdrücklich ein, dass meine Angabe, schwerbehindert oder "
                            "schwerbehinderten Menschen gleichgestellt zu sein, gespeichert und ausschließlich für "
                            "die Prüfung und Schätzung von Fördermitteln verwendet wird (z. B. höhere Förderung nach "
                            "§ 82 SGB III). Diese Einwilligung kann ich unabhängig von den übrigen jederzeit "
                            "widerrufen."
                        ],
                        styles,
                        CONTENT_WIDTH,
                    ),
                    Paragraph(
                        "Wenn Sie dieses Feld nicht ankreuzen, wird keine Angabe zu einer Schwerbehinderung "
                        "gespeichert.",
                        styles.small,
                    ),
                ]
            )
        )
    story.append(
        KeepTogether(
            [
                Spacer(1, 8),
                Paragraph("Eine Ausfertigung dieses Blattes habe ich erhalten.", body),
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
