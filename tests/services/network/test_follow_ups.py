"""The follow-up loop: completed measure → follow-up due after the interval → re-interview shows before/after."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    CompetencyAssessment,
    CompetencyRating,
    MeasureGap,
    PlanMeasure,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.follow_ups import (
    FollowUpError,
    before_after,
    follow_ups,
    refresh_follow_ups,
    set_interval_months,
)
from verbund_desktop.services.planning.plans import MeasureDraft, add_measure, set_measure_field

ACTOR = "Test"
END = date(2027, 8, 31)


def _complete_one_measure(ws: Workspace) -> PlanMeasure:
    with ws.unit_of_work() as uow:
        measure = uow.session.scalars(
            select(PlanMeasure).join(MeasureGap).order_by(PlanMeasure.title).limit(1)
        ).one()
        uow.session.expunge(measure)
    set_measure_field(ws, measure.id, "end_date", END, actor=ACTOR)
    set_measure_field(ws, measure.id, "status", "abgeschlossen", actor=ACTOR)
    return measure


def test_completed_measure_schedules_a_follow_up_after_the_interval(ws: Workspace) -> None:
    set_interval_months(ws, 3, actor=ACTOR)
    _complete_one_measure(ws)
    [listed] = follow_ups(ws)  # scheduled by completing the measure, before any refresh of the tab
    assert refresh_follow_ups(ws) == 0  # nothing left to find, and idempotent
    assert follow_ups(ws) == [listed]
    assert listed.due_on == date(2027, 11, 30)
    assert not listed.is_due(date(2027, 11, 29)) and listed.is_due(date(2027, 11, 30))
    assert follow_ups(ws, advisor="Dr. Sabine Kröger") == [listed]
    assert follow_ups(ws, advisor="Niemand") == []


def test_re_interview_shows_before_and_after_and_closes_the_follow_up(ws: Workspace) -> None:
    measure = _complete_one_measure(ws)
    refresh_follow_ups(ws)
    [open_one] = follow_ups(ws)
    before = before_after(ws, open_one.id)
    assert before and all(row.after is None for row in before)
    with ws.unit_of_work() as uow:
        s = uow.session
        competence_ids = set(
            s.scalars(select(MeasureGap.competence_id).where(MeasureGap.measure_id == measure.id))
        )
        old = s.scalars(
            select(CompetencyAssessment)
            .where(CompetencyAssessment.employee_id == open_one.employee_id)
            .order_by(CompetencyAssessment.assessed_on.desc())
        ).first()
        assert old is not None
        new = CompetencyAssessment(
            employee_id=open_one.employee_id, assessed_on=END + timedelta(days=60), status=STATUS_COMPLETE
        )
        for r in old.ratings:
            reached = r.target_level if r.competence_id in competence_ids else r.agreed_level
            new.ratings.append(
                CompetencyRating(
                    competence_id=r.competence_id,
                    catalog_id=r.catalog_id,
                    catalog_version=r.catalog_version,
                    agreed_level=reached,
                    target_level=r.target_level,
                    position=r.position,
                )
            )
        s.add(new)
        uow.commit()
    refresh_follow_ups(ws)
    [done] = follow_ups(ws)
    assert done.done and not done.is_due(date(2030, 1, 1))
    after = before_after(ws, done.id)
    assert {row.code for row in after} == {row.code for row in before}
    assert all(row.closed for row in after)


def test_interval_out_of_range_is_refused(ws: Workspace) -> None:
    with pytest.raises(FollowUpError, match="Monaten"):
        set_interval_months(ws, 0, actor=ACTOR)


def _a_plan_measure(ws: Workspace) -> PlanMeasure:
    with ws.unit_of_work() as uow:
        measure = uow.session.scalars(
            select(PlanMeasure).join(MeasureGap).order_by(PlanMeasure.title).limit(1)
        ).one()
        uow.session.expunge(measure)
    return measure


def test_completing_a_measure_outside_a_joint_course_schedules_at_once(ws: Workspace) -> None:
    """Completed in the plan (no joint course, no refresh of the follow-up tab): due interval after its end."""
    measure = _a_plan_measure(ws)
    set_measure_field(ws, measure.id, "end_date", END, actor=ACTOR)
    assert follow_ups(ws) == []  # an end date alone schedules nothing
    set_measure_field(ws, measure.id, "status", "läuft", actor=ACTOR)
    assert follow_ups(ws) == []
    set_measure_field(ws, measure.id, "status", "abgeschlossen", actor=ACTOR)
    [listed] = follow_ups(ws)
    assert (listed.measure_title, listed.completed_on, listed.due_on) == (
        measure.title,
        END,
        date(2028, 2, 29),
    )
    set_measure_field(ws, measure.id, "status", "läuft", actor=ACTOR)
    set_measure_field(ws, measure.id, "status", "abgeschlossen", actor=ACTOR)
    assert follow_ups(ws) == [listed]  # one per person and measure title


def test_completing_without_an_end_date_counts_from_today(ws: Workspace) -> None:
    measure = _a_plan_measure(ws)
    set_measure_field(ws, measure.id, "end_date", None, actor=ACTOR)
    set_measure_field(ws, measure.id, "status", "abgeschlossen", actor=ACTOR)
    [listed] = follow_ups(ws)
    assert listed.completed_on == date.today()


def test_a_measure_added_as_completed_schedules_its_follow_up(ws: Workspace) -> None:
    measure = _a_plan_measure(ws)
    draft = MeasureDraft(title="Nachweis Gabelstaplerschein", end_date=END, status="abgeschlossen")
    add_measure(ws, measure.plan_id, draft, actor=ACTOR)
    [listed] = follow_ups(ws)
    assert (listed.measure_title, listed.completed_on) == ("Nachweis Gabelstaplerschein", END)
