"""Levels before a completed measure and at its follow-up interview (issue 13: which gaps closed).

It lives with the plans because the printed plan and the company report show it; the network's follow-up tab
(``services/network/follow_ups.py``) and the funder's figures read it from here. The comparison itself is the
domain's (:mod:`verbund_desktop.assessment.gap_outcome`).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.assessment.gap_outcome import BeforeAfter
from verbund_desktop.assessment.gaps import RatingLevels
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    CompetencyAssessment,
    CompetencyRating,
    DevelopmentPlan,
    FollowUp,
    MeasureGap,
    PlanMeasure,
)
from verbund_desktop.services.planning.plan_sets import latest_complete_assessments

_Levels = dict[uuid.UUID, tuple[str, str, int | None, int | None]]


def re_interview(s: Session, follow_up: FollowUp) -> CompetencyAssessment | None:
    """The person's newest complete interview dated after the measure's end, if any."""
    return s.scalars(
        select(CompetencyAssessment)
        .where(
            CompetencyAssessment.employee_id == follow_up.employee_id,
            CompetencyAssessment.status == STATUS_COMPLETE,
            CompetencyAssessment.assessed_on > follow_up.completed_on,
        )
        .order_by(CompetencyAssessment.assessed_on.desc(), CompetencyAssessment.created_at.desc())
        .limit(1)
    ).first()


def compare_levels(s: Session, follow_up: FollowUp) -> tuple[BeforeAfter, ...]:
    """Before/after of one follow-up inside the caller's unit of work (``after`` None without a re-interview)."""
    measure = s.get(PlanMeasure, follow_up.measure_id) if follow_up.measure_id else None
    if measure is None:
        return ()
    competence_ids = list(
        s.scalars(select(MeasureGap.competence_id).where(MeasureGap.measure_id == measure.id))
    )
    before = _levels(s, measure.plan.assessment_id, competence_ids)
    after_assessment = (
        s.get(CompetencyAssessment, follow_up.done_assessment_id) if follow_up.done_assessment_id else None
    )
    after_assessment = after_assessment or re_interview(s, follow_up)
    after = _levels(s, after_assessment.id if after_assessment else None, competence_ids)
    rows = [
        BeforeAfter(code, name, level, target, after[cid][2] if cid in after else None)
        for cid, (code, name, level, target) in before.items()
    ]
    return tuple(sorted(rows, key=lambda r: r.code))


def follow_up_outcomes(
    s: Session, employee_ids: Collection[uuid.UUID]
) -> dict[tuple[uuid.UUID, str], tuple[BeforeAfter, ...]]:
    """(person, measure title) → before/after, for each follow-up of these people that has a re-interview.

    What :func:`compare_levels` gives for each follow-up, read set-based: a fixed number of statements whatever
    the number of people. One follow-up per person and measure title: a plan version copies its measures, so
    the title finds the follow-up of a measure in any version of the plan.
    """
    if not employee_ids:
        return {}
    rows = s.execute(
        select(FollowUp, DevelopmentPlan.assessment_id)
        .join(PlanMeasure, PlanMeasure.id == FollowUp.measure_id)
        .join(DevelopmentPlan, DevelopmentPlan.id == PlanMeasure.plan_id)
        .where(FollowUp.employee_id.in_(employee_ids))
    ).all()
    gaps: dict[uuid.UUID, list[uuid.UUID]] = {}
    for measure_id, competence_id in s.execute(
        select(MeasureGap.measure_id, MeasureGap.competence_id).where(
            MeasureGap.measure_id.in_([f.measure_id for f, _a in rows])
        )
    ):
        gaps.setdefault(measure_id, []).append(competence_id)
    # The re-interview of an open follow-up is the person's newest complete interview, if dated after the end.
    newest: dict[uuid.UUID, uuid.UUID] = {
        person: assessment
        for person, assessment in s.execute(select(latest_complete_assessments(employee_ids)))
    }
    dates = _dates(s, list(newest.values()))
    pairs = []
    for follow_up, before_id in rows:
        after_id = follow_up.done_assessment_id
        candidate = newest.get(follow_up.employee_id)
        if after_id is None and candidate is not None and dates[candidate] > follow_up.completed_on:
            after_id = candidate
        pairs.append((follow_up, before_id, after_id))
    levels = _many_levels(s, {a for _f, b, after in pairs for a in (b, after) if a is not None})
    result: dict[tuple[uuid.UUID, str], tuple[BeforeAfter, ...]] = {}
    none: _Levels = {}
    for follow_up, before_id, after_id in pairs:
        competence_ids = gaps.get(follow_up.measure_id, []) if follow_up.measure_id else []
        before = levels.get(before_id, none) if before_id else none
        after = levels.get(after_id, none) if after_id else none
        outcome = _outcome(competence_ids, before, after)
        if any(row.after is not None for row in outcome):  # the re-interview rated what the measure addressed
            result[(follow_up.employee_id, follow_up.measure_title)] = outcome
    return result


def _outcome(competence_ids: list[uuid.UUID], before: _Levels, after: _Levels) -> tuple[BeforeAfter, ...]:
    rows = [
        BeforeAfter(code, name, level, target, after[cid][2] if cid in after else None)
        for cid in competence_ids
        if cid in before
        for code, name, level, target in (before[cid],)
    ]
    return tuple(sorted(rows, key=lambda r: r.code))


def _dates(s: Session, assessment_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, date]:
    query = select(CompetencyAssessment.id, CompetencyAssessment.assessed_on).where(
        CompetencyAssessment.id.in_(assessment_ids)
    )
    return {ident: assessed_on for ident, assessed_on in s.execute(query)}


def _many_levels(s: Session, assessment_ids: Collection[uuid.UUID]) -> dict[uuid.UUID, _Levels]:
    """Per assessment, every rating's (code, name, current level, target): :func:`_levels` for many at once."""
    if not assessment_ids:
        return {}
    ratings = s.scalars(
        select(CompetencyRating)
        .where(CompetencyRating.assessment_id.in_(assessment_ids))
        .options(selectinload(CompetencyRating.competence))
    )
    result: dict[uuid.UUID, _Levels] = {}
    for r in ratings:
        result.setdefault(r.assessment_id, {})[r.competence_id] = _level_of(r)
    return result


def _levels(s: Session, assessment_id: uuid.UUID | None, competence_ids: list[uuid.UUID]) -> _Levels:
    if assessment_id is None or not competence_ids:
        return {}
    ratings = s.scalars(
        select(CompetencyRating).where(
            CompetencyRating.assessment_id == assessment_id,
            CompetencyRating.competence_id.in_(competence_ids),
        )
    )
    return {r.competence_id: _level_of(r) for r in ratings}


def _level_of(r: CompetencyRating) -> tuple[str, str, int | None, int | None]:
    levels = RatingLevels(
        r.competence.code,
        r.agreed_level,
        r.target_level,
        self_rating=r.self_level,
        supervisor_rating=r.supervisor_level,
    )
    return (r.competence.code, r.competence.name_de, levels.current(), r.target_level)
