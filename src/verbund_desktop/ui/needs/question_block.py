"""One question of the company interview: text (bold with „*“ when required), help, input, message, note."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.guide import GuideQuestion, GuideSection, validate_answer
from verbund_desktop.ui.needs.question_widgets import IDLE_MS, AnswerInput, input_for

ERROR_STYLE = "color: #b00020;"
HELP_STYLE = "color: #5f6368; font-size: 9pt;"
_LEAVE_NOTE_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class QuestionBlock(QFrame):
    """Emits ``answer_edited(key, value)`` only for values the guide accepts; invalid ones show a message here."""

    answer_edited = Signal(str, object)
    note_edited = Signal(str, str)

    def __init__(self, question: GuideQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionBlock")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 8)
        layout.setSpacing(4)
        layout.addLayout(self._build_head(question))
        self._build_answer(layout, question)
        self._build_note(layout, question)
        self._connect()

    def _build_head(self, question: GuideQuestion) -> QHBoxLayout:
        """The question's text (bold with a red „*“ when required) and „Antwort löschen“."""
        head = QHBoxLayout()
        marker = ' <span style="color:#b00020;">*</span>' if question.required else ""
        self.title = QLabel(f"{html.escape(question.text_de)}{marker}")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        if question.required:
            font = self.title.font()
            font.setBold(True)
            self.title.setFont(font)
        head.addWidget(self.title, 1)
        self.clear_button = QToolButton()
        # The guide has no „keine Angabe“ answer: clearing removes the answer and a required question is open
        # again, so the button says exactly that.
        self.clear_button.setText(self.tr("Antwort löschen"))
        self.clear_button.setToolTip(
            self.tr(
                "Die Antwort wird entfernt, die Frage gilt wieder als offen (bei Auswahlfragen auch mit Entf)"
            )
        )
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        head.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        return head

    def _build_answer(self, layout: QVBoxLayout, question: GuideQuestion) -> None:
        """Help text, the input for the question's type and the message for an answer the guide refuses."""
        self.help = QLabel(question.help_de)
        self.help.setWordWrap(True)
        self.help.setStyleSheet(HELP_STYLE)
        layout.addWidget(self.help)  # first into the layout: shown while parentless it would be a window
        self.help.setVisible(bool(question.help_de))

        self.input: AnswerInput = input_for(question)
        if question.help_de:
            self.title.setToolTip(question.help_de)
            self.input.setToolTip(question.help_de)
        layout.addWidget(self.input)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)

    def _build_note(self, layout: QVBoxLayout, question: GuideQuestion) -> None:
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Notiz zu dieser Frage (F2)"))
        self.note.setAccessibleName(self.tr("Notiz: {0}").format(question.text_de))
        # Notes stay out of the Tab chain, so Tab goes from answer to answer; F2 opens the note.
        self.note.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.note.setClearButtonEnabled(True)
        self.note.setStyleSheet("QLineEdit { font-size: 9pt; }")
        layout.addWidget(self.note)
        self._note_saved = ""
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(IDLE_MS)

    def _connect(self) -> None:
        self._note_timer.timeout.connect(self.flush_note)
        self.note.textEdited.connect(lambda _text: self._note_timer.start())
        self.note.editingFinished.connect(self.flush_note)
        self.note.installEventFilter(self)
        self.input.edited.connect(self._input_edited)
        self.input.unparseable.connect(self.show_error)
        self.clear_button.clicked.connect(self.input.clear_answer)

    @property
    def key(self) -> str:
        return self.question.key

    def set_answer(self, value: Any, note: str) -> None:
        self.input.set_value(value)
        self.note.setText(note)
        self._note_saved = note
        self.show_error("")

    def set_read_only(self, read_only: bool) -> None:
        self.input.setEnabled(not read_only)
        self.note.setReadOnly(read_only)
        self.clear_button.setVisible(not read_only)

    def focus_answer(self) -> None:
        self.input.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.note.selectAll()

    def flush(self) -> None:
        self.input.flush()
        self.flush_note()

    def flush_note(self) -> None:
        self._note_timer.stop()
        text = self.note.text()
        if text != self._note_saved and not self.note.isReadOnly():
            self._note_saved = text
            self.note_edited.emit(self.key, text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _input_edited(self, value: Any) -> None:
        problem = validate_answer(self.question, value)
        self.show_error(problem or "")
        if problem is None:
            self.answer_edited.emit(self.key, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = (
            watched is self.note and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        )
        if is_key and isinstance(event, QKeyEvent) and event.key() in _LEAVE_NOTE_KEYS:
            self.flush_note()
            self.focus_answer()
            return True
        return super().eventFilter(watched, event)


def section_page(section: GuideSection, answers: Mapping[str, Any], notes: Mapping[str, str]) -> QScrollArea:
    """A scrollable page with the section's title, description and one block per question (in guide order)."""
    content = QWidget()
    layout = QVBoxLayout(content)
    title = QLabel(section.title_de)
    title.setStyleSheet("font-size: 14pt; font-weight: 600;")
    layout.addWidget(title)
    if section.description_de:
        description = QLabel(section.description_de)
        description.setWordWrap(True)
        description.setStyleSheet("color: #5f6368;")
        layout.addWidget(description)
    for question in section.questions:
        block = QuestionBlock(question)
        block.set_answer(answers.get(question.key), notes.get(question.key, ""))
        layout.addWidget(block)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def blocks_of(page: QWidget) -> list[QuestionBlock]:
    """The question blocks of a page, in order."""
    return page.findChildren(QuestionBlock)
