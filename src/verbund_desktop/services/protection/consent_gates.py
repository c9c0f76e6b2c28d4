"""The gates: every use of a person's data checks the consent for its own purpose (docs/data-protection.md).

Ratings and plans need purpose (1), funding estimates and the hand-over to the Arbeitsagentur purpose (2), and
every count, report or export across companies keeps only the people with purpose (3)
(:func:`pooling_consented`). A withdrawn record no longer counts from the day it is marked withdrawn.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.models import ConsentRecord


class ConsentMissingError(UserError, ValueError):
    """No valid consent or other legal basis: the rating is refused. The message is German."""


MISSING_DE = {
    ConsentPurpose.INTERVIEW_AND_PLAN: (
        "Für diese Person liegt keine gültige Einwilligung (oder andere dokumentierte Rechtsgrundlage) "
        "zur Kompetenzerhebung vor. Ohne sie wird keine Bewertung gespeichert."
    ),
    ConsentPurpose.FUNDING_APPLICATION: (
        "Für diese Person liegt keine Einwilligung vor, ihre Daten für einen Förderantrag zu verwenden und an "
        "die Agentur für Arbeit weiterzugeben."
    ),
    ConsentPurpose.NETWORK_POOLING: (
        "Für diese Person liegt keine Einwilligung zur pseudonymisierten Nutzung im Verbund vor."
    ),
}


def valid_consent(session: Session, employee_id: uuid.UUID, purpose: ConsentPurpose) -> ConsentRecord | None:
    """The newest valid consent (or documented other basis) of the person for ``purpose``, if any."""
    return session.scalars(
        select(ConsentRecord)
        .where(
            ConsentRecord.employee_id == employee_id,
            ConsentRecord.purpose == purpose.value,
            ConsentRecord.status == "given",
            ConsentRecord.withdrawn_on.is_(None),
        )
        .order_by(ConsentRecord.given_on.desc(), ConsentRecord.created_at.desc())
        .limit(1)
    ).first()


def valid_assessment_consent(session: Session, employee_id: uuid.UUID) -> ConsentRecord | None:
    """The newest valid consent (or documented other basis) for the competency interview, if any."""
    return valid_consent(session, employee_id, ConsentPurpose.INTERVIEW_AND_PLAN)


def has_consent(session: Session, employee_id: uuid.UUID, purpose: ConsentPurpose) -> bool:
    return valid_consent(session, employee_id, purpose) is not None


def require_consent(session: Session, employee_id: uuid.UUID, purpose: ConsentPurpose) -> None:
    """The gate of one use: raise ConsentMissingError (German) unless the person consented to ``purpose``."""
    if not has_consent(session, employee_id, purpose):
        raise ConsentMissingError(MISSING_DE[purpose])


def require_assessment_consent(session: Session, employee_id: uuid.UUID) -> None:
    """The gate of ratings and plans: a valid consent or other legal basis for purpose (1)."""
    require_consent(session, employee_id, ConsentPurpose.INTERVIEW_AND_PLAN)


def consented_ids(purpose: ConsentPurpose) -> Select[uuid.UUID]:
    """A sub-select of the people with a valid consent for ``purpose``, for ``Employee.id.in_(…)``."""
    return select(ConsentRecord.employee_id).where(
        ConsentRecord.purpose == purpose.value,
        ConsentRecord.status == "given",
        ConsentRecord.withdrawn_on.is_(None),
    )


def pooling_consented() -> Select[uuid.UUID]:
    """The people who may appear in pooled counts, reports and exports across companies (purpose 3)."""
    return consented_ids(ConsentPurpose.NETWORK_POOLING)
