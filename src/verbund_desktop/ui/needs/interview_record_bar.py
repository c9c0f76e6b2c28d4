"""The question under the interview when an answer differs from the company record: change the record or keep it.

Not a modal dialog: a number is committed after a short pause while the advisor is still typing, and a dialog
popping up then would take the keys. The bar stays until the advisor decides; the plan, the company report and
the § 82 estimate always use the record, so the bar says which value they use meanwhile.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from verbund_desktop.services.needs.interview_record import RecordDifference
from verbund_desktop.ui.needs.company_interview_recorder import InterviewRecorder

BAR_STYLE = "QFrame#recordBar { background: #fff4ce; border: 1px solid #c19c00; border-radius: 4px; }"


class RecordDifferencesBar(QFrame):
    """Shows the open differences of the recorder's interview; ``refresh()`` after every saved answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordBar")
        self.setStyleSheet(BAR_STYLE)
        self._recorder: InterviewRecorder | None = None
        self.shown: list[RecordDifference] = []
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.adopt_button = QPushButton(self.tr("Betriebsdaten ändern"))
        self.keep_button = QPushButton(self.tr("Betriebsdaten beibehalten"))
        self.adopt_button.clicked.connect(self.adopt)
        self.keep_button.clicked.connect(self.keep)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.adopt_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.setVisible(False)

    def bind(self, recorder: InterviewRecorder) -> RecordDifferencesBar:
        self._recorder = recorder
        return self

    def refresh(self) -> None:
        recorder = self._recorder
        self.shown = recorder.record_differences() if recorder is not None else []
        if not self.shown:
            self.setVisible(False)
            return
        lines = "".join(f"<li>{d.text_de}</li>" for d in self.shown)
        self.label.setText(
            self.tr(
                "Die Antworten weichen von den Betriebsdaten ab:<ul>{0}</ul>Entwicklungsplan, Bericht und "
                "Förderschätzung verwenden die Betriebsdaten. Sollen die Betriebsdaten wie im Gespräch "
                "geändert werden?"
            ).format(lines)
        )
        self.setVisible(True)

    def adopt(self) -> None:
        if self._recorder is not None and self.shown and self._recorder.adopt_into_record(self.shown):
            self.refresh()

    def keep(self) -> None:
        if self._recorder is not None and self.shown:
            self._recorder.keep_record(self.shown)
            self.refresh()
