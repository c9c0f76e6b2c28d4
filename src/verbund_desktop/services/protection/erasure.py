"""Erasing a person (Art. 17 GDPR): the review before, the erasure itself, and what it leaves to do by hand.

Before the erasure the advisor sees (:func:`erasure_preview`) the mentions of the name the program cannot decide
on its own (the first name alone, a form a namesake shares) and the printed and exported files of the person the
program knows of. The erasure removes every row about the person, replaces the certain mentions and the approved
undecided ones, strips personal values from the audit trail, and leaves one audit event without personal data.
The list of files is returned once in the result (so the copies can be deleted) and not kept afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.assessment.names import (
    REASON_FIRST_ONLY,
    REASON_LAST_ONLY,
    REASON_NAMESAKE,
    NameMatcher,
    PersonName,
)
from verbund_desktop.persistence.models import AuditEvent, ConsentRecord, Employee
from verbund_desktop.persistence.sync_capture import forget_bases
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.protection.privacy import (
    ERASURE_REQUEST,
    RemovalCounts,
    _delete_assessments_and_plans,
    _employee,
    _enable_secure_delete,
    _scrub_audit,
    checkpoint,
)
from verbund_desktop.services.protection.text_scrub import (
    MentionRef,
    UndecidedMention,
    is_distinctive_code,
    scrub_everywhere,
)

# Audit actions that say a file about the person was written, and how the file is named to the advisor.
DOCUMENT_ACTIONS = {
    "export_art15": "Auskunft nach Art. 15 DSGVO (JSON und PDF)",
    audit.DOCUMENT_SAVED: "Gespeichertes Dokument",
    "plan.freeze": "Entwicklungsplan gedruckt oder gespeichert (Ablageort unbekannt)",
}
REASON_LABELS = {
    REASON_FIRST_ONLY: "nur der Vorname",
    REASON_LAST_ONLY: "nur der Nachname",
    REASON_NAMESAKE: "eine andere Person heißt gleich",
}


class StaleReviewError(UserError, ValueError):
    """An approved mention is no longer where the review found it; nothing was erased."""


@dataclass(frozen=True)
class KnownDocument:
    """A file about the person the program wrote; ``files`` are the paths recorded (empty when unknown)."""

    kind: str
    at: datetime
    files: tuple[str, ...]


@dataclass(frozen=True)
class ErasurePreview:
    certain_mentions: int  # replaced without asking
    undecided: tuple[UndecidedMention, ...]  # the advisor decides on each
    documents: tuple[KnownDocument, ...]


@dataclass(frozen=True)
class ErasureResult:
    removed: RemovalCounts
    undecided_left: tuple[UndecidedMention, ...]  # found, not approved, left as written
    documents: tuple[KnownDocument, ...]  # shown once; the workspace no longer knows them


def matcher_for(session: Session, employee: Employee) -> NameMatcher:
    """The person's name, and everyone else whose names must stay (other people and company contacts)."""
    others = [
        PersonName(first, last)
        for first, last in session.execute(
            select(Employee.first_name, Employee.last_name).where(Employee.id != employee.id)
        )
    ]
    return NameMatcher(PersonName(employee.first_name, employee.last_name), others)


def _codes(session: Session, employee: Employee) -> list[str]:
    code = employee.pseudonym_code
    taken = session.scalar(
        select(Employee.id).where(Employee.id != employee.id, Employee.pseudonym_code.ilike(code))
    )
    return [code] if is_distinctive_code(code) and taken is None else []


def known_documents(session: Session, employee_id: uuid.UUID) -> list[KnownDocument]:
    """Files written about the person, from the audit trail (before the erasure strips it)."""
    query = (
        select(AuditEvent)
        .where(AuditEvent.subject_id == employee_id, AuditEvent.action.in_(list(DOCUMENT_ACTIONS)))
        .order_by(AuditEvent.at)
    )
    events = list(session.scalars(query))
    # A plan that was frozen and whose file is known needs no second line "Ablageort unbekannt".
    saved_plans = {e.entity_id for e in events if e.action == audit.DOCUMENT_SAVED}
    documents = []
    for event in events:
        if event.action == "plan.freeze" and event.entity_id in saved_plans:
            continue
        value = event.new_value if isinstance(event.new_value, dict) else {}
        files = value.get("dateien", [])
        documents.append(
            KnownDocument(
                kind=str(value.get("art") or DOCUMENT_ACTIONS[event.action]),
                at=event.at,
                files=tuple(str(f) for f in files) if isinstance(files, list) else (),
            )
        )
    return documents


def erasure_preview(ws: Workspace, employee_id: uuid.UUID) -> ErasurePreview:
    """What the erasure would replace without asking, what it asks about, and the files to delete by hand.

    The erasure runs in a transaction that is rolled back, so the review sees exactly what the erasure will see
    (the person's own rows already gone, the same offsets) and changes nothing."""
    with ws.unit_of_work() as uow:
        employee = _employee(uow.session, employee_id)
        trial = erase_employee_rows(uow.session, employee, actor="", reason="")
        return ErasurePreview(
            certain_mentions=trial.removed.text_mentions,
            undecided=trial.undecided_left,
            documents=trial.documents,
        )  # leaving the unit of work without commit rolls the trial back


def erase_employee_rows(
    session: Session,
    employee: Employee,
    *,
    actor: str,
    reason: str,
    approved: Collection[MentionRef] = (),
    approve_all: bool = False,
) -> ErasureResult:
    """Erase one person inside the caller's unit of work (also used by the retention clean-up).

    Undecided mentions are replaced when ``approve_all`` or when their reference is in ``approved``; an approved
    reference no longer found raises :class:`StaleReviewError` (the caller's unit of work rolls back)."""
    _enable_secure_delete(session)
    employee_id = employee.id
    matcher = matcher_for(session, employee)
    codes = _codes(session, employee)
    documents = tuple(known_documents(session, employee_id))
    counts, entity_ids = _delete_assessments_and_plans(session, employee_id)
    consent_ids = list(
        session.scalars(select(ConsentRecord.id).where(ConsentRecord.employee_id == employee_id))
    )
    session.execute(delete(ConsentRecord).where(ConsentRecord.id.in_(consent_ids)))
    session.execute(delete(Employee).where(Employee.id == employee_id))
    session.expire_all()
    scrubbed = _scrub_audit(
        session,
        (AuditEvent.subject_id == employee_id)
        | AuditEvent.entity_id.in_([*entity_ids, *consent_ids, employee_id]),
        detach=True,
    )
    wanted = set(approved)
    outcome = scrub_everywhere(session, matcher, codes=codes, approve=lambda r: approve_all or r in wanted)
    forget_bases(
        session.connection()
    )  # the outbox's values before (the scrub's own included) are not scrubbed
    if wanted - outcome.approved_seen:
        raise StaleReviewError(
            "Mindestens eine geprüfte Erwähnung steht nicht mehr an derselben Stelle; die Texte wurden seit "
            "der Prüfung geändert. Es wurde nichts gelöscht. Bitte die Löschung neu beginnen."
        )
    removed = replace(
        counts,
        consent_records=len(consent_ids),
        audit_events_scrubbed=scrubbed,
        text_mentions=outcome.replaced,
        places=tuple(outcome.places),
    )
    audit.record(
        session,
        actor=actor,
        action="erase",
        entity_type="employee",
        entity_id=None,
        subject_id=None,
        new={**removed.as_audit_value(), "erwähnungen_belassen": len(outcome.undecided)},
        reason=reason,
    )
    return ErasureResult(removed, tuple(outcome.undecided), documents)


def erase_person(
    ws: Workspace,
    *,
    actor: str,
    employee_id: uuid.UUID,
    reason: str = ERASURE_REQUEST,
    approved: Collection[MentionRef] = (),
    approve_all: bool = False,
) -> ErasureResult:
    """Erase one person from every table (Art. 17 GDPR). Backups are not touched; they age out by rotation."""
    with ws.exclusive(), ws.unit_of_work() as uow:  # never while another instance holds the workspace
        employee = _employee(uow.session, employee_id)
        result = erase_employee_rows(
            uow.session, employee, actor=actor, reason=reason, approved=approved, approve_all=approve_all
        )
        uow.commit()
    checkpoint(ws)
    return result
