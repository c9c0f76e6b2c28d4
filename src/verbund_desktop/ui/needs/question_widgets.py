"""The input for each question type of an interview guide, and the block that frames one question.

An input emits ``edited(value)`` when the advisor changes the answer: at once for choices, scales and yes/no;
for text and numbers after a short idle pause (``IDLE_MS``), on focus-out and on ``flush()`` — nothing typed is
lost. ``set_value`` shows a stored value without emitting. Delete or Backspace on a choice clears the answer.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.guide import NUMBER_MESSAGE, GuideQuestion, QuestionType, validate_answer
from verbund_desktop.services.organisation.company_validation import parse_whole_number
from verbund_desktop.ui.common.locale_format import domain_number_text

IDLE_MS = 400
MAX_RADIO_OPTIONS = 6
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class AnswerInput(QWidget):
    """Base class: one question's input widget(s)."""

    edited = Signal(object)  # the new answer value (None = no answer); not yet validated
    unparseable = Signal(str)  # text that is no value at all (e.g. letters in a number field): the message

    def __init__(self, question: GuideQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._loading = False

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    @abstractmethod
    def value(self) -> Any:
        """The answer shown now (None = no answer); every input type implements it."""

    @abstractmethod
    def focus_target(self) -> QWidget:
        """The widget that takes the focus when the question is jumped to."""

    def clear_answer(self) -> None:
        self.set_value(None)
        self.edited.emit(None)

    def flush(self) -> None:
        """Emit a pending (typed, not yet announced) change now."""

    @abstractmethod
    def _show(self, value: Any) -> None:
        """Put ``value`` into the input widgets without announcing a change."""

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit(self.value())

    def _toggled(self, _ident: int, checked: bool) -> None:
        if checked:  # an exclusive group also unchecks the previous button; announce the change once
            self._emit()

    def _watch_clear_keys(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if _is_plain_key(event, _CLEAR_KEYS):
            self.clear_answer()
            return True
        return super().eventFilter(watched, event)


class _TypedInput(AnswerInput):
    """Shared idle timer and focus-out handling for inputs that are typed into."""

    def __init__(self, question: GuideQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.flush)

    def _typed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self._announce()

    def _announce(self) -> None:
        self._emit()

    def _watch_focus_out(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return QWidget.eventFilter(self, watched, event)


class TextInput(_TypedInput):
    def __init__(self, question: GuideQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 3 + 14)
        self.edit.setAccessibleName(question.text_de)
        self.edit.textChanged.connect(self._typed)
        self._watch_focus_out(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def value(self) -> Any:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def focus_target(self) -> QWidget:
        return self.edit

    def _show(self, value: Any) -> None:
        if self.edit.toPlainText() != (value or ""):
            self.edit.setPlainText(value or "")
        self._dirty = False


class NumberInput(_TypedInput):
    def __init__(self, question: GuideQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(160)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setAccessibleName(question.text_de)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self.flush)
        self._watch_focus_out(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        if question.unit_de:
            layout.addWidget(QLabel(question.unit_de))
        layout.addStretch(1)

    def value(self) -> Any:
        return parse_whole_number(domain_number_text(self.edit.text()))  # 1,200 in English, 1.200 in German

    def focus_target(self) -> QWidget:
        return self.edit

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            try:
                self.edited.emit(self.value())
            except ValueError:
                # The same wording as for a number out of range, so the advisor sees one kind of message.
                self.unparseable.emit(validate_answer(self.question, -1) or NUMBER_MESSAGE)

    def _show(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self._dirty = False


class _ButtonsInput(AnswerInput):
    """Radio buttons or check boxes, one per option; arrow keys move between radio buttons."""

    def __init__(
        self, question: GuideQuestion, parent: QWidget | None = None, *, horizontal: bool = False
    ) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        self.values: list[Any] = []
        self.row = QHBoxLayout() if horizontal else QVBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(12 if horizontal else 2)
        self.setLayout(self.row)

    def _add(self, button: QAbstractButton, value: Any) -> None:
        button.setAccessibleDescription(self.question.text_de)
        self.group.addButton(button, len(self.values))
        self.values.append(value)
        self.row.addWidget(button)
        self._watch_clear_keys(button)

    def focus_target(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked if checked is not None else self.group.buttons()[0]

    def value(self) -> Any:
        checked = self.group.checkedId()
        return None if checked < 0 else self.values[checked]

    def _show(self, value: Any) -> None:
        self.group.setExclusive(False)
        for ident, option in enumerate(self.values):
            button = self.group.button(ident)
            button.setChecked(value is not None and option == value and type(option) is type(value))
        self.group.setExclusive(True)


class YesNoInput(_ButtonsInput):
    def __init__(self, question: GuideQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent, horizontal=True)
        self._add(QRadioButton(self.tr("Ja")), True)
        self._add(QRadioButton(self.tr("Nein")), False)
        self.row.addStretch(1)
        self.group.idToggled.connect(self._toggled)


class SingleChoiceRadios(_ButtonsInput):
    def __init__(self, question: GuideQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        for option in question.options:
            self._add(QRadioButton(option.label_de), option.value)
        self.group.idToggled.connect(self._toggled)


class ScaleInput(_ButtonsInput):
    """One radio button per scale value, the end labels beside; a digit key picks that value."""

    def __init__(self, question: GuideQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent, horizontal=True)
        low, high = question.scale_min or 0, question.scale_max or 0
        labels = question.scale_labels_de or ("", "")
        if labels[0]:
            self.row.addWidget(_grey(labels[0]))
        for number in range(low, high + 1):
            button = QRadioButton(str(number))
            button.setToolTip(self._tip(number, low, high, labels))
            self._add(button, number)
        if labels[1]:
            self.row.addWidget(_grey(labels[1]))
        self.row.addStretch(1)
        self.group.idToggled.connect(self._toggled)

    @staticmethod
    def _tip(number: int, low: int, high: int, labels: tuple[str, str]) -> str:
        if number == low and labels[0]:
            return f"{number} = {labels[0]}"
        if number == high and labels[1]:
            return f"{number} = {labels[1]}"
        return str(number)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.text().isdigit():
            number = int(event.text())
            if number in self.values:
                button = self.group.button(self.values.index(number))
                button.setFocus()
                button.setChecked(True)
                return True
        return super().eventFilter(watched, event)


class MultipleChoiceInput(AnswerInput):
    """Check boxes without a button group (Qt's group would lock the arrow keys out). As with radio buttons,
    Tab enters at the last focused box and leaves the question; the arrow keys move between the boxes."""

    def __init__(self, question: GuideQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.boxes: list[QCheckBox] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for option in question.options:
            box = QCheckBox(option.label_de)
            box.setAccessibleDescription(question.text_de)
            box.toggled.connect(lambda _on: self._emit())
            box.installEventFilter(self)
            layout.addWidget(box)
            self.boxes.append(box)
        self._tab_stop(self.boxes[0])

    def value(self) -> Any:
        chosen = [
            o.value for o, box in zip(self.question.options, self.boxes, strict=True) if box.isChecked()
        ]
        return chosen or None

    def focus_target(self) -> QWidget:
        return next((b for b in self.boxes if b.focusPolicy() == Qt.FocusPolicy.StrongFocus), self.boxes[0])

    def _show(self, value: Any) -> None:
        chosen = set(value or ())
        for option, box in zip(self.question.options, self.boxes, strict=True):
            box.setChecked(option.value in chosen)

    def _tab_stop(self, current: QCheckBox) -> None:
        for box in self.boxes:
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus if box is current else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QCheckBox) and watched in self.boxes:
            if event.type() == QEvent.Type.FocusIn:
                self._tab_stop(watched)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}
            if _is_plain_key(event, tuple(step)) and isinstance(event, QKeyEvent):
                index = self.boxes.index(watched) + step[Qt.Key(event.key())]
                if 0 <= index < len(self.boxes):
                    self.boxes[index].setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)


class SingleChoiceCombo(AnswerInput):
    """For long option lists: a combo box whose first entry means "not answered"."""

    def __init__(self, question: GuideQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(question.text_de)
        self.combo.addItem(self.tr("– nicht beantwortet –"), None)
        for option in question.options:
            self.combo.addItem(option.label_de, option.value)
        self.combo.currentIndexChanged.connect(lambda _index: self._emit())
        self._watch_clear_keys(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)

    def value(self) -> Any:
        return self.combo.currentData()

    def focus_target(self) -> QWidget:
        return self.combo

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))


def input_for(question: GuideQuestion) -> AnswerInput:
    """The right input widget for the question's type."""
    kind = question.type
    if kind is QuestionType.TEXT:
        return TextInput(question)
    if kind is QuestionType.NUMBER:
        return NumberInput(question)
    if kind is QuestionType.YES_NO:
        return YesNoInput(question)
    if kind is QuestionType.SCALE:
        return ScaleInput(question)
    if kind is QuestionType.MULTIPLE_CHOICE:
        return MultipleChoiceInput(question)
    if len(question.options) > MAX_RADIO_OPTIONS:
        return SingleChoiceCombo(question)
    return SingleChoiceRadios(question)


def _is_plain_key(event: QEvent, keys: tuple[Qt.Key, ...]) -> bool:
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in keys
        and event.modifiers() == Qt.KeyboardModifier.NoModifier
    )


def _grey(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #5f6368;")
    return label
