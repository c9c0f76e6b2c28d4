"""The demo workspace's real documents: every plan, company report and consent sheet renders correctly."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pikepdf
import pytest
from sqlalchemy import select

from tests.report.test_report_common import font_problems, pdf_text
from tests.support.plan_support import ACTOR, employee_id
from tests.workspaces import open_copy
from verbund_desktop.assessment.guide import builtin_guides
from verbund_desktop.persistence.models import Company, CompanyInterview, Employee, InterviewAnswer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report import build_company_report, build_consent_sheet, build_development_plan
from verbund_desktop.report.viewmodels import Responsibility
from verbund_desktop.services.needs.company_report import company_report_view, format_answer
from verbund_desktop.services.planning import plans
from verbund_desktop.services.planning.plan_documents import (
    development_plan_view,
    parse_responsibilities,
)
from verbund_desktop.services.planning.plan_queries import plan_state
from verbund_desktop.services.protection.consent_sheet import consent_sheet_view

TODAY = date(2026, 11, 26)
EURO = re.compile(r"\b\d{1,3}(?:\.\d{3})*,\d{2} €")


@pytest.fixture(scope="module")
def ws(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = open_copy(demo_template, tmp_path_factory.mktemp("documents"))
    yield workspace
    workspace.close()


def people(ws: Workspace) -> list[tuple[str, str, str]]:
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(select(Employee).order_by(Employee.pseudonym_code))
        return [(e.pseudonym_code, e.full_name, e.last_name) for e in rows]


def companies(ws: Workspace) -> list[tuple[str, list[str]]]:
    with ws.unit_of_work() as uow:
        return [
            (c.name, [e.full_name for e in c.employees])
            for c in uow.session.scalars(select(Company).order_by(Company.name))
        ]


def check_pdf(pdf: bytes) -> str:
    checked, problems = font_problems(pdf)
    assert checked > 0 and problems == []
    with pikepdf.open(io.BytesIO(pdf)) as document:
        assert document.check_pdf_syntax() == []  # what `qpdf --check` reports
    return pdf_text(pdf)


def test_every_demo_plan_renders_with_names_levels_and_german_amounts(ws: Workspace) -> None:
    everyone = people(ws)
    assert len(everyone) == 14
    for code, name, _last in everyone:
        state = plan_state(ws, employee_id(ws, code), today=TODAY)
        assert state is not None
        view = development_plan_view(ws, state.plan_id, today=TODAY)
        text = check_pdf(build_development_plan(view))
        assert name in text, name
        assert "Version 1, Stand 26.11.2026" in text
        # A short name without a note fits on one line, so the levels follow it directly.
        line = min(
            (item for item in view.competence_groups[0].lines if not item.note),
            key=lambda item: len(item.name),
        )
        assert f"{line.code}\n{line.name}" in text
        levels = [
            str(v) for v in (line.self_level, line.supervisor_level, line.agreed_level, line.target_level)
        ]
        row = text[text.index(f"{line.code}\n{line.name}") :].split("\n")[2:6]
        assert row == levels
        assert EURO.search(text), code
        for measure in state.measures:
            assert measure.title.split()[0] in text
            if measure.cost_eur is not None:
                euros = f"{measure.cost_eur:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
                assert f"{euros} €" in text
    assert any(c in "äöüßÄÖÜ" for _code, name, _l in everyone for c in name)


def test_plan_funding_is_an_estimate_with_rule_set_and_partial_inputs(ws: Workspace) -> None:
    state = plan_state(ws, employee_id(ws, "MS-01"), today=TODAY)
    assert state is not None
    view = development_plan_view(ws, state.plan_id, today=TODAY)
    funded = [m for m in view.measures if m.funding is not None]
    assert funded
    for measure in funded:
        assert measure.funding is not None
        assert measure.funding.rule_set_valid_from == date(2024, 4, 1)
        assert any("Monatsentgelt" in r for r in measure.funding.reasons)
        assert any(
            "Ende der letzten nach § 82 SGB III geförderten Teilnahme" in r for r in measure.funding.reasons
        )
        assert any("Antragsdatum nicht erfasst" in r for r in measure.funding.reasons)
    text = pdf_text(build_development_plan(view))
    assert "Schätzung nach: § 82 SGB III" in text and "(Stand 01.04.2024)" in text


def test_a_measure_without_start_is_estimated_with_todays_rules_and_says_so(ws: Workspace) -> None:
    person = employee_id(ws, "BM-03")
    state = plan_state(ws, person, today=TODAY)
    assert state is not None and state.gaps
    draft = plans.MeasureDraft(
        title="Fachkraft Digitalisierung im Handwerk",
        hours=Decimal(200),
        cost_eur=Decimal("3000.00"),
        azav=True,
        competence_ids=(state.gaps[0].competence_id,),
    )
    edit = plans.add_measure(ws, state.plan_id, draft, actor=ACTOR)
    view = development_plan_view(ws, edit.plan_id, today=TODAY)
    measure = next(m for m in view.measures if m.title == draft.title)
    assert measure.funding is not None and measure.funding.eligible
    assert measure.funding.course_cost_subsidy == Decimal("3000.00")  # 8 employees: 100 %
    assert any("Beginn noch offen" in r and "26.11.2026" in r for r in measure.funding.reasons)
    plans.remove_measure(ws, edit.measure_id or state.plan_id, actor=ACTOR)


def test_pseudonymised_plan_prints_the_code_and_never_the_name(ws: Workspace) -> None:
    state = plan_state(ws, employee_id(ws, "BM-02"), today=TODAY)
    assert state is not None
    view = development_plan_view(ws, state.plan_id, today=TODAY, pseudonymised=True)
    text = pdf_text(build_development_plan(view))
    assert "BM-02" in text
    assert "Änne" not in text and "Schröder" not in text


def test_every_company_report_renders_and_pseudonymised_ones_hide_all_names(ws: Workspace) -> None:
    for name, staff in companies(ws):
        ident = next(c for c in ws_company_ids(ws) if c[0] == name)[1]
        view = company_report_view(ws, ident, today=TODAY)
        text = check_pdf(build_company_report(view))
        assert name in text
        assert all(person in text for person in staff)
        assert len(view.rows) == len(staff) and view.competences
        assert {s.title for s in view.drivers} >= {"A3 Aktuelle und geplante Veränderungen", "Demografie"}
        assert "Kosten aller Maßnahmen" in text and EURO.search(text)
        hidden = check_pdf(
            build_company_report(company_report_view(ws, ident, today=TODAY, pseudonymised=True))
        )
        for person in staff:
            for word in person.split():
                assert word not in hidden, (name, word)
        assert all(row.pseudonym_code in hidden for row in view.rows)


def ws_company_ids(ws: Workspace) -> list[tuple[str, object]]:
    with ws.unit_of_work() as uow:
        return [(c.name, c.id) for c in uow.session.scalars(select(Company))]


def test_company_report_sums_the_measures_of_current_plans(ws: Workspace) -> None:
    ident = next(c for c in ws_company_ids(ws) if c[0] == "Südwest Logistik AG")[1]
    view = company_report_view(ws, ident, today=TODAY)
    total_participants = sum(m.participants for m in view.measures)
    planned = 0
    for code in ("SL-01", "SL-02", "SL-03", "SL-04", "SL-05"):
        state = plan_state(ws, employee_id(ws, code), today=TODAY)
        assert state is not None
        planned += sum(1 for m in state.measures if m.status != "abgebrochen")
    assert total_participants == planned
    for measure in view.measures:
        if measure.funding is not None and measure.funding.eligible and measure.cost:
            # 610 staff in the group with a training agreement: 25 % + 5 points (§ 82 Abs. 4 S. 1 SGB III)
            assert measure.funding.course_cost_subsidy == (measure.cost * Decimal("0.30")).quantize(
                Decimal("0.01")
            )
    assert view.pooling_needs and all("weitere" in line for line in view.pooling_needs)
    assert view.profile.headcount_incl_linked == 610
    with ws.unit_of_work() as uow:  # the share comes from the interview answer in percent, if answered
        answer = uow.session.scalar(
            select(InterviewAnswer.value)
            .join(CompanyInterview, InterviewAnswer.interview_id == CompanyInterview.id)
            .where(
                CompanyInterview.company_id == ident, InterviewAnswer.question_key == "anteil_strukturwandel"
            )
        )
    expected = None if answer is None else Decimal(str(answer)) / 100
    assert view.profile.staff_affected_share == expected


def test_every_consent_sheet_renders_with_the_name_or_blank(ws: Workspace) -> None:
    for code, name, _last in people(ws):
        view = consent_sheet_view(ws, employee_id(ws, code), today=TODAY)
        text = check_pdf(build_consent_sheet(view))
        assert name in text
        blank = consent_sheet_view(ws, employee_id(ws, code), today=TODAY, pseudonymised=True)
        assert blank.employee_name == ""
        if name not in blank.controller.contact:  # Frauke Gößmann is also her company's contact person
            assert name not in pdf_text(build_consent_sheet(blank))
    small = consent_sheet_view(ws, employee_id(ws, "BM-01"), today=TODAY)
    large = consent_sheet_view(ws, employee_id(ws, "SL-01"), today=TODAY)
    assert small.ask_severe_disability and not large.ask_severe_disability
    assert any("Betriebsrat" in r for r in large.recipients)
    assert not any("Betriebsrat" in r for r in small.recipients)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Führungskraft: Freistellung planen. Beschäftigte/r: Teilnahme und Transfer in die Praxis.",
            [
                ("Führungskraft", "Freistellung planen."),
                ("Beschäftigte/r", "Teilnahme und Transfer in die Praxis."),
            ],
        ),
        (
            "Personal: Anmeldung\n\nBerater/in: Vermittlung, Nachfrage",
            [("Personal", "Anmeldung"), ("Berater/in", "Vermittlung, Nachfrage")],
        ),
        ("Alle treffen sich im Juni.", [("Vereinbart", "Alle treffen sich im Juni.")]),
        ("", []),
    ],
)
def test_parse_responsibilities(text: str, expected: list[tuple[str, str]]) -> None:
    assert parse_responsibilities(text) == tuple(Responsibility(p, d) for p, d in expected)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("beschaeftigte_ab_55", 1, "1 Person"),
        ("beschaeftigte_ab_55", 4, "4 Personen"),
        ("strukturwandel", True, "ja"),
        (
            "digitalisierungsgrad",
            2,
            "2 auf einer Skala von 1 bis 5 (kaum digitalisiert … weitgehend digitalisiert)",
        ),
        ("veraenderungen_beschreibung", "Neue Software im Lager", "Neue Software im Lager"),
    ],
)
def test_interview_answers_are_printed_in_german(key: str, value: object, expected: str) -> None:
    guide = builtin_guides()[0]
    assert format_answer(guide.question(key), value) == expected


def test_choice_answers_print_their_labels() -> None:
    question = builtin_guides()[0].question("veraenderungen")
    values = [option.value for option in question.options[:2]]
    assert format_answer(question, values) == ", ".join(o.label_de for o in question.options[:2])
    assert all(v not in format_answer(question, values) for v in values if "_" in v)
