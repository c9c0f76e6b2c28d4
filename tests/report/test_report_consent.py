"""The consent sheet (Einwilligung und Information, Art. 13 GDPR): complete, per purpose, ticked as recorded."""

from __future__ import annotations

import dataclasses

import pytest

from tests.report.test_report_common import pdf_metadata, pdf_text
from tests.samples.report_views import sample_consent_view
from verbund_desktop.assessment.legal_texts import sheet_text
from verbund_desktop.report import build_consent_sheet
from verbund_desktop.report.flowables import CHECKBOX, CHECKBOX_TICKED

VERSION = sheet_text().version


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def consent_text() -> str:
    return flat(pdf_text(build_consent_sheet(sample_consent_view())))


def test_names_controller_with_address_both_officers_and_the_networks_role(consent_text: str) -> None:
    for expected in (
        "Einwilligung und Information",
        "Änne Ößmann",
        "(Zwecke 1 und 2) ist Ihr Arbeitgeber verantwortlich: Bäckerei Müller & Söhne GmbH Lange Straße 12 "
        "26122 Oldenburg",
        "Datenschutzbeauftragte/r: Datenschutz Nord GbR (extern), dsb@datenschutz-nord.example",
        "Das Gespräch führt Hannelore Kühn",
        "Auftragsverarbeitung nach Art. 28 DSGVO",
        "Koordinierungsstelle Weiterbildungsverbund Weser-Ems (Demo) Am Stadthafen 3 26122 Oldenburg",
        "Datenschutzbeauftragte/r: Dr. Jana Reuter (Verbund)",
    ):
        assert expected in consent_text
    # For its own purpose (pooling) the network is a (joint) controller, not the company's processor.
    assert "Dafür ist er selbst Verantwortlicher – gemeinsam mit Ihrem Arbeitgeber" in consent_text
    assert "Art. 26 DSGVO" in consent_text


def test_each_purpose_has_its_legal_basis_and_recipients(consent_text: str) -> None:
    for expected in (
        "Zweck 1 – Kompetenzgespräch und Entwicklungsplan:",
        "Zweck 2 – Förderantrag und Weitergabe an die Agentur für Arbeit:",
        "Zweck 3 – Pseudonymisierte Nutzung im Weiterbildungsverbund:",
        "Rechtsgrundlage: Ihre Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO)",
        "die zuständige Agentur für Arbeit, wenn ein Förderantrag gestellt wird",
        "der Weiterbildungsverbund als eigener (gemeinsamer) Verantwortlicher, nur ohne Namen",
        "C-34/21",
        "Ihre Einwilligung ist freiwillig",
        "jedem Zweck einzeln",
        "jederzeit ganz oder für einzelne Zwecke widerrufen",
        "spätestens 36 Monate nach dem letzten Gespräch",
        "nicht in Länder außerhalb der Europäischen Union",
        "der Betriebsrat, soweit er nach dem Betriebsverfassungsgesetz zu beteiligen ist",
    ):
        assert expected in consent_text
    assert consent_text.count("Rechtsgrundlage: ") == 3


def test_lists_the_rights_and_the_named_supervisory_authority(consent_text: str) -> None:
    for article in ("15", "16", "17", "18", "20", "21", "7 Abs. 3"):
        assert f"(Art. {article} DSGVO)" in consent_text
    assert "Art. 77 DSGVO" in consent_text
    assert (
        "Der Landesbeauftragte für den Datenschutz Niedersachsen, Prinzenstraße 5, 30159 Hannover"
        in consent_text
    )


def test_without_an_entered_authority_the_sheet_says_which_one_applies() -> None:
    view = dataclasses.replace(
        sample_consent_view(), supervisory_authority=None, data_protection_officer=None
    )
    text = flat(pdf_text(build_consent_sheet(view)))
    assert "bei der des Landes, in dem Ihr Arbeitgeber seinen Sitz hat" in text
    assert "ist nicht benannt" in text


def test_blank_form_has_one_empty_box_per_purpose_plus_the_article_9_consent(consent_text: str) -> None:
    assert consent_text.count(CHECKBOX) == 3 + 1
    assert CHECKBOX_TICKED not in consent_text
    assert "Gesonderte Einwilligung: Angabe einer Schwerbehinderung (Art. 9 DSGVO)" in consent_text
    assert "Art. 9 Abs. 2 Buchst. a DSGVO" in consent_text


def test_recorded_sheet_is_ticked_as_recorded() -> None:
    text = flat(pdf_text(build_consent_sheet(sample_consent_view(recorded=True, severe_disability=False))))
    declaration = text[text.index("Einwilligungserklärung") :]
    assert declaration.count(CHECKBOX_TICKED) == 2 and declaration.count(CHECKBOX) == 1
    assert f"{CHECKBOX_TICKED} Zweck 1" in declaration and f"{CHECKBOX_TICKED} Zweck 2" in declaration
    assert f"{CHECKBOX} Zweck 3" in declaration
    assert "Nicht angekreuzte Zwecke: keine Einwilligung." in declaration


def test_without_severe_disability_question_there_is_no_article_9_consent() -> None:
    text = flat(pdf_text(build_consent_sheet(sample_consent_view(severe_disability=False))))
    assert text.count(CHECKBOX) == 3
    assert "Schwerbehinderung" not in text
    assert "Art. 9" not in text


def test_text_version_is_printed_and_in_the_subject(consent_text: str) -> None:
    assert consent_text.count(f"Textfassung {VERSION}") >= 3  # header, table, signature area
    pdf = build_consent_sheet(sample_consent_view())
    assert f"Textfassung {VERSION}" in pdf_metadata(pdf)["/Subject"]
    assert pdf_metadata(pdf)["/Title"] == "Einwilligung und Information – Änne Ößmann"


def test_reading_order_information_declaration_signature(consent_text: str) -> None:
    positions = [
        consent_text.index("1. Wer ist für Ihre Daten verantwortlich?"),
        consent_text.index("7. Ihre Rechte"),
        consent_text.index("Einwilligungserklärung"),
        consent_text.index("Unterschrift Beschäftigte/r"),
    ]
    assert positions == sorted(positions)


def test_blank_name_leaves_a_line_to_fill_in() -> None:
    pdf = build_consent_sheet(sample_consent_view(employee_name=""))
    assert "Beschäftigte/r ______" in flat(pdf_text(pdf))
    assert pdf_metadata(pdf)["/Title"] == "Einwilligung und Information"
