"""The top of the competency tab: which interview, its state, the legal basis and the actions.

Buttons carry mnemonics (Alt+G, Alt+K, Alt+F, Alt+S, Alt+E; Alt+V selects the interview) that avoid the
main window's menu letters.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from verbund_desktop.services.competency.assessment_sheets import (
    STATUS_LABELS_DE,
    AssessmentInfo,
    InterviewOverview,
    RatingRow,
)
from verbund_desktop.services.protection.consent import METHOD_LABELS_DE, METHOD_OTHER_BASIS, ConsentInfo
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.common.locale_format import is_german, ui_date


def consent_words(info: ConsentInfo) -> str:
    """The consent line in the UI language (German: the domain's own wording)."""
    if is_german():
        return info.summary_de
    when = ui_date(info.given_on)
    if info.method == METHOD_OTHER_BASIS:
        text = QCoreApplication.translate(
            "InterviewHeader", "Andere Rechtsgrundlage: {0}, dokumentiert am {1}"
        ).format(info.legal_basis, when)
    else:
        method = domain_label(METHOD_LABELS_DE.get(info.method, info.method))
        text = QCoreApplication.translate("InterviewHeader", "{0} am {1}, Textfassung {2}").format(
            method, when, info.text_version
        )
    if not info.valid:
        text += QCoreApplication.translate("InterviewHeader", " – widerrufen")
    return text


def assessment_label(info: AssessmentInfo) -> str:
    """„03.02.2026 (abgeschlossen)“, or „03/02/2026 (completed)“ in the English UI."""
    if is_german():
        return info.label_de
    status = domain_label(STATUS_LABELS_DE.get(info.status, info.status))
    return f"{ui_date(info.assessed_on)} ({status})"


class InterviewHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Kompetenzgespräch"))
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.assessment_box = QComboBox()
        self.assessment_box.setMinimumContentsLength(20)
        box_label = QLabel(self.tr("Gespräch &vom:"))
        box_label.setBuddy(self.assessment_box)
        self.state_label = QLabel()
        self.consent_label = QLabel()
        self.consent_label.setWordWrap(True)
        self.consent_button = QPushButton(self.tr("&Einwilligung erfassen …"))
        self.start_role_button = QPushButton(self.tr("&Gespräch aus Stellenprofil beginnen"))
        self.pick_button = QPushButton(self.tr("&Kompetenzen wählen …"))
        self.reinterview_button = QPushButton(self.tr("&Folgegespräch beginnen"))
        self.complete_button = QPushButton(self.tr("Gespräch ab&schließen"))

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(box_label)
        head.addWidget(self.assessment_box)
        head.addWidget(self.state_label, 1)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_label, 1)
        consent_row.addWidget(self.consent_button)
        buttons = QHBoxLayout()
        for button in (self.start_role_button, self.pick_button, self.reinterview_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(consent_row)
        layout.addLayout(buttons)

    def show_overview(self, ov: InterviewOverview | None, ratings: Sequence[RatingRow]) -> None:
        sheet = ov.sheet if ov else None
        editable = sheet is not None and not sheet.info.is_complete
        self.assessment_box.blockSignals(True)
        self.assessment_box.clear()
        for info in ov.assessments if ov else ():
            self.assessment_box.addItem(assessment_label(info), str(info.id))
        if sheet is not None:
            self.assessment_box.setCurrentIndex(self.assessment_box.findData(str(sheet.info.id)))
        self.assessment_box.blockSignals(False)
        self.assessment_box.setEnabled(bool(ov and ov.assessments))
        self.show_state(ov, ratings)
        role = sheet.info.role_name if sheet is not None else ov.role_name if ov else ""
        role_text = self.tr("Stellenprofil {0} · ").format(role) if role else ""
        if ov is None:
            self.consent_label.setText("")
        elif ov.consent_summary:
            words = consent_words(ov.consent) if ov.consent is not None else ov.consent_summary
            self.consent_label.setText(role_text + self.tr("Rechtsgrundlage: {0}").format(words))
        else:
            self.consent_label.setText(
                role_text
                + self.tr("<b>Keine Einwilligung erfasst.</b> Vor der ersten Einschätzung erforderlich.")
            )
        self.consent_button.setVisible(ov is not None and not ov.has_consent)
        no_draft = ov is not None and ov.open_draft is None
        has_role = bool(ov and ov.role_target_count)
        self.start_role_button.setEnabled(no_draft and has_role)
        self.start_role_button.setToolTip("" if has_role else self.tr("Kein Stellenprofil mit Soll-Stufen"))
        self.pick_button.setEnabled(no_draft)
        self.reinterview_button.setEnabled(no_draft and bool(ov and ov.last_complete))
        self.complete_button.setEnabled(editable)

    def show_state(self, ov: InterviewOverview | None, ratings: Sequence[RatingRow]) -> None:
        sheet = ov.sheet if ov else None
        if sheet is None:
            self.state_label.setText("")
        elif sheet.info.is_complete:
            self.state_label.setText(self.tr("abgeschlossen · {0} Kompetenzen").format(len(ratings)))
        else:
            open_count = sum(1 for r in ratings if r.missing())
            self.state_label.setText(
                self.tr("in Bearbeitung · {0} von {1} Kompetenzen mit offenen Eingaben").format(
                    open_count, len(ratings)
                )
            )
