"""Read-side of the network → companies → employees directory, as plain values for the UI and the CLI."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.assessment.errors import InputError
from verbund_desktop.persistence.models import (
    Advisor,
    Company,
    CompanyInterview,
    CompetencyAssessment,
    DevelopmentPlan,
    Employee,
    Network,
)
from verbund_desktop.persistence.workspace import Workspace


@dataclass(frozen=True)
class NetworkSummary:
    id: uuid.UUID
    name: str
    region: str
    company_count: int


@dataclass(frozen=True)
class CompanySummary:
    id: uuid.UUID
    name: str
    industry: str
    headcount: Decimal  # weighted (§ 82 Abs. 6 SGB III)
    headcount_linked: Decimal
    postcode: str
    region: str
    works_council: bool
    training_agreement: bool
    contact_name: str
    employee_count: int
    interview_status: str | None
    archived: bool


@dataclass(frozen=True)
class EmployeeSummary:
    id: uuid.UUID
    company_id: uuid.UUID
    first_name: str
    last_name: str
    pseudonym_code: str
    job_title: str
    role: str
    department: str
    birth_year: int | None
    qualification_year: int | None
    has_vocational_qualification: bool
    notes: str
    assessment_count: int
    plan_count: int
    archived: bool

    @property
    def display_name(self) -> str:
        return f"{self.last_name}, {self.first_name}"


class Directory:
    """Queries for the directory tree and detail pages; every call is its own short read transaction."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def network(self) -> NetworkSummary | None:
        with self._ws.unit_of_work() as uow:
            net = uow.session.scalars(select(Network).order_by(Network.created_at)).first()
            if net is None:
                return None
            count = (
                uow.session.scalar(select(func.count(Company.id)).where(Company.network_id == net.id)) or 0
            )
            return NetworkSummary(net.id, net.name, net.region, count)

    def current_advisor_name(self) -> str:
        """The advisor marked as the user of this laptop (for the audit trail), else the first one."""
        with self._ws.unit_of_work() as uow:
            advisors = uow.session.scalars(
                select(Advisor).order_by(Advisor.is_current.desc(), Advisor.name)
            ).all()
            return advisors[0].name if advisors else ""

    def companies(self, *, include_archived: bool = False) -> list[CompanySummary]:
        query = select(Company).order_by(Company.name)
        if not include_archived:
            query = query.where(Company.archived_at.is_(None))
        with self._ws.unit_of_work() as uow:
            return _company_summaries(uow.session, query, None)

    def company_row(self, company_id: uuid.UUID) -> CompanySummary | None:
        """One company's row of the tree (archived or not), read from its own rows only: for updating one row
        after a change instead of rebuilding the tree."""
        with self._ws.unit_of_work() as uow:
            rows = _company_summaries(
                uow.session, select(Company).where(Company.id == company_id), company_id
            )
        return rows[0] if rows else None

    def employees(
        self, company_id: uuid.UUID | None = None, *, include_archived: bool = False
    ) -> list[EmployeeSummary]:
        query = select(Employee).order_by(Employee.last_name, Employee.first_name)
        if company_id is not None:
            query = query.where(Employee.company_id == company_id)
        if not include_archived:
            query = query.where(Employee.archived_at.is_(None))
        people = None if company_id is None else select(Employee.id).where(Employee.company_id == company_id)
        with self._ws.unit_of_work() as uow:
            return _employee_summaries(uow.session, query, people)

    def employee_row(self, employee_id: uuid.UUID) -> EmployeeSummary | None:
        """One person's row of the tree (archived or not), read from their own rows only: after a plan-field
        commit or an interview step the UI updates this row instead of reloading every person."""
        with self._ws.unit_of_work() as uow:
            rows = _employee_summaries(
                uow.session, select(Employee).where(Employee.id == employee_id), [employee_id]
            )
        return rows[0] if rows else None


def _company_summaries(s: Session, query: Select[Any], company_id: uuid.UUID | None) -> list[CompanySummary]:
    """Summaries of the companies ``query`` selects; ``company_id``: count only that company's rows."""
    count_query = select(Employee.company_id, func.count(Employee.id)).where(Employee.archived_at.is_(None))
    status_query = select(CompanyInterview.company_id, CompanyInterview.status).order_by(
        CompanyInterview.created_at
    )
    if company_id is not None:
        count_query = count_query.where(Employee.company_id == company_id)
        status_query = status_query.where(CompanyInterview.company_id == company_id)
    counts = dict(s.execute(count_query.group_by(Employee.company_id)).all())
    statuses: dict[uuid.UUID, str] = {}
    for cid, status in s.execute(status_query):
        statuses[cid] = status
    return [
        CompanySummary(
            id=c.id,
            name=c.name,
            industry=c.industry,
            headcount=c.headcount,
            headcount_linked=c.headcount_linked,
            postcode=c.postcode,
            region=c.region,
            works_council=c.works_council,
            training_agreement=c.training_agreement,
            contact_name=c.contact_name,
            employee_count=counts.get(c.id, 0),
            interview_status=statuses.get(c.id),
            archived=c.archived_at is not None,
        )
        for c in s.scalars(query)
    ]


def _employee_summaries(
    s: Session, query: Select[Any], people: Collection[uuid.UUID] | Select[Any] | None
) -> list[EmployeeSummary]:
    """Summaries of the people ``query`` selects; ``people``: count only their assessments and plans."""
    assessment_query = select(CompetencyAssessment.employee_id, func.count(CompetencyAssessment.id))
    plan_query = select(DevelopmentPlan.employee_id, func.count(func.distinct(DevelopmentPlan.series_id)))
    if people is not None:
        assessment_query = assessment_query.where(CompetencyAssessment.employee_id.in_(people))
        plan_query = plan_query.where(DevelopmentPlan.employee_id.in_(people))
    assessments = dict(s.execute(assessment_query.group_by(CompetencyAssessment.employee_id)).all())
    plans = dict(s.execute(plan_query.group_by(DevelopmentPlan.employee_id)).all())
    query = query.options(selectinload(Employee.role), selectinload(Employee.department))
    return [
        EmployeeSummary(
            id=e.id,
            company_id=e.company_id,
            first_name=e.first_name,
            last_name=e.last_name,
            pseudonym_code=e.pseudonym_code,
            job_title=e.job_title,
            role=e.role.name if e.role else "",
            department=e.department.name if e.department else "",
            birth_year=e.birth_year,
            qualification_year=e.qualification_year,
            has_vocational_qualification=e.has_vocational_qualification,
            notes=e.notes,
            assessment_count=assessments.get(e.id, 0),
            plan_count=plans.get(e.id, 0),
            archived=e.archived_at is not None,
        )
        for e in s.scalars(query)
    ]


def find_employee(ws: Workspace, ident: str) -> uuid.UUID:
    """An employee by id, or by pseudonym code when that is unique in the workspace (as typed on the CLI)."""
    with ws.unit_of_work() as uow:
        try:
            wanted = uuid.UUID(ident)
        except ValueError:
            matches = list(uow.session.scalars(select(Employee.id).where(Employee.pseudonym_code == ident)))
            if len(matches) == 1:
                return matches[0]
            if matches:
                raise InputError(
                    f"Den Pseudonym-Code „{ident}“ gibt es mehrfach; bitte die ID angeben."
                ) from None
            raise InputError(f"Keine Person mit dem Code oder der ID „{ident}“.") from None
        if uow.session.get(Employee, wanted) is None:
            raise InputError(f"Keine Person mit der ID „{ident}“.")
        return wanted
