"""Read-side of the network → companies → employees directory, as plain values for the UI and the CLI."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import InputError
from verbund_desktop.persistence.models import (
    Advisor,
    Company,
    CompanyInterview,
    CompetencyAssessment,
    Department,
    DevelopmentPlan,
    Employee,
    Network,
    RoleProfile,
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


@dataclass(frozen=True)
class DirectorySnapshot:
    """Everything the directory tree shows, read in one transaction (in a worker: F5, opening the window)."""

    network: NetworkSummary | None
    companies: list[CompanySummary]
    employees: list[EmployeeSummary]


class Directory:
    """Queries for the directory tree and detail pages; every call is its own short read transaction."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def network(self) -> NetworkSummary | None:
        with self._ws.unit_of_work() as uow:
            return _network_summary(uow.session)

    def snapshot(self) -> DirectorySnapshot:
        """The network, its current companies and their current people (as ``network()``, ``companies()`` and
        ``employees()`` return them), from one read transaction; safe to call from a worker thread."""
        with self._ws.unit_of_work() as uow:
            s = uow.session
            network = _network_summary(s)
            companies = _company_summaries(
                s, select(Company).where(Company.archived_at.is_(None)).order_by(Company.name), None
            )
            employees = _employee_summaries(s, [Employee.archived_at.is_(None)], None)
        return DirectorySnapshot(network, companies, employees)

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
        conditions: list[ColumnElement[bool]] = []
        if company_id is not None:
            conditions.append(Employee.company_id == company_id)
        if not include_archived:
            conditions.append(Employee.archived_at.is_(None))
        people = None if company_id is None else select(Employee.id).where(Employee.company_id == company_id)
        with self._ws.unit_of_work() as uow:
            return _employee_summaries(uow.session, conditions, people)

    def employee_row(self, employee_id: uuid.UUID) -> EmployeeSummary | None:
        """One person's row of the tree (archived or not), read from their own rows only: after a plan-field
        commit or an interview step the UI updates this row instead of reloading every person."""
        with self._ws.unit_of_work() as uow:
            rows = _employee_summaries(uow.session, [Employee.id == employee_id], [employee_id])
        return rows[0] if rows else None


def _network_summary(s: Session) -> NetworkSummary | None:
    net = s.scalars(select(Network).order_by(Network.created_at)).first()
    if net is None:
        return None
    count = s.scalar(select(func.count(Company.id)).where(Company.network_id == net.id)) or 0
    return NetworkSummary(net.id, net.name, net.region, count)


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
    s: Session, conditions: list[ColumnElement[bool]], people: Collection[uuid.UUID] | Select[Any] | None
) -> list[EmployeeSummary]:
    """Summaries of the people matching ``conditions``, by name; ``people``: count only their assessments and
    plans. Plain rows, not ORM objects: the whole network's 6,000 people load in a seventh of the time."""
    assessment_query = select(CompetencyAssessment.employee_id, func.count(CompetencyAssessment.id))
    plan_query = select(DevelopmentPlan.employee_id, func.count(func.distinct(DevelopmentPlan.series_id)))
    if people is not None:
        assessment_query = assessment_query.where(CompetencyAssessment.employee_id.in_(people))
        plan_query = plan_query.where(DevelopmentPlan.employee_id.in_(people))
    assessments = dict(s.execute(assessment_query.group_by(CompetencyAssessment.employee_id)).all())
    plans = dict(s.execute(plan_query.group_by(DevelopmentPlan.employee_id)).all())
    query = (
        select(
            Employee.id,
            Employee.company_id,
            Employee.first_name,
            Employee.last_name,
            Employee.pseudonym_code,
            Employee.job_title,
            RoleProfile.name.label("role"),
            Department.name.label("department"),
            Employee.birth_year,
            Employee.qualification_year,
            Employee.has_vocational_qualification,
            Employee.notes,
            Employee.archived_at,
        )
        .outerjoin(RoleProfile, Employee.role_id == RoleProfile.id)
        .outerjoin(Department, Employee.department_id == Department.id)
        .where(*conditions)
        .order_by(Employee.last_name, Employee.first_name)
    )
    return [employee_summary(e, assessments, plans) for e in s.execute(query)]


def employee_summary(row: Any, assessments: dict[Any, int], plans: dict[Any, int]) -> EmployeeSummary:
    """The summary of one person's row (its role and department as names, or None)."""
    return EmployeeSummary(
        id=row.id,
        company_id=row.company_id,
        first_name=row.first_name,
        last_name=row.last_name,
        pseudonym_code=row.pseudonym_code,
        job_title=row.job_title,
        role=row.role or "",
        department=row.department or "",
        birth_year=row.birth_year,
        qualification_year=row.qualification_year,
        has_vocational_qualification=row.has_vocational_qualification,
        notes=row.notes,
        assessment_count=assessments.get(row.id, 0),
        plan_count=plans.get(row.id, 0),
        archived=row.archived_at is not None,
    )


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
