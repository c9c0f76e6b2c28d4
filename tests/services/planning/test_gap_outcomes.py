"""Issue 13: the printed plan and the company report say which gaps closed after completed measures.

Built on the demo workspace: MS-02 completes two measures (1.2 from 2 to target 4, 5.2 from 1 to target 4), MS-03
one (1.2 from 3 to target 4); their re-interviews reach 4 in 1.2 (MS-02), 3 in 5.2 (MS-02) and 3 in 1.2 (MS-03).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from tests.support.plan_support import ACTOR, employee_id
from tests.support.scaling_reference import counted_statements
from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.gap_outcome import BeforeAfter, count_by_competence
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    CompetencyAssessment,
    CompetencyRating,
    DevelopmentPlan,
    Employee,
    FollowUp,
    PlanMeasure,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report import build_company_report, build_development_plan
from verbund_desktop.report.viewmodels import DevelopmentPlanView
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.network.follow_ups import follow_ups, refresh_follow_ups
from verbund_desktop.services.network.funder_figures import Period, closed_gap_people
from verbund_desktop.services.planning.follow_up_levels import compare_levels, follow_up_outcomes
from verbund_desktop.services.planning.plan_documents import development_plan_view
from verbund_desktop.services.planning.plan_snapshot import decode_plan_view, encode_plan_view
from verbund_desktop.services.planning.plans import set_measure_field
from verbund_desktop.services.protection.consent_gates import has_consent

NETWORK_POOLING = ConsentPurpose.NETWORK_POOLING

END = date(2027, 3, 31)
DATA = "Daten auswerten mit Tabellenkalkulation"
INDUSTRY = "Digitalisierung in der Produktion"
TODAY = date(2027, 9, 1)


def _measure(ws: Workspace, code: str, title: str) -> tuple[uuid.UUID, uuid.UUID]:
    """(measure id, plan id) of the person's measure whose title starts with ``title``."""
    with ws.unit_of_work() as uow:
        measure = uow.session.scalars(
            select(PlanMeasure)
            .join(DevelopmentPlan, DevelopmentPlan.id == PlanMeasure.plan_id)
            .where(DevelopmentPlan.employee_id == employee_id(ws, code), PlanMeasure.title.startswith(title))
        ).one()
        return measure.id, measure.plan_id


def _complete(ws: Workspace, code: str, title: str) -> uuid.UUID:
    measure_id, plan_id = _measure(ws, code, title)
    set_measure_field(ws, measure_id, "end_date", END, actor=ACTOR)
    set_measure_field(ws, measure_id, "status", "abgeschlossen", actor=ACTOR)
    return plan_id


def _re_interview(ws: Workspace, code: str, reached: dict[str, int]) -> None:
    """A complete interview after the measures: ``reached`` levels by competence code, the rest as before."""
    person = employee_id(ws, code)
    with ws.unit_of_work() as uow:
        s = uow.session
        old = s.scalars(
            select(CompetencyAssessment)
            .where(CompetencyAssessment.employee_id == person)
            .order_by(CompetencyAssessment.assessed_on.desc())
        ).first()
        assert old is not None
        new = CompetencyAssessment(
            employee_id=person, assessed_on=END + timedelta(days=120), status=STATUS_COMPLETE
        )
        for r in old.ratings:
            new.ratings.append(
                CompetencyRating(
                    competence_id=r.competence_id,
                    catalog_id=r.catalog_id,
                    catalog_version=r.catalog_version,
                    agreed_level=reached.get(r.competence.code, r.agreed_level),
                    target_level=r.target_level,
                    position=r.position,
                )
            )
        s.add(new)
        uow.commit()


def _company_of(ws: Workspace, code: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        company = uow.session.scalar(select(Employee.company_id).where(Employee.pseudonym_code == code))
    assert company is not None
    return company


@pytest.fixture
def followed_up(ws: Workspace) -> tuple[Workspace, uuid.UUID]:
    """The demo workspace after the measures and re-interviews above; the id of MS-02's plan."""
    plan_id = _complete(ws, "MS-02", DATA)
    assert _complete(ws, "MS-02", INDUSTRY) == plan_id
    _complete(ws, "MS-03", DATA)
    _re_interview(ws, "MS-02", {"1.2": 4, "5.2": 3})
    _re_interview(ws, "MS-03", {"1.2": 3})
    refresh_follow_ups(ws)
    assert sum(f.done for f in follow_ups(ws)) == 3
    return ws, plan_id


def _by_title(view: DevelopmentPlanView, title: str) -> tuple[BeforeAfter, ...]:
    [measure] = [m for m in view.measures if m.title.startswith(title)]
    return measure.outcomes


def test_a_completed_measure_without_a_follow_up_shows_no_outcome(ws: Workspace) -> None:
    plan_id = _complete(ws, "MS-02", DATA)
    view = development_plan_view(ws, plan_id, today=TODAY)
    assert all(m.outcomes == () for m in view.measures)
    assert company_report_view(ws, _company_of(ws, "MS-02"), today=TODAY).closed_gaps == ()


def test_the_plan_view_shows_before_target_after_and_whether_the_gap_closed(
    followed_up: tuple[Workspace, uuid.UUID],
) -> None:
    ws, plan_id = followed_up
    view = development_plan_view(ws, plan_id, today=TODAY)
    [data] = _by_title(view, DATA)
    [industry] = _by_title(view, INDUSTRY)
    assert (data.code, data.before, data.target, data.after) == ("1.2", 2, 4, 4)
    assert data.closed and data.outcome_text() == "Lücke geschlossen"
    assert (industry.code, industry.before, industry.target, industry.after) == ("5.2", 1, 4, 3)
    assert not industry.closed and industry.remaining == 1 and industry.outcome_text() == "noch 1 Stufe"
    # Measures not completed show nothing, whatever their person's re-interview says.
    assert [m.title for m in view.measures if m.outcomes] == [
        m.title for m in view.measures if m.status.value == "abgeschlossen"
    ]


def test_a_frozen_plan_keeps_its_outcomes(followed_up: tuple[Workspace, uuid.UUID]) -> None:
    ws, plan_id = followed_up
    view = development_plan_view(ws, plan_id, today=TODAY)
    assert decode_plan_view(encode_plan_view(view)) == view


def test_the_printed_plan_says_which_gaps_closed(followed_up: tuple[Workspace, uuid.UUID]) -> None:
    ws, plan_id = followed_up
    text = _pdf_text(build_development_plan(development_plan_view(ws, plan_id, today=TODAY)))
    assert "Ergebnis der Nachgespräche" in text
    assert "Lücke geschlossen" in text and "noch 1 Stufe" in text


def test_the_company_report_counts_closed_gaps_per_field_of_action(
    followed_up: tuple[Workspace, uuid.UUID],
) -> None:
    ws, _plan = followed_up
    view = company_report_view(ws, _company_of(ws, "MS-02"), today=TODAY)
    counts = {line.code: (line.closed, line.still_open) for line in view.closed_gaps}
    assert counts == {"1.2": (1, 1), "5.2": (0, 1)}
    codes = [c.code for c in view.competences]
    assert [line.code for line in view.closed_gaps] == sorted(counts, key=codes.index)  # catalogue order


def test_the_printed_company_report_shows_counts_only(followed_up: tuple[Workspace, uuid.UUID]) -> None:
    ws, _plan = followed_up
    company = _company_of(ws, "MS-02")
    view = company_report_view(ws, company, today=TODAY, pseudonymised=True)
    text = _pdf_text(build_company_report(view))
    assert "Geschlossene Lücken nach abgeschlossenen Maßnahmen" in text
    section = text[text.index("Geschlossene Lücken") : text.index("5. Empfohlene Maßnahmen")]
    assert "Summe" in section and "MS-02" not in section and "MS-03" not in section
    with ws.unit_of_work() as uow:
        names = [e.last_name for e in uow.session.scalars(select(Employee))]
    assert not any(name in text for name in names)


def test_an_archived_person_is_not_counted(followed_up: tuple[Workspace, uuid.UUID]) -> None:
    """The report's people are the company's current staff; an archived person's follow-up drops out."""
    ws, _plan = followed_up
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee).where(Employee.pseudonym_code == "MS-03")).one()
        person.archived_at = person.created_at
        uow.commit()
    view = company_report_view(ws, _company_of(ws, "MS-02"), today=TODAY)
    assert {line.code: (line.closed, line.still_open) for line in view.closed_gaps} == {
        "1.2": (1, 0),
        "5.2": (0, 1),
    }


def test_count_by_competence_counts_each_person_once_and_only_real_gaps() -> None:
    rows = [
        ("a", BeforeAfter("1.1", "Suchen", 1, 3, 3)),
        ("a", BeforeAfter("1.1", "Suchen", 1, 3, 2)),  # another measure for the same gap: closed wins
        ("b", BeforeAfter("1.1", "Suchen", 2, 3, 2)),
        ("c", BeforeAfter("1.1", "Suchen", 3, 3, 3)),  # no gap before: nothing closed
        ("d", BeforeAfter("1.1", "Suchen", 1, 3, None)),  # not re-rated
    ]
    assert [(c.code, c.name, c.closed, c.still_open) for c in count_by_competence(rows)] == [
        ("1.1", "Suchen", 1, 1)
    ]
    assert BeforeAfter("1.1", "x", 1, 4, 1).outcome_text() == "noch 3 Stufen"
    assert BeforeAfter("1.1", "x", 1, 4, None).outcome_text() == "noch nicht erneut eingeschätzt"


def _pdf_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_the_funder_figure_counts_the_same_closed_gaps(followed_up: tuple[Workspace, uuid.UUID]) -> None:
    """„Geschlossen“ means the same for the funder: MS-02 closed 1.2, MS-03 did not (counted with consent 3)."""
    ws, _plan = followed_up
    with ws.unit_of_work() as uow:
        s = uow.session
        counted = closed_gap_people(s, Period(END, END + timedelta(days=365)))
        pooled = {
            code for code in ("MS-02", "MS-03") if has_consent(s, employee_id(ws, code), NETWORK_POOLING)
        }
    assert pooled, "the demo gives these two the pooling consent"
    assert sum(counted.values()) == len(pooled & {"MS-02"})


def test_the_set_based_read_equals_compare_levels_per_follow_up(
    followed_up: tuple[Workspace, uuid.UUID],
) -> None:
    """Also for a follow-up whose re-interview exists but was not yet marked done (no refresh since)."""
    ws, _plan = followed_up
    _complete(ws, "MS-05", DATA)
    _re_interview(ws, "MS-05", {"1.2": 2})
    with ws.unit_of_work() as uow:
        s = uow.session
        every = s.scalars(select(FollowUp)).all()
        assert any(f.done_assessment_id is None for f in every)
        compared = {(f.employee_id, f.measure_title): compare_levels(s, f) for f in every}
        expected = {key: rows for key, rows in compared.items() if any(r.after is not None for r in rows)}
        people = {f.employee_id for f in every}
        assert follow_up_outcomes(s, people) == expected
        assert len(expected) == 4
        assert follow_up_outcomes(s, []) == {}


def test_the_set_based_read_issues_the_same_statements_for_one_or_many_follow_ups(
    followed_up: tuple[Workspace, uuid.UUID],
) -> None:
    ws, _plan = followed_up
    counts = []
    for codes in (["MS-03"], ["MS-02", "MS-03"]):
        people = [employee_id(ws, code) for code in codes]
        with ws.unit_of_work() as uow, counted_statements(ws.engine) as seen:
            outcomes = follow_up_outcomes(uow.session, people)
        counts.append((len(outcomes), len(seen)))
    assert [n for n, _s in counts] == [1, 3]
    assert counts[0][1] == counts[1][1]
