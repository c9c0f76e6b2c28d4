"""Where the advisor is in the company interview: the section shown, the question in focus, Tab across sections
and the remembered position (saved a short pause after it last changed, and when the view flushes)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from verbund_desktop.assessment.guide import GuideSection
from verbund_desktop.ui.needs.company_interview_recorder import InterviewRecorder
from verbund_desktop.ui.needs.interview_layout import InterviewPage
from verbund_desktop.ui.needs.question_block import QuestionBlock

POSITION_DELAY_MS = 600


class InterviewNavigator(QObject):
    """The question blocks of the shown interview by key and section row; the view fills them on loading.

    ``current_key`` is the question the advisor is at (focused, answered or jumped to).
    """

    def __init__(self, page: InterviewPage, recorder: InterviewRecorder, view: QWidget) -> None:
        super().__init__(view)
        self._page, self._recorder = page, recorder
        self.pages, self.model = page.pages, page.model
        self.blocks: dict[str, QuestionBlock] = {}
        self.section_of: dict[str, int] = {}
        self.current_key: str | None = None
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_DELAY_MS)
        self._position_timer.timeout.connect(self.save_position)
        page.section_list.selectionModel().currentChanged.connect(self._section_selected)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    # -- the blocks of the shown interview ---------------------------------------------------------------------
    def add(self, block: QuestionBlock, row: int) -> None:
        self.blocks[block.key] = block
        self.section_of[block.key] = row

    def clear(self) -> None:
        """Forget the blocks and remove the question pages."""
        self.blocks.clear()
        self.section_of.clear()
        while self.pages.count():
            page = self.pages.widget(0)
            assert page is not None
            self.pages.removeWidget(page)
            page.deleteLater()

    def _blocks_of(self, row: int) -> list[QuestionBlock]:
        return [b for k, b in self.blocks.items() if self.section_of[k] == row]

    def _shown_of(self, row: int) -> list[QuestionBlock]:
        return [b for b in self._blocks_of(row) if not b.isHidden()]

    def block_of(self, widget: QWidget | None) -> QuestionBlock | None:
        while widget is not None and not isinstance(widget, QuestionBlock):
            widget = widget.parentWidget()
        return widget if isinstance(widget, QuestionBlock) and self.blocks.get(widget.key) is widget else None

    # -- the remembered position -------------------------------------------------------------------------------
    def save_position(self) -> None:
        section = self.current_section()
        if section is None:
            return
        key = self.current_key
        if key is not None and self.section_of.get(key) != self.pages.currentIndex():
            key = None
        self._recorder.remember(section.key, key)

    def flush(self) -> None:
        """Save a position change that is still waiting for its pause."""
        if self._position_timer.isActive():
            self._position_timer.stop()
            self.save_position()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        block = self.block_of(new)
        if block is not None and block.key != self.current_key:
            self.current_key = block.key
            self._position_timer.start()

    # -- sections and questions --------------------------------------------------------------------------------
    def current_section(self) -> GuideSection | None:
        state = self._recorder.state
        if state is None or not 0 <= self.pages.currentIndex() < len(state.guide.sections):
            return None
        return state.guide.sections[self.pages.currentIndex()]

    def select_section(self, row: int) -> None:
        index = self.model.index(row, 0)
        self._page.section_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.pages.setCurrentIndex(row)

    def _section_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.pages.setCurrentIndex(current.row())
            self._position_timer.start()

    def go_to_section(self, row: int) -> None:
        if self._recorder.state is None or not 0 <= row < self.model.rowCount():
            return
        self.select_section(row)
        first = next(iter(self._shown_of(row)), None)
        if first is not None:
            self.focus_question(first.key)

    def focus_question(self, key: str) -> None:
        block = self.blocks.get(key)
        if block is None:
            return
        row = self.section_of[key]
        if self.pages.currentIndex() != row:
            self.select_section(row)
        block.focus_answer()
        page = self.pages.widget(row)
        if isinstance(page, QScrollArea):
            page.ensureWidgetVisible(block)
        self.current_key = key

    # -- Tab across sections -----------------------------------------------------------------------------------
    def tab(self, forward: bool) -> bool:
        """Tab after a section's last question goes on to the next section (Umschalt+Tab: back), and after the
        last section's to „Abschließen“. False: Qt's own focus order applies."""
        focused = QApplication.focusWidget()
        block = self.block_of(focused)
        if block is not None:
            block.flush()  # commit first: the answer may reveal the very next question
        last = self.model.rowCount() - 1
        complete_button = self._page.complete_button
        if focused is complete_button and not forward:
            return self._focus_edge(last, first=False)
        if block is None or self._recorder.state is None:
            return False
        row = self.section_of[block.key]
        shown = self._shown_of(row)
        if not shown or block is not (shown[-1] if forward else shown[0]):
            return False
        if forward and row == last and complete_button.isVisible():
            complete_button.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        target = row + (1 if forward else -1)
        if 0 <= target <= last:
            return self._focus_edge(target, first=forward)
        return False

    def _focus_edge(self, row: int, *, first: bool) -> bool:
        """Focus the first (or last) shown question of section ``row``."""
        self.select_section(row)
        shown = self._shown_of(row)
        if shown:
            self.focus_question((shown[0] if first else shown[-1]).key)
        return True
