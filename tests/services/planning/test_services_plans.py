"""Plan editor use cases: create, edit measures, validation, audit, freeze on print and versions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.samples.report_views import sample_plan_view
from tests.support.plan_support import ACTOR, audit_events, employee_id
from tests.workspaces import open_copy
from verbund_desktop.persistence.models import (
    CompetencyAssessment,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
    PlanMeasure,
    TrainingOffer,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning import plans
from verbund_desktop.services.planning.plan_documents import development_plan_view
from verbund_desktop.services.planning.plan_queries import PlanState, plan_state
from verbund_desktop.services.planning.plan_snapshot import SnapshotError, decode_plan_view, encode_plan_view
from verbund_desktop.services.planning.plan_values import PlanError, parse_date_de, parse_decimal_de
from verbund_desktop.services.protection.consent import mark_withdrawn

TODAY = date(2026, 11, 26)


@pytest.fixture
def ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_copy(demo_template, tmp_path)
    yield workspace
    workspace.close()


def state(ws: Workspace, code: str, plan_id: Any = None) -> PlanState:
    found = plan_state(ws, employee_id(ws, code), plan_id, today=TODAY)
    assert found is not None
    return found


def test_create_plan_uses_the_latest_complete_assessment_and_is_audited(ws: Workspace) -> None:
    person = employee_id(ws, "BM-01")  # Jürgen Weiß was interviewed twice in the demo
    edit = plans.create_plan(ws, person, actor=ACTOR, today=TODAY)
    with ws.unit_of_work() as uow:
        newest = uow.session.scalars(
            select(CompetencyAssessment.id)
            .where(CompetencyAssessment.employee_id == person)
            .order_by(CompetencyAssessment.assessed_on.desc())
        ).first()
        series = uow.session.scalar(
            select(func.count(func.distinct(DevelopmentPlan.series_id))).where(
                DevelopmentPlan.employee_id == person
            )
        )
    current = state(ws, "BM-01")
    assert current.plan_id == edit.plan_id and current.version == 1 and not current.frozen
    assert newest is not None and current.assessment_id == newest
    assert series == 2  # the demo's plan stays; the new plan is a new series
    assert current.measures == ()
    assert current.gaps and all(g.target > g.current for g in current.gaps)
    event = audit_events(ws, "plan.create")[-1]
    assert event.entity_id == edit.plan_id and event.subject_id == person and event.actor == ACTOR


def test_create_plan_needs_a_complete_assessment_and_a_consent(ws: Workspace) -> None:
    person = employee_id(ws, "BM-02")
    with ws.unit_of_work() as uow:
        employee = uow.session.get(Employee, person)
        assert employee is not None
        newcomer = Employee(
            company_id=employee.company_id, first_name="Ömer", last_name="Çelik", pseudonym_code="BM-99"
        )
        uow.session.add(newcomer)
        uow.session.add(
            ConsentRecord(
                employee=newcomer, purpose="kompetenzerhebung", text_version="2026-01", given_on=TODAY
            )
        )
        uow.commit()
        newcomer_id = newcomer.id
        consent = uow.session.scalar(select(ConsentRecord.id).where(ConsentRecord.employee_id == person))
    with pytest.raises(PlanError, match="keine abgeschlossene Kompetenzerhebung"):
        plans.create_plan(ws, newcomer_id, actor=ACTOR)
    assert consent is not None
    mark_withdrawn(ws, consent, withdrawn_on=TODAY, actor=ACTOR)
    with pytest.raises(PlanError, match="keine gültige Einwilligung"):
        plans.create_plan(ws, person, actor=ACTOR)
    plan_id = state(ws, "BM-02").plan_id
    with pytest.raises(PlanError, match="keine gültige Einwilligung"):
        plans.set_plan_field(ws, plan_id, "goals", "Neue Ziele", actor=ACTOR)


def test_add_measure_links_gaps_and_records_every_field(ws: Workspace) -> None:
    before = state(ws, "MS-02")
    gaps = [g.competence_id for g in before.gaps[:2]]
    draft = plans.MeasureDraft(
        title="Einführung in CAD-Datenaustausch",
        provider="Technikzentrum Südwestfalen",
        format="praesenz",
        start_date=date(2027, 2, 1),
        end_date=date(2027, 3, 15),
        status="angemeldet",
        responsibility="Dieter Schäfer",
        hours=Decimal(160),
        cost_eur=Decimal("2480.50"),
        release_hours=Decimal(80),
        azav=True,
        pooled_note="Verbundkurs CAD Frühjahr 2027",
        competence_ids=tuple(gaps),
    )
    edit = plans.add_measure(ws, before.plan_id, draft, actor=ACTOR)
    after = state(ws, "MS-02")
    added = next(m for m in after.measures if m.id == edit.measure_id)
    assert (added.title, added.status_label, added.format_label) == (
        "Einführung in CAD-Datenaustausch",
        "angemeldet",
        "Präsenz",
    )
    assert added.cost_eur == Decimal("2480.50") and added.release_hours == Decimal(80)
    assert set(added.gap_ids) == set(gaps)
    assert added.position == max(m.position for m in before.measures) + 1
    counts = {g.competence_id: g.measure_count for g in after.gaps}
    old_counts = {g.competence_id: g.measure_count for g in before.gaps}
    assert all(counts[c] == old_counts[c] + 1 for c in gaps)
    # Metallbau Schäfer has 45 employees: band "< 50" pays 100 % of the course cost (2024 rule set).
    assert added.funding.estimate is not None and added.funding.estimate.eligible
    assert added.funding.estimate.course_cost_subsidy == Decimal("2480.50")
    assert "Schätzung" in added.funding.summary_de and "01.04.2024" in added.funding.summary_de
    event = audit_events(ws, "measure.add")[-1]
    assert event.entity_id == edit.measure_id and event.subject_id == employee_id(ws, "MS-02")
    assert event.new_value["cost_eur"] == "2480.50" and event.new_value["start_date"] == "2027-02-01"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "   ", "Bitte einen Titel"),
        ("cost_eur", Decimal("-1"), "Die Kosten dürfen nicht negativ sein"),
        ("cost_eur", "-12,50", "Die Kosten dürfen nicht negativ sein"),
        ("cost_eur", "12,345", "höchstens zwei Nachkommastellen"),
        ("cost_eur", "zwölf", "keine Zahl"),
        ("cost_eur", Decimal("2000000"), "unplausibel hoch"),
        ("hours", Decimal("-8"), "Die Stundenzahl darf nicht negativ sein"),
        ("release_hours", "-1", "Die Freistellung darf nicht negativ sein"),
        ("status", "erledigt", "Unbekannter Status"),
        ("kind", "seminar", "Unbekannte Art"),
        ("start_date", "31.02.2027", "kein gültiges Datum"),
        ("start_date", date(1999, 12, 31), "nicht plausibel"),
        ("azav", "ja", "ja oder nein"),
        ("colour", "rot", "gibt es bei einer Maßnahme nicht"),
    ],
)
def test_invalid_measure_values_are_refused_in_german(
    ws: Workspace, field: str, value: object, message: str
) -> None:
    current = state(ws, "SL-01")
    measure = current.measures[0]
    with pytest.raises(PlanError, match=message):
        plans.set_measure_field(ws, measure.id, field, value, actor=ACTOR)
    assert state(ws, "SL-01").measures[0] == measure


def test_end_before_start_is_refused_both_ways(ws: Workspace) -> None:
    current = state(ws, "SL-02")
    measure = current.measures[0]
    plans.set_measure_field(ws, measure.id, "start_date", "01.03.2027", actor=ACTOR)
    with pytest.raises(PlanError, match=r"Das Ende \(28.02.2027\) liegt vor dem Beginn \(01.03.2027\)"):
        plans.set_measure_field(ws, measure.id, "end_date", date(2027, 2, 28), actor=ACTOR)
    plans.set_measure_field(ws, measure.id, "end_date", "30.04.2027", actor=ACTOR)
    with pytest.raises(PlanError, match="liegt vor dem Beginn"):
        plans.set_measure_field(ws, measure.id, "start_date", date(2027, 5, 2), actor=ACTOR)
    draft = plans.MeasureDraft(title="Kurs", start_date=date(2027, 5, 2), end_date=date(2027, 5, 1))
    with pytest.raises(PlanError, match="liegt vor dem Beginn"):
        plans.add_measure(ws, current.plan_id, draft, actor=ACTOR)
    saved = state(ws, "SL-02").measures[0]
    assert (saved.start_date, saved.end_date) == (date(2027, 3, 1), date(2027, 4, 30))


def test_status_label_and_german_numbers_are_stored_as_values(ws: Workspace) -> None:
    measure = state(ws, "SL-03").measures[0]
    plans.set_measure_field(ws, measure.id, "status", "läuft", actor=ACTOR)
    plans.set_measure_field(ws, measure.id, "cost_eur", "1.234,56", actor=ACTOR)
    plans.set_measure_field(ws, measure.id, "hours", "7,5", actor=ACTOR)
    saved = next(m for m in state(ws, "SL-03").measures if m.id == measure.id)
    assert (saved.status, saved.status_label) == ("laeuft", "läuft")
    assert (saved.cost_eur, saved.hours) == (Decimal("1234.56"), Decimal("7.50"))
    status_event = [e for e in audit_events(ws, "measure.update") if e.field == "status"][-1]
    assert (status_event.old_value, status_event.new_value) == (measure.status, "laeuft")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", Decimal("1234.56")),
        ("160", Decimal(160)),
        ("7,5", Decimal("7.5")),
        ("7.5", Decimal("7.5")),
        ("1.000", Decimal(1000)),
        ("  ", None),
        ("2.500 €", Decimal(2500)),
    ],
)
def test_parse_decimal_de(text: str, expected: Decimal | None) -> None:
    assert parse_decimal_de(text) == expected


def test_parse_date_de() -> None:
    assert parse_date_de("26.11.2026") == date(2026, 11, 26)
    assert parse_date_de("2026-11-26") == date(2026, 11, 26)
    assert parse_date_de("") is None
    with pytest.raises(PlanError, match=r"TT\.MM\.JJJJ"):
        parse_date_de("26/11/2026")


def test_gaps_must_come_from_the_plans_assessment(ws: Workspace) -> None:
    current = state(ws, "BM-03")
    with ws.unit_of_work() as uow:
        rated = {g.competence_id for g in current.gaps}
        foreign = next(
            oc.competence_id
            for o in uow.session.scalars(select(TrainingOffer))
            for oc in o.competences
            if oc.competence_id not in rated
        )
    measure = current.measures[0]
    with pytest.raises(PlanError, match="nicht eingeschätzt"):
        plans.set_measure_gaps(ws, measure.id, [foreign], actor=ACTOR)
    chosen = [g.competence_id for g in current.gaps[-2:]]
    plans.set_measure_gaps(ws, measure.id, chosen, actor=ACTOR)
    assert set(next(m for m in state(ws, "BM-03").measures if m.id == measure.id).gap_ids) == set(chosen)
    event = [e for e in audit_events(ws, "measure.update") if e.field == "gaps"][-1]
    assert event.old_value == sorted(measure.gap_codes)


def test_freeze_stores_the_printed_view_and_later_edits_make_a_new_version(ws: Workspace) -> None:
    first = state(ws, "MS-01")
    frozen = plans.freeze_plan(ws, first.plan_id, actor=ACTOR, today=TODAY)
    assert frozen.newly_frozen and frozen.version == 1
    assert frozen.view.created == TODAY and frozen.view.plan_version == 1
    assert state(ws, "MS-01").frozen
    again = plans.freeze_plan(ws, first.plan_id, actor=ACTOR, today=date(2027, 1, 5))
    assert not again.newly_frozen and again.view == frozen.view

    edit = plans.set_measure_field(ws, first.measures[0].id, "title", "Geänderter Kurs", actor=ACTOR)
    assert edit.new_version and edit.version == 2 and edit.plan_id != first.plan_id
    second = state(ws, "MS-01")
    assert second.plan_id == edit.plan_id and not second.frozen and second.is_latest
    assert [v.version for v in second.versions] == [2, 1]
    assert second.versions[1].frozen_at is not None and second.versions[0].frozen_at is None
    assert [m.title for m in second.measures] == ["Geänderter Kurs", *[m.title for m in first.measures[1:]]]
    assert [m.gap_ids for m in second.measures] == [m.gap_ids for m in first.measures]
    assert edit.measure_id == second.measures[0].id != first.measures[0].id

    old = state(ws, "MS-01", first.plan_id)
    assert (
        old.frozen
        and not old.is_latest
        and [m.title for m in old.measures] == [m.title for m in first.measures]
    )
    assert development_plan_view(ws, first.plan_id) == frozen.view  # shown exactly as printed
    with pytest.raises(PlanError, match="nicht die aktuelle Fassung"):
        plans.set_plan_field(ws, first.plan_id, "goals", "x", actor=ACTOR)
    plans.remove_measure(ws, second.measures[1].id, actor=ACTOR)  # the draft version 2 is edited in place
    assert [v.version for v in state(ws, "MS-01").versions] == [2, 1]
    assert len(state(ws, "MS-01").measures) == len(first.measures) - 1
    assert [e.new_value for e in audit_events(ws, "plan.new_version")] == [2]


def test_a_refused_edit_of_a_frozen_plan_creates_no_version(ws: Workspace) -> None:
    current = state(ws, "MS-03")
    plans.freeze_plan(ws, current.plan_id, actor=ACTOR, today=TODAY)
    measure = current.measures[0]
    plans_before = len(current.versions)
    with pytest.raises(PlanError, match="liegt vor dem Beginn"):
        plans.set_measure_field(ws, measure.id, "end_date", date(2000, 1, 2), actor=ACTOR)
    assert len(state(ws, "MS-03").versions) == plans_before
    with ws.unit_of_work() as uow:
        count = uow.session.scalar(
            select(func.count(PlanMeasure.id)).where(PlanMeasure.plan_id == current.plan_id)
        )
    assert count == len(current.measures)


def test_plan_fields_and_review_date(ws: Workspace) -> None:
    current = state(ws, "SL-04")
    plans.set_plan_field(
        ws, current.plan_id, "goals", "  Sicher mit der neuen Lagersoftware arbeiten.  ", actor=ACTOR
    )
    plans.set_plan_field(ws, current.plan_id, "review_date", "15.06.2027", actor=ACTOR)
    plans.set_plan_field(
        ws,
        current.plan_id,
        "responsibilities",
        "Personalleitung: Anmeldung.\nFrau Gößmann: Freistellung.",
        actor=ACTOR,
    )
    view = development_plan_view(ws, current.plan_id, today=TODAY)
    assert view.goals == "Sicher mit der neuen Lagersoftware arbeiten."
    assert view.next_review == date(2027, 6, 15)
    assert [(r.party, r.duty) for r in view.responsibilities] == [
        ("Personalleitung", "Anmeldung."),
        ("Frau Gößmann", "Freistellung."),
    ]
    with pytest.raises(PlanError, match="gibt es im Plan nicht"):
        plans.set_plan_field(ws, current.plan_id, "advisor", "x", actor=ACTOR)


def test_offer_and_non_course_measures_are_taken_over(ws: Workspace) -> None:
    current = state(ws, "SL-05")
    gap = current.gaps[0]
    with ws.unit_of_work() as uow:
        offer = uow.session.scalars(select(TrainingOffer).order_by(TrainingOffer.title)).first()
        assert offer is not None
        offer_values = (offer.id, offer.title, offer.provider, offer.hours, offer.cost_eur)
        upcoming = sorted(d for d in offer.start_date_values() if d > TODAY)
    edit = plans.add_offer_measure(
        ws, current.plan_id, offer_values[0], [gap.competence_id], actor=ACTOR, today=TODAY
    )
    added = next(m for m in state(ws, "SL-05").measures if m.id == edit.measure_id)
    assert (added.offer_id, added.title, added.provider, added.hours, added.cost_eur) == offer_values
    assert added.start_date == (upcoming[0] if upcoming else None) and added.kind == "kurs"
    mentoring = plans.add_non_course_measure(
        ws, current.plan_id, "mentoring", [gap.competence_id], actor=ACTOR
    )
    other = next(m for m in state(ws, "SL-05").measures if m.id == mentoring.measure_id)
    assert other.kind == "mentoring" and other.title == f"Mentoring: {gap.name}"
    assert other.cost_eur == Decimal(0) and other.funding.estimate is None
    with pytest.raises(PlanError, match="Unbekannte Art"):
        plans.add_non_course_measure(ws, current.plan_id, "sabbatical", [], actor=ACTOR)


def test_snapshot_round_trips_through_json_exactly() -> None:
    view = sample_plan_view(measures=6, pseudonymised=True)
    stored = json.loads(json.dumps(encode_plan_view(view)))
    assert decode_plan_view(stored) == view
    assert stored["view"]["measures"][0]["cost"] == "1234.56"
    assert stored["view"]["measures"][0]["status"] == "angemeldet"


@pytest.mark.parametrize(
    "damage",
    [
        lambda s: s.update(format=99),
        lambda s: s.update(kind="bericht"),
        lambda s: s["view"].pop("company_name"),
        lambda s: s["view"].update(plan_version="zwei"),
        lambda s: s["view"]["measures"][0].update(status="vergessen"),
        lambda s: s["view"]["measures"][0].update(cost="viel"),
    ],
)
def test_a_damaged_snapshot_is_reported_in_german(damage: Any) -> None:
    stored = json.loads(json.dumps(encode_plan_view(sample_plan_view())))
    damage(stored)
    with pytest.raises(SnapshotError, match="Druckfassung"):
        decode_plan_view(stored)
