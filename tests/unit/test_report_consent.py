"""The consent sheet (Einwilligung und Information, Art. 13 GDPR)."""

from __future__ import annotations

import dataclasses

import pytest

from verbund_desktop.report import build_consent_sheet
from verbund_desktop.report.flowables import CHECKBOX
from verbund_desktop.report.samples import sample_consent_view
from verbund_desktop.report.viewmodels import ConsentPurposeView

from .test_report_common import pdf_metadata, pdf_text


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def consent_text() -> str:
    return flat(pdf_text(build_consent_sheet(sample_consent_view())))


def test_names_employee_controller_processor_and_advisor(consent_text: str) -> None:
    for expected in (
        "Einwilligung und Information",
        "Änne Ößmann",
        "Verantwortlich ist Ihr Arbeitgeber: Bäckerei Müller & Söhne GmbH Lange Straße 12 26122 Oldenburg",
        "Datenschutzbeauftragte/r: Datenschutz Nord GbR (extern)",
        "Das Gespräch führt Hannelore Kühn",
        "Auftragsverarbeitung nach Art. 28 DSGVO",
        "Koordinierungsstelle Weiterbildungsverbund Weser-Ems (Demo)",
    ):
        assert expected in consent_text


def test_legal_basis_voluntariness_withdrawal_storage_and_recipients(consent_text: str) -> None:
    for expected in (
        "Art. 6 Abs. 1 Buchst. a DSGVO",
        "C-34/21",
        "§ 26 Abs. 1 BDSG allein nicht als Rechtsgrundlage",
        "Ihre Einwilligung ist freiwillig",
        "keine Nachteile",
        "jederzeit ganz oder für einzelne Zwecke widerrufen",
        "Der Widerruf gilt für die Zukunft",
        "spätestens 36 Monate nach dem letzten Gespräch",
        "die Agentur für Arbeit, wenn ein Förderantrag gestellt wird",
        "nicht in Länder außerhalb der Europäischen Union",
        "Kompetenzgespräch und Entwicklungsplan:",
        "Selbst-, Fremd- und vereinbarte Einschätzungen",
    ):
        assert expected in consent_text


def test_lists_the_rights_of_articles_15_to_21_and_the_complaint(consent_text: str) -> None:
    for article in (15, 16, 17, 18, 20, 21):
        assert f"(Art. {article} DSGVO)" in consent_text
    assert "Art. 77 DSGVO" in consent_text
    assert (
        "Die Landesbeauftragte für den Datenschutz Niedersachsen, Prinzenstraße 5, 30159 Hannover"
        in consent_text
    )


def test_one_empty_checkbox_per_purpose_plus_one_for_severe_disability(consent_text: str) -> None:
    view = sample_consent_view()
    assert consent_text.count(CHECKBOX) == len(view.purposes) + 1
    assert "Gesonderte Einwilligung: Angabe einer Schwerbehinderung (Art. 9 DSGVO)" in consent_text
    assert "Art. 9 Abs. 2 Buchst. a DSGVO" in consent_text
    assert "☒" not in consent_text and "✓" not in consent_text


def test_without_severe_disability_question_there_is_no_article_9_consent() -> None:
    text = flat(pdf_text(build_consent_sheet(sample_consent_view(severe_disability=False))))
    assert text.count(CHECKBOX) == len(sample_consent_view().purposes)
    assert "Schwerbehinderung" not in text
    assert "Art. 9" not in text


def test_text_version_is_printed_and_in_the_subject(consent_text: str) -> None:
    assert consent_text.count("Textfassung 2026-01") >= 3  # header, table, signature area
    pdf = build_consent_sheet(sample_consent_view())
    assert "Textfassung 2026-01" in pdf_metadata(pdf)["/Subject"]
    assert pdf_metadata(pdf)["/Title"] == "Einwilligung und Information – Änne Ößmann"


def test_reading_order_information_declaration_signature(consent_text: str) -> None:
    positions = [
        consent_text.index("1. Wer ist für Ihre Daten verantwortlich?"),
        consent_text.index("8. Ihre Rechte"),
        consent_text.index("Einwilligungserklärung"),
        consent_text.index("Unterschrift Beschäftigte/r"),
    ]
    assert positions == sorted(positions)


def test_blank_form_leaves_a_line_for_the_name() -> None:
    view = dataclasses.replace(
        sample_consent_view(employee_name=""),
        purposes=(ConsentPurposeView("Kompetenzgespräch", "Erhebung der Einschätzungen."),),
        data_protection_officer=None,
    )
    pdf = build_consent_sheet(view)
    text = flat(pdf_text(pdf))
    assert "Beschäftigte/r ______" in text
    assert "Datenschutzbeauftragte" not in text
    assert text.count(CHECKBOX) == 2
    assert pdf_metadata(pdf)["/Title"] == "Einwilligung und Information"
