"""Consent records (Einwilligung) per purpose and the gates every use of the data must pass.

Three purposes, each given and withdrawn on its own (:class:`ConsentPurpose`, docs/data-protection.md): (1) the interview
and the plan — the assessment and plan services call :func:`require_assessment_consent` in the same unit of work
as every write; (2) the funding application incl. the hand-over to the Arbeitsagentur — funding estimates of a
person need :func:`has_consent` for it; (3) pooled, pseudonymised use in the network — every count across
companies keeps only :func:`pooling_consented` people. A record names who recorded it, when it was given, how
(paper, electronic, documented other basis) and the text version of the sheet.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.consent_purposes import (
    CONSENT_PURPOSE_DISABILITY,
    PURPOSES_IN_ORDER,
    ConsentPurpose,
)
from verbund_desktop.assessment.errors import Message, UserError
from verbund_desktop.assessment.german import format_date
from verbund_desktop.assessment.legal_texts import current_text_version
from verbund_desktop.persistence.models import (
    ConsentRecord,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.protection.consent_gates import (
    ConsentMissingError,
    has_consent,
    pooling_consented,
    require_assessment_consent,
    require_consent,
    valid_assessment_consent,
    valid_consent,
)

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
# Since CJEU C-34/21, § 26 BDSG alone is no valid basis; these are the alternatives docs/data-protection.md names.
OTHER_LEGAL_BASES = (
    "Art. 6 Abs. 1 lit. b DSGVO (Vertrag)",
    "Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung)",
    "Art. 6 Abs. 1 lit. f DSGVO (berechtigtes Interesse)",
)
DEFAULT_TEXT_VERSION = current_text_version()
PURPOSE_LABELS_DE = {p.value: p.label_de for p in PURPOSES_IN_ORDER}
KNOWN_PURPOSES = (*PURPOSE_LABELS_DE, CONSENT_PURPOSE_DISABILITY)
# A documented other legal basis can stand in for consent to the interview and the funding application; the
# network's own, pooled use rests on consent only.
OTHER_BASIS_PURPOSES = (ConsentPurpose.INTERVIEW_AND_PLAN.value, ConsentPurpose.FUNDING_APPLICATION.value)
EARLIEST_DATE = date(2000, 1, 1)


class ConsentError(UserError, ValueError):
    """A consent record cannot be stored as entered; the message is German and shown as it is."""


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
        when = f"{format_date(self.given_on)}"
        if self.method == METHOD_OTHER_BASIS:
            text = f"Andere Rechtsgrundlage: {self.legal_basis}, dokumentiert am {when}"
        else:
            text = (
                f"{METHOD_LABELS_DE.get(self.method, self.method)} am {when}, Textfassung {self.text_version}"
            )
        if not self.valid:
            withdrawn = f" am {format_date(self.withdrawn_on)}" if self.withdrawn_on else ""
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


def _checked(
    purpose: str, method: str, given_on: date, text_version: str, legal_basis: str, note: str, today: date
) -> tuple[str, str, str]:
    """Validate one record as entered; returns (text version, legal basis, note) as they are stored."""
    text_version = text_version.strip()
    note = note.strip()
    if purpose not in KNOWN_PURPOSES:
        raise ConsentError("Diesen Zweck einer Einwilligung gibt es nicht.")
    if method == METHOD_OTHER_BASIS and purpose not in OTHER_BASIS_PURPOSES and purpose in PURPOSE_LABELS_DE:
        raise ConsentError(
            "Die pseudonymisierte Nutzung im Verbund braucht eine Einwilligung der Person "
            "(schriftlich oder elektronisch)."
        )
    if method not in METHODS:
        raise ConsentError(
            "Bitte angeben, wie die Einwilligung vorliegt (Papier, elektronisch oder andere Rechtsgrundlage)."
        )
    if given_on > today:
        raise ConsentError(Message("Das Datum {day} liegt in der Zukunft.", day=given_on))
    if given_on < EARLIEST_DATE:
        raise ConsentError(Message("Das Datum {day} ist nicht plausibel.", day=given_on))
    if method == METHOD_OTHER_BASIS:
        legal_basis = legal_basis.strip()
        if not legal_basis:
            raise ConsentError("Bitte die Rechtsgrundlage angeben.")
        if not note:
            raise ConsentError(
                "Bitte die andere Rechtsgrundlage dokumentieren (z. B. welche Vereinbarung, von wann, wo abgelegt)."
            )
        return text_version or "–", legal_basis, note
    if not text_version:
        raise ConsentError(
            Message(
                "Bitte die Textfassung der Einwilligung angeben (z. B. „{example}“).",
                example=DEFAULT_TEXT_VERSION,
            )
        )
    return text_version, CONSENT_LEGAL_BASIS, note


def record_consent(
    ws: Workspace,
    employee_id: uuid.UUID,
    *,
    method: str,
    given_on: date,
    actor: str,
    text_version: str = DEFAULT_TEXT_VERSION,
    purpose: str = ConsentPurpose.INTERVIEW_AND_PLAN,
    legal_basis: str = "",
    note: str = "",
    today: date | None = None,
) -> ConsentInfo:
    """Store a consent given on paper or electronically, or a documented other legal basis (with a note)."""
    text_version, legal_basis, note = _checked(
        purpose, method, given_on, text_version, legal_basis, note, today or date.today()
    )
    with ws.unit_of_work() as uow:
        info = _add_record(
            uow.session,
            employee_id,
            purpose=purpose,
            text_version=text_version,
            method=method,
            legal_basis=legal_basis,
            note=note,
            given_on=given_on,
            actor=actor,
        )
        uow.commit()
    return info


def _add_record(
    session: Session,
    employee_id: uuid.UUID,
    *,
    purpose: str,
    text_version: str,
    method: str,
    legal_basis: str,
    note: str,
    given_on: date,
    actor: str,
) -> ConsentInfo:
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
    return consent_info(record)


def record_consents(
    ws: Workspace,
    employee_id: uuid.UUID,
    decisions: Mapping[ConsentPurpose, bool],
    *,
    method: str,
    given_on: date,
    actor: str,
    text_version: str = DEFAULT_TEXT_VERSION,
    legal_basis: str = "",
    note: str = "",
    today: date | None = None,
) -> list[ConsentInfo]:
    """Record the purposes the person agreed to as one record each, all or nothing, in one unit of work.

    A purpose decided ``False`` gets no record: without a valid record that use is refused. Purposes that
    already have a valid record are left as they are (no duplicate).
    """
    given = [p for p in PURPOSES_IN_ORDER if decisions.get(p)]
    if not given:
        raise ConsentError("Bitte mindestens einen Zweck ankreuzen, in den die Person einwilligt.")
    checked = [
        _checked(p.value, method, given_on, text_version, legal_basis, note, today or date.today())
        for p in given
    ]
    infos: list[ConsentInfo] = []
    with ws.unit_of_work() as uow:
        for purpose, (version, basis, text) in zip(given, checked, strict=True):
            if has_consent(uow.session, employee_id, purpose):
                continue
            infos.append(
                _add_record(
                    uow.session,
                    employee_id,
                    purpose=purpose.value,
                    text_version=version,
                    method=method,
                    legal_basis=basis,
                    note=text,
                    given_on=given_on,
                    actor=actor,
                )
            )
        uow.commit()
    return infos


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


def consent_state(ws: Workspace, employee_id: uuid.UUID) -> dict[ConsentPurpose, ConsentInfo | None]:
    """Per purpose the valid record, or None (refused, withdrawn or never asked)."""
    with ws.unit_of_work() as uow:
        result: dict[ConsentPurpose, ConsentInfo | None] = {}
        for purpose in PURPOSES_IN_ORDER:
            record = valid_consent(uow.session, employee_id, purpose)
            result[purpose] = consent_info(record) if record is not None else None
        return result


def assessment_consent(ws: Workspace, employee_id: uuid.UUID) -> ConsentInfo | None:
    with ws.unit_of_work() as uow:
        record = valid_assessment_consent(uow.session, employee_id)
        return consent_info(record) if record is not None else None


def has_assessment_consent(ws: Workspace, employee_id: uuid.UUID) -> bool:
    """True when ratings of this person may be stored."""
    return assessment_consent(ws, employee_id) is not None


__all__ = [
    "ConsentMissingError",
    "has_consent",
    "pooling_consented",
    "require_assessment_consent",
    "require_consent",
    "valid_assessment_consent",
    "valid_consent",
]
