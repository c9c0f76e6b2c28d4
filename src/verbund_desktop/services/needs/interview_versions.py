"""Earlier needs interviews of a company stay viewable, and a draft can be discarded (never a completed one)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from verbund_desktop.assessment.errors import InputError
from verbund_desktop.persistence.models import STATUS_COMPLETE, CompanyInterview
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.needs.company_interview import InterviewState, _state
from verbund_desktop.services.organisation.companies import get_or_fail


@dataclass(frozen=True)
class InterviewVersion:
    """One needs interview of the company, newest first in ``interview_versions``."""

    id: uuid.UUID
    status: str
    conducted_on: date
    completed_at: datetime | None

    @property
    def complete(self) -> bool:
        return self.status == STATUS_COMPLETE


def interview_versions(ws: Workspace, company_id: uuid.UUID) -> list[InterviewVersion]:
    with ws.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(CompanyInterview)
            .where(CompanyInterview.company_id == company_id)
            .order_by(CompanyInterview.created_at.desc())
        )
        return [InterviewVersion(i.id, i.status, i.conducted_on, i.completed_at) for i in rows]


def interview_state(ws: Workspace, interview_id: uuid.UUID) -> InterviewState:
    """One interview as entered, whichever it is (the view shows older ones read-only)."""
    with ws.unit_of_work() as uow:
        interview = get_or_fail(uow.session, CompanyInterview, interview_id, "Die Bedarfsanalyse")
        return _state(uow.session, interview)


def discard_draft(ws: Workspace, interview_id: uuid.UUID, *, actor: str) -> None:
    """Delete a draft with its answers (recorded in the audit trail); a completed interview is refused."""
    with ws.unit_of_work() as uow:
        s = uow.session
        interview = get_or_fail(s, CompanyInterview, interview_id, "Die Bedarfsanalyse")
        if interview.status == STATUS_COMPLETE:
            raise InputError(
                "Eine abgeschlossene Bedarfsanalyse wird nicht verworfen. Bitte zuerst „Wieder öffnen“ wählen."
            )
        audit.record(
            s,
            actor=actor,
            action="discard",
            entity_type="company_interview",
            entity_id=interview.id,
            old=f"Entwurf vom {interview.conducted_on:%d.%m.%Y}",
        )
        s.delete(interview)
        uow.commit()
