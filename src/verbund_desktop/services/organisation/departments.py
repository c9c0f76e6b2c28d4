"""Departments of a company: create, rename, delete (their people stay, without a department)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.clean_names import clean_name
from verbund_desktop.assessment.errors import Message
from verbund_desktop.persistence.models import Company, Department, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.organisation.companies import apply_changes, get_or_fail
from verbund_desktop.services.organisation.company_validation import ValidationError


@dataclass(frozen=True)
class DepartmentChoice:
    id: uuid.UUID
    name: str
    employee_count: int


def departments(ws: Workspace, company_id: uuid.UUID) -> list[DepartmentChoice]:
    with ws.unit_of_work() as uow:
        s = uow.session
        counts = dict(
            s.execute(
                select(Employee.department_id, func.count(Employee.id))
                .where(Employee.company_id == company_id, Employee.archived_at.is_(None))
                .group_by(Employee.department_id)
            ).all()
        )
        rows = s.scalars(
            select(Department).where(Department.company_id == company_id).order_by(Department.name)
        )
        return [DepartmentChoice(d.id, d.name, counts.get(d.id, 0)) for d in rows]


def create_department(ws: Workspace, company_id: uuid.UUID, name: str, *, actor: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        s = uow.session
        get_or_fail(s, Company, company_id, "Den Betrieb")
        clean = _department_name(s, company_id, name, exclude=None)
        department = Department(company_id=company_id, name=clean)
        s.add(department)
        s.flush()
        audit.record(
            s, actor=actor, action="create", entity_type="department", entity_id=department.id, new=clean
        )
        uow.commit()
        return department.id


def rename_department(ws: Workspace, department_id: uuid.UUID, name: str, *, actor: str) -> None:
    with ws.unit_of_work() as uow:
        s = uow.session
        department = get_or_fail(s, Department, department_id, "Die Abteilung")
        clean = _department_name(s, department.company_id, name, exclude=department_id)
        apply_changes(s, department, {"name": clean}, actor=actor, entity_type="department")
        uow.commit()


def delete_department(ws: Workspace, department_id: uuid.UUID, *, actor: str) -> None:
    """Remove a department; its people stay, without a department."""
    with ws.unit_of_work() as uow:
        s = uow.session
        department = get_or_fail(s, Department, department_id, "Die Abteilung")
        for employee in s.scalars(select(Employee).where(Employee.department_id == department_id)):
            employee.department_id = None
        audit.record(
            s,
            actor=actor,
            action="delete",
            entity_type="department",
            entity_id=department.id,
            old=department.name,
        )
        s.delete(department)
        uow.commit()


def _department_name(s: Session, company_id: uuid.UUID, name: str, *, exclude: uuid.UUID | None) -> str:
    clean = clean_name(name)
    if not clean:
        raise ValidationError({"name": "Bitte einen Namen für die Abteilung angeben."})
    others = s.scalars(
        select(Department.name).where(Department.company_id == company_id, Department.id != exclude)
    )
    if clean.casefold() in {other.casefold() for other in others}:
        raise ValidationError(
            {"name": Message("Die Abteilung „{name}“ gibt es in diesem Betrieb schon.", name=clean)}
        )
    return clean
