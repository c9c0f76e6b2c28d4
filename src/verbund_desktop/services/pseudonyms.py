"""Pseudonymised mode: how a person is named on screen and in documents, and the names-to-codes map.

Reports built with ``pseudonymised=True`` print codes where they name an employee; free text may still mention
someone by name. :func:`pseudonym_map` gives every written form of every name with its code, ready for
``report.viewmodels.scrub_names`` before a pseudonymised document is built.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..persistence.models import Employee
from ..persistence.workspace import Workspace
from .text_scrub import name_forms


def employee_label(first_name: str, last_name: str, code: str, *, pseudonymised: bool) -> str:
    """How a person is named on screen and in documents: the pseudonym code in pseudonymised mode."""
    return code if pseudonymised else f"{first_name} {last_name}".strip()


def pseudonym_map(session: Session, company_id: uuid.UUID | None = None) -> dict[str, str]:
    """Every way a person's name is written, mapped to their pseudonym code: feed it to
    ``report.viewmodels.scrub_names`` before a pseudonymised document is built."""
    query = select(Employee.first_name, Employee.last_name, Employee.pseudonym_code)
    if company_id is not None:
        query = query.where(Employee.company_id == company_id)
    mapping: dict[str, str] = {}
    for first, last, code in session.execute(query):
        for form in name_forms(first, last):
            mapping[form] = code
    return mapping


def pseudonym_replacements(ws: Workspace, company_id: uuid.UUID | None = None) -> dict[str, str]:
    """:func:`pseudonym_map` in its own read transaction."""
    with ws.unit_of_work() as uow:
        return pseudonym_map(uow.session, company_id)
