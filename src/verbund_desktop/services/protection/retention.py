"""Storage limitation (Art. 5(1)(e) GDPR): who is past their company's retention period, and erasing them.

A person is past retention when the last activity on anything about them (their record, assessments, ratings,
plans, consent records, audit events) is older than the company's ``retention_months``. A company is past retention
when the same holds for the company, its needs interviews and every one of its people. Erasing is guarded: it needs
the typed confirmation word and re-checks every case at the moment of erasure.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import InputError, Message
from verbund_desktop.assessment.names import NameMatcher, PersonName
from verbund_desktop.persistence.models import (
    AuditEvent,
    Company,
    CompanyInterview,
    Employee,
    InterviewAnswer,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.protection.activity import add_months, company_activity, employee_activity
from verbund_desktop.services.protection.erasure import erase_employee_rows
from verbund_desktop.services.protection.privacy import checkpoint
from verbund_desktop.services.protection.text_scrub import scrub_everywhere

CONFIRMATION_WORD = "LÖSCHEN"
RETENTION_REASON = "Aufbewahrungsfrist abgelaufen (Art. 5 Abs. 1 lit. e DSGVO)"


@dataclass(frozen=True)
class RetentionCase:
    kind: str  # "employee" or "company"
    id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    label: str  # the person's name (or the company's name)
    pseudonym_code: str
    last_activity: date
    retention_months: int
    due_since: date


@dataclass(frozen=True)
class RetentionErasure:
    people: int
    companies: int


def _cases(session: Session, today: date) -> list[RetentionCase]:
    people = employee_activity(session)
    companies = {c.id: c for c in session.scalars(select(Company))}
    cases: list[RetentionCase] = []
    for company_id, last in company_activity(session, people).items():
        company = companies[company_id]
        due = add_months(last, company.retention_months)
        if due <= today:
            cases.append(
                RetentionCase(
                    "company", company.id, company.id, company.name, company.name, "", last,
                    company.retention_months, due,
                )
            )  # fmt: skip
    for employee in session.scalars(select(Employee)):
        company = companies[employee.company_id]
        seen = people.get(employee.id)
        if seen is None:
            continue
        due = add_months(seen, company.retention_months)
        if due <= today:
            cases.append(
                RetentionCase(
                    "employee", employee.id, company.id, company.name, employee.full_name,
                    employee.pseudonym_code, seen, company.retention_months, due,
                )
            )  # fmt: skip
    cases.sort(key=lambda c: (c.kind != "company", c.due_since, c.company_name, c.label))
    return cases


def past_retention(ws: Workspace, *, today: date | None = None) -> list[RetentionCase]:
    """Companies and people whose retention period has ended, companies first, longest overdue first."""
    with ws.unit_of_work() as uow:
        return _cases(uow.session, today or date.today())


def erase_past_retention(
    ws: Workspace,
    *,
    actor: str,
    ids: Sequence[uuid.UUID],
    confirmation: str,
    today: date | None = None,
) -> RetentionErasure:
    """Erase the given companies and people — only if each is still past retention, and only after the user
    typed the confirmation word. All in one unit of work: nothing is erased when one case no longer qualifies."""
    if confirmation.strip() != CONFIRMATION_WORD:
        raise InputError(Message("Zur Bestätigung bitte „{word}“ eingeben.", word=CONFIRMATION_WORD))
    if not ids:
        raise InputError("Bitte mindestens einen Eintrag auswählen.")
    today = today or date.today()
    with ws.unit_of_work() as uow:
        session = uow.session
        due = {case.id: case for case in _cases(session, today)}
        missing = [ident for ident in ids if ident not in due]
        if missing:
            raise InputError(
                "Mindestens ein ausgewählter Eintrag ist nicht (mehr) über der Aufbewahrungsfrist; "
                "es wurde nichts gelöscht. Bitte die Liste neu laden."
            )
        companies = [due[i] for i in ids if due[i].kind == "company"]
        company_ids = {c.id for c in companies}
        people = [due[i] for i in ids if due[i].kind == "employee" and due[i].company_id not in company_ids]
        erased_people = 0
        for case in people:
            employee = session.get(Employee, case.id)
            if employee is not None:
                erase_employee_rows(session, employee, actor=actor, reason=RETENTION_REASON)
                erased_people += 1
        for case in companies:
            erased_people += _erase_company(session, case.id, actor=actor)
        uow.commit()
    checkpoint(ws)
    return RetentionErasure(people=erased_people, companies=len(companies))


def _erase_company(session: Session, company_id: uuid.UUID, *, actor: str) -> int:
    company = session.get(Company, company_id)
    if company is None:
        return 0
    contact = company.contact_name
    employees = list(session.scalars(select(Employee).where(Employee.company_id == company_id)))
    for employee in employees:
        erase_employee_rows(session, employee, actor=actor, reason=RETENTION_REASON)
    interview_ids = list(
        session.scalars(select(CompanyInterview.id).where(CompanyInterview.company_id == company_id))
    )
    session.execute(delete(InterviewAnswer).where(InterviewAnswer.interview_id.in_(interview_ids)))
    session.execute(delete(CompanyInterview).where(CompanyInterview.id.in_(interview_ids)))
    session.delete(company)
    session.flush()
    events = list(
        session.scalars(select(AuditEvent.id).where(AuditEvent.entity_id.in_([company_id, *interview_ids])))
    )
    if events:
        session.execute(
            update(AuditEvent)
            .where(AuditEvent.id.in_(events))
            .values(old_value=None, new_value=None, reason="", entity_id=None)
        )
    contact_name = _contact_name(contact)
    if contact_name is not None:
        # No one reviews a retention clean-up: only certain mentions of the contact are replaced.
        others = [
            PersonName(f, n) for f, n in session.execute(select(Employee.first_name, Employee.last_name))
        ]
        scrub_everywhere(session, NameMatcher(contact_name, others))
    audit.record(
        session,
        actor=actor,
        action="erase_company",
        entity_type="company",
        entity_id=None,
        new={"beschäftigte": len(employees), "bedarfsanalysen": len(interview_ids)},
        reason=RETENTION_REASON,
    )
    return len(employees)


def _contact_name(contact: str) -> PersonName | None:
    """The name part of a contact such as "Gerda Möller (Inhaberin)": the last word is the surname."""
    parts = contact.split("(")[0].split()
    if len(parts) >= 2:
        return PersonName(" ".join(parts[:-1]), parts[-1])
    return PersonName("", parts[0]) if parts and len(parts[0]) >= 2 else None
