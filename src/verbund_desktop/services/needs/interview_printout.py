"""The printable record of a needs interview as entered: every relevant question, its answer in words, the note.

Questions hidden by a relevance condition are left out (their answers are kept but do not apply, as in ODK);
a relevant question without an answer says so, so that the record shows what is still open.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from verbund_desktop.assessment import guide as domain
from verbund_desktop.assessment.errors import InputError
from verbund_desktop.assessment.german import format_date
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.viewmodels import InterviewRecordView, RecordedAnswer, RecordedSection
from verbund_desktop.services.needs.company_interview import InterviewState, latest_interview
from verbund_desktop.services.needs.company_report import format_answer
from verbund_desktop.services.needs.interview_versions import interview_state
from verbund_desktop.services.organisation.directory import Directory

NOT_ANSWERED = "– nicht beantwortet –"


def answer_text(question: domain.GuideQuestion, value: Any) -> str:
    """The answer as a person reads it (as in the company report), or that it is still open."""
    if value is None or value == "" or value == []:
        return NOT_ANSWERED
    return format_answer(question, value)


def record_of(state: InterviewState, network_name: str, today: date) -> InterviewRecordView:
    sections = []
    for section in state.guide.sections:
        rows = tuple(
            RecordedAnswer(
                q.text_de, answer_text(q, state.answers.get(q.key)), state.notes.get(q.key, ""), q.required
            )
            for q in section.questions
            if domain.is_relevant(q, state.answers)
        )
        sections.append(RecordedSection(section.title_de, rows))
    status = (
        f"abgeschlossen am {format_date(state.completed_at)}"
        if state.completed_at
        else "Entwurf (nicht abgeschlossen)"
    )
    return InterviewRecordView(
        company_name=state.company_name,
        network_name=network_name,
        guide=f"{state.guide.name}, Version {state.guide.version}",
        status=status,
        conducted_on=state.conducted_on,
        interviewees=state.interviewees,
        sections=tuple(sections),
        created=today,
    )


def interview_record_view(
    ws: Workspace, interview_id: uuid.UUID, *, today: date | None = None
) -> InterviewRecordView:
    """The interview ``interview_id`` (draft or complete) as a printable record."""
    network = Directory(ws).network()
    return record_of(
        interview_state(ws, interview_id), network.name if network else "", today or date.today()
    )


def latest_record_view(
    ws: Workspace, company_id: uuid.UUID, *, today: date | None = None
) -> InterviewRecordView:
    """The company's newest needs interview as a printable record; a German error when there is none yet."""
    state = latest_interview(ws, company_id)
    if state is None:
        raise InputError("Für diesen Betrieb gibt es noch keine Bedarfsanalyse, die gedruckt werden könnte.")
    network = Directory(ws).network()
    return record_of(state, network.name if network else "", today or date.today())
