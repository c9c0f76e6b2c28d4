"""„Stand“ (earlier analyses, read-only), „Neue Bedarfsanalyse beginnen …“ and „Entwurf verwerfen …“ of the tab."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from verbund_desktop.ui.needs.company_interview_recorder import InterviewRecorder
from verbund_desktop.ui.needs.interview_layout import InterviewPage, confirm_discard, confirm_new


class VersionActions:
    """Wired to the page's buttons; ``load`` rebuilds the view, ``start`` begins (or resumes) a draft."""

    def __init__(
        self,
        view: QWidget,
        page: InterviewPage,
        recorder: InterviewRecorder,
        flush: Callable[[], None],
        load: Callable[[], None],
        start: Callable[[], None],
    ) -> None:
        self._view, self._page, self._recorder = view, page, recorder
        self._flush, self._load, self._start = flush, load, start
        page.new_button.clicked.connect(self.start_new)
        page.discard_button.clicked.connect(self.discard)
        page.version_box.activated.connect(self.version_chosen)

    def show_buttons(self, complete: bool) -> None:
        """Buttons for the shown interview; an earlier (not the latest) analysis is only looked at."""
        page, latest = self._page, self._recorder.is_latest
        page.complete_button.setVisible(not complete)
        page.next_open_button.setVisible(not complete)
        page.reopen_button.setVisible(complete and latest)
        page.new_button.setVisible(complete and latest)
        page.discard_button.setVisible(not complete)

    def start_new(self) -> None:
        """After a completed analysis: begin the next one (the service keeps the completed one unchanged)."""
        state = self._recorder.state
        if state is not None and state.complete and confirm_new(self._view):
            self._start()

    def discard(self) -> None:
        if self._recorder.editable and confirm_discard(self._view) and self._recorder.discard():
            self._load()
            self._page.banner.show_text(
                QCoreApplication.translate("CompanyInterviewView", "Der Entwurf wurde verworfen."), done=True
            )

    def version_chosen(self, index: int) -> None:
        data = self._page.version_box.itemData(index)
        state = self._recorder.state
        if data and state is not None and data != str(state.id):
            self._flush()
            self._recorder.show_version(uuid.UUID(data))
            self._load()
