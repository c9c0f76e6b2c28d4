"""Scheduling the follow-up interview of a completed measure (issue 13, the follow-up loop).

It lives with the plans because completing a measure in a plan schedules it at once; the network's follow-up
tab (``services/network/follow_ups.py``) lists, refreshes and closes them. One follow-up per person and measure
title (a plan version copies its measures, and the copy of a completed measure is the same measure); due
``follow_up_months`` (workspace setting, default 6) after the measure's end.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.network_terms import DEFAULT_FOLLOW_UP_MONTHS, add_months
from verbund_desktop.persistence.models import FollowUp, PlanMeasure, WorkspaceSetting

INTERVAL_KEY = "follow_up_months"
COMPLETED = "abgeschlossen"


def interval_months(s: Session) -> int:
    row = s.scalars(select(WorkspaceSetting).where(WorkspaceSetting.key == INTERVAL_KEY)).first()
    value = row.value if row is not None else None
    return value if isinstance(value, int) and not isinstance(value, bool) else DEFAULT_FOLLOW_UP_MONTHS


def schedule_follow_up(s: Session, measure: PlanMeasure, completed_on: date) -> FollowUp | None:
    """Schedule the follow-up of one completed measure (inside the caller's unit of work), unless it exists."""
    plan = measure.plan
    exists = s.scalars(
        select(FollowUp).where(
            FollowUp.employee_id == plan.employee_id, FollowUp.measure_title == measure.title
        )
    ).first()
    if exists is not None:
        return None
    year, month, day = add_months(completed_on.year, completed_on.month, completed_on.day, interval_months(s))
    follow_up = FollowUp(
        employee_id=plan.employee_id,
        measure_id=measure.id,
        advisor_id=plan.advisor_id,
        measure_title=measure.title,
        completed_on=completed_on,
        due_on=date(year, month, day),
    )
    s.add(follow_up)
    s.flush()
    return follow_up


def schedule_if_completed(s: Session, measure: PlanMeasure, *, today: date) -> FollowUp | None:
    """The follow-up of ``measure`` if it is (now) completed: from its end date, else from today."""
    if measure.status != COMPLETED:
        return None
    return schedule_follow_up(s, measure, measure.end_date or today)
