"""Widgets of the company interview tab, laid out; behaviour is wired by ``CompanyInterviewView``."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.needs.company_interview import OpenQuestion
from verbund_desktop.services.needs.interview_versions import InterviewVersion
from verbund_desktop.ui.common.locale_format import ui_date
from verbund_desktop.ui.common.prompts import confirm
from verbund_desktop.ui.needs.interview_record_bar import RecordDifferencesBar
from verbund_desktop.ui.needs.interview_sections_model import SectionListModel

BANNER_STYLE = "QLabel { background: #fff4ce; border: 1px solid #e0c45c; padding: 6px; }"
DONE_STYLE = "QLabel { background: #e6f4ea; border: 1px solid #81c995; padding: 6px; }"
MAX_LISTED = 8


def open_questions_message(still_open: Sequence[OpenQuestion]) -> str:
    """Why „Abschließen“ did not complete: the first open required questions (texts of the interview view)."""
    lines = "".join(f"<li>{q.section_title}: {q.text_de}</li>" for q in still_open[:MAX_LISTED])
    extra = len(still_open) - MAX_LISTED
    more = QCoreApplication.translate("CompanyInterviewView", "<br>… und {0} weitere.").format(extra)
    return QCoreApplication.translate(
        "CompanyInterviewView", "Noch nicht abgeschlossen: {0} Pflichtfrage(n) offen.<ul>{1}</ul>{2}"
    ).format(len(still_open), lines, more if extra > 0 else "")


def version_text(version: InterviewVersion) -> str:
    """„Abgeschlossen am 03.02.2026“ or „Entwurf vom 03.02.2026“ for the version chooser."""
    if version.complete and version.completed_at is not None:
        return QCoreApplication.translate("CompanyInterviewView", "Abgeschlossen am {0}").format(
            ui_date(version.completed_at.astimezone().date())
        )
    return QCoreApplication.translate("CompanyInterviewView", "Entwurf vom {0}").format(
        ui_date(version.conducted_on)
    )


def fill_versions(box: QComboBox, versions: Sequence[InterviewVersion], shown: uuid.UUID | None) -> None:
    box.clear()
    for version in versions:
        box.addItem(version_text(version), str(version.id))
    box.setCurrentIndex(box.findData(str(shown)))
    box.setEnabled(len(versions) > 1)


def confirm_new(parent: QWidget) -> bool:
    return confirm(
        parent,
        QCoreApplication.translate("CompanyInterviewView", "Neue Bedarfsanalyse beginnen"),
        QCoreApplication.translate(
            "CompanyInterviewView",
            "Eine neue Bedarfsanalyse beginnen? Die abgeschlossene bleibt unverändert und ist oben unter "
            "„Stand“ weiter einsehbar.",
        ),
        QCoreApplication.translate("CompanyInterviewView", "Neue beginnen"),
        destructive=False,
    )


def confirm_discard(parent: QWidget) -> bool:
    return confirm(
        parent,
        QCoreApplication.translate("CompanyInterviewView", "Entwurf verwerfen"),
        QCoreApplication.translate(
            "CompanyInterviewView",
            "Den Entwurf mit allen seinen Antworten löschen? Das lässt sich nicht rückgängig machen; "
            "abgeschlossene Bedarfsanalysen bleiben erhalten.",
        ),
        QCoreApplication.translate("CompanyInterviewView", "Entwurf verwerfen"),
    )


class MessageBanner(QWidget):
    """A message above the buttons that the advisor can close (×); ``lists_open`` while it lists open questions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lists_open = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Hinweis schließen"))
        self.close_button.setAccessibleName(self.tr("Hinweis schließen"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def show_text(self, text: str, *, done: bool = False, lists_open: bool = False) -> None:
        self.lists_open = lists_open and bool(text)
        self.label.setText(text)
        self.label.setStyleSheet(DONE_STYLE if done else BANNER_STYLE)
        self.setVisible(bool(text))

    def dismiss(self) -> None:
        self.show_text("")

    def follow(self, still_open: Sequence[OpenQuestion]) -> None:
        """While the banner lists the open questions, it follows every answer."""
        if not self.lists_open:
            return
        if still_open:
            self.show_text(open_questions_message(still_open), lists_open=True)
        else:
            done = QCoreApplication.translate("CompanyInterviewView", "Alle Pflichtfragen sind beantwortet.")
            self.show_text(done, done=True)


class StartPage(QWidget):
    """Shown while the company has no interview yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Für diesen Betrieb gibt es noch keine Bedarfsanalyse."))
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Bedarfsanalyse beginnen"))
        self.button.setDefault(True)
        layout.addStretch(1)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class InterviewPage(QWidget):
    """Header (status, interviewees, guide), sections beside the question pages, message and buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addLayout(self._build_head())
        outer.addWidget(self._build_sections(), 1)
        self.record_bar = RecordDifferencesBar()  # answers that differ from the company record
        outer.addWidget(self.record_bar)
        self.banner = MessageBanner()
        self.message = self.banner.label
        outer.addWidget(self.banner)
        outer.addLayout(self._build_buttons())

    def _build_head(self) -> QHBoxLayout:
        """Status, the version chooser, interviewees, the guide's name, „Neue …“ and „Entwurf verwerfen …“."""
        head = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-weight: 600;")
        self.guide_label = QLabel()
        self.guide_label.setStyleSheet("color: #5f6368;")
        self.interviewees_edit = QLineEdit()
        self.interviewees_edit.setPlaceholderText(self.tr("Gesprächspartner/innen"))
        self.interviewees_edit.setAccessibleName(self.tr("Gesprächspartner/innen"))
        self.version_box = QComboBox()  # earlier analyses stay viewable (read-only)
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.interviewees_edit.setMinimumWidth(180)
        # The guide's name gives way first when the row is narrow (1366×768 with the tree beside it).
        self.guide_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.version_box.setAccessibleName(self.tr("Stand der Bedarfsanalyse"))
        # Safe and destructive actions sit up here, away from „Abschließen“ (bottom right); both ask first.
        self.new_button = QPushButton(self.tr("Neue Bedarfsanalyse beginnen …"))
        self.discard_button = QPushButton(self.tr("Entwurf verwerfen …"))
        head.addWidget(self.status_label)
        head.addWidget(self.version_box)
        head.addWidget(QLabel(self.tr("Gesprächspartner/innen:")))
        head.addWidget(self.interviewees_edit, 1)
        head.addWidget(self.guide_label)
        head.addWidget(self.new_button)
        head.addWidget(self.discard_button)
        return head

    def _build_sections(self) -> QSplitter:
        """The guide's sections (with progress) beside the stack of question pages."""
        self.model = SectionListModel()
        self.section_list = QListView()
        self.section_list.setModel(self.model)
        self.section_list.setAccessibleName(self.tr("Abschnitte des Leitfadens"))
        self.section_list.setMinimumWidth(220)
        self.section_list.setWordWrap(True)
        self.section_list.setSpacing(2)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.section_list)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        return splitter

    def _build_buttons(self) -> QHBoxLayout:
        """How many required questions are open, „Nächste offene …“, „Abschließen“ and „Wieder öffnen“."""
        buttons = QHBoxLayout()
        self.open_label = QLabel()
        self.next_open_button = QPushButton(self.tr("Nächste offene Pflichtfrage (F8)"))
        self.complete_button = QPushButton(self.tr("Abschließen (Strg+Enter)"))
        self.reopen_button = QPushButton(self.tr("Wieder öffnen (Strg+Umschalt+O)"))
        for button in (self.next_open_button, self.reopen_button, self.new_button, self.discard_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard users have the shortcuts
        self.complete_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab after the last question lands here
        self.complete_button.setAutoDefault(True)
        buttons.addWidget(self.open_label, 1)
        buttons.addWidget(self.next_open_button)
        buttons.addWidget(self.complete_button)
        buttons.addWidget(self.reopen_button)
        return buttons
