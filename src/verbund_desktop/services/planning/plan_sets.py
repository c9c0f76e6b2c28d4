"""Set-based forms of the per-person queries, for views over many people (the company report).

Each function issues a fixed number of statements whatever the number of people (window functions pick the
newest row per person in SQL), and returns exactly what the per-person query of :mod:`plan_queries` and
:mod:`plan_funding` returns for each of them.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, Subquery, func, select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    Company,
    CompetencyAssessment,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
    MeasureGap,
    PlanMeasure,
)
from verbund_desktop.services.funding.funding_rules_store import effective_rule_sets
from verbund_desktop.services.planning.plan_funding import FundingPerson, person_facts, share_affected
from verbund_desktop.services.protection.consent_gates import consented_ids

People = Collection[uuid.UUID] | Select[Any]


def latest_complete_assessments(people: People) -> Subquery:
    """(employee_id, assessment_id) of each person's newest complete assessment, as
    :func:`plan_queries.latest_complete_assessment` orders them (assessment date, then creation)."""
    ranked = (
        select(
            CompetencyAssessment.employee_id,
            CompetencyAssessment.id.label("assessment_id"),
            func.row_number()
            .over(
                partition_by=CompetencyAssessment.employee_id,
                order_by=(CompetencyAssessment.assessed_on.desc(), CompetencyAssessment.created_at.desc()),
            )
            .label("rank"),
        )
        .where(CompetencyAssessment.status == STATUS_COMPLETE, CompetencyAssessment.employee_id.in_(people))
        .subquery()
    )
    return select(ranked.c.employee_id, ranked.c.assessment_id).where(ranked.c.rank == 1).subquery()


def current_plans(session: Session, people: People) -> dict[uuid.UUID, DevelopmentPlan]:
    """Each person's current plan (:func:`plan_queries.current_plan`): the newest version of the newest series,
    with measures, their gaps and competences loaded."""
    firsts = (
        select(
            DevelopmentPlan.series_id,
            func.row_number()
            .over(partition_by=DevelopmentPlan.employee_id, order_by=DevelopmentPlan.created_at.desc())
            .label("rank"),
        )
        .where(DevelopmentPlan.version == 1, DevelopmentPlan.employee_id.in_(people))
        .subquery()
    )
    versions = (
        select(
            DevelopmentPlan.id,
            func.row_number()
            .over(partition_by=DevelopmentPlan.series_id, order_by=DevelopmentPlan.version.desc())
            .label("rank"),
        )
        .where(DevelopmentPlan.series_id.in_(select(firsts.c.series_id).where(firsts.c.rank == 1)))
        .subquery()
    )
    plans = session.scalars(
        select(DevelopmentPlan)
        .where(DevelopmentPlan.id.in_(select(versions.c.id).where(versions.c.rank == 1)))
        .options(
            selectinload(DevelopmentPlan.measures)
            .selectinload(PlanMeasure.gaps)
            .selectinload(MeasureGap.competence)
        )
    )
    return {plan.employee_id: plan for plan in plans}


def consenting(session: Session, people: People, purpose: ConsentPurpose) -> set[uuid.UUID]:
    """Who of ``people`` has a valid consent for ``purpose`` (:func:`consent_gates.has_consent` for each)."""
    return set(session.scalars(consented_ids(purpose).where(ConsentRecord.employee_id.in_(people))))


def funding_people(session: Session, employees: Sequence[Employee]) -> dict[uuid.UUID, FundingPerson]:
    """:func:`plan_funding.funding_person` for each employee, with one query per kind of fact (and company)."""
    if not employees:
        return {}
    consented = consenting(session, [e.id for e in employees], ConsentPurpose.FUNDING_APPLICATION)
    rule_sets = effective_rule_sets(session)
    companies: dict[uuid.UUID, tuple[Company, Decimal | None]] = {}
    result = {}
    for employee in employees:
        if employee.company_id not in companies:
            company = session.get(Company, employee.company_id)
            assert company is not None
            companies[employee.company_id] = (company, share_affected(session, company.id))
        company, share = companies[employee.company_id]
        result[employee.id] = person_facts(
            employee, company, share=share, rule_sets=rule_sets, funding_consent=employee.id in consented
        )
    return result
