"""The company needs interview (Bedarfsanalyse): start or resume, save each answer at once, complete, reopen.

Each call is one unit of work and commits before it returns, so nothing shown as saved can be lost. The guide's
logic (relevance, validation, open required questions) lives in ``assessment.guide``; this module applies it to
the stored interview. Answers of questions hidden by a relevance condition are kept but ignored, as ODK does.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment import guide as domain
from verbund_desktop.assessment.errors import InputError, UserError
from verbund_desktop.persistence.base import utcnow
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    STATUS_DRAFT,
    Advisor,
    Company,
    CompanyInterview,
    InterviewAnswer,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.needs.interview_guides import guide_definition, newest_guide
from verbund_desktop.services.needs.interview_record import PREFILL_REASON, prefill_answers
from verbund_desktop.services.organisation.companies import get_or_fail


class AnswerError(UserError, ValueError):
    """An answer that the guide does not accept; the message is the German text shown beside the field."""


@dataclass(frozen=True)
class InterviewState:
    """One interview as the view needs it: guide, every stored answer and note, status and last position."""

    id: uuid.UUID
    company_id: uuid.UUID
    company_name: str
    guide: domain.InterviewGuideDefinition
    status: str
    conducted_on: date
    completed_at: datetime | None
    interviewees: str
    answers: Mapping[str, Any]
    notes: Mapping[str, str]
    last_section_key: str | None
    last_question_key: str | None

    @property
    def complete(self) -> bool:
        return self.status == STATUS_COMPLETE

    def open_required(self) -> list[OpenQuestion]:
        return open_questions(self.guide, self.answers)


@dataclass(frozen=True)
class OpenQuestion:
    section_key: str
    section_title: str
    question_key: str
    text_de: str


def latest_interview(ws: Workspace, company_id: uuid.UUID) -> InterviewState | None:
    """The company's newest interview (draft or complete), or None if there is none yet."""
    with ws.unit_of_work() as uow:
        interview = _latest(uow.session, company_id)
        return None if interview is None else _state(uow.session, interview)


def start_interview(
    ws: Workspace, company_id: uuid.UUID, *, actor: str, today: date | None = None
) -> InterviewState:
    """Resume the company's draft; without one, start a new interview with the newest guide version."""
    with ws.unit_of_work() as uow:
        s = uow.session
        company = get_or_fail(s, Company, company_id, "Den Betrieb")
        interview = _latest(s, company_id)
        if interview is None or interview.status != STATUS_DRAFT:
            guide = newest_guide(s)
            if guide is None:
                raise InputError(
                    "Im Arbeitsbereich ist kein Gesprächsleitfaden für die Bedarfsanalyse geladen."
                )
            advisor = s.scalars(select(Advisor).order_by(Advisor.is_current.desc(), Advisor.name)).first()
            interview = CompanyInterview(
                company_id=company.id,
                guide_id=guide.id,
                advisor_id=advisor.id if advisor else None,
                interviewees=company.contact_name,
                conducted_on=today or date.today(),
            )
            s.add(interview)
            s.flush()
            audit.record(
                s, actor=actor, action="start", entity_type="company_interview", entity_id=interview.id
            )
            _prefill(s, interview, company, actor=actor)
            uow.commit()
        return _state(s, interview)


def save_answer(ws: Workspace, interview_id: uuid.UUID, question_key: str, value: Any, *, actor: str) -> None:
    """Store one answer (None clears it) and remember the question as the advisor's position.

    Raises AnswerError (nothing stored) when the guide does not accept the value.
    """
    with ws.unit_of_work() as uow:
        s = uow.session
        interview = _editable(s, interview_id)
        question = _question(s, interview, question_key)
        value = _normalised(question, value)
        problem = domain.validate_answer(question, value)
        if problem is not None:
            raise AnswerError(problem)
        row = _answer(s, interview, question_key)
        old = row.value if row is not None else None
        _remember(s, interview, question_key)
        if old == value and type(old) is type(value):
            uow.commit()
            return
        if row is None:
            row = InterviewAnswer(interview_id=interview.id, question_key=question_key)
            s.add(row)
        row.value = value
        row.answered_at = utcnow()
        if value is None and not row.note:
            s.delete(row)
        audit.record(
            s,
            actor=actor,
            action="answer",
            entity_type="company_interview",
            entity_id=interview.id,
            field=question_key,
            old=old,
            new=value,
        )
        uow.commit()


def save_note(ws: Workspace, interview_id: uuid.UUID, question_key: str, note: str, *, actor: str) -> None:
    """Store the advisor's note to one question (an empty note removes it)."""
    with ws.unit_of_work() as uow:
        s = uow.session
        interview = _editable(s, interview_id)
        _question(s, interview, question_key)
        row = _answer(s, interview, question_key)
        old = row.note if row is not None else ""
        note = note.rstrip()
        if old == note:
            return
        if row is None:
            row = InterviewAnswer(interview_id=interview.id, question_key=question_key)
            s.add(row)
        row.note = note
        if not note and row.value is None:
            s.delete(row)
        audit.record(
            s,
            actor=actor,
            action="note",
            entity_type="company_interview",
            entity_id=interview.id,
            field=question_key,
            old=old,
            new=note,
        )
        uow.commit()


def set_interviewees(ws: Workspace, interview_id: uuid.UUID, interviewees: str, *, actor: str) -> None:
    with ws.unit_of_work() as uow:
        s = uow.session
        interview = _editable(s, interview_id)
        new = interviewees.strip()
        if interview.interviewees != new:
            audit.record(
                s,
                actor=actor,
                action="update",
                entity_type="company_interview",
                entity_id=interview.id,
                field="interviewees",
                old=interview.interviewees,
                new=new,
            )
            interview.interviewees = new
            uow.commit()


def remember_position(
    ws: Workspace, interview_id: uuid.UUID, section_key: str, question_key: str | None = None
) -> None:
    """Where the advisor is, so that reopening continues there (no audit event: it is not a change of data)."""
    with ws.unit_of_work() as uow:
        interview = get_or_fail(uow.session, CompanyInterview, interview_id, "Die Bedarfsanalyse")
        if (interview.last_section_key, interview.last_question_key) != (section_key, question_key):
            interview.last_section_key = section_key
            interview.last_question_key = question_key
            uow.commit()


def complete_interview(ws: Workspace, interview_id: uuid.UUID, *, actor: str) -> list[OpenQuestion]:
    """Mark the interview complete if no relevant required question is open; else return those, in guide order."""
    with ws.unit_of_work() as uow:
        s = uow.session
        interview = get_or_fail(s, CompanyInterview, interview_id, "Die Bedarfsanalyse")
        if interview.status == STATUS_COMPLETE:
            return []
        definition = guide_definition(s, interview.guide_id)
        still_open = open_questions(definition, {a.question_key: a.value for a in interview.answers})
        if still_open:
            return still_open
        interview.status = STATUS_COMPLETE
        interview.completed_at = utcnow()
        audit.record(
            s,
            actor=actor,
            action="complete",
            entity_type="company_interview",
            entity_id=interview.id,
            field="status",
            old=STATUS_DRAFT,
            new=STATUS_COMPLETE,
        )
        uow.commit()
        return []


def reopen_interview(ws: Workspace, interview_id: uuid.UUID, *, actor: str) -> None:
    """Back to draft; the position where the advisor left is kept."""
    with ws.unit_of_work() as uow:
        s = uow.session
        interview = get_or_fail(s, CompanyInterview, interview_id, "Die Bedarfsanalyse")
        if interview.status == STATUS_DRAFT:
            return
        interview.status = STATUS_DRAFT
        interview.completed_at = None
        audit.record(
            s,
            actor=actor,
            action="reopen",
            entity_type="company_interview",
            entity_id=interview.id,
            field="status",
            old=STATUS_COMPLETE,
            new=STATUS_DRAFT,
        )
        uow.commit()


def open_questions(guide: domain.InterviewGuideDefinition, answers: Mapping[str, Any]) -> list[OpenQuestion]:
    sections = {q.key: section for section in guide.sections for q in section.questions}
    return [
        OpenQuestion(sections[q.key].key, sections[q.key].title_de, q.key, q.text_de)
        for q in domain.open_required(guide, answers)
    ]


def _prefill(s: Session, interview: CompanyInterview, company: Company, *, actor: str) -> None:
    """The funding-relevant answers start as the company record has them (the advisor confirms or corrects)."""
    definition = guide_definition(s, interview.guide_id)
    known = {q.key for q in definition.questions()}
    for key, value in prefill_answers(company).items():
        if key not in known or domain.validate_answer(definition.question(key), value) is not None:
            continue
        s.add(InterviewAnswer(interview_id=interview.id, question_key=key, value=value, answered_at=utcnow()))
        audit.record(
            s,
            actor=actor,
            action="answer",
            entity_type="company_interview",
            entity_id=interview.id,
            field=key,
            new=value,
            reason=PREFILL_REASON,
        )


def _latest(s: Session, company_id: uuid.UUID) -> CompanyInterview | None:
    return s.scalars(
        select(CompanyInterview)
        .where(CompanyInterview.company_id == company_id)
        .order_by(CompanyInterview.created_at.desc())
    ).first()


def _state(s: Session, interview: CompanyInterview) -> InterviewState:
    company = get_or_fail(s, Company, interview.company_id, "Den Betrieb")
    answers = list(s.scalars(select(InterviewAnswer).where(InterviewAnswer.interview_id == interview.id)))
    return InterviewState(
        id=interview.id,
        company_id=interview.company_id,
        company_name=company.name,
        guide=guide_definition(s, interview.guide_id),
        status=interview.status,
        conducted_on=interview.conducted_on,
        completed_at=interview.completed_at,
        interviewees=interview.interviewees,
        answers={a.question_key: a.value for a in answers if a.value is not None},
        notes={a.question_key: a.note for a in answers if a.note},
        last_section_key=interview.last_section_key,
        last_question_key=interview.last_question_key,
    )


def _editable(s: Session, interview_id: uuid.UUID) -> CompanyInterview:
    interview: CompanyInterview = get_or_fail(s, CompanyInterview, interview_id, "Die Bedarfsanalyse")
    if interview.status == STATUS_COMPLETE:
        raise InputError(
            "Die Bedarfsanalyse ist abgeschlossen. Zum Ändern bitte zuerst „Wieder öffnen“ wählen."
        )
    return interview


def _question(s: Session, interview: CompanyInterview, key: str) -> domain.GuideQuestion:
    try:
        return guide_definition(s, interview.guide_id).question(key)
    except KeyError:
        raise InputError(f"Die Frage „{key}“ gehört nicht zum Leitfaden dieser Bedarfsanalyse.") from None


def _answer(s: Session, interview: CompanyInterview, key: str) -> InterviewAnswer | None:
    return s.scalars(
        select(InterviewAnswer).where(
            InterviewAnswer.interview_id == interview.id, InterviewAnswer.question_key == key
        )
    ).first()


def _remember(s: Session, interview: CompanyInterview, question_key: str) -> None:
    definition = guide_definition(s, interview.guide_id)
    for sec in definition.sections:
        if any(q.key == question_key for q in sec.questions):
            interview.last_section_key = sec.key
    interview.last_question_key = question_key


def _normalised(question: domain.GuideQuestion, value: Any) -> Any:
    """Blank text and empty selections mean "no answer"; choices are kept in the guide's option order."""
    if not domain.is_answered(value):
        return None
    if question.type is domain.QuestionType.MULTIPLE_CHOICE and isinstance(value, list | tuple):
        order = {o.value: i for i, o in enumerate(question.options)}
        if all(isinstance(v, str) for v in value):
            return sorted(value, key=lambda v: order.get(v, len(order)))
        return list(value)
    if (
        isinstance(value, float)
        and value.is_integer()
        and question.type
        in (
            domain.QuestionType.NUMBER,
            domain.QuestionType.SCALE,
        )
    ):
        return int(value)
    return value
