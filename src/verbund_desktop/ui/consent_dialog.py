"""Asks for the consent record before the first rating of a person is stored (domain.md §6).

Consent given on paper or electronically (date, text version, purpose), or a documented other legal basis.
The dialog does not store anything itself: ``submit`` (given by the view) commits through the consent
service and returns a German error message, or None when the record was stored; only then the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..persistence.models import CONSENT_PURPOSE_ASSESSMENT
from ..services.consent import (
    DEFAULT_TEXT_VERSION,
    METHOD_LABELS_DE,
    METHOD_OTHER_BASIS,
    METHODS,
    OTHER_LEGAL_BASES,
    PURPOSE_LABELS_DE,
)
from .i18n import domain_label


@dataclass(frozen=True)
class ConsentInput:
    method: str
    given_on: date
    text_version: str
    legal_basis: str
    note: str


class ConsentDialog(QDialog):
    def __init__(
        self,
        person: str,
        submit: Callable[[ConsentInput], str | None],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        today = today or date.today()
        self.setWindowTitle(self.tr("Einwilligung erfassen"))
        intro = QLabel(
            self.tr(
                "Bevor eine Einschätzung von {0} gespeichert wird, braucht es die Einwilligung der Person "
                "– schriftlich oder elektronisch – oder eine andere, dokumentierte Rechtsgrundlage."
            ).format(person)
        )
        intro.setWordWrap(True)
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(domain_label(METHOD_LABELS_DE[method]), method)
        self.given_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.given_on.setDisplayFormat("dd.MM.yyyy")
        self.given_on.setCalendarPopup(True)
        self.given_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.text_version = QLineEdit(DEFAULT_TEXT_VERSION)
        purpose = QLabel(domain_label(PURPOSE_LABELS_DE[CONSENT_PURPOSE_ASSESSMENT]))
        self.legal_basis = QComboBox()
        self.legal_basis.addItems(list(OTHER_LEGAL_BASES))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("Welche Grundlage, von wann, wo abgelegt (z. B. Betriebsvereinbarung …)")
        )
        self.note.setFixedHeight(70)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

        form = QFormLayout()
        form.addRow(self.tr("&Wie liegt sie vor?"), self.method)
        form.addRow(self.tr("&Datum:"), self.given_on)
        form.addRow(self.tr("&Textfassung:"), self.text_version)
        form.addRow(self.tr("Zweck:"), purpose)
        form.addRow(self.tr("&Rechtsgrundlage:"), self.legal_basis)
        form.addRow(self.tr("D&okumentation:"), self.note)
        self._form = form
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Erfassen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self.resize(520, self.sizeHint().height())

    def _method_changed(self) -> None:
        other = self.method.currentData() == METHOD_OTHER_BASIS
        for widget in (self.legal_basis, self.note):
            self._form.setRowVisible(widget, other)
        self._form.setRowVisible(self.text_version, not other)

    def value(self) -> ConsentInput:
        qdate = self.given_on.date()
        other = self.method.currentData() == METHOD_OTHER_BASIS
        return ConsentInput(
            method=str(self.method.currentData()),
            given_on=date(qdate.year(), qdate.month(), qdate.day()),
            text_version="" if other else self.text_version.text(),
            legal_basis=self.legal_basis.currentText() if other else "",
            note=self.note.toPlainText() if other else "",
        )

    def accept(self) -> None:
        problem = self._submit(self.value())
        if problem:
            self.error.setText(problem)
            return
        super().accept()
