"""Pseudonymised mode: how a person is named on screen and in documents, and the names-to-codes matcher.

Reports built with ``pseudonymised=True`` print codes where they name an employee; free text may still mention
someone by name. :func:`pseudonymiser` knows every person's first and last name with their code, ready for
``report.viewmodels.scrub_names`` before a pseudonymised document is built. It uses the one name matcher of
:mod:`verbund_desktop.assessment.names`, so "Anna Berg" never turns "Johanna Bergmann" into "JohAB-01mann".
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.names import PersonName, Pseudonymiser
from verbund_desktop.persistence.models import Employee
from verbund_desktop.persistence.workspace import Workspace


def employee_label(first_name: str, last_name: str, code: str, *, pseudonymised: bool) -> str:
    """How a person is named on screen and in documents: the pseudonym code in pseudonymised mode."""
    return code if pseudonymised else f"{first_name} {last_name}".strip()


def pseudonym_people(session: Session, company_id: uuid.UUID | None = None) -> list[tuple[PersonName, str]]:
    """Every person (of one company, or all) with their pseudonym code."""
    query = select(Employee.first_name, Employee.last_name, Employee.pseudonym_code)
    if company_id is not None:
        query = query.where(Employee.company_id == company_id)
    return [(PersonName(first, last), code) for first, last, code in session.execute(query)]


def pseudonymiser(ws: Workspace, company_id: uuid.UUID | None = None) -> Pseudonymiser:
    """A :class:`Pseudonymiser` for the people of one company (or all), read in its own transaction."""
    with ws.unit_of_work() as uow:
        return Pseudonymiser(pseudonym_people(uow.session, company_id))
