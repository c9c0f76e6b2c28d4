"""The company facts the § 82 estimates use: weighted headcounts, works council, training agreement.

One service function sets them (:func:`set_company_funding_data`), with the same checks as the company form
and one audit event per changed field; other parts of the program (e.g. the needs interview) call it instead
of writing the record themselves.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from decimal import Decimal

from verbund_desktop.persistence.models import Company
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.companies import apply_changes, get_or_fail
from verbund_desktop.services.organisation.company_validation import (
    CompanyInput,
    HeadcountText,
    check_company,
)

__all__ = ["CompanyFundingData", "company_funding_data", "set_company_funding_data"]


@dataclass(frozen=True)
class CompanyFundingData:
    """The funding-relevant facts of one company as stored."""

    headcount: Decimal  # the Betrieb, weighted (§ 82 Abs. 6 SGB III)
    headcount_linked: Decimal  # including linked companies; decides the § 82 band
    works_council: bool
    training_agreement: bool


def company_funding_data(ws: Workspace, company_id: uuid.UUID) -> CompanyFundingData:
    with ws.unit_of_work() as uow:
        c = get_or_fail(uow.session, Company, company_id, "Den Betrieb")
        return CompanyFundingData(c.headcount, c.headcount_linked, c.works_council, c.training_agreement)


def set_company_funding_data(
    ws: Workspace,
    company_id: uuid.UUID,
    *,
    actor: str,
    headcount: HeadcountText = None,
    headcount_linked: HeadcountText = None,
    works_council: bool | None = None,
    training_agreement: bool | None = None,
) -> CompanyFundingData:
    """Change the given facts (None: keep), checked like the form; all or nothing; audited per field.

    Raises:
        ValidationError: a German message per field; nothing is written.
        NotFoundError: the company is gone.
    """
    with ws.unit_of_work() as uow:
        company = get_or_fail(uow.session, Company, company_id, "Den Betrieb")
        current = CompanyInput(
            name=company.name,
            headcount=company.headcount,
            headcount_linked=company.headcount_linked,
            works_council=company.works_council,
            training_agreement=company.training_agreement,
        )
        changes = {
            name: value
            for name, value in (
                ("headcount", headcount),
                ("headcount_linked", headcount_linked),
                ("works_council", works_council),
                ("training_agreement", training_agreement),
            )
            if value is not None and not (isinstance(value, str) and not value.strip())
        }
        checked = check_company(dataclasses.replace(current, **changes))  # type: ignore[arg-type]
        funding_fields = ("headcount", "headcount_linked", "works_council", "training_agreement")
        apply_changes(
            uow.session,
            company,
            {name: checked[name] for name in funding_fields},
            actor=actor,
            entity_type="company",
        )
        uow.commit()
        return CompanyFundingData(
            checked["headcount"],
            checked["headcount_linked"],
            checked["works_council"],
            checked["training_agreement"],
        )
