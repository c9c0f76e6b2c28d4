"""The company needs interview (tab „Bedarfsanalyse“): sections with progress on the left, questions on the right.

Keyboard first: Tab goes from answer to answer, Strg+Bild↓/Bild↑ or Alt+↓/↑ change the section, F8 or Strg+J the
next open required question, F2 the note, Strg+Enter completes, Strg+Z undoes an answer. Every change is committed
at once through the service (text after a short pause and on leaving the field)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from verbund_desktop.assessment.guide import GuideSection, is_relevant
from verbund_desktop.services.needs import company_interview as service
from verbund_desktop.services.needs.interview_record import RECORD_QUESTIONS
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.locale_format import ui_date
from verbund_desktop.ui.common.prompts import busy
from verbund_desktop.ui.needs.company_interview_recorder import InterviewRecorder
from verbund_desktop.ui.needs.interview_layout import (
    InterviewPage,
    StartPage,
    fill_versions,
    open_questions_message,
)
from verbund_desktop.ui.needs.interview_navigation import InterviewNavigator
from verbund_desktop.ui.needs.interview_version_actions import VersionActions
from verbund_desktop.ui.needs.question_block import blocks_of, section_page


class CompanyInterviewView(QWidget):
    """Tab widget for a selected company; ``set_subject(company_id)`` loads its newest interview."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self.recorder = InterviewRecorder(context, self)
        self.recorder.undo.restored.connect(self._answer_restored)
        self.company_id: uuid.UUID | None = None
        self._focus_pending = False
        self._stale = False

        self.stack = QStackedWidget()
        self.start_page = StartPage()
        self.interview_page = InterviewPage()
        self._wire()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.interview_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._shortcuts()

    # -- layout (the widgets live in interview_layout; the view wires them) -------------------------------------
    def _wire(self) -> None:
        start, page = self.start_page, self.interview_page
        self.start_label, self.start_button = start.label, start.button
        self.status_label, self.guide_label = page.status_label, page.guide_label
        self.interviewees_edit, self.model = page.interviewees_edit, page.model
        self.section_list = page.section_list
        self.pages, self.message, self.open_label = page.pages, page.message, page.open_label
        self.record_bar = page.record_bar.bind(self.recorder)  # asks whether the record takes an answer
        self.next_open_button, self.complete_button = page.next_open_button, page.complete_button
        self.reopen_button, self.new_button = page.reopen_button, page.new_button
        # Section, question in focus and remembered position; the blocks by key and by section row.
        self.nav = InterviewNavigator(page, self.recorder, self)
        self.blocks, self._section_of = self.nav.blocks, self.nav.section_of
        self.start_button.clicked.connect(self.start)
        self.versions = VersionActions(self, page, self.recorder, self.flush, self._load, self.start)
        self.interviewees_edit.editingFinished.connect(self._save_interviewees)
        self.next_open_button.clicked.connect(self.jump_to_next_open)
        self.complete_button.clicked.connect(self.complete)
        self.reopen_button.clicked.connect(self.reopen)

    def _shortcuts(self) -> None:
        bindings: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+PgDown", self.next_section),
            ("Alt+Down", self.next_section),
            ("Ctrl+PgUp", lambda: self.next_section(-1)),
            ("Alt+Up", lambda: self.next_section(-1)),
            ("F8", self.jump_to_next_open),
            ("Ctrl+J", self.jump_to_next_open),
            ("Ctrl+Return", self.complete),
            ("Ctrl+Enter", self.complete),
            ("Ctrl+Shift+O", self.reopen),
            ("F2", self.edit_note),
        ]
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    @property
    def state(self) -> service.InterviewState | None:
        return self.recorder.state

    @property
    def answers(self) -> dict[str, Any]:
        return self.recorder.answers

    # -- loading -----------------------------------------------------------------------------------------------
    def set_subject(self, ident: uuid.UUID) -> None:
        """Show the company's interview; loaded when the tab is visible, so tree navigation stays fast."""
        self.flush()
        self.company_id = ident
        self._stale = True
        if self.isVisible():
            self.ensure_loaded()

    def ensure_loaded(self) -> None:
        if self._stale and self.company_id is not None:
            self._stale = False
            self.recorder.load(self.company_id)
            self._load()

    def _load(self) -> None:
        """Build the pages. The focus moves only when the tab is shown or the advisor starts/reopens:
        selecting another company in the tree must leave the focus in the tree."""
        state = self.state
        self.nav.clear()
        self._focus_pending = True
        if state is None:
            self.stack.setCurrentWidget(self.start_page)
            return
        for row, section in enumerate(state.guide.sections):
            page = section_page(section, state.answers, state.notes)
            self.pages.addWidget(page)
            for block in blocks_of(page):
                block.answer_edited.connect(self._save_answer)
                block.note_edited.connect(self.recorder.save_note)
                self.nav.add(block, row)
        self.interviewees_edit.setText(state.interviewees)
        fill_versions(self.interview_page.version_box, self.recorder.versions, state.id)
        self.guide_label.setText(
            self.tr("Leitfaden: {0}, Version {1}").format(state.guide.name, state.guide.version)
        )
        self._apply_status()
        self.model.set_sections(self.recorder.progress())
        self._refresh_relevance()
        self.stack.setCurrentWidget(self.interview_page)
        start = self.model.row_of(state.last_section_key or "")
        self.nav.select_section(max(start, 0))
        self.nav.current_key = state.last_question_key
        self.show_message("")
        self.record_bar.refresh()

    def _apply_status(self) -> None:
        assert self.state is not None
        complete = self.state.complete
        when = ui_date(self.state.completed_at.astimezone().date()) if self.state.completed_at else ""
        self.status_label.setText(
            self.tr("Abgeschlossen am {0}").format(when) if complete else self.tr("Entwurf")
        )
        for block in self.blocks.values():
            block.set_read_only(complete)
        self.interviewees_edit.setReadOnly(complete)
        self.versions.show_buttons(complete)

    # -- relevance and saving ----------------------------------------------------------------------------------
    def _refresh_relevance(self) -> None:
        if self.state is None:
            return
        for block in self.blocks.values():
            block.setHidden(not is_relevant(block.question, self.answers))
        progress = self.recorder.progress()
        self.model.update_progress(progress)
        still_open = sum(p.open_required for p in progress)
        self.open_label.setText(
            self.tr("Alle Pflichtfragen beantwortet.")
            if still_open == 0
            else self.tr("Offene Pflichtfragen: {0}").format(still_open)
        )
        self.interview_page.banner.follow(service.open_questions(self.state.guide, self.answers))

    def _save_answer(self, key: str, value: Any) -> None:
        if not self.recorder.editable:
            return
        if not self.recorder.save_answer(key, value):
            self.blocks[key].input.set_value(self.answers.get(key))
            return
        self.nav.current_key = key
        self._refresh_relevance()
        if key in RECORD_QUESTIONS:
            self.record_bar.refresh()

    def _answer_restored(self, key: str) -> None:
        self.blocks[key].input.set_value(self.answers.get(key))
        self._refresh_relevance()
        self.focus_question(key)

    def _save_interviewees(self) -> None:
        self.recorder.save_interviewees(self.interviewees_edit.text())

    def flush(self) -> None:
        """Commit everything typed but not yet saved (answers, notes, header, position)."""
        for block in list(self.blocks.values()):
            block.flush()
        self._save_interviewees()
        self.nav.flush()

    # -- navigation (the navigator knows where the advisor is) ------------------------------------------------
    def current_section(self) -> GuideSection | None:
        return self.nav.current_section()

    def go_to_section(self, row: int) -> None:
        self.nav.go_to_section(row)

    def next_section(self, step: int = 1) -> None:
        self.nav.go_to_section(self.pages.currentIndex() + step)

    def focus_question(self, key: str) -> None:
        self.nav.focus_question(key)

    def jump_to_next_open(self) -> None:
        if self.state is None or self.state.complete:
            return
        self.flush()
        key = self.recorder.next_open(self.nav.current_key)
        if key is None:
            self.show_message(self.tr("Alle Pflichtfragen sind beantwortet."), done=True)
            return
        self.focus_question(key)

    def edit_note(self) -> None:
        key = self.nav.current_key
        if key in self.blocks and not self.blocks[key].isHidden():
            self.blocks[key].focus_note()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab after a section's last question goes on to the next section (Umschalt+Tab: back)."""
        return self.nav.tab(next) or super().focusNextPrevChild(next)

    def _restore_focus(self) -> None:
        self._focus_pending = False
        if self.state is None:
            self.start_button.setFocus()
            return
        if self.state.complete:
            self.section_list.setFocus()
            return
        key = self.nav.current_key
        if key in self.blocks and not self.blocks[key].isHidden():
            self.focus_question(key)
        else:
            self.go_to_section(max(self.pages.currentIndex(), 0))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        if self._focus_pending:
            QTimer.singleShot(0, self._restore_focus)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    # -- status changes ----------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.company_id is not None and self.recorder.start(self.company_id) is not None:
            self._load()
            self._restore_focus()

    def complete(self) -> None:
        if not self.recorder.editable:
            return
        self.flush()
        with busy(self.complete_button):  # takes a moment; a second click must not land on the next button
            self.show_message(self.tr("Wird abgeschlossen …"))
            still_open = self.recorder.complete()
        if still_open is None:
            self.show_message("")
            return
        if still_open:
            self.interview_page.banner.show_text(open_questions_message(still_open), lists_open=True)
            self.focus_question(still_open[0].question_key)
            return
        self._load()
        self.show_message(self.tr("Die Bedarfsanalyse ist abgeschlossen."), done=True)
        self.section_list.setFocus()

    def reopen(self) -> None:
        if self.recorder.reopen():
            self._load()
            self._restore_focus()

    def show_message(self, text: str, *, done: bool = False) -> None:
        self.interview_page.banner.show_text(text, done=done)


def interview_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    return QApplication.translate("CompanyInterviewView", "Bedarfsanalyse"), CompanyInterviewView(context)
