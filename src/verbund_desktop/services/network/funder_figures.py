"""The raw figures behind the funder's report, per company (queries grouped in SQL where the figure allows).

Nothing here leaves the program as it is: :mod:`funder_report` turns these per-company contributions into
protected tables. People count only with pooling consent (purpose 3, network statistics); a § 82 estimate is
added only for people who consented to purpose 2 (:func:`estimate_measure` refuses the others).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, distinct, func, or_, select, union
from sqlalchemy.orm import Session

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.gap_outcome import closed_gaps
from verbund_desktop.assessment.network_terms import SEAT_CONFIRMED, CourseStatus
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    Company,
    CompanyInterview,
    CompetenceCatalog,
    CompetencyAssessment,
    CompetencyRating,
    DevelopmentPlan,
    Employee,
    FollowUp,
    JointCourse,
    PlanMeasure,
)
from verbund_desktop.services.funding.funding_rules_store import effective_rule_sets
from verbund_desktop.services.network.funder_estimates import CourseFundingEstimates
from verbund_desktop.services.network.pooling import PoolFilter, has_gap, pooled_people
from verbund_desktop.services.planning.follow_up_levels import compare_levels
from verbund_desktop.services.planning.plan_funding import FundingPerson, shares_affected
from verbund_desktop.services.protection.consent_gates import consented_ids, pooling_consented

STATUS_GROUPS = {
    "geplant": "geplant",
    "angemeldet": "geplant",
    "laeuft": "begonnen",
    "abgeschlossen": "abgeschlossen",
    "abgebrochen": "abgebrochen",
}
STATUS_GROUP_ORDER = ("geplant", "begonnen", "abgeschlossen", "abgebrochen")


@dataclass(frozen=True)
class CompanyFacts:
    id: uuid.UUID
    headcount: Decimal
    industry: str
    region: str


@dataclass
class MeasureTotals:
    """People per (status group, company) and the sums of one status group."""

    people: dict[uuid.UUID, set[uuid.UUID]] = field(default_factory=lambda: defaultdict(set))
    hours: Decimal = Decimal(0)
    cost: Decimal = Decimal(0)
    funding: Decimal = Decimal(0)


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def start_utc(self) -> datetime:
        return datetime.combine(self.start, time.min, tzinfo=UTC)

    @property
    def end_utc(self) -> datetime:
        return datetime.combine(self.end + timedelta(days=1), time.min, tzinfo=UTC)


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
    """Company → people with a complete competency interview in the period (pooling consent), by GROUP BY."""
    rows = s.execute(
        select(Employee.company_id, func.count(distinct(Employee.id)))
        .join(CompetencyAssessment, CompetencyAssessment.employee_id == Employee.id)
        .where(
            CompetencyAssessment.status == STATUS_COMPLETE,
            CompetencyAssessment.assessed_on.between(p.start, p.end),
            Employee.id.in_(pooling_consented()),
        )
        .group_by(Employee.company_id)
    )
    return {company: n for company, n in rows}


def _current_versions() -> object:
    rank = (
        func.row_number()
        .over(partition_by=DevelopmentPlan.series_id, order_by=DevelopmentPlan.version.desc())
        .label("rank")
    )
    ranked = select(DevelopmentPlan.id, rank).subquery("ranked_plans")
    return select(ranked.c.id).where(ranked.c.rank == 1)


def measure_totals(s: Session, p: Period, today: date) -> dict[str, MeasureTotals]:
    """Status group → people per company, hours, costs and estimated course-cost funding of current plans."""
    m = PlanMeasure
    in_period = or_(
        m.start_date.between(p.start, p.end),
        m.end_date.between(p.start, p.end),
        and_(
            m.start_date.is_(None),
            m.end_date.is_(None),
            DevelopmentPlan.created_at >= p.start_utc,
            DevelopmentPlan.created_at < p.end_utc,
        ),
    )
    e = Employee
    rows = s.execute(
        select(
            m.status,
            m.kind,
            m.hours,
            m.cost_eur,
            m.azav,
            m.start_date,
            e.id.label("employee_id"),
            e.company_id,
            e.birth_year,
            e.qualification_year,
            e.has_vocational_qualification,
            e.severely_disabled,
        )
        .join(DevelopmentPlan, DevelopmentPlan.id == m.plan_id)
        .join(Employee, Employee.id == DevelopmentPlan.employee_id)
        .where(
            DevelopmentPlan.id.in_(_current_versions()),  # type: ignore[arg-type]
            Employee.id.in_(pooling_consented()),
            in_period,
        )
    ).all()
    funding_ok = set(s.scalars(consented_ids(ConsentPurpose.FUNDING_APPLICATION)))
    people = _funding_people(s, rows, funding_ok)
    out = {group: MeasureTotals() for group in STATUS_GROUP_ORDER}
    estimates = CourseFundingEstimates(today)  # § 82 once per distinct input, not once per measure
    for row in rows:
        totals = out[STATUS_GROUPS.get(row.status, "geplant")]
        totals.people[row.company_id].add(row.employee_id)
        totals.hours += row.hours or 0
        totals.cost += row.cost_eur or 0
        totals.funding += estimates.funding(
            people[row.employee_id],
            kind=row.kind,
            hours=row.hours,
            cost=row.cost_eur,
            azav=row.azav,
            start=row.start_date,
        )
    return out


def _funding_people(
    s: Session, employees: Sequence[Any], funding_ok: set[uuid.UUID]
) -> dict[uuid.UUID, FundingPerson]:
    """The facts of each person for the estimate; company facts, their shares and the rule sets are read once,
    each in one statement for all companies (not one per company)."""
    rule_sets = effective_rule_sets(s)
    ids = {e.company_id for e in employees}
    facts = {
        company_id: (size, agreement)
        for company_id, size, agreement in s.execute(
            select(Company.id, Company.headcount_linked, Company.training_agreement).where(
                Company.id.in_(ids)
            )
        )
    }
    shares = shares_affected(s, ids)
    out: dict[uuid.UUID, FundingPerson] = {}
    for e in employees:
        size, agreement = facts[e.company_id]
        out[e.employee_id] = FundingPerson(
            company_size=size,
            birth_year=e.birth_year,
            qualification_year=e.qualification_year,
            has_vocational_qualification=e.has_vocational_qualification,
            severely_disabled=bool(e.severely_disabled),
            company_agreement=agreement,
            share_affected=shares.get(e.company_id),
            rule_sets=rule_sets,
            funding_consent=e.employee_id in funding_ok,
        )
    return out


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
