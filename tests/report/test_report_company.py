"""The company report (Bedarfsanalyse): profile, drivers, heat map, fields of action, measures, pseudonyms."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from reportlab.lib import colors

from tests.report.test_report_common import page_texts, pdf_metadata, pdf_text
from tests.samples.report_data import CROSS_CUTTING, DIGCOMP, EMPLOYEES
from tests.samples.report_views import sample_company_view
from verbund_desktop.report import build_company_report
from verbund_desktop.report.charts import (
    GAP_COLOURS,
    NOT_APPLICABLE_COLOUR,
    NOT_RATED_COLOUR,
    gap_colour,
    gap_text,
)
from verbund_desktop.report.heatmap import fields_of_action
from verbund_desktop.report.viewmodels import (
    CompanyReportView,
    HeatMapCell,
    HeatMapCompetence,
    HeatMapRow,
    InterviewAnswerView,
    InterviewSectionView,
    Priority,
    scrub_names,
)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def report_text() -> str:
    return pdf_text(build_company_report(sample_company_view()))


def test_profile_shows_modul_a_basic_data(report_text: str) -> None:
    text = flat(report_text)
    for expected in (
        "Bedarfsanalyse",
        "Bäckerei Müller & Söhne GmbH",
        "Lebensmittelhandwerk (Bäckerei, Konditorei)",
        "Beschäftigte 38",
        "Beschäftigte einschließlich verbundener Unternehmen 46",
        "Region Landkreis Oldenburg",
        "Betriebsrat ja",
        "Vereinbarung zur Weiterbildung Betriebsvereinbarung „Weiterbildung“ vom 01.03.2025",
        "Vom Strukturwandel betroffene Beschäftigte 35 %",
        "Sabine Krüger, Personalleitung",
        "Gesprächsdatum 29.10.2026",
    ):
        assert expected in text


def test_drivers_of_change_are_grouped_by_section(report_text: str) -> None:
    text = flat(report_text)
    digital = text.index("Digitaler Wandel Frage Antwort")
    assert text.index("A3 Aktuelle und geplante Veränderungen") < digital < text.index("Demografie Frage")
    assert "Gibt es eine Digitalisierungsstrategie? In Arbeit, Abschluss geplant für 2027." in text


def test_heat_map_lists_every_employee_and_competence_with_a_legend(report_text: str) -> None:
    text = flat(report_text)
    for name in EMPLOYEES:
        assert name in text
    for code, name in DIGCOMP:
        assert f"{code} {name}" in text  # the key under the heat map
    for legend in ("0 keine Lücke", "1 Stufe", "2 Stufen", "≥ 3 Stufen", "– n. a. (nicht zutreffend)"):
        assert legend in text


def test_heat_map_of_21_competences_fits_one_table(report_text: str) -> None:
    assert "Kompetenzen 1.1 bis 5.4" in report_text
    assert "(Teil 1 von" not in report_text


def test_heat_map_40_competences_by_30_people_is_split_into_readable_parts() -> None:
    view = sample_company_view(competences=40, employees=30, pseudonymised=True)
    pdf = build_company_report(view)
    texts = page_texts(pdf)
    text = flat("\n".join(texts))
    assert "(Teil 1 von 3)" in text and "(Teil 3 von 3)" in text
    for code, _ in DIGCOMP + CROSS_CUTTING:
        assert code in text
    for number in range(1, 31):
        assert text.count(f"BMS-{number:02d}") == 3  # one row in every part
    # each part keeps legend, header and all 30 rows on one page
    part_pages = [page for page in texts if "Kompetenzen " in page and "(Teil " in page]
    assert len(part_pages) == 3
    for page in part_pages:
        assert "BMS-01" in page and "BMS-30" in page and "0 keine Lücke" in page


def test_pseudonymised_report_never_prints_a_name() -> None:
    view = sample_company_view(pseudonymised=True)
    # A name slipped into free text must be replaced as well.
    first = view.rows[0]
    drivers = (
        *view.drivers,
        InterviewSectionView(
            "A5 Kooperation", (InterviewAnswerView("Wer ist Ansprechpartner?", first.employee_name),)
        ),
    )
    view = dataclasses.replace(view, drivers=drivers, pooling_needs=(f"{view.rows[1].employee_name}: Excel",))
    pdf = build_company_report(view)
    text = pdf_text(pdf)
    metadata = pdf_metadata(pdf)
    for row in view.rows:
        assert row.employee_name not in text
        assert row.employee_name not in flat(text)
        assert all(row.employee_name not in value for value in metadata.values())
    assert f"Wer ist Ansprechpartner? {first.pseudonym_code}" in flat(text)
    assert f"{view.rows[1].pseudonym_code}: Excel" in text
    assert "Pseudonym" in text
    assert "Vertraulich – pseudonymisiert" in text
    assert "pseudonymisiert" in metadata["/Subject"]
    assert "Bäckerei Müller & Söhne GmbH" in metadata["/Title"]


def test_report_with_names_prints_names_not_codes(report_text: str) -> None:
    assert "Jürgen Weiß" in report_text
    assert "BMS-01" not in report_text


def test_fields_of_action_are_ranked_by_gap_times_priority_weight() -> None:
    view = dataclasses.replace(
        sample_company_view(employees=0, competences=0),
        competences=(
            HeatMapCompetence("A", "Alpha"),
            HeatMapCompetence("B", "Beta"),
            HeatMapCompetence("C", "Gamma"),
        ),
        rows=(
            HeatMapRow(
                "Jürgen Weiß",
                "P1",
                (HeatMapCell(2, Priority.LOW), HeatMapCell(1, Priority.HIGH), HeatMapCell(0)),
            ),
            HeatMapRow(
                "Änne Ößmann",
                "P2",
                (
                    HeatMapCell(1, Priority.LOW),
                    HeatMapCell(3, Priority.HIGH, not_applicable=True),
                    HeatMapCell(None),
                ),
            ),
            HeatMapRow("Dörte Fuß", "P3", (HeatMapCell(None),)),  # short row: the rest counts as not rated
        ),
    )
    fields = fields_of_action(view)
    # A: 2×1 + 1×1 = 3 (2 people); B: 1×3 = 3 (1 person; the n/a cell does not count); C: no gap.
    assert [(f.code, f.employees_with_gap, f.gap_sum, f.score) for f in fields] == [
        ("A", 2, 3, 3),
        ("B", 1, 1, 3),
    ]
    text = flat(pdf_text(build_company_report(view)))
    assert "1 A Alpha 2 3 3" in text
    assert "2 B Beta 1 1 3" in text


def test_measures_totals_and_funding_overview(report_text: str) -> None:
    text = flat(report_text)
    # 7.407,36 + 4.680 + 2.360 + 9.780 = 24.227,36; funded 7.407,36 + 9.780 = 17.187,36
    assert "Summe 24 24.227,36 € 17.187,36 € 7.040,00 €" in text
    assert "Kosten aller Maßnahmen 24.227,36 €" in text
    assert "Förderung der Lehrgangskosten (Schätzung) 17.187,36 €" in text
    assert "Zuschuss zum Arbeitsentgelt (Schätzung) 12.900,00 €" in text
    assert "Voraussichtlich förderfähige Maßnahmen 2 von 4" in text
    assert "Schätzung nach: § 82 SGB III (Aus- und Weiterbildungsgesetz) (Stand 01.04.2024)." in text
    assert "maßgeblich ist die Entscheidung der Agentur für Arbeit" in text
    assert "Verbundmaßnahme: Verbundkurs IT-Sicherheit Frühjahr 2027" in text


def test_pooling_needs_and_privacy_note(report_text: str) -> None:
    text = flat(report_text)
    assert "IT-Sicherheit (Grundlagen): 12 Beschäftigte, Frühjahr 2027, Präsenz in Oldenburg" in text
    assert "Datenschutzhinweis" in text
    assert text.index("3. Kompetenz-Heatmap") < text.index("4. Priorisierte Handlungsfelder")
    assert text.index("4. Priorisierte Handlungsfelder") < text.index("6. Bündelung")


def test_empty_report_renders_placeholders() -> None:
    view = CompanyReportView(
        created=date(2026, 11, 26),
        profile=dataclasses.replace(sample_company_view(employees=0).profile, training_agreement=""),
        interview_date=date(2026, 11, 1),
        advisor_name="Jörg Fuß",
        network_name="",
        pseudonymised=False,
        drivers=(),
        competences=(),
        rows=(),
        measures=(),
    )
    text = flat(pdf_text(build_company_report(view)))
    assert "Vereinbarung zur Weiterbildung keine" in text
    assert "Es liegen noch keine Kompetenzerhebungen vor." in text
    assert "Es wurden keine Kompetenzlücken festgestellt." in text
    assert "Noch keine Maßnahmen empfohlen." in text
    assert "Es wurden keine bündelbaren Bedarfe festgestellt." in text


@pytest.mark.parametrize(
    ("cell", "colour", "text"),
    [
        (HeatMapCell(0), GAP_COLOURS[0], "0"),
        (HeatMapCell(1), GAP_COLOURS[1], "1"),
        (HeatMapCell(2), GAP_COLOURS[2], "2"),
        (HeatMapCell(3), GAP_COLOURS[3], "3"),
        (HeatMapCell(6), GAP_COLOURS[3], "6"),
        (HeatMapCell(2, not_applicable=True), NOT_APPLICABLE_COLOUR, "–"),
        (HeatMapCell(None), NOT_RATED_COLOUR, "?"),
    ],
)
def test_gap_colours(cell: HeatMapCell, colour: colors.Color, text: str) -> None:
    assert gap_colour(cell) == colour
    assert gap_text(cell) == text


def test_gap_colours_run_from_green_to_red() -> None:
    greens = [GAP_COLOURS[g].green - GAP_COLOURS[g].red for g in range(4)]
    assert greens == sorted(greens, reverse=True)
    assert GAP_COLOURS[0].green > GAP_COLOURS[0].red  # green
    assert GAP_COLOURS[3].red > GAP_COLOURS[3].green  # red


def test_very_long_interview_answer_splits_across_pages() -> None:
    answer = "Ausführliche Antwort über Veränderungen im Betrieb. " * 300
    view = dataclasses.replace(
        sample_company_view(employees=3, competences=5),
        drivers=(
            InterviewSectionView("A3 Veränderungen", (InterviewAnswerView("Was ändert sich?", answer),)),
        ),
    )
    texts = page_texts(build_company_report(view))
    pages_with_answer = [page for page in texts if "Ausführliche Antwort" in page]
    assert len(pages_with_answer) >= 2


def test_scrub_names_replaces_full_names_in_nested_view_models() -> None:
    section = InterviewSectionView(
        "A5 Kooperation mit Jürgen Weiß",
        (
            InterviewAnswerView("Wer?", "ÄNNE ÖßMANN oder änne ößmann und Jürgen\nWeiß"),
            InterviewAnswerView("Wo?", ""),
        ),
    )
    scrubbed = scrub_names(section, {"Jürgen Weiß": "P-01", "Änne Ößmann": "P-02", "": "leer"})
    assert scrubbed.title == "A5 Kooperation mit P-01"
    assert scrubbed.answers[0].answer == "P-02 oder P-02 und P-01"
    assert scrubbed.answers[1] == InterviewAnswerView("Wo?", "")
    assert section.title == "A5 Kooperation mit Jürgen Weiß"  # the original is unchanged
    cell = HeatMapCell(2, Priority.HIGH)
    assert scrub_names(cell, {"hoch": "X"}) == cell  # enum values are not text to scrub
