"""Needs interview ↔ company record: prefilled from the record, a differing answer changes the record only when
the advisor says so (audited), and the plan, the company report and the § 82 estimate all use the record."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from verbund_desktop.assessment.guide import builtin_guides
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    AuditEvent,
    Company,
    CompanyInterview,
    DevelopmentPlan,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.needs import company_interview as ci
from verbund_desktop.services.needs import interview_record as record
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.organisation.company_validation import ValidationError
from verbund_desktop.services.planning.plan_documents import plan_view
from verbund_desktop.services.planning.plan_funding import company_funding_facts

ACTOR = "Dr. Sabine Kröger"
GUIDE = next(g for g in builtin_guides() if g.key == "bedarfsanalyse-kmu")


def company_id(ws: Workspace, prefix: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        return uow.session.scalars(select(Company.id).where(Company.name.startswith(prefix))).one()


def stored(ws: Workspace, ident: uuid.UUID) -> dict[str, Any]:
    with ws.unit_of_work() as uow:
        c = uow.session.get(Company, ident)
        assert c is not None
        return {
            f: getattr(c, f) for f in ("headcount", "headcount_linked", "works_council", "training_agreement")
        }


def works_council_everywhere(ws: Workspace, ident: uuid.UUID) -> set[bool]:
    """What the plan (signature line), the company report (profile) and the funding tab use, as one set."""
    with ws.unit_of_work() as uow:
        plan = uow.session.scalars(
            select(DevelopmentPlan)
            .join(Employee, DevelopmentPlan.employee_id == Employee.id)
            .where(Employee.company_id == ident)
        ).first()
        assert plan is not None
        in_plan = plan_view(uow.session, plan, today=date(2026, 12, 1)).company_has_works_council
    in_report = company_report_view(ws, ident, today=date(2026, 12, 1)).profile.has_works_council
    return {in_plan, in_report}


def company(headcount: Any, linked: Any, *, council: bool = False, agreement: bool = False) -> Company:
    return Company(
        name="Test",
        headcount=headcount,
        headcount_linked=linked,
        works_council=council,
        training_agreement=agreement,
    )


# -- prefill -------------------------------------------------------------------------------------------------
def test_a_new_interview_starts_with_the_record_values(ws: Workspace) -> None:
    ident = company_id(ws, "Südwest")  # 320 in the company, 610 in the group, works council, agreement
    state = ci.start_interview(ws, ident, actor=ACTOR)
    assert state.status == "draft"
    assert {k: state.answers.get(k) for k in record.RECORD_QUESTIONS} == {
        "verbundene_unternehmen": True,
        "beschaeftigte_gesamt": 610,
        "beschaeftigte_betrieb": 320,
        "betriebsrat": True,
        "vereinbarung_weiterbildung": None,  # "yes" is one of three answers: the advisor picks which
    }
    assert record.record_differences(ws, state.id) == []
    with ws.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == state.id, AuditEvent.action == "answer")
        ).all()
        assert {e.field for e in events} == set(state.answers)
        assert {e.reason for e in events} == {record.PREFILL_REASON}
        assert {e.actor for e in events} == {ACTOR}


def test_prefill_of_a_company_without_group_or_agreement() -> None:
    assert record.prefill_answers(company(14, 14)) == {
        "verbundene_unternehmen": False,
        "beschaeftigte_gesamt": 14,
        "betriebsrat": False,
        "vereinbarung_weiterbildung": "keine",
    }


def test_a_weighted_headcount_is_not_forced_into_a_whole_number_answer() -> None:
    answers = record.prefill_answers(company(Decimal("49.75"), Decimal("49.75")))
    assert "beschaeftigte_gesamt" not in answers and "beschaeftigte_betrieb" not in answers
    assert answers["verbundene_unternehmen"] is False
    # Decimal and int compare by value: 50 persons and Decimal("50.00") are the same record
    same = record.differences(
        company(Decimal("50.00"), Decimal("50")), GUIDE, record.prefill_answers(company(50, 50))
    )
    assert same == []
    found = record.differences(
        company(Decimal("49.75"), Decimal("49.75")),
        GUIDE,
        {"verbundene_unternehmen": False, "beschaeftigte_gesamt": 50},
    )
    assert [(d.field, d.record_value, d.interview_value) for d in found] == [
        ("headcount_linked", Decimal("49.75"), 50),
        ("headcount", Decimal("49.75"), 50),
    ]
    assert found[0].text_de.endswith("in den Betriebsdaten „49,75“, im Gespräch „50“.")


# -- differences -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"betriebsrat": False}, {"works_council": False}),
        ({"vereinbarung_weiterbildung": "tarifvertrag"}, {"training_agreement": True}),
        ({"vereinbarung_weiterbildung": "beides"}, {"training_agreement": True}),
        ({"vereinbarung_weiterbildung": "keine"}, {"training_agreement": False}),
        ({"vereinbarung_weiterbildung": "unbekannt"}, {}),  # says nothing about the record
        (
            {"verbundene_unternehmen": False, "beschaeftigte_gesamt": 60},
            {"headcount_linked": 60, "headcount": 60},
        ),
        # a group: the total is the group's, the company's own count comes from the follow-up question
        ({"verbundene_unternehmen": True, "beschaeftigte_gesamt": 610}, {"headcount_linked": 610}),
        (
            {"verbundene_unternehmen": True, "beschaeftigte_gesamt": 610, "beschaeftigte_betrieb": 45},
            {"headcount_linked": 610, "headcount": 45},
        ),
        # the follow-up is hidden without a group: its kept answer is ignored
        (
            {"verbundene_unternehmen": False, "beschaeftigte_gesamt": 45, "beschaeftigte_betrieb": 12},
            {"headcount_linked": 45, "headcount": 45},
        ),
    ],
)
def test_what_the_answers_say_about_the_record(answers: dict[str, Any], expected: dict[str, Any]) -> None:
    assert record.implied_record(GUIDE, answers) == expected


def test_no_works_council_in_the_interview_changes_the_record_only_when_the_advisor_says_so(
    ws: Workspace,
) -> None:
    ident = company_id(ws, "Metallbau")  # the record says: works council yes
    assert stored(ws, ident)["works_council"] is True
    state = ci.start_interview(ws, ident, actor=ACTOR)
    ci.save_answer(ws, state.id, "betriebsrat", False, actor=ACTOR)

    found = record.record_differences(ws, state.id)
    assert [(d.field, d.question_key, d.record_value, d.interview_value) for d in found] == [
        ("works_council", "betriebsrat", True, False)
    ]
    assert found[0].text_de == "Betriebsrat: in den Betriebsdaten „ja“, im Gespräch „nein“."
    # Until the advisor decides, every document uses the one value of the record.
    assert stored(ws, ident)["works_council"] is True
    assert works_council_everywhere(ws, ident) == {True}

    changed = record.adopt_interview_values(ws, state.id, ["works_council"], actor=ACTOR)
    assert [d.field for d in changed] == ["works_council"]
    assert stored(ws, ident)["works_council"] is False
    assert works_council_everywhere(ws, ident) == {False}
    assert record.record_differences(ws, state.id) == []
    with ws.unit_of_work() as uow:
        event = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == ident, AuditEvent.field == "works_council")
        ).one()
        assert (event.action, event.actor, event.old_value, event.new_value) == ("update", ACTOR, True, False)
        assert event.reason.startswith("Angabe aus der Bedarfsanalyse vom ")


def test_group_headcount_from_the_interview_reaches_the_estimate(ws: Workspace) -> None:
    ident = company_id(ws, "Metallbau")  # 45 staff, no group in the record
    state = ci.start_interview(ws, ident, actor=ACTOR)
    ci.save_answer(ws, state.id, "verbundene_unternehmen", True, actor=ACTOR)
    ci.save_answer(ws, state.id, "beschaeftigte_gesamt", 610, actor=ACTOR)
    ci.save_answer(ws, state.id, "vereinbarung_weiterbildung", "betriebsvereinbarung", actor=ACTOR)
    found = record.record_differences(ws, state.id)
    assert {d.field: d.interview_value for d in found} == {
        "headcount_linked": 610,
        "training_agreement": True,
    }
    facts = company_funding_facts(ws, ident)
    assert facts is not None and (facts.company_size, facts.training_agreement) == (45, False)

    record.adopt_interview_values(ws, state.id, ["headcount_linked"], actor=ACTOR)  # only this one
    facts = company_funding_facts(ws, ident)
    assert facts is not None and (facts.company_size, facts.headcount, facts.training_agreement) == (
        610,
        45,
        False,
    )
    assert [d.field for d in record.record_differences(ws, state.id)] == ["training_agreement"]
    assert company_report_view(ws, ident, today=date(2026, 12, 1)).profile.headcount_incl_linked == 610


def test_a_combination_the_record_cannot_hold_changes_nothing(ws: Workspace) -> None:
    ident = company_id(ws, "Metallbau")
    before = stored(ws, ident)
    state = ci.start_interview(ws, ident, actor=ACTOR)
    ci.save_answer(ws, state.id, "verbundene_unternehmen", True, actor=ACTOR)
    ci.save_answer(ws, state.id, "beschaeftigte_gesamt", 30, actor=ACTOR)
    ci.save_answer(ws, state.id, "beschaeftigte_betrieb", 80, actor=ACTOR)
    ci.save_answer(ws, state.id, "betriebsrat", False, actor=ACTOR)
    fields = [d.field for d in record.record_differences(ws, state.id)]
    assert fields == ["headcount_linked", "headcount", "works_council"]
    with pytest.raises(ValidationError) as raised:
        record.adopt_interview_values(ws, state.id, fields, actor=ACTOR)
    assert "darf nicht kleiner sein" in str(raised.value) and "unverändert" in str(raised.value)
    assert stored(ws, ident) == before  # all or nothing: not even the works council changed
    with ws.unit_of_work() as uow:
        assert not uow.session.scalars(select(AuditEvent).where(AuditEvent.entity_id == ident)).all()


def test_a_completed_interview_never_writes_to_the_record(ws: Workspace) -> None:
    ident = company_id(ws, "Metallbau")
    state = ci.start_interview(ws, ident, actor=ACTOR)
    ci.save_answer(ws, state.id, "betriebsrat", False, actor=ACTOR)
    with ws.unit_of_work() as uow:  # completed (as after answering everything) while the difference is open
        interview = uow.session.get(CompanyInterview, state.id)
        assert interview is not None
        interview.status = STATUS_COMPLETE
        uow.commit()
    assert [d.field for d in record.record_differences(ws, state.id)] == ["works_council"]  # still shown
    with pytest.raises(ValueError, match="abgeschlossen"):
        record.adopt_interview_values(ws, state.id, ["works_council"], actor=ACTOR)
    assert stored(ws, ident)["works_council"] is True
