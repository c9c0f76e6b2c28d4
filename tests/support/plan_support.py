"""Lookups shared by the plan, suggestion, document and printing tests (the demo workspace: tests/conftest.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from verbund_desktop.persistence.models import AuditEvent, Company, Employee
from verbund_desktop.persistence.workspace import Workspace

ACTOR = "Dr. Sabine Kröger"


def employee_id(ws: Workspace, code: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        ident = uow.session.scalar(select(Employee.id).where(Employee.pseudonym_code == code))
    assert ident is not None, code
    return ident


def company_id(ws: Workspace, name: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        ident = uow.session.scalar(select(Company.id).where(Company.name == name))
    assert ident is not None, name
    return ident


@dataclass(frozen=True)
class Event:
    actor: str
    entity_id: uuid.UUID | None
    subject_id: uuid.UUID | None
    field: str
    old_value: Any
    new_value: Any


def audit_events(ws: Workspace, action: str) -> list[Event]:
    """The audit events of one action, oldest first, as plain values."""
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.at)
        )
        return [Event(e.actor, e.entity_id, e.subject_id, e.field, e.old_value, e.new_value) for e in rows]
