"""The follow-up loop: a completed measure schedules a follow-up interview; the re-interview shows what changed.

The interval is a workspace setting (``follow_up_months``, default 6 months). One follow-up per person and
measure title: a plan version copies its measures, and the copy of a completed measure is the same measure.
A follow-up is done once the person has a complete competency interview dated after the measure's end.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.assessment.gap_outcome import BeforeAfter
from verbund_desktop.persistence.models import (
    Advisor,
    Company,
    DevelopmentPlan,
    Employee,
    FollowUp,
    PlanMeasure,
    WorkspaceSetting,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.planning.follow_up_levels import compare_levels, re_interview
from verbund_desktop.services.planning.follow_up_schedule import (
    INTERVAL_KEY,
    schedule_follow_up,
)
from verbund_desktop.services.planning.plan_queries import latest_version

__all__ = [
    "BeforeAfter",
    "FollowUpError",
    "FollowUpView",
    "before_after",
    "compare_levels",
    "follow_ups",
    "refresh_follow_ups",
    "set_interval_months",
]


class FollowUpError(UserError, ValueError):
    """A follow-up action that cannot be done; the message is German."""


def set_interval_months(ws: Workspace, months: int, *, actor: str) -> None:
    if not 1 <= months <= 36:
        raise FollowUpError("Der Abstand des Nachgesprächs muss zwischen 1 und 36 Monaten liegen.")
    with ws.unit_of_work() as uow:
        s = uow.session
        row = s.scalars(select(WorkspaceSetting).where(WorkspaceSetting.key == INTERVAL_KEY)).first()
        old = row.value if row is not None else None
        if row is None:
            row = WorkspaceSetting(key=INTERVAL_KEY, value=months)
            s.add(row)
        row.value = months
        audit.record(
            s,
            actor=actor,
            action="setting.update",
            entity_type="workspace_setting",
            entity_id=None,
            field=INTERVAL_KEY,
            old=old,
            new=months,
        )
        uow.commit()


def refresh_follow_ups(ws: Workspace, *, today: date | None = None) -> int:
    """Schedule follow-ups for completed measures of current plans and mark those re-interviewed; new ones."""
    today = today or date.today()
    created = 0
    with ws.unit_of_work() as uow:
        s = uow.session
        measures = s.scalars(
            select(PlanMeasure)
            .join(DevelopmentPlan, DevelopmentPlan.id == PlanMeasure.plan_id)
            .where(PlanMeasure.status == "abgeschlossen")
        ).all()
        for measure in measures:
            newest = latest_version(s, measure.plan.series_id)
            if newest is not None and newest.id == measure.plan_id:
                created += schedule_follow_up(s, measure, measure.end_date or today) is not None
        for follow_up in s.scalars(select(FollowUp).where(FollowUp.done_assessment_id.is_(None))):
            after = re_interview(s, follow_up)
            if after is not None:
                follow_up.done_assessment_id = after.id
        uow.commit()
    return created


@dataclass(frozen=True)
class FollowUpView:
    id: uuid.UUID
    employee_id: uuid.UUID
    pseudonym_code: str
    person: str
    company: str
    advisor: str
    measure_title: str
    completed_on: date
    due_on: date
    done: bool

    def is_due(self, today: date) -> bool:
        return not self.done and self.due_on <= today


def follow_ups(
    ws: Workspace, *, advisor: str | None = None, only_due_on: date | None = None
) -> list[FollowUpView]:
    """Follow-ups (open ones first, by due date), of one advisor if named; ``only_due_on``: open and due then."""
    with ws.unit_of_work() as uow:
        query = (
            select(FollowUp, Employee, Company.name, Advisor.name)
            .join(Employee, Employee.id == FollowUp.employee_id)
            .join(Company, Company.id == Employee.company_id)
            .outerjoin(Advisor, Advisor.id == FollowUp.advisor_id)
            .where(Employee.archived_at.is_(None))
            .order_by(FollowUp.done_assessment_id.is_not(None), FollowUp.due_on, Employee.pseudonym_code)
        )
        if advisor is not None:
            query = query.where(Advisor.name == advisor)
        if only_due_on is not None:
            query = query.where(FollowUp.done_assessment_id.is_(None), FollowUp.due_on <= only_due_on)
        return [
            FollowUpView(
                id=f.id,
                employee_id=e.id,
                pseudonym_code=e.pseudonym_code,
                person=e.full_name,
                company=company,
                advisor=advisor_name or "",
                measure_title=f.measure_title,
                completed_on=f.completed_on,
                due_on=f.due_on,
                done=f.done_assessment_id is not None,
            )
            for f, e, company, advisor_name in uow.session.execute(query)
        ]


def before_after(ws: Workspace, follow_up_id: uuid.UUID) -> tuple[BeforeAfter, ...]:
    """Before/after for the competences the measure addressed; ``after`` None while no re-interview exists."""
    with ws.unit_of_work() as uow:
        s = uow.session
        follow_up = s.get(FollowUp, follow_up_id)
        if follow_up is None:
            raise FollowUpError("Dieses Nachgespräch gibt es nicht (mehr).")
        return compare_levels(s, follow_up)
