"""The company needs interview (tab „Bedarfsanalyse“): sections with progress on the left, questions on the right.

Keyboard first: Tab goes from answer to answer, Strg+Bild↓/Bild↑ or Alt+↓/↑ change the section, F8 or Strg+J
jumps to the next open required question, F2 opens the note of the current question, Strg+Enter completes.
Every change is committed at once through the service (text after a short pause and on leaving the field).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.guide import GuideSection, is_relevant
from verbund_desktop.services.needs import company_interview as service
from verbund_desktop.services.needs.interview_record import RECORD_QUESTIONS
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.prompts import busy
from verbund_desktop.ui.needs.company_interview_recorder import InterviewRecorder
from verbund_desktop.ui.needs.interview_layout import (
    InterviewPage,
    StartPage,
    confirm_discard,
    confirm_new,
    fill_versions,
    open_questions_message,
)
from verbund_desktop.ui.needs.question_block import QuestionBlock, blocks_of, section_page

POSITION_DELAY_MS = 600


class CompanyInterviewView(QWidget):
    """Tab widget for a selected company; ``set_subject(company_id)`` loads its newest interview."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self.recorder = InterviewRecorder(context, self)
        self.company_id: uuid.UUID | None = None
        self.blocks: dict[str, QuestionBlock] = {}
        self._section_of: dict[str, int] = {}
        self._current_key: str | None = None
        self._focus_pending = False
        self._stale = False
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_DELAY_MS)
        self._position_timer.timeout.connect(self._save_position)

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
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

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
        self.start_button.clicked.connect(self.start)
        self.new_button.clicked.connect(self.start_new)
        page.discard_button.clicked.connect(self.discard)
        page.version_box.activated.connect(self._version_chosen)
        self.interviewees_edit.editingFinished.connect(self._save_interviewees)
        self.section_list.selectionModel().currentChanged.connect(self._section_selected)
        self.next_open_button.clicked.connect(self.jump_to_next_open)
        self.complete_button.clicked.connect(self.complete)
        self.reopen_button.clicked.connect(self.reopen)

    def _shortcuts(self) -> None:
        bindings: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+PgDown", self.next_section),
            ("Alt+Down", self.next_section),
            ("Ctrl+PgUp", self.previous_section),
            ("Alt+Up", self.previous_section),
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
        self._clear_pages()
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
                self.blocks[block.key] = block
                self._section_of[block.key] = row
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
        self._select_section(max(start, 0))
        self._current_key = state.last_question_key
        self.show_message("")
        self.record_bar.refresh()

    def _clear_pages(self) -> None:
        self.blocks.clear()
        self._section_of.clear()
        while self.pages.count():
            page = self.pages.widget(0)
            assert page is not None
            self.pages.removeWidget(page)
            page.deleteLater()

    def _apply_status(self) -> None:
        assert self.state is not None
        complete = self.state.complete
        when = self.state.completed_at.astimezone().strftime("%d.%m.%Y") if self.state.completed_at else ""
        self.status_label.setText(
            self.tr("Abgeschlossen am {0}").format(when) if complete else self.tr("Entwurf")
        )
        for block in self.blocks.values():
            block.set_read_only(complete)
        self.interviewees_edit.setReadOnly(complete)
        latest = self.recorder.is_latest  # an earlier analysis is only looked at
        self.complete_button.setVisible(not complete)
        self.next_open_button.setVisible(not complete)
        self.reopen_button.setVisible(complete and latest)
        self.new_button.setVisible(complete and latest)
        self.interview_page.discard_button.setVisible(not complete)

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
        if self.interview_page.banner.lists_open:  # the list of open questions follows every answer
            listed = service.open_questions(self.state.guide, self.answers)
            if listed:
                self.interview_page.banner.show_text(open_questions_message(listed), lists_open=True)
            else:
                self.show_message(self.tr("Alle Pflichtfragen sind beantwortet."), done=True)

    def _save_answer(self, key: str, value: Any) -> None:
        if not self.recorder.editable:
            return
        if not self.recorder.save_answer(key, value):
            self.blocks[key].input.set_value(self.answers.get(key))
            return
        self._current_key = key
        self._refresh_relevance()
        if key in RECORD_QUESTIONS:
            self.record_bar.refresh()

    def _save_interviewees(self) -> None:
        self.recorder.save_interviewees(self.interviewees_edit.text())

    def _save_position(self) -> None:
        section = self.current_section()
        if section is None:
            return
        key = self._current_key
        if key is not None and self._section_of.get(key) != self.pages.currentIndex():
            key = None
        self.recorder.remember(section.key, key)

    def flush(self) -> None:
        """Commit everything typed but not yet saved (answers, notes, header, position)."""
        for block in list(self.blocks.values()):
            block.flush()
        self._save_interviewees()
        if self._position_timer.isActive():
            self._position_timer.stop()
            self._save_position()

    # -- navigation --------------------------------------------------------------------------------------------
    def current_section(self) -> GuideSection | None:
        if self.state is None or not 0 <= self.pages.currentIndex() < len(self.state.guide.sections):
            return None
        return self.state.guide.sections[self.pages.currentIndex()]

    def _select_section(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.section_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.pages.setCurrentIndex(row)

    def _section_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.pages.setCurrentIndex(current.row())
            self._position_timer.start()

    def go_to_section(self, row: int) -> None:
        if self.state is None or not 0 <= row < self.model.rowCount():
            return
        self._select_section(row)
        first = next((b for b in self._blocks_of(row) if not b.isHidden()), None)
        if first is not None:
            self.focus_question(first.key)

    def next_section(self) -> None:
        self.go_to_section(self.pages.currentIndex() + 1)

    def previous_section(self) -> None:
        self.go_to_section(self.pages.currentIndex() - 1)

    def focus_question(self, key: str) -> None:
        block = self.blocks.get(key)
        if block is None:
            return
        row = self._section_of[key]
        if self.pages.currentIndex() != row:
            self._select_section(row)
        block.focus_answer()
        page = self.pages.widget(row)
        if isinstance(page, QScrollArea):
            page.ensureWidgetVisible(block)
        self._current_key = key

    def _blocks_of(self, row: int) -> list[QuestionBlock]:
        return [b for k, b in self.blocks.items() if self._section_of[k] == row]

    def jump_to_next_open(self) -> None:
        if self.state is None or self.state.complete:
            return
        self.flush()
        key = self.recorder.next_open(self._current_key)
        if key is None:
            self.show_message(self.tr("Alle Pflichtfragen sind beantwortet."), done=True)
            return
        self.focus_question(key)

    def edit_note(self) -> None:
        if self._current_key in self.blocks and not self.blocks[self._current_key].isHidden():
            self.blocks[self._current_key].focus_note()

    def _block_of(self, widget: QWidget | None) -> QuestionBlock | None:
        while widget is not None and not isinstance(widget, QuestionBlock):
            widget = widget.parentWidget()
        return widget if isinstance(widget, QuestionBlock) and self.blocks.get(widget.key) is widget else None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        block = self._block_of(new)
        if block is not None and block.key != self._current_key:
            self._current_key = block.key
            self._position_timer.start()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab after a section's last question goes on to the next section (Umschalt+Tab: back)."""
        focused = QApplication.focusWidget()
        block = self._block_of(focused)
        if block is not None:
            block.flush()  # commit first: the answer may reveal the very next question
        last = self.model.rowCount() - 1
        if focused is self.complete_button and not next:
            return self._focus_edge(last, first=False)
        if block is None or self.state is None:
            return super().focusNextPrevChild(next)
        row = self._section_of[block.key]
        shown = [b for b in self._blocks_of(row) if not b.isHidden()]
        if not shown or block is not (shown[-1] if next else shown[0]):
            return super().focusNextPrevChild(next)
        if next and row == last and self.complete_button.isVisible():
            self.complete_button.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        target = row + (1 if next else -1)
        if 0 <= target <= last:
            return self._focus_edge(target, first=next)
        return super().focusNextPrevChild(next)

    def _focus_edge(self, row: int, *, first: bool) -> bool:
        """Focus the first (or last) shown question of section ``row``."""
        self._select_section(row)
        shown = [b for b in self._blocks_of(row) if not b.isHidden()]
        if shown:
            self.focus_question((shown[0] if first else shown[-1]).key)
        return True

    def _restore_focus(self) -> None:
        self._focus_pending = False
        if self.state is None:
            self.start_button.setFocus()
            return
        if self.state.complete:
            self.section_list.setFocus()
            return
        key = self._current_key
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

    def start_new(self) -> None:
        """After a completed analysis: begin the next one (the service keeps the completed one unchanged)."""
        if self.state is not None and self.state.complete and confirm_new(self):
            self.start()

    def discard(self) -> None:
        if self.recorder.editable and confirm_discard(self) and self.recorder.discard():
            self._load()
            self.show_message(self.tr("Der Entwurf wurde verworfen."), done=True)

    def _version_chosen(self, index: int) -> None:
        data = self.interview_page.version_box.itemData(index)
        if data and self.state is not None and data != str(self.state.id):
            self.flush()
            self.recorder.show_version(uuid.UUID(data))
            self._load()

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
    """Tab factory for ``feature_tabs.company_tab_factories``."""
    return QApplication.translate("CompanyInterviewView", "Bedarfsanalyse"), CompanyInterviewView(context)
