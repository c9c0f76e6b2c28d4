"""Reading the audit trail: filter by entity, person, date and actor; German labels for what happened."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from verbund_desktop.persistence.models import AuditEvent, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.protection import audit_words

DEFAULT_LIMIT = 2000
DELETED_SUBJECT = "(gelöscht)"  # the person of an entry was erased since
ENTITY_LABELS = {
    "company": "Betrieb",
    "department": "Abteilung",
    "employee": "Beschäftigte/r",
    "role_profile": "Stellenprofil",
    "company_interview": "Bedarfsanalyse",
    "competency_assessment": "Kompetenzgespräch",
    "competency_rating": "Bewertung",
    "development_plan": "Entwicklungsplan",
    "plan_measure": "Maßnahme",
    "consent_record": "Einwilligung",
    "workspace": "Arbeitsbereich",
    "network": "Verbund",
}
ACTION_LABELS = {
    "create": "angelegt",
    "update": "geändert",
    "delete": "gelöscht",
    "archive": "archiviert",
    "restore": "wiederhergestellt",
    "start": "begonnen",
    "answer": "beantwortet",
    "note": "Notiz",
    "complete": "abgeschlossen",
    "reopen": "wieder geöffnet",
    "rating.set": "Bewertung gesetzt",
    "assessment.start": "Gespräch begonnen",
    "assessment.complete": "Gespräch abgeschlossen",
    "consent.record": "Einwilligung erfasst",
    "consent.withdraw": "Einwilligung widerrufen",
    "remove_after_withdrawal": "Daten nach Widerruf entfernt",
    "erase": "Person gelöscht",
    "erase_company": "Betrieb gelöscht",
    "export_art15": "Auskunft (Art. 15) erstellt",
    "document.saved": "Dokument gespeichert",
}
FIELD_LABELS = {
    "self_level": "Selbsteinschätzung",
    "supervisor_level": "Fremdeinschätzung",
    "agreed_level": "Ist (vereinbart)",
    "target_level": "Soll",
    "priority": "Priorität",
    "note": "Notiz",
    "notes": "Notizen",
    "not_applicable": "nicht anwendbar",
    "status": "Status",
    "severely_disabled": "Schwerbehinderung",
    "birth_year": "Geburtsjahr",
    "qualification_year": "Jahr des Berufsabschlusses",
}


ENTITY_LABELS.update(audit_words.MORE_ENTITIES)
ACTION_LABELS.update(audit_words.MORE_ACTIONS)
FIELD_LABELS.update(audit_words.MORE_FIELDS)


def entity_label(entity_type: str) -> str:
    return ENTITY_LABELS.get(entity_type, entity_type)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def field_label(field: str) -> str:
    """In words; an interview answer is named by its question (see ``audit_words``)."""
    return audit_words.field_words(field, FIELD_LABELS)


def field_label_frame(field: str) -> tuple[str, str]:
    """:func:`field_label` as a frame and its part (``audit_words.field_frame``), for the UI's language."""
    return audit_words.field_frame(field, FIELD_LABELS)


def value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, str | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass(frozen=True)
class AuditFilter:
    """Every criterion is optional; dates are local calendar days, both ends included."""

    entity_type: str | None = None
    subject_id: uuid.UUID | None = None
    actor: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: datetime  # local time
    actor: str
    action: str
    entity_type: str
    entity_id: uuid.UUID | None
    subject_id: uuid.UUID | None
    subject_label: str  # the person's name, or their pseudonym code in pseudonymised mode; "" when none
    field: str
    old: str
    new: str
    reason: str
    old_value: object = dataclass_field(default=None, compare=False)  # as recorded (a bool is „ja“ in old)
    new_value: object = dataclass_field(default=None, compare=False)

    @property
    def what(self) -> str:
        return f"{entity_label(self.entity_type)} {action_label(self.action)}"


@dataclass(frozen=True)
class AuditFacets:
    """What the filter widgets offer: values that occur in the trail."""

    entity_types: tuple[str, ...]
    actors: tuple[str, ...]
    subjects: tuple[tuple[uuid.UUID, str], ...]


def _local_midnight_utc(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _people(session: Session, *, pseudonymised: bool) -> dict[uuid.UUID, str]:
    rows = session.execute(
        select(Employee.id, Employee.first_name, Employee.last_name, Employee.pseudonym_code)
    )
    return {
        ident: code if pseudonymised else f"{last}, {first} ({code})" for ident, first, last, code in rows
    }


def query_audit(
    ws: Workspace, criteria: AuditFilter | None = None, *, pseudonymised: bool = False
) -> list[AuditRow]:
    """Matching events, newest first, at most ``criteria.limit``."""
    criteria = criteria or AuditFilter()
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.created_at.desc())
    if criteria.entity_type:
        query = query.where(AuditEvent.entity_type == criteria.entity_type)
    if criteria.subject_id is not None:
        query = query.where(AuditEvent.subject_id == criteria.subject_id)
    if criteria.actor:
        query = query.where(AuditEvent.actor == criteria.actor)
    if criteria.date_from is not None:
        query = query.where(AuditEvent.at >= _local_midnight_utc(criteria.date_from))
    if criteria.date_to is not None:
        query = query.where(AuditEvent.at < _local_midnight_utc(criteria.date_to + timedelta(days=1)))
    query = query.limit(max(1, criteria.limit))
    with ws.unit_of_work() as uow:
        people = _people(uow.session, pseudonymised=pseudonymised)
        return [
            AuditRow(
                id=e.id,
                at=e.at.astimezone(),
                actor=e.actor,
                action=e.action,
                entity_type=e.entity_type,
                entity_id=e.entity_id,
                subject_id=e.subject_id,
                subject_label=people.get(e.subject_id, DELETED_SUBJECT) if e.subject_id else "",
                field=e.field,
                old=value_text(e.old_value),
                new=value_text(e.new_value),
                reason=e.reason,
                old_value=e.old_value,
                new_value=e.new_value,
            )
            for e in uow.session.scalars(query)
        ]


def audit_facets(ws: Workspace, *, pseudonymised: bool = False) -> AuditFacets:
    with ws.unit_of_work() as uow:
        s = uow.session
        entity_types = tuple(
            s.scalars(select(AuditEvent.entity_type).distinct().order_by(AuditEvent.entity_type))
        )
        actors = tuple(
            a for a in s.scalars(select(AuditEvent.actor).distinct().order_by(AuditEvent.actor)) if a
        )
        people = _people(s, pseudonymised=pseudonymised)
        subject_ids = s.scalars(
            select(AuditEvent.subject_id).where(AuditEvent.subject_id.is_not(None)).distinct()
        )
        subjects = sorted(
            ((ident, people[ident]) for ident in subject_ids if ident in people), key=lambda item: item[1]
        )
        return AuditFacets(entity_types=entity_types, actors=actors, subjects=tuple(subjects))


def audit_event_count(ws: Workspace) -> int:
    with ws.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count(AuditEvent.id))) or 0)
