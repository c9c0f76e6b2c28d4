"""Controller of the company interview view: holds the interview shown and commits every change at once.

Every call goes through ``run_action`` (errors in German, „Gespeichert“ in the status bar); the view only lays
out and navigates.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from verbund_desktop.assessment.guide import is_answered, section_progress
from verbund_desktop.services.needs import company_interview as service
from verbund_desktop.services.needs import interview_record, interview_versions
from verbund_desktop.services.needs.interview_record import RecordDifference
from verbund_desktop.services.needs.interview_versions import InterviewVersion
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.needs.interview_sections_model import SectionProgress

T = TypeVar("T")


class InterviewRecorder(QObject):
    """``state`` is the interview as loaded; ``answers`` follows every saved change (hidden answers included)."""

    def __init__(self, context: WorkspaceContext, view: QWidget) -> None:
        super().__init__(view)
        self._ctx = context
        self._view = view
        self.state: service.InterviewState | None = None
        self.answers: dict[str, Any] = {}
        # Differences to the company record the advisor chose to keep; asked again when the answer changes.
        self._kept: set[tuple[str, str]] = set()
        self.versions: list[InterviewVersion] = []  # every interview of the company, newest first

    @property
    def editable(self) -> bool:
        return self.state is not None and not self.state.complete

    def _run(self, action: Callable[[], T]) -> tuple[bool, T | None]:
        done: list[T] = []

        def wrapped() -> None:
            done.append(action())

        run_action(self._view, self._ctx, wrapped)
        return (True, done[0]) if done else (False, None)

    def _set(self, state: service.InterviewState | None) -> service.InterviewState | None:
        if state is None or self.state is None or state.id != self.state.id:
            self._kept.clear()
        self.state = state
        self.answers = dict(state.answers) if state is not None else {}
        return state

    # -- loading and status ------------------------------------------------------------------------------------
    def load(self, company_id: uuid.UUID) -> service.InterviewState | None:
        self.versions = interview_versions.interview_versions(self._ctx.workspace, company_id)
        return self._set(service.latest_interview(self._ctx.workspace, company_id))

    @property
    def is_latest(self) -> bool:
        return self.state is not None and bool(self.versions) and self.versions[0].id == self.state.id

    def show_version(self, interview_id: uuid.UUID) -> None:
        """Show an earlier interview as entered (read-only: it is complete)."""
        self._set(interview_versions.interview_state(self._ctx.workspace, interview_id))

    def discard(self) -> bool:
        """Delete the shown draft; the company's previous interview (if any) is shown again."""
        state = self.state
        if state is None or state.complete:
            return False
        ws, actor = self._ctx.workspace, self._ctx.actor
        ok, _ = self._run(lambda: interview_versions.discard_draft(ws, state.id, actor=actor))
        if ok:
            self._ctx.notify_changed("company_interview", state.company_id)
            self.load(state.company_id)
        return ok

    def start(self, company_id: uuid.UUID) -> service.InterviewState | None:
        ws, actor = self._ctx.workspace, self._ctx.actor
        ok, state = self._run(lambda: service.start_interview(ws, company_id, actor=actor))
        if not ok:
            return None
        self._ctx.notify_changed("company_interview", company_id)
        self.versions = interview_versions.interview_versions(ws, company_id)
        return self._set(state)

    def complete(self) -> list[service.OpenQuestion] | None:
        """The open required questions (nothing changed), ``[]`` when completed, None when saving failed."""
        state = self.state
        if state is None or state.complete:
            return None
        ws, actor = self._ctx.workspace, self._ctx.actor
        ok, still_open = self._run(lambda: service.complete_interview(ws, state.id, actor=actor))
        if not ok or still_open is None:
            return None
        if not still_open:
            self._ctx.notify_changed("company_interview", state.company_id)
            self.load(state.company_id)
        return still_open

    def reopen(self) -> bool:
        state = self.state
        if state is None or not state.complete:
            return False
        ws, actor = self._ctx.workspace, self._ctx.actor
        ok, _ = self._run(lambda: service.reopen_interview(ws, state.id, actor=actor))
        if ok:
            self._ctx.notify_changed("company_interview", state.company_id)
            self.load(state.company_id)
        return ok

    # -- answers -----------------------------------------------------------------------------------------------
    def save_answer(self, key: str, value: Any) -> bool:
        """Commit one (already validated) answer; False when it could not be saved (a message was shown)."""
        state = self.state
        if state is None or state.complete:
            return False
        ws, actor = self._ctx.workspace, self._ctx.actor
        ok, _ = self._run(lambda: service.save_answer(ws, state.id, key, value, actor=actor))
        if ok:
            if is_answered(value):
                self.answers[key] = value
            else:
                self.answers.pop(key, None)
        return ok

    def save_note(self, key: str, note: str) -> None:
        state = self.state
        if state is not None and not state.complete:
            ws, actor = self._ctx.workspace, self._ctx.actor
            self._run(lambda: service.save_note(ws, state.id, key, note, actor=actor))

    def save_interviewees(self, text: str) -> None:
        state = self.state
        if state is None or state.complete or text.strip() == state.interviewees:
            return
        ws, actor = self._ctx.workspace, self._ctx.actor
        ok, _ = self._run(lambda: service.set_interviewees(ws, state.id, text, actor=actor))
        if ok:
            self.state = service.latest_interview(ws, state.company_id)

    def remember(self, section_key: str, question_key: str | None) -> None:
        """Where the advisor is (no „Gespeichert“: moving around is not a change of data)."""
        state = self.state
        if state is not None:
            ws = self._ctx.workspace
            run_action(
                self._view, None, lambda: service.remember_position(ws, state.id, section_key, question_key)
            )

    # -- the company record ------------------------------------------------------------------------------------
    def record_differences(self) -> list[RecordDifference]:
        """Where the answers of the draft and the company record disagree and the advisor has not decided yet.

        A completed interview asks nothing: the record may have been corrected after it."""
        state = self.state
        if state is None or state.complete:
            return []
        ws = self._ctx.workspace
        found = run_action(self._view, None, lambda: interview_record.record_differences(ws, state.id)) or []
        return [d for d in found if _decision_key(d) not in self._kept]

    def adopt_into_record(self, found: list[RecordDifference]) -> bool:
        """The record takes the interview's values (audited); False when it could not (a message was shown)."""
        state = self.state
        if state is None:
            return False
        ws, actor = self._ctx.workspace, self._ctx.actor
        fields = [d.field for d in found]
        ok, _ = self._run(lambda: interview_record.adopt_interview_values(ws, state.id, fields, actor=actor))
        if ok:
            self._ctx.notify_changed("company", state.company_id)
        return ok

    def keep_record(self, found: list[RecordDifference]) -> None:
        """The record stays; the plan, the report and the estimate go on using its value."""
        self._kept.update(_decision_key(d) for d in found)

    # -- derived -----------------------------------------------------------------------------------------------
    def open_keys(self) -> list[str]:
        """Relevant required questions without an answer, in guide order."""
        if self.state is None:
            return []
        return [q.question_key for q in service.open_questions(self.state.guide, self.answers)]

    def next_open(self, after_key: str | None) -> str | None:
        """The first open required question after ``after_key`` in guide order (else the first one), or None."""
        still_open = self.open_keys()
        if self.state is None or not still_open:
            return None
        order = [q.key for q in self.state.guide.questions()]
        here = order.index(after_key) if after_key in order else -1
        return next((k for k in still_open if order.index(k) > here), still_open[0])

    def progress(self) -> list[SectionProgress]:
        if self.state is None:
            return []
        open_keys = set(self.open_keys())
        rows = []
        for section in self.state.guide.sections:
            answered, relevant = section_progress(section, self.answers)
            still_open = sum(1 for q in section.questions if q.key in open_keys)
            rows.append(SectionProgress(section.key, section.title_de, answered, relevant, still_open))
        return rows


def _decision_key(difference: RecordDifference) -> tuple[str, str]:
    return difference.field, repr(difference.interview_value)
