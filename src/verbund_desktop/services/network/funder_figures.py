"""The raw figures behind the funder's report, per company (queries grouped in SQL where the figure allows).

Nothing here leaves the program as it is: :mod:`funder_report` turns these per-company contributions into
protected tables. People count only with pooling consent (purpose 3, network statistics); a § 82 estimate is
added only for people who consented to purpose 2 (:func:`estimate_measure` refuses the others). The measure
figures are grouped in SQL in :mod:`funder_measures`.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, exists, func, select, union
from sqlalchemy.orm import Session

from verbund_desktop.assessment.gap_outcome import closed_gaps
from verbund_desktop.assessment.network_terms import SEAT_CONFIRMED, CourseStatus
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    Company,
    CompanyInterview,
    CompetenceCatalog,
    CompetencyAssessment,
    CompetencyRating,
    Employee,
    FollowUp,
    JointCourse,
)
from verbund_desktop.services.network.funder_period import (
    Period as Period,  # re-exported: the report's period
)
from verbund_desktop.services.network.pooling import PoolFilter, has_gap, pooled_people
from verbund_desktop.services.planning.follow_up_levels import compare_levels
from verbund_desktop.services.protection.consent_gates import pooling_consented


@dataclass(frozen=True)
class CompanyFacts:
    id: uuid.UUID
    headcount: Decimal
    industry: str
    region: str


def companies(s: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, CompanyFacts]:
    if not ids:
        return {}
    rows = s.execute(
        select(Company.id, Company.headcount_linked, Company.industry, Company.region).where(
            Company.id.in_(ids)
        )
    )
    return {
        i: CompanyFacts(i, size, industry or "ohne Angabe", region or "ohne Angabe")
        for i, size, industry, region in rows
    }


def advised_companies(s: Session, p: Period) -> set[uuid.UUID]:
    """Companies with a needs interview or a complete competency interview in the period."""
    interviews = select(CompanyInterview.company_id).where(
        CompanyInterview.conducted_on.between(p.start, p.end)
    )
    assessed = (
        select(Employee.company_id)
        .join(CompetencyAssessment, CompetencyAssessment.employee_id == Employee.id)
        .where(
            CompetencyAssessment.status == STATUS_COMPLETE,
            CompetencyAssessment.assessed_on.between(p.start, p.end),
        )
    )
    return set(s.scalars(union(interviews, assessed)))


def interviewed_people(s: Session, p: Period) -> dict[uuid.UUID, int]:
    """Company → people with a complete competency interview in the period (pooling consent), by GROUP BY.

    Each person once (EXISTS): no join of every interview and no ``COUNT(DISTINCT)`` sort."""
    a = CompetencyAssessment
    interviewed = exists().where(
        a.employee_id == Employee.id, a.status == STATUS_COMPLETE, a.assessed_on.between(p.start, p.end)
    )
    rows = s.execute(
        select(Employee.company_id, func.count())
        .where(Employee.id.in_(pooling_consented()), interviewed)
        .group_by(Employee.company_id)
    )
    return {company: n for company, n in rows}


@dataclass(frozen=True)
class CourseFigures:
    formed: int
    filled: int
    cancelled: int
    seats: dict[uuid.UUID, int]  # company → confirmed seats


def course_figures(s: Session, p: Period) -> CourseFigures:
    courses = s.scalars(
        select(JointCourse).where(JointCourse.created_at >= p.start_utc, JointCourse.created_at < p.end_utc)
    ).all()
    seats: dict[uuid.UUID, int] = defaultdict(int)
    filled = 0
    for course in courses:
        confirmed = [seat for seat in course.seats if seat.status == SEAT_CONFIRMED]
        filled += len(confirmed) >= course.min_seats and course.status != CourseStatus.CANCELLED.value
        for seat in confirmed:
            seats[seat.company_id] += 1
    cancelled = sum(1 for c in courses if c.status == CourseStatus.CANCELLED.value)
    return CourseFigures(len(courses), filled, cancelled, dict(seats))


def gap_people(s: Session, p: Period) -> tuple[dict[uuid.UUID, int], dict[uuid.UUID, int], int, int]:
    """(all people with a gap per company, people with a digital gap per company, gaps, digital gaps).

    One pass over the ratings in interview order (their index: no sort) counts the gaps and digital gaps of
    each interview; the pooled people (latest interview, consent: materialised once) pick theirs up, and
    only those few thousand rows are grouped per company."""
    people = (
        pooled_people(PoolFilter(start=p.start, end=p.end)).cte("pooled_people").prefix_with("MATERIALIZED")
    )
    r = CompetencyRating
    digital_catalogs = select(CompetenceCatalog.id).where(CompetenceCatalog.key.like("digcomp%"))
    per_interview = (
        select(
            r.assessment_id,
            func.count().label("gaps"),
            func.sum(case((r.catalog_id.in_(digital_catalogs), 1), else_=0)).label("digital"),
        )
        .where(*has_gap())
        .group_by(r.assessment_id)
        .subquery("per_interview")
    )
    query = (
        select(
            people.c.company_id,
            func.count(),
            func.sum(case((per_interview.c.digital > 0, 1), else_=0)),
            func.sum(per_interview.c.gaps),
            func.sum(per_interview.c.digital),
        )
        .select_from(people)
        .join(per_interview, per_interview.c.assessment_id == people.c.assessment_id)
        .group_by(people.c.company_id)
    )
    everyone: dict[uuid.UUID, int] = {}
    digital_people: dict[uuid.UUID, int] = {}
    gaps = digital_gaps = 0
    for company_id, n_people, digital_n, n, digital_count in s.execute(query):
        everyone[company_id] = n_people
        digital_people[company_id] = int(digital_n or 0)
        gaps += int(n or 0)
        digital_gaps += int(digital_count or 0)
    return everyone, digital_people, gaps, digital_gaps


def closed_gap_people(s: Session, p: Period) -> dict[uuid.UUID, int]:
    """Company → people whose re-interview in the period shows a gap the measure addressed closed."""
    rows = s.execute(
        select(FollowUp, Employee.company_id)
        .join(Employee, Employee.id == FollowUp.employee_id)
        .join(CompetencyAssessment, CompetencyAssessment.id == FollowUp.done_assessment_id)
        .where(CompetencyAssessment.assessed_on.between(p.start, p.end), Employee.id.in_(pooling_consented()))
    ).all()
    people: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for follow_up, company_id in rows:
        if closed_gaps(compare_levels(s, follow_up)):  # a gap before the measure, closed at the follow-up
            people[company_id].add(follow_up.employee_id)
    return {c: len(ids) for c, ids in people.items()}
