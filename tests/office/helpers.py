"""Shared steps of the office tests: the demo advisor and companies, snapshots for "nothing changed"."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from tests.office.service import RunningService
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import Advisor, Company, OfficeDevice
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.office.devices import assign_company, issue_enrolment_code
from verbund_desktop.services.sync.client import OfficeConnection, connect_to_office, fetch_certificate


def demo_advisor(office: OfficeDatabase) -> uuid.UUID:
    with office.unit_of_work() as uow:
        return uow.session.scalars(select(Advisor.id).order_by(Advisor.name)).first()  # type: ignore[return-value]


def demo_companies(office: OfficeDatabase) -> list[tuple[uuid.UUID, str]]:
    with office.unit_of_work() as uow:
        return [
            (r.id, r.name)
            for r in uow.session.execute(select(Company.id, Company.name).order_by(Company.name))
        ]


def snapshot(office: OfficeDatabase) -> dict[str, Any]:
    """Row counts of every table and each device's state: equal before and after means nothing changed."""
    with office.unit_of_work() as uow:
        s = uow.session
        counts = {
            name: s.scalar(select(func.count()).select_from(t)) for name, t in Base.metadata.tables.items()
        }
        devices = sorted((str(d.id), d.revoked_at, d.last_seen_at) for d in s.scalars(select(OfficeDevice)))
    return {"counts": counts, "devices": devices}


def enrol_laptop(
    ws: Workspace, service: RunningService, office: OfficeDatabase, *, companies: int = 1
) -> OfficeConnection:
    """The demo advisor gets a code and the first ``companies`` demo companies; the laptop connects with it."""
    advisor = demo_advisor(office)
    for company_id, _ in demo_companies(office)[:companies]:
        assign_company(office, advisor, company_id)
    code = issue_enrolment_code(office, advisor).code
    certificate = fetch_certificate(service.address)
    return connect_to_office(ws, service.address, code, certificate, label="Laptop", actor="Test")
