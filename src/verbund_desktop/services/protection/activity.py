"""When a person or a company was last active: the start of every retention period.

The last activity of a person is the newest change over every table that holds data about them (the record,
competency interviews and their ratings, plans and their measures, consent records, audit entries about them);
a company's is the newest of its own record, its needs interviews and the activity of its people. The privacy
overview and the retention review both measure from here.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from verbund_desktop.persistence.models import (
    AuditEvent,
    Company,
    CompanyInterview,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
    InterviewAnswer,
    PlanMeasure,
)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for last_day in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - one of the four always exists


def _latest(values: Sequence[datetime | date | None]) -> date | None:
    days = [v.date() if isinstance(v, datetime) else v for v in values if v is not None]
    return max(days) if days else None


def _max_by(
    session: Session, column: Any, key: Any, where: ColumnElement[bool] | None = None
) -> dict[uuid.UUID, datetime]:
    query = select(key, func.max(column)).group_by(key)
    if where is not None:
        query = query.where(where)
    return {ident: value for ident, value in session.execute(query) if value is not None}


def employee_activity(session: Session, only: Collection[uuid.UUID] | None = None) -> dict[uuid.UUID, date]:
    """Last activity per person over every table that holds data about them; ``only``: just these people
    (the same dates, read from their rows alone)."""

    def of(column: Any) -> ColumnElement[bool] | None:
        return None if only is None else column.in_(only)

    latest: dict[uuid.UUID, list[datetime | date | None]] = {}
    people = select(Employee.id, Employee.updated_at)
    if only is not None:
        people = people.where(Employee.id.in_(only))
    for ident, updated in session.execute(people):
        latest[ident] = [updated]
    sources = [
        _max_by(
            session,
            CompetencyAssessment.updated_at,
            CompetencyAssessment.employee_id,
            of(CompetencyAssessment.employee_id),
        ),
        _max_by(
            session,
            CompetencyRating.updated_at,
            CompetencyAssessment.employee_id,
            _joined(
                CompetencyRating.assessment_id == CompetencyAssessment.id,
                of(CompetencyAssessment.employee_id),
            ),
        ),
        _max_by(
            session, DevelopmentPlan.updated_at, DevelopmentPlan.employee_id, of(DevelopmentPlan.employee_id)
        ),
        _max_by(
            session,
            PlanMeasure.updated_at,
            DevelopmentPlan.employee_id,
            _joined(PlanMeasure.plan_id == DevelopmentPlan.id, of(DevelopmentPlan.employee_id)),
        ),
        _max_by(session, ConsentRecord.updated_at, ConsentRecord.employee_id, of(ConsentRecord.employee_id)),
        _max_by(
            session,
            AuditEvent.at,
            AuditEvent.subject_id,
            _joined(AuditEvent.subject_id.is_not(None), of(AuditEvent.subject_id)),
        ),
    ]
    for source in sources:
        for ident, value in source.items():
            if ident in latest:
                latest[ident].append(value)
    return {ident: day for ident, values in latest.items() if (day := _latest(values)) is not None}


def _joined(condition: ColumnElement[bool], extra: ColumnElement[bool] | None) -> ColumnElement[bool]:
    return condition if extra is None else and_(condition, extra)


def company_activity(session: Session, people: dict[uuid.UUID, date]) -> dict[uuid.UUID, date]:
    latest: dict[uuid.UUID, list[datetime | date | None]] = {
        ident: [updated] for ident, updated in session.execute(select(Company.id, Company.updated_at))
    }
    interview = dict(
        session.execute(
            select(CompanyInterview.company_id, func.max(CompanyInterview.updated_at)).group_by(
                CompanyInterview.company_id
            )
        ).all()
    )
    answers = dict(
        session.execute(
            select(CompanyInterview.company_id, func.max(InterviewAnswer.updated_at))
            .join(InterviewAnswer, InterviewAnswer.interview_id == CompanyInterview.id)
            .group_by(CompanyInterview.company_id)
        ).all()
    )
    audit_at = _max_by(session, AuditEvent.at, AuditEvent.entity_id, AuditEvent.entity_type == "company")
    for source in (interview, answers, audit_at):
        for ident, value in source.items():
            if ident in latest:
                latest[ident].append(value)
    for ident, company_id in session.execute(select(Employee.id, Employee.company_id)):
        if ident in people and company_id in latest:
            latest[company_id].append(people[ident])
    return {ident: day for ident, values in latest.items() if (day := _latest(values)) is not None}
