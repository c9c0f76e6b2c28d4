"""Data-subject rights on one person: consent overview, withdrawal with its consequences, erasure, the Art. 9 field.

Withdrawing the consent for the competency interview removes what was stored on its basis (assessments with
their ratings, development plans, notes, funding-relevant personal details) and the values in the audit trail that
describe them; the person and the withdrawn consent record stay as proof. Erasing a person (services/protection/erasure.py)
uses the helpers here to remove the rows collected about them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ColumnElement, delete, select, update
from sqlalchemy.orm import Session

from verbund_desktop.assessment.consent_purposes import (
    CONSENT_PURPOSE_DISABILITY,
    PURPOSES_IN_ORDER,
    ConsentPurpose,
)
from verbund_desktop.assessment.errors import InputError, Message, UserError
from verbund_desktop.persistence.models import (
    AuditEvent,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
    MeasureGap,
    PlanMeasure,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.organisation.pseudonyms import employee_label
from verbund_desktop.services.protection.activity import add_months, employee_activity
from verbund_desktop.services.protection.consent import ConsentInfo, consent_info

ERASURE_REQUEST = "Antrag auf Löschung (Art. 17 DSGVO)"
PURPOSE_LABELS = {p.value: p.label_de for p in PURPOSES_IN_ORDER}
PURPOSE_LABELS[CONSENT_PURPOSE_DISABILITY] = "Angabe einer Schwerbehinderung (Art. 9 DSGVO)"
USE_ONLY_PURPOSES = (ConsentPurpose.FUNDING_APPLICATION.value, ConsentPurpose.NETWORK_POOLING.value)
CONSENT_ENTITY = "consent_record"  # as services/protection/consent.py records it
STATUS_LABELS = {"given": "erteilt", "withdrawn": "widerrufen"}


class ConsentRequiredError(UserError, ValueError):
    """The action needs a consent record that is not there; the message says which."""


@dataclass(frozen=True)
class RemovalCounts:
    """How much was removed; numbers only, so it can go into the audit trail."""

    assessments: int = 0
    ratings: int = 0
    plans: int = 0
    measures: int = 0
    consent_records: int = 0
    audit_events_scrubbed: int = 0
    text_mentions: int = 0
    places: tuple[str, ...] = ()  # "table.column" where a mention of the name was replaced

    def as_audit_value(self) -> dict[str, int]:
        return {
            "kompetenzerhebungen": self.assessments,
            "bewertungen": self.ratings,
            "entwicklungspläne": self.plans,
            "maßnahmen": self.measures,
            "einwilligungen": self.consent_records,
            "protokolleinträge_bereinigt": self.audit_events_scrubbed,
            "erwähnungen_ersetzt": self.text_mentions,
        }


@dataclass(frozen=True)
class PrivacyOverview:
    """What the „Datenschutz“ tab shows about one person."""

    employee_id: uuid.UUID
    first_name: str
    last_name: str
    pseudonym_code: str
    company_name: str
    retention_months: int
    severely_disabled: bool | None
    has_disability_consent: bool
    consents: tuple[ConsentInfo, ...]
    last_activity: date | None
    retention_due: date | None

    def label(self, *, pseudonymised: bool) -> str:
        return employee_label(
            self.first_name, self.last_name, self.pseudonym_code, pseudonymised=pseudonymised
        )


@dataclass(frozen=True)
class WithdrawalResult:
    consent_id: uuid.UUID
    purpose: str
    data_removed: bool  # False when another valid consent for the same purpose remains
    removed: RemovalCounts


def privacy_overview(ws: Workspace, employee_id: uuid.UUID) -> PrivacyOverview | None:
    """Consent records, the Art. 9 field and the retention date of one person; None when erased."""

    with ws.unit_of_work() as uow:
        session = uow.session
        employee = session.get(Employee, employee_id)
        if employee is None:
            return None
        records = session.scalars(
            select(ConsentRecord)
            .where(ConsentRecord.employee_id == employee_id)
            .order_by(ConsentRecord.given_on.desc(), ConsentRecord.created_at.desc())
        )
        last = employee_activity(session, only=[employee_id]).get(employee_id)
        months = employee.company.retention_months
        return PrivacyOverview(
            employee_id=employee.id,
            first_name=employee.first_name,
            last_name=employee.last_name,
            pseudonym_code=employee.pseudonym_code,
            company_name=employee.company.name,
            retention_months=months,
            severely_disabled=employee.severely_disabled,
            has_disability_consent=has_valid_consent(session, employee_id, CONSENT_PURPOSE_DISABILITY),
            consents=tuple(consent_info(r) for r in records),
            last_activity=last,
            retention_due=add_months(last, months) if last else None,
        )


def _employee(session: Session, employee_id: uuid.UUID) -> Employee:
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise InputError("Diese Person gibt es nicht (mehr) im Arbeitsbereich.")
    return employee


def has_valid_consent(session: Session, employee_id: uuid.UUID, purpose: str) -> bool:
    found = session.scalar(
        select(ConsentRecord.id).where(
            ConsentRecord.employee_id == employee_id,
            ConsentRecord.purpose == purpose,
            ConsentRecord.status == "given",
            ConsentRecord.withdrawn_on.is_(None),
        )
    )
    return found is not None


def set_severely_disabled(ws: Workspace, *, actor: str, employee_id: uuid.UUID, value: bool | None) -> None:
    """Store "severely disabled" (Art. 9 GDPR health data) only with an explicit consent of purpose
    ``schwerbehinderung``; ``None`` clears it, which is always allowed."""
    with ws.unit_of_work() as uow:
        employee = _employee(uow.session, employee_id)
        if value is not None and not has_valid_consent(uow.session, employee_id, CONSENT_PURPOSE_DISABILITY):
            raise ConsentRequiredError(
                "Eine Schwerbehinderung darf nur mit ausdrücklicher, gesonderter Einwilligung gespeichert "
                "werden (Art. 9 DSGVO). Bitte zuerst die Einwilligung „Schwerbehinderung“ erfassen; für eine "
                "einzelne Förderschätzung kann die Angabe auch ohne Speichern verwendet werden."
            )
        old = employee.severely_disabled
        if old == value:
            return
        employee.severely_disabled = value
        audit.record(
            uow.session,
            actor=actor,
            action="update",
            entity_type="employee",
            entity_id=employee.id,
            subject_id=employee.id,
            field="severely_disabled",
            old=old,
            new=value,
        )
        uow.commit()


def withdraw_consent(
    ws: Workspace,
    *,
    actor: str,
    consent_id: uuid.UUID,
    on: date | None = None,
    reason: str = "",
    today: date | None = None,
) -> WithdrawalResult:
    """Record the withdrawal of one consent (effective for the future) and remove what was stored on its basis,
    unless another valid consent for the same purpose remains. One unit of work: all or nothing.

    `today` is the calendar day the check "not in the future" is measured against (the caller's clock)."""
    today = today or date.today()
    on = on or today
    with ws.unit_of_work() as uow:
        session = uow.session
        record = session.get(ConsentRecord, consent_id)
        if record is None:
            raise InputError("Diese Einwilligung gibt es nicht (mehr).")
        if record.status != "given":
            raise InputError("Diese Einwilligung ist schon widerrufen.")
        if on < record.given_on:
            raise InputError("Der Widerruf kann nicht vor der Einwilligung liegen.")
        if on > today:
            raise InputError(Message("Das Datum {day} liegt in der Zukunft.", day=on))
        record.status = "withdrawn"
        record.withdrawn_on = on
        audit.record(
            session,
            actor=actor,
            action="consent.withdraw",
            entity_type=CONSENT_ENTITY,
            entity_id=record.id,
            subject_id=record.employee_id,
            field="status",
            old="given",
            new="withdrawn",
            reason=reason,
        )
        session.flush()
        purpose = record.purpose
        removed = remove_data_after_withdrawal(session, record, actor=actor)
        uow.commit()
    if removed is not None:
        checkpoint(ws)
    return WithdrawalResult(consent_id, purpose, removed is not None, removed or RemovalCounts())


def remove_data_after_withdrawal(
    session: Session, record: ConsentRecord, *, actor: str
) -> RemovalCounts | None:
    """Inside the caller's unit of work: remove what depended on the (now withdrawn) ``record``. None: nothing
    removed, as another valid consent for the purpose covers the data, or the purpose only uses interview data
    (funding 2, pooling 3: their gates refuse every further use, the data stay for the interview and plan)."""
    if record.purpose in USE_ONLY_PURPOSES or has_valid_consent(session, record.employee_id, record.purpose):
        return None
    _enable_secure_delete(session)
    employee = _employee(session, record.employee_id)
    if record.purpose == CONSENT_PURPOSE_DISABILITY:
        removed = _clear_disability(session, employee)
    else:
        removed = _remove_consent_based_data(session, employee)
    audit.record(
        session,
        actor=actor,
        action="remove_after_withdrawal",
        entity_type="employee",
        entity_id=employee.id,
        subject_id=employee.id,
        new=removed.as_audit_value(),
        reason=PURPOSE_LABELS.get(record.purpose, record.purpose),
    )
    return removed


def _clear_disability(session: Session, employee: Employee) -> RemovalCounts:
    employee.severely_disabled = None
    scrubbed = _scrub_audit(
        session,
        (AuditEvent.subject_id == employee.id) & (AuditEvent.field == "severely_disabled"),
        detach=False,
    )
    return RemovalCounts(audit_events_scrubbed=scrubbed)


def _remove_consent_based_data(session: Session, employee: Employee) -> RemovalCounts:
    """Assessments, ratings, plans, notes and funding-relevant details: everything collected under the consent."""
    counts, entity_ids = _delete_assessments_and_plans(session, employee.id)
    employee.notes = ""
    employee.birth_year = None
    employee.qualification_year = None
    employee.severely_disabled = None
    scrubbed = _scrub_audit(
        session,
        ((AuditEvent.subject_id == employee.id) & (AuditEvent.entity_type != CONSENT_ENTITY))
        | AuditEvent.entity_id.in_(entity_ids),
        detach=False,
    )
    return replace(counts, audit_events_scrubbed=scrubbed)


def _delete_assessments_and_plans(
    session: Session, employee_id: uuid.UUID
) -> tuple[RemovalCounts, list[uuid.UUID]]:
    assessment_ids = list(
        session.scalars(
            select(CompetencyAssessment.id).where(CompetencyAssessment.employee_id == employee_id)
        )
    )
    rating_ids = list(
        session.scalars(select(CompetencyRating.id).where(CompetencyRating.assessment_id.in_(assessment_ids)))
    )
    plan_ids = list(
        session.scalars(select(DevelopmentPlan.id).where(DevelopmentPlan.employee_id == employee_id))
    )
    measure_ids = list(session.scalars(select(PlanMeasure.id).where(PlanMeasure.plan_id.in_(plan_ids))))
    session.execute(delete(MeasureGap).where(MeasureGap.measure_id.in_(measure_ids)))
    session.execute(delete(PlanMeasure).where(PlanMeasure.id.in_(measure_ids)))
    session.execute(delete(DevelopmentPlan).where(DevelopmentPlan.id.in_(plan_ids)))
    session.execute(delete(CompetencyRating).where(CompetencyRating.id.in_(rating_ids)))
    session.execute(
        update(CompetencyAssessment)
        .where(CompetencyAssessment.id.in_(assessment_ids))
        .values(previous_id=None)
    )
    session.execute(delete(CompetencyAssessment).where(CompetencyAssessment.id.in_(assessment_ids)))
    session.expire_all()
    counts = RemovalCounts(
        assessments=len(assessment_ids),
        ratings=len(rating_ids),
        plans=len(plan_ids),
        measures=len(measure_ids),
    )
    return counts, [*assessment_ids, *rating_ids, *plan_ids, *measure_ids]


def _scrub_audit(session: Session, condition: ColumnElement[bool], *, detach: bool) -> int:
    """Remove personal values from matching audit events; with ``detach`` also their link to the person."""
    ids = list(session.scalars(select(AuditEvent.id).where(condition)))
    if not ids:
        return 0
    values: dict[str, object] = {"old_value": None, "new_value": None, "reason": ""}
    if detach:
        values.update(subject_id=None, entity_id=None)
    session.execute(update(AuditEvent).where(AuditEvent.id.in_(ids)).values(**values))
    return len(ids)


def _enable_secure_delete(session: Session) -> None:
    # Deleted rows are overwritten with zeros in the file instead of lingering in free pages.
    session.connection().exec_driver_sql("PRAGMA secure_delete = ON")


def checkpoint(ws: Workspace) -> None:
    """Move the WAL into the main file and empty it, so no old page with erased data stays in the WAL."""
    with ws.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
