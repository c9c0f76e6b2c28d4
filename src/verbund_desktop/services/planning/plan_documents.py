"""Database → view models of the printed documents: the development plan (consent sheet: .consent_sheet).

The company report lives in :mod:`.company_report`. Builders in ``report/`` never see ORM objects; these
functions read one transaction and return frozen dataclasses. ``pseudonymised=True`` makes the builders
print pseudonym codes instead of names; the names stay in the view model only so that the builders can scrub
them from free text.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.errors import UserError
from verbund_desktop.assessment.gap_outcome import BeforeAfter
from verbund_desktop.persistence.models import (
    Company,
    Competence,
    CompetencyRating,
    DevelopmentPlan,
    Employee,
    Network,
    PlanMeasure,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.viewmodels import (
    CompetencyGroupView,
    CompetencyLine,
    DevelopmentPlanView,
    MeasureStatus,
    PlanMeasureView,
    Priority,
    Responsibility,
)
from verbund_desktop.services.organisation.advisors import current_advisor
from verbund_desktop.services.planning.follow_up_levels import follow_up_outcomes
from verbund_desktop.services.planning.follow_up_schedule import COMPLETED
from verbund_desktop.services.planning.plan_funding import FundingPerson, estimate_measure, funding_person
from verbund_desktop.services.planning.plan_queries import KIND_LABELS_DE, format_label
from verbund_desktop.services.planning.plan_snapshot import decode_plan_view
from verbund_desktop.services.protection.consent import valid_assessment_consent
from verbund_desktop.services.protection.consent_gates import has_consent

PRIORITIES = {1: Priority.HIGH, 2: Priority.MEDIUM, 3: Priority.LOW}
_DUTY = re.compile(r"([^:.\n]{1,80}):\s*([^:\n]*?[.!]?)(?=\s+[^:.\n]{1,80}:\s|\s*$)")


class DocumentError(UserError, ValueError):
    """A document cannot be made; the message is German."""


def parse_responsibilities(text: str) -> tuple[Responsibility, ...]:
    """„Wer: was.“ per line (several per line allowed); a line without a colon becomes „Vereinbart“."""
    result: list[Responsibility] = []
    for line in (part.strip() for part in text.splitlines()):
        if not line:
            continue
        matches = list(_DUTY.finditer(line))
        if matches and "".join(m.group(0) for m in matches).replace(" ", "") == line.replace(" ", ""):
            result += [Responsibility(m.group(1).strip(), m.group(2).strip()) for m in matches]
        elif ":" in line:
            party, _, duty = line.partition(":")
            result.append(Responsibility(party.strip(), duty.strip()))
        else:
            result.append(Responsibility("Vereinbart", line))
    return tuple(result)


def _network_name(session: Session, company: Company) -> str:
    network = session.get(Network, company.network_id)
    return network.name if network is not None else ""


def competence_groups(session: Session, assessment_id: uuid.UUID | None) -> tuple[CompetencyGroupView, ...]:
    """The competence table of an assessment, one group per catalogue version."""
    if assessment_id is None:
        return ()
    ratings = session.scalars(
        select(CompetencyRating)
        .where(CompetencyRating.assessment_id == assessment_id)
        .options(
            selectinload(CompetencyRating.competence).selectinload(Competence.area),
            selectinload(CompetencyRating.catalog),
        )
    ).all()
    groups: dict[uuid.UUID, list[CompetencyRating]] = {}
    for rating in ratings:
        groups.setdefault(rating.catalog_id, []).append(rating)
    result = []
    for rows in sorted(groups.values(), key=lambda rs: (rs[0].catalog.key, rs[0].catalog.version)):
        catalog = rows[0].catalog
        values = [level.value for level in catalog.levels]
        rows.sort(key=lambda r: (r.competence.area.position, r.competence.position, r.competence.code))
        result.append(
            CompetencyGroupView(
                catalogue_title=catalog.name,
                catalogue_version=catalog.version,
                min_level=min(values, default=0),
                max_level=max(values, default=0),
                lines=tuple(
                    CompetencyLine(
                        code=r.competence.code,
                        name=r.competence.name_de,
                        self_level=r.self_level,
                        supervisor_level=r.supervisor_level,
                        agreed_level=r.agreed_level,
                        target_level=r.target_level,
                        priority=PRIORITIES.get(r.priority) if r.priority is not None else None,
                        not_applicable=r.not_applicable,
                        note=r.note,
                    )
                    for r in rows
                ),
                attribution=catalog.attribution,
            )
        )
    return tuple(result)


def measure_format(measure: PlanMeasure) -> str:
    if measure.format:
        return format_label(measure.format)
    return "" if measure.kind == "kurs" else KIND_LABELS_DE.get(measure.kind, "")


def plan_view(
    session: Session, plan: DevelopmentPlan, *, today: date, pseudonymised: bool = False
) -> DevelopmentPlanView:
    """The view model of one plan version as it is now (for printing, freezing or preview)."""
    employee = session.get(Employee, plan.employee_id, options=[selectinload(Employee.role)])
    assert employee is not None
    company = session.get(Company, employee.company_id)
    assert company is not None
    person = funding_person(session, employee)
    advisor = plan.advisor or current_advisor(session)
    consent = valid_assessment_consent(session, employee.id)
    measures = session.scalars(
        select(PlanMeasure)
        .where(PlanMeasure.plan_id == plan.id)
        .options(selectinload(PlanMeasure.gaps))
        .order_by(PlanMeasure.position)
    ).all()
    outcomes = follow_up_outcomes(session, [employee.id])
    measure_views = [
        _measure_view(
            m, person, today, outcomes.get((employee.id, m.title), ()) if m.status == COMPLETED else ()
        )
        for m in measures
    ]
    assessment = plan.assessment
    return DevelopmentPlanView(
        created=today,
        company_name=company.name,
        company_has_works_council=company.works_council,
        employee_name=employee.full_name,
        pseudonym_code=employee.pseudonym_code,
        pseudonymised=pseudonymised,
        role=employee.role.name if employee.role is not None else employee.job_title,
        department=employee.department.name if employee.department is not None else "",
        interview_date=assessment.assessed_on if assessment is not None else plan.created_at.date(),
        advisor_name=advisor.name if advisor is not None else "",
        network_name=_network_name(session, company),
        plan_version=plan.version,
        version_date=today,
        starting_point=plan.starting_point,
        goals=plan.goals,
        competence_groups=competence_groups(session, plan.assessment_id),
        measures=tuple(measure_views),
        responsibilities=parse_responsibilities(plan.responsibilities),
        next_review=plan.review_date,
        place=company.region,
        consent_text_version=consent.text_version if consent is not None else "",
        consent_date=consent.given_on if consent is not None else None,
    )


def _measure_view(
    m: PlanMeasure, person: FundingPerson, today: date, outcomes: tuple[BeforeAfter, ...] = ()
) -> PlanMeasureView:
    """One measure as printed, with its § 82 estimate for this person and its follow-up's before/after."""
    funding = estimate_measure(
        person,
        kind=m.kind,
        hours=m.hours,
        cost=m.cost_eur,
        azav=m.azav,
        start=m.start_date,
        today=today,
        pay=(m.monthly_pay_eur, m.release_hours),
    )
    return PlanMeasureView(
        title=m.title,
        closes_gaps=tuple(sorted(link.competence.code for link in m.gaps)),
        provider=m.provider,
        format=measure_format(m),
        hours=m.hours,
        start=m.start_date,
        end=m.end_date,
        cost=m.cost_eur,
        azav=m.azav,
        funding=funding.view(),
        pooled_course=m.pooled_note,
        release_hours=m.release_hours,
        status=MeasureStatus(m.status),
        responsibility=m.responsibility,
        outcomes=outcomes,
    )


def development_plan_view(
    ws: Workspace, plan_id: uuid.UUID, *, today: date | None = None, pseudonymised: bool = False
) -> DevelopmentPlanView:
    """What printing this version shows: the stored snapshot when frozen, else the plan as it is now."""
    with ws.unit_of_work() as uow:
        plan = uow.session.get(DevelopmentPlan, plan_id)
        if plan is None:
            raise DocumentError("Diesen Plan gibt es nicht (mehr).")
        if plan.frozen_at is not None and plan.snapshot is not None:
            view = decode_plan_view(plan.snapshot)
            if not has_consent(uow.session, plan.employee_id, ConsentPurpose.FUNDING_APPLICATION):
                # The consent to the funding use was withdrawn after freezing: reprints leave the estimates out.
                measures = tuple(dataclasses.replace(m, funding=None) for m in view.measures)
                view = dataclasses.replace(view, measures=measures)
            return dataclasses.replace(view, pseudonymised=pseudonymised)
        return plan_view(uow.session, plan, today=today or date.today(), pseudonymised=pseudonymised)
