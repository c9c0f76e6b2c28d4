"""Asks for the consent per purpose before the first rating of a person is stored (docs/data-protection.md).

Three purposes, each ticked on its own, as the person ticked them on the sheet: (1) the interview and the plan,
(2) the funding application incl. the hand-over to the Arbeitsagentur, (3) the pooled, pseudonymised use in the
network. Consent given on paper or electronically (date, text version), or a documented other legal basis (not
for purpose 3). The sheet for the person — ticked as entered here — can be shown, printed and saved from the
dialog, so it can be handed over before the first rating. The dialog stores nothing itself: ``submit`` (given
by the view) commits through the consent service and returns a German error message, or None when the records
were stored; only then the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.consent_purposes import PURPOSES_IN_ORDER, ConsentPurpose
from verbund_desktop.services.protection.consent import (
    DEFAULT_TEXT_VERSION,
    METHOD_LABELS_DE,
    METHOD_OTHER_BASIS,
    METHODS,
    OTHER_LEGAL_BASES,
)
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.common.locale_format import ui_date_format
from verbund_desktop.ui.printing.print_preview import PreviewDialog, print_document, save_document

SheetMaker = Callable[[dict[ConsentPurpose, bool]], bytes]


@dataclass(frozen=True)
class ConsentInput:
    method: str
    given_on: date
    text_version: str
    legal_basis: str
    note: str
    decisions: dict[ConsentPurpose, bool] = field(default_factory=dict)


class ConsentDialog(QDialog):
    def __init__(
        self,
        person: str,
        submit: Callable[[ConsentInput], str | None],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        sheet: SheetMaker | None = None,
        sheet_file_name: str = "Einwilligung.pdf",
        sheet_gaps: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._sheet = sheet
        self._sheet_file_name = sheet_file_name
        self.preview: PreviewDialog | None = None
        today = today or date.today()
        self.setWindowTitle(self.tr("Einwilligung erfassen"))
        intro = self._build_intro(person)
        purpose_box = self._build_purposes()
        self._build_fields(today, sheet_gaps)
        self._form = self._build_form()
        sheet_row = self._build_sheet_row(enabled=sheet is not None)
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(purpose_box)
        layout.addLayout(self._form)
        layout.addLayout(sheet_row)
        layout.addWidget(self.gaps)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._connect(buttons)
        self._method_changed()
        self.method.setFocus()
        self.resize(640, self.sizeHint().height())

    def _build_intro(self, person: str) -> QLabel:
        intro = QLabel(
            self.tr(
                "Bevor eine Einschätzung von {0} gespeichert wird, braucht es die Einwilligung der Person "
                "– schriftlich oder elektronisch – oder eine andere, dokumentierte Rechtsgrundlage. Jeder "
                "Zweck wird einzeln erfasst: Kreuzen Sie an, was die Person angekreuzt hat."
            ).format(person)
        )
        intro.setWordWrap(True)
        return intro

    def _build_purposes(self) -> QGroupBox:
        """One check box per purpose, as on the sheet; the note on purpose 3 below them."""
        self.purposes: dict[ConsentPurpose, QCheckBox] = {}
        purpose_box = QGroupBox(self.tr("Zwecke, in die die Person einwilligt"))
        purpose_layout = QVBoxLayout(purpose_box)
        for purpose in PURPOSES_IN_ORDER:
            box = QCheckBox(self.tr("Zweck &{0}: {1}").format(purpose.number, domain_label(purpose.label_de)))
            self.purposes[purpose] = box
            purpose_layout.addWidget(box)
        self.pooling_note = QLabel(
            self.tr("Die Nutzung im Verbund (Zweck 3) braucht immer eine Einwilligung der Person.")
        )
        self.pooling_note.setWordWrap(True)
        purpose_layout.addWidget(self.pooling_note)
        return purpose_box

    def _build_fields(self, today: date, sheet_gaps: Sequence[str]) -> None:
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(domain_label(METHOD_LABELS_DE[method]), method)
        self.given_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.given_on.setDisplayFormat(ui_date_format())
        self.given_on.setCalendarPopup(True)
        self.given_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.text_version = QLineEdit(DEFAULT_TEXT_VERSION)
        self.legal_basis = QComboBox()
        self.legal_basis.addItems(list(OTHER_LEGAL_BASES))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("Welche Grundlage, von wann, wo abgelegt (z. B. Betriebsvereinbarung …)")
        )
        self.note.setFixedHeight(60)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.gaps = QLabel("\n".join(sheet_gaps))
        self.gaps.setWordWrap(True)
        self.gaps.setStyleSheet("color: #8a5300;")
        self.gaps.setVisible(bool(sheet_gaps))

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("&Wie liegt sie vor?"), self.method)
        form.addRow(self.tr("&Datum:"), self.given_on)
        form.addRow(self.tr("&Textfassung:"), self.text_version)
        form.addRow(self.tr("&Rechtsgrundlage:"), self.legal_basis)
        form.addRow(self.tr("D&okumentation:"), self.note)
        return form

    def _build_sheet_row(self, *, enabled: bool) -> QHBoxLayout:
        """Show, print or save the sheet for the person (enabled when the view can make one)."""
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("Blatt für die Person, angekreuzt wie oben:")))
        self.show_sheet_button = QPushButton(self.tr("Blatt &anzeigen …"))
        self.print_sheet_button = QPushButton(self.tr("Blatt dr&ucken …"))
        self.save_sheet_button = QPushButton(self.tr("Blatt als PDF &speichern …"))
        for button in (self.show_sheet_button, self.print_sheet_button, self.save_sheet_button):
            button.setEnabled(enabled)
            button.setAutoDefault(False)
            sheet_row.addWidget(button)
        sheet_row.addStretch(1)
        return sheet_row

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Erfassen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        return buttons

    def _connect(self, buttons: QDialogButtonBox) -> None:
        self.show_sheet_button.clicked.connect(self.show_sheet)
        self.print_sheet_button.clicked.connect(self.print_sheet)
        self.save_sheet_button.clicked.connect(self.save_sheet)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.method.currentIndexChanged.connect(self._method_changed)

    def _method_changed(self) -> None:
        other = self.method.currentData() == METHOD_OTHER_BASIS
        for widget in (self.legal_basis, self.note):
            self._form.setRowVisible(widget, other)
        self._form.setRowVisible(self.text_version, not other)
        pooling = self.purposes[ConsentPurpose.NETWORK_POOLING]
        if other:
            pooling.setChecked(False)
        pooling.setEnabled(not other)
        self.pooling_note.setVisible(other)

    def decisions(self) -> dict[ConsentPurpose, bool]:
        return {purpose: box.isChecked() for purpose, box in self.purposes.items()}

    def value(self) -> ConsentInput:
        qdate = self.given_on.date()
        other = self.method.currentData() == METHOD_OTHER_BASIS
        return ConsentInput(
            method=str(self.method.currentData()),
            given_on=date(qdate.year(), qdate.month(), qdate.day()),
            text_version="" if other else self.text_version.text(),
            legal_basis=self.legal_basis.currentText() if other else "",
            note=self.note.toPlainText() if other else "",
            decisions=self.decisions(),
        )

    def sheet_pdf(self) -> bytes | None:
        """The sheet for the person, ticked as entered in the dialog right now."""
        return self._sheet(self.decisions()) if self._sheet is not None else None

    def show_sheet(self) -> None:
        pdf = self.sheet_pdf()
        if pdf is None:
            return
        self.preview = PreviewDialog(
            pdf, self.tr("Einwilligung und Information"), self._sheet_file_name, lambda: pdf, self
        )
        self.preview.finished.connect(self.preview.deleteLater)
        self.preview.open()

    def print_sheet(self) -> None:
        print_document(self, self.tr("Einwilligung und Information"), self.sheet_pdf)

    def save_sheet(self) -> None:
        save_document(self, self._sheet_file_name, self.sheet_pdf)

    def accept(self) -> None:
        problem = self._submit(self.value())
        if problem:
            self.error.setText(problem)
            return
        super().accept()
