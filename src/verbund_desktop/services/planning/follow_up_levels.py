"""Levels before a completed measure and at its follow-up interview (issue 13: which gaps closed).

It lives with the plans because the printed plan and the company report show it; the network's follow-up tab
(``services/network/follow_ups.py``) and the funder's figures read it from here. The comparison itself is the
domain's (:mod:`verbund_desktop.assessment.gap_outcome`).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.gap_outcome import BeforeAfter
from verbund_desktop.assessment.gaps import RatingLevels
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    CompetencyAssessment,
    CompetencyRating,
    FollowUp,
    MeasureGap,
    PlanMeasure,
)

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

    One follow-up per person and measure title: a plan version copies its measures, so the title finds the
    follow-up of a measure in any version of the plan.
    """
    if not employee_ids:
        return {}
    result: dict[tuple[uuid.UUID, str], tuple[BeforeAfter, ...]] = {}
    for follow_up in s.scalars(select(FollowUp).where(FollowUp.employee_id.in_(employee_ids))):
        rows = compare_levels(s, follow_up)
        if any(row.after is not None for row in rows):  # the re-interview rated what the measure addressed
            result[(follow_up.employee_id, follow_up.measure_title)] = rows
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
    return {
        r.competence_id: (
            r.competence.code,
            r.competence.name_de,
            RatingLevels(
                r.competence.code,
                r.agreed_level,
                r.target_level,
                self_rating=r.self_level,
                supervisor_rating=r.supervisor_level,
            ).current(),
            r.target_level,
        )
        for r in ratings
    }
