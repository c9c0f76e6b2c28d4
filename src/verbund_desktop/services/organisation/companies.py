"""Companies, departments and employees: create, edit, archive and restore; one unit of work per action.

Every change is validated first (``company_validation``: nothing is written when anything is wrong) and leaves
audit events in the same transaction. Archived companies and people are hidden from the directory, not deleted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import InputError, Message, as_message
from verbund_desktop.persistence.base import utcnow
from verbund_desktop.persistence.models import Company, Department, Employee, Network, RoleProfile
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.common.code_tag import code_tag
from verbund_desktop.services.organisation.company_validation import (
    CompanyInput,
    EmployeeInput,
    NotFoundError,
    ValidationError,
    check_company,
    check_employee,
    suggest_code,
)

__all__ = [
    "ArchivedEntry",
    "CompanyInput",
    "EmployeeInput",
    "NotFoundError",
    "ValidationError",
    "apply_changes",
    "archive_company",
    "archive_employee",
    "archived_companies",
    "archived_employees",
    "create_company",
    "create_employee",
    "employee_problems",
    "get_or_fail",
    "load_company",
    "load_employee",
    "next_pseudonym_code",
    "restore_company",
    "restore_employee",
    "update_company",
    "update_employee",
]


@dataclass(frozen=True)
class ArchivedEntry:
    """An archived company or person, for the restore dialog. ``code`` is empty for companies."""

    id: uuid.UUID
    name: str
    code: str
    company_name: str
    archived_at: datetime


# -- companies --------------------------------------------------------------------------------------------------
def create_company(ws: Workspace, data: CompanyInput, *, actor: str) -> uuid.UUID:
    """Add a company to the workspace's network; returns its id."""
    values = check_company(data)
    with ws.unit_of_work() as uow:
        s = uow.session
        network = s.scalars(select(Network).order_by(Network.created_at)).first()
        if network is None:
            raise InputError(
                "Der Arbeitsbereich hat noch keinen Verbund; bitte zuerst einen Verbund anlegen."
            )
        company = Company(network=network, **values)
        s.add(company)
        s.flush()
        audit.record(
            s, actor=actor, action="create", entity_type="company", entity_id=company.id, new=values["name"]
        )
        uow.commit()
        return company.id


def update_company(ws: Workspace, company_id: uuid.UUID, data: CompanyInput, *, actor: str) -> None:
    values = check_company(data)
    with ws.unit_of_work() as uow:
        company = get_or_fail(uow.session, Company, company_id, "Den Betrieb")
        apply_changes(uow.session, company, values, actor=actor, entity_type="company")
        uow.commit()


def load_company(ws: Workspace, company_id: uuid.UUID) -> CompanyInput:
    """The stored values as the form shows them."""
    with ws.unit_of_work() as uow:
        c = get_or_fail(uow.session, Company, company_id, "Den Betrieb")
        return CompanyInput(
            name=c.name,
            headcount=c.headcount,
            headcount_linked=c.headcount_linked,
            industry=c.industry,
            street=c.street,
            postcode=c.postcode,
            region=c.region,
            works_council=c.works_council,
            training_agreement=c.training_agreement,
            contact_name=c.contact_name,
            contact_email=c.contact_email,
            contact_phone=c.contact_phone,
            notes=c.notes,
            dpo_name=c.dpo_name,
            dpo_contact=c.dpo_contact,
        )


def archive_company(ws: Workspace, company_id: uuid.UUID, *, actor: str) -> None:
    """Hide a company (and with it its people) from the directory; nothing is deleted."""
    _set_archived(ws, Company, company_id, archived=True, actor=actor)


def restore_company(ws: Workspace, company_id: uuid.UUID, *, actor: str) -> None:
    _set_archived(ws, Company, company_id, archived=False, actor=actor)


def archived_companies(ws: Workspace) -> list[ArchivedEntry]:
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(Company).where(Company.archived_at.is_not(None)).order_by(Company.name)
        )
        return [ArchivedEntry(c.id, c.name, "", c.name, _archived_at(c)) for c in rows]


# -- employees --------------------------------------------------------------------------------------------------
def next_pseudonym_code(ws: Workspace, company_id: uuid.UUID) -> str:
    """The code the form suggests for a new person of this company, e.g. "BM-06" (with this laptop's code tag
    once it is connected to the office: "BM-C06", so that no other laptop suggests the same one)."""
    with ws.unit_of_work() as uow:
        company = get_or_fail(uow.session, Company, company_id, "Den Betrieb")
        return suggest_code(
            company.name, _codes(uow.session, company_id, exclude=None), code_tag(uow.session)
        )


def employee_problems(
    ws: Workspace,
    company_id: uuid.UUID,
    data: EmployeeInput,
    *,
    employee_id: uuid.UUID | None = None,
    today: date | None = None,
) -> dict[str, str]:
    """Field → German message for everything that would stop saving ``data`` (empty: it can be saved).

    Read-only, so a form can show the messages beside its fields before anything is written.
    """
    with ws.unit_of_work() as uow:
        s = uow.session
        company = get_or_fail(s, Company, company_id, "Den Betrieb")
        try:
            values = check_employee(
                data,
                taken_codes=_codes(s, company_id, exclude=employee_id),
                company_name=company.name,
                today=today,
                tag=code_tag(s),
            )
            _check_links(s, company_id, values)
        except ValidationError as exc:
            return exc.problems
        return {}


def create_employee(
    ws: Workspace, company_id: uuid.UUID, data: EmployeeInput, *, actor: str, today: date | None = None
) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        s = uow.session
        company = get_or_fail(s, Company, company_id, "Den Betrieb")
        values = check_employee(
            data,
            taken_codes=_codes(s, company_id, exclude=None),
            company_name=company.name,
            today=today,
            tag=code_tag(s),
        )
        _check_links(s, company_id, values)
        employee = Employee(company_id=company_id, **values)
        s.add(employee)
        s.flush()
        audit.record(
            s,
            actor=actor,
            action="create",
            entity_type="employee",
            entity_id=employee.id,
            subject_id=employee.id,
            new=values["pseudonym_code"],
        )
        uow.commit()
        return employee.id


def update_employee(
    ws: Workspace, employee_id: uuid.UUID, data: EmployeeInput, *, actor: str, today: date | None = None
) -> None:
    with ws.unit_of_work() as uow:
        s = uow.session
        employee = get_or_fail(s, Employee, employee_id, "Die Person")
        company = get_or_fail(s, Company, employee.company_id, "Den Betrieb")
        values = check_employee(
            data,
            taken_codes=_codes(s, employee.company_id, exclude=employee_id),
            company_name=company.name,
            today=today,
            tag=code_tag(s),
        )
        _check_links(s, employee.company_id, values)
        apply_changes(s, employee, values, actor=actor, entity_type="employee", subject_id=employee.id)
        uow.commit()


def load_employee(ws: Workspace, employee_id: uuid.UUID) -> tuple[uuid.UUID, EmployeeInput]:
    """``(company id, stored values)`` as the form shows them."""
    with ws.unit_of_work() as uow:
        e = get_or_fail(uow.session, Employee, employee_id, "Die Person")
        return e.company_id, EmployeeInput(
            first_name=e.first_name,
            last_name=e.last_name,
            pseudonym_code=e.pseudonym_code,
            job_title=e.job_title,
            department_id=e.department_id,
            role_id=e.role_id,
            birth_year=e.birth_year,
            has_vocational_qualification=e.has_vocational_qualification,
            qualification_year=e.qualification_year,
            notes=e.notes,
        )


def archive_employee(ws: Workspace, employee_id: uuid.UUID, *, actor: str) -> None:
    _set_archived(ws, Employee, employee_id, archived=True, actor=actor)


def restore_employee(ws: Workspace, employee_id: uuid.UUID, *, actor: str) -> None:
    _set_archived(ws, Employee, employee_id, archived=False, actor=actor)


def archived_employees(ws: Workspace) -> list[ArchivedEntry]:
    with ws.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Employee, Company.name)
            .join(Company, Employee.company_id == Company.id)
            .where(Employee.archived_at.is_not(None))
            .order_by(Company.name, Employee.last_name, Employee.first_name)
        ).all()
        return [
            ArchivedEntry(e.id, f"{e.last_name}, {e.first_name}", e.pseudonym_code, name, _archived_at(e))
            for e, name in rows
        ]


def _codes(s: Session, company_id: uuid.UUID, *, exclude: uuid.UUID | None) -> list[str]:
    query = select(Employee.pseudonym_code).where(Employee.company_id == company_id)
    if exclude is not None:
        query = query.where(Employee.id != exclude)
    return list(s.scalars(query))


def _check_links(s: Session, company_id: uuid.UUID, values: dict[str, Any]) -> None:
    problems: dict[str, str] = {}
    if values["department_id"] is not None:
        department = s.get(Department, values["department_id"])
        if department is None or department.company_id != company_id:
            problems["department_id"] = "Die gewählte Abteilung gehört nicht zu diesem Betrieb."
    if values["role_id"] is not None:
        role = s.get(RoleProfile, values["role_id"])
        if role is None or role.company_id != company_id:
            problems["role_id"] = "Das gewählte Stellenprofil gehört nicht zu diesem Betrieb."
    if problems:
        raise ValidationError(problems)


# -- shared -----------------------------------------------------------------------------------------------------
def get_or_fail(s: Session, model: type[Any], ident: uuid.UUID, what: str) -> Any:
    row = s.get(model, ident)
    if row is None:
        raise NotFoundError(
            Message(
                "{what} gibt es nicht (mehr); bitte die Ansicht aktualisieren (F5).", what=as_message(what)
            )
        )
    return row


def apply_changes(
    s: Session,
    row: Any,
    values: dict[str, Any],
    *,
    actor: str,
    entity_type: str,
    subject_id: uuid.UUID | None = None,
) -> None:
    """Set changed columns and record one audit event per changed field."""
    for name, new in values.items():
        old = getattr(row, name)
        if old == new:
            continue
        setattr(row, name, new)
        audit.record(
            s,
            actor=actor,
            action="update",
            entity_type=entity_type,
            entity_id=row.id,
            subject_id=subject_id,
            field=name,
            old=_json(old),
            new=_json(new),
        )


def _json(value: Any) -> Any:
    if isinstance(value, Decimal):  # weighted headcount: 50 stays 50, 49.75 is exact in JSON
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value) if isinstance(value, uuid.UUID) else value


def _set_archived(
    ws: Workspace, model: type[Company] | type[Employee], ident: uuid.UUID, *, archived: bool, actor: str
) -> None:
    what = "Den Betrieb" if model is Company else "Die Person"
    with ws.unit_of_work() as uow:
        s = uow.session
        row = get_or_fail(s, model, ident, what)
        if (row.archived_at is not None) == archived:
            return
        row.archived_at = utcnow() if archived else None
        audit.record(
            s,
            actor=actor,
            action="archive" if archived else "restore",
            entity_type="company" if model is Company else "employee",
            entity_id=ident,
            subject_id=ident if model is Employee else None,
        )
        uow.commit()


def _archived_at(row: Company | Employee) -> datetime:
    assert row.archived_at is not None
    return row.archived_at
