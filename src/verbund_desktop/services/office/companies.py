"""What an advisor's device may read of a company: only a company assigned to the advisor (office users: all)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from verbund_desktop.persistence.models import Advisor, Company
from verbund_desktop.persistence.office_db import OfficeDatabase
from verbund_desktop.services.office.auth import RequestRefused
from verbund_desktop.services.office.devices import Scope


def company_summary(office: OfficeDatabase, scope: Scope, company_id: uuid.UUID) -> dict[str, str]:
    """Name and network of a company in the scope; one refusal for "not assigned" and "not there"."""
    with office.unit_of_work() as uow:
        company = uow.session.get(Company, company_id)
        if company is None or company.network_id != scope.network_id or not scope.allows_company(company.id):
            raise RequestRefused(
                "Dieser Betrieb ist Ihnen nicht zugeordnet.", status=403, reason="out-of-scope"
            )
        return {"id": str(company.id), "name": company.name, "network_id": str(company.network_id)}


def list_advisors(office: OfficeDatabase) -> list[tuple[uuid.UUID, str]]:
    """Every advisor of the office database (id, name), for picking one in the CLI."""
    with office.unit_of_work() as uow:
        rows = uow.session.execute(select(Advisor.id, Advisor.name).order_by(Advisor.name))
        return [(r.id, r.name) for r in rows]


def list_companies(office: OfficeDatabase) -> list[tuple[uuid.UUID, str]]:
    with office.unit_of_work() as uow:
        rows = uow.session.execute(select(Company.id, Company.name).order_by(Company.name))
        return [(r.id, r.name) for r in rows]
