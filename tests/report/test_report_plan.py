"""The development plan PDF: content, German formats, signatures, page breaks, pseudonyms."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from tests.report.test_report_common import page_texts, pdf_metadata, pdf_text
from tests.samples.report_views import sample_plan_view
from verbund_desktop.report import build_development_plan
from verbund_desktop.report.viewmodels import (
    CompetencyLine,
    DevelopmentPlanView,
    PlanMeasureView,
    Priority,
    Responsibility,
)


@pytest.fixture(scope="module")
def plan_text() -> str:
    return pdf_text(build_development_plan(sample_plan_view()))


def test_header_names_company_employee_role_advisor_and_version(plan_text: str) -> None:
    for expected in (
        "Individueller Entwicklungsplan",
        "Bäckerei Müller & Söhne GmbH",
        "Jürgen Weiß",
        "Stellvertretende Filialleitung",
        "Verkauf und Filialen",
        "Hannelore Kühn",
        "12.11.2026",
        "Version 2, Stand 26.11.2026",
    ):
        assert expected in plan_text


def test_competence_table_shows_catalogue_levels_gap_priority_and_not_applicable(plan_text: str) -> None:
    assert "DigComp 2.2 – Digitale Kompetenzen, Version 2.2 (Stufen 1–8)" in plan_text
    assert "Überfachliche Kompetenzen (nach DQR-Struktur), Version 1.0 (Stufen 0–4)" in plan_text
    for header in ("Selbst", "Fremd", "Ist", "Soll", "Lücke", "Priorität"):
        assert header in plan_text
    assert "n. a." in plan_text
    assert {"Hoch", "Mittel", "Niedrig"} <= set(plan_text.split())
    # Row 1.3 of the sample: self 1, supervisor 1, agreed 1, target 4 -> gap 3, priority low.
    view = sample_plan_view()
    line = next(line for line in view.competence_groups[0].lines if line.code == "1.3")
    assert (line.self_level, line.supervisor_level, line.agreed_level, line.target_level) == (1, 1, 1, 4)
    row = plan_text[plan_text.index("1.3\nDaten, Informationen und digitale Inhalte verwalten") :]
    assert row.split("\n")[3:8] == ["1", "1", "1", "4", "3"]
    assert "Notiz: Kasse und Warenwirtschaft im Blick" in plan_text
    assert "CC BY 4.0" in plan_text


def test_chart_compares_current_and_target(plan_text: str) -> None:
    assert plan_text.count("Ist (vereinbart)") == 2  # one chart per catalogue group
    assert "Ist und Soll im Vergleich – DigComp 2.2" in plan_text


def test_measures_show_german_amounts_dates_funding_and_totals(plan_text: str) -> None:
    for expected in (
        "Digitale Warenwirtschaft und",
        "Lücke: 1.3, 2.4",
        "Bildungswerk der",
        "AZAV: ja",
        "11.01.2027 –\n26.03.2027",
        "1.234,56 €",
        "100 %",
        "75 %: 2.150,00 €",
        "voraussichtlich\nnicht förderfähig",
        "Verbundmaßnahme: Verbundkurs",
        "angemeldet",
        "läuft",
        "7,5",
        "Förderung\n(Schätzung)",
        # totals: 1.234,56 + 390 + 0 + 4.890 = 6.514,56; funded 1.234,56 + 4.890 = 6.124,56
        "Kosten gesamt\n6.514,56 €",
        "Förderung der Lehrgangskosten (Schätzung)\n6.124,56 €",
        "Verbleibende Kosten (Eigenanteil)\n390,00 €",
        "Freistellung gesamt\n416 Std.",
        "Schätzung nach: § 82 SGB III (Aus- und Weiterbildungsgesetz) (Stand 01.04.2024).",
    ):
        assert expected in plan_text


def test_responsibilities_review_notes_and_disclaimer(plan_text: str) -> None:
    assert "Anmeldung, Freistellung, Förderantrag" in plan_text
    assert "Der Plan wird am 15.06.2027 gemeinsam überprüft." in plan_text
    assert "Datenschutzhinweis" in plan_text
    flat = " ".join(plan_text.split())
    assert "Einwilligung vom 12.11.2026 (Textfassung 2026-01)" in flat
    assert "Alle Förderbeträge sind unverbindliche Schätzungen" in flat
    assert "maßgeblich ist die Entscheidung der Agentur für Arbeit" in flat


def test_reading_order_header_table_signatures(plan_text: str) -> None:
    body = plan_text[plan_text.index("Jürgen Weiß · Bäckerei") :]
    positions = [
        body.index("Gesprächsdatum"),
        body.index("Code\nKompetenz"),
        body.index("3. Maßnahmen"),
        body.index("Datenschutzhinweis"),
        body.index("Unterschrift Beschäftigte/r"),
        body.index("Unterschrift Berater/in"),
    ]
    assert positions == sorted(positions)


@pytest.mark.parametrize("works_council", [True, False])
def test_works_council_signature_only_when_the_company_has_one(works_council: bool) -> None:
    text = pdf_text(build_development_plan(sample_plan_view(works_council=works_council)))
    assert ("Unterschrift Betriebsrat" in text) is works_council
    for role in ("Beschäftigte/r", "Arbeitgeber", "Berater/in"):
        assert f"Unterschrift {role}" in text
    assert text.count("Ort, Datum") == (4 if works_council else 3)
    assert "Oldenburg," in text


def test_zero_measures() -> None:
    text = pdf_text(build_development_plan(sample_plan_view(measures=0)))
    assert "Noch keine Maßnahmen geplant." in text
    assert "Kosten gesamt" not in text
    assert "Unterschrift Arbeitgeber" in text


def test_sixty_measures_break_pages_and_repeat_the_table_header() -> None:
    pdf = build_development_plan(sample_plan_view(measures=60))
    texts = page_texts(pdf)
    text = "\n".join(texts)
    assert "(Gruppe 60)" in " ".join(text.split())
    header_pages = [
        number for number, page in enumerate(texts, start=1) if "Status /\nVerantwortlich" in page
    ]
    assert len(header_pages) >= 5
    assert header_pages == list(range(header_pages[0], header_pages[-1] + 1))
    # 15 × (1.234,56 + 390 + 0 + 4.890) = 97.718,40
    assert "Kosten gesamt\n97.718,40 €" in text
    assert f"Seite {len(texts)} von {len(texts)}" in texts[-1]


def test_pseudonymised_plan_prints_the_code_not_the_name() -> None:
    view = sample_plan_view(pseudonymised=True)
    view = dataclasses.replace(
        view, responsibilities=(*view.responsibilities, Responsibility("jürgen weiß", "Lernziele notieren"))
    )
    pdf = build_development_plan(view)
    text = pdf_text(pdf)
    assert "BMS-07" in text
    assert "Weiß" not in text
    assert "Beschäftigte/r (Pseudonym)" in " ".join(text.split())
    assert all("Weiß" not in value for value in pdf_metadata(pdf).values())
    assert pdf_metadata(pdf)["/Title"] == "Individueller Entwicklungsplan – BMS-07"


def test_long_names_and_texts_wrap_instead_of_overflowing() -> None:
    long_name = "Maximilian-Alexander von Lößnitz-Überhäuser-Großkreutz"
    long_title = "Berufsbegleitende Aufstiegsfortbildung " * 4
    view = dataclasses.replace(
        sample_plan_view(measures=1),
        employee_name=long_name,
        company_name="Bäckerei, Konditorei und Café Müller & Söhne Gesellschaft mit beschränkter Haftung",
        measures=(
            PlanMeasureView(
                title=long_title.strip(),
                closes_gaps=("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4"),
                provider="Überbetriebliches Ausbildungszentrum der Bäckerinnung Weser-Ems",
                hours=Decimal(1200),
                cost=Decimal("123456.78"),
            ),
        ),
    )
    text = pdf_text(build_development_plan(view))
    flat = " ".join(text.split())
    assert long_name in flat
    assert "123.456,78 €" in text
    assert "1.200" in text
    assert "Berufsbegleitende Aufstiegsfortbildung Berufsbegleitende" in flat


def test_empty_optional_fields_print_dashes_and_defaults() -> None:
    view = DevelopmentPlanView(
        created=date(2026, 11, 26),
        company_name="Ölmühle Groß KG",
        company_has_works_council=False,
        employee_name="Änne Ößmann",
        pseudonym_code="OG-01",
        pseudonymised=False,
        role="",
        department="",
        interview_date=date(2026, 11, 20),
        advisor_name="Jörg Fuß",
        network_name="",
        plan_version=1,
        version_date=date(2026, 11, 26),
        starting_point="",
        goals="",
        competence_groups=(),
        measures=(),
    )
    text = pdf_text(build_development_plan(view))
    assert "Änne Ößmann" in text
    assert "Es wurden noch keine Kompetenzen eingeschätzt." in text
    assert "Keine Verantwortlichkeiten festgelegt." in text
    assert "Ein Termin für die Überprüfung ist noch nicht vereinbart." in text
    assert "Grundlage ist Ihre schriftliche Einwilligung." in text
    assert "Unterschrift Betriebsrat" not in text


@pytest.mark.parametrize(
    ("line", "gap"),
    [
        (CompetencyLine("1.1", "x", agreed_level=2, target_level=5), 3),
        (CompetencyLine("1.1", "x", agreed_level=5, target_level=3), 0),
        (CompetencyLine("1.1", "x", agreed_level=None, target_level=3), None),
        (CompetencyLine("1.1", "x", agreed_level=2, target_level=5, not_applicable=True), None),
    ],
)
def test_gap_is_target_minus_agreed_where_positive(line: CompetencyLine, gap: int | None) -> None:
    assert line.gap == gap


def test_priority_labels_and_weights() -> None:
    assert [p.label for p in Priority] == ["Hoch", "Mittel", "Niedrig"]
    assert [p.weight for p in Priority] == [3, 2, 1]


def test_very_long_free_text_flows_over_several_pages() -> None:
    view = sample_plan_view(measures=1)
    long_measure = dataclasses.replace(view.measures[0], title="Aufstiegsfortbildung " * 600)
    view = dataclasses.replace(
        view,
        starting_point="Ausgangslage mit Übergängen. " * 600,
        measures=(long_measure,),
        competence_groups=(
            dataclasses.replace(view.competence_groups[0], lines=()),
            *view.competence_groups[1:],
        ),
    )
    texts = page_texts(build_development_plan(view))
    assert len(texts) >= 6
    assert "Keine Kompetenzen eingeschätzt." in "\n".join(texts)
    assert "Unterschrift Beschäftigte/r" in texts[-1]
