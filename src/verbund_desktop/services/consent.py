"""Consent records (Einwilligung) and the gate that every personal rating must pass.

Competency ratings are personal data (domain.md §6). Before a rating of a person is stored there must be a
consent record for the purpose "Kompetenzerhebung und Entwicklungsplanung" (given on paper or electronically,
with date and text version) or a documented other legal basis. The assessment service calls
:func:`require_assessment_consent` in the same unit of work as every write.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..assessment.errors import UserError
from ..persistence.models import CONSENT_PURPOSE_ASSESSMENT, ConsentRecord, Employee
from ..persistence.workspace import Workspace
from . import audit

METHOD_PAPER = "paper"
METHOD_ELECTRONIC = "electronic"
METHOD_OTHER_BASIS = "other_basis"
METHODS = (METHOD_PAPER, METHOD_ELECTRONIC, METHOD_OTHER_BASIS)
METHOD_LABELS_DE = {
    METHOD_PAPER: "Einwilligung schriftlich (Papier)",
    METHOD_ELECTRONIC: "Einwilligung elektronisch",
    METHOD_OTHER_BASIS: "andere Rechtsgrundlage (dokumentiert)",
}
CONSENT_LEGAL_BASIS = "Art. 6 Abs. 1 lit. a DSGVO"
# Since CJEU C-34/21, § 26 BDSG alone is no valid basis; these are the alternatives domain.md §6 names.
OTHER_LEGAL_BASES = (
    "Art. 6 Abs. 1 lit. b DSGVO (Vertrag)",
    "Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung)",
    "Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse)",
)
DEFAULT_TEXT_VERSION = "2026-01"
PURPOSE_LABELS_DE = {CONSENT_PURPOSE_ASSESSMENT: "Kompetenzerhebung und Entwicklungsplanung"}
EARLIEST_DATE = date(2000, 1, 1)


class ConsentError(UserError, ValueError):
    """A consent record cannot be stored as entered; the message is German and shown as it is."""


class ConsentMissingError(UserError, ValueError):
    """No valid consent or other legal basis: the rating is refused. The message is German."""


@dataclass(frozen=True)
class ConsentInfo:
    id: uuid.UUID
    employee_id: uuid.UUID
    purpose: str
    text_version: str
    status: str
    method: str
    legal_basis: str
    legal_basis_note: str
    given_on: date
    withdrawn_on: date | None
    recorded_by: str

    @property
    def valid(self) -> bool:
        return self.status == "given" and self.withdrawn_on is None

    @property
    def summary_de(self) -> str:
        """One line for status bars and headers, e.g. „Einwilligung schriftlich (Papier) am 12.10.2026 …“."""
        when = f"{self.given_on:%d.%m.%Y}"
        if self.method == METHOD_OTHER_BASIS:
            text = f"Andere Rechtsgrundlage: {self.legal_basis}, dokumentiert am {when}"
        else:
            text = (
                f"{METHOD_LABELS_DE.get(self.method, self.method)} am {when}, Textfassung {self.text_version}"
            )
        if not self.valid:
            withdrawn = f" am {self.withdrawn_on:%d.%m.%Y}" if self.withdrawn_on else ""
            text += f" – widerrufen{withdrawn}"
        return text


def consent_info(record: ConsentRecord) -> ConsentInfo:
    return ConsentInfo(
        id=record.id,
        employee_id=record.employee_id,
        purpose=record.purpose,
        text_version=record.text_version,
        status=record.status,
        method=record.method,
        legal_basis=record.legal_basis,
        legal_basis_note=record.legal_basis_note,
        given_on=record.given_on,
        withdrawn_on=record.withdrawn_on,
        recorded_by=record.recorded_by,
    )


def record_consent(
    ws: Workspace,
    employee_id: uuid.UUID,
    *,
    method: str,
    given_on: date,
    actor: str,
    text_version: str = DEFAULT_TEXT_VERSION,
    purpose: str = CONSENT_PURPOSE_ASSESSMENT,
    legal_basis: str = "",
    note: str = "",
    today: date | None = None,
) -> ConsentInfo:
    """Store a consent given on paper or electronically, or a documented other legal basis (with a note)."""
    today = today or date.today()
    text_version = text_version.strip()
    note = note.strip()
    if method not in METHODS:
        raise ConsentError(
            "Bitte angeben, wie die Einwilligung vorliegt (Papier, elektronisch oder andere Rechtsgrundlage)."
        )
    if given_on > today:
        raise ConsentError(f"Das Datum {given_on:%d.%m.%Y} liegt in der Zukunft.")
    if given_on < EARLIEST_DATE:
        raise ConsentError(f"Das Datum {given_on:%d.%m.%Y} ist nicht plausibel.")
    if method == METHOD_OTHER_BASIS:
        legal_basis = legal_basis.strip()
        if not legal_basis:
            raise ConsentError("Bitte die Rechtsgrundlage angeben.")
        if not note:
            raise ConsentError(
                "Bitte die andere Rechtsgrundlage dokumentieren (z. B. welche Vereinbarung, von wann, wo abgelegt)."
            )
        text_version = text_version or "–"
    else:
        legal_basis = CONSENT_LEGAL_BASIS
        if not text_version:
            raise ConsentError("Bitte die Textfassung der Einwilligung angeben (z. B. „2026-01“).")
    with ws.unit_of_work() as uow:
        session = uow.session
        employee = session.get(Employee, employee_id)
        if employee is None:
            raise ConsentError("Diese Person gibt es nicht (mehr).")
        record = ConsentRecord(
            employee_id=employee.id,
            purpose=purpose,
            text_version=text_version,
            method=method,
            legal_basis=legal_basis,
            legal_basis_note=note,
            given_on=given_on,
            recorded_by=actor,
        )
        session.add(record)
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="consent.record",
            entity_type="consent_record",
            entity_id=record.id,
            subject_id=employee.id,
            new={
                "purpose": purpose,
                "method": method,
                "given_on": given_on.isoformat(),
                "text_version": text_version,
                "legal_basis": legal_basis,
            },
        )
        info = consent_info(record)
        uow.commit()
    return info


def mark_withdrawn(
    ws: Workspace, consent_id: uuid.UUID, *, withdrawn_on: date, actor: str, reason: str = ""
) -> ConsentInfo:
    """Only mark a consent as withdrawn (the gate then refuses every new rating and plan change).

    This keeps the data the consent covered. The user action „Einwilligung widerrufen“ is
    :func:`services.privacy.withdraw_consent`, which also removes those data; use this one only where the
    data are dealt with separately (and in tests of the gate).
    """
    with ws.unit_of_work() as uow:
        session = uow.session
        record = session.get(ConsentRecord, consent_id)
        if record is None:
            raise ConsentError("Diese Einwilligung gibt es nicht (mehr).")
        if record.status == "withdrawn":
            raise ConsentError("Diese Einwilligung ist schon widerrufen.")
        if withdrawn_on < record.given_on:
            raise ConsentError("Der Widerruf kann nicht vor der Einwilligung liegen.")
        record.status = "withdrawn"
        record.withdrawn_on = withdrawn_on
        audit.record(
            session,
            actor=actor,
            action="consent.withdraw",
            entity_type="consent_record",
            entity_id=record.id,
            subject_id=record.employee_id,
            field="status",
            old="given",
            new="withdrawn",
            reason=reason,
        )
        info = consent_info(record)
        uow.commit()
    return info


def consents_of(ws: Workspace, employee_id: uuid.UUID) -> list[ConsentInfo]:
    """All consent records of a person, newest first."""
    with ws.unit_of_work() as uow:
        records = uow.session.scalars(
            select(ConsentRecord)
            .where(ConsentRecord.employee_id == employee_id)
            .order_by(ConsentRecord.given_on.desc(), ConsentRecord.created_at.desc())
        )
        return [consent_info(r) for r in records]


def valid_assessment_consent(session: Session, employee_id: uuid.UUID) -> ConsentRecord | None:
    """The newest valid consent (or documented other basis) for the competency interview, if any."""
    return session.scalars(
        select(ConsentRecord)
        .where(
            ConsentRecord.employee_id == employee_id,
            ConsentRecord.purpose == CONSENT_PURPOSE_ASSESSMENT,
            ConsentRecord.status == "given",
            ConsentRecord.withdrawn_on.is_(None),
        )
        .order_by(ConsentRecord.given_on.desc(), ConsentRecord.created_at.desc())
        .limit(1)
    ).first()


def require_assessment_consent(session: Session, employee_id: uuid.UUID) -> None:
    """The gate: raise ConsentMissingError unless the person has a valid consent or other legal basis."""
    found = session.scalar(
        select(ConsentRecord.id)
        .where(
            ConsentRecord.employee_id == employee_id,
            ConsentRecord.purpose == CONSENT_PURPOSE_ASSESSMENT,
            ConsentRecord.status == "given",
            ConsentRecord.withdrawn_on.is_(None),
        )
        .limit(1)
    )
    if found is None:
        raise ConsentMissingError(
            "Für diese Person liegt keine gültige Einwilligung (oder andere dokumentierte Rechtsgrundlage) "
            "zur Kompetenzerhebung vor. Ohne sie wird keine Bewertung gespeichert."
        )


def assessment_consent(ws: Workspace, employee_id: uuid.UUID) -> ConsentInfo | None:
    with ws.unit_of_work() as uow:
        record = valid_assessment_consent(uow.session, employee_id)
        return consent_info(record) if record is not None else None


def has_assessment_consent(ws: Workspace, employee_id: uuid.UUID) -> bool:
    """True when ratings of this person may be stored."""
    return assessment_consent(ws, employee_id) is not None
