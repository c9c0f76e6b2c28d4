"""Dialogs for companies and employees: messages appear beside the fields, nothing is saved while invalid.

The dialogs collect and check input; saving is the caller's action through ``run_action`` (see company_actions).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.organisation.company_validation import (
    CompanyInput,
    EmployeeInput,
    ValidationError,
    check_company,
)
from verbund_desktop.services.organisation.departments import DepartmentChoice
from verbund_desktop.services.organisation.role_profiles import RoleSummary
from verbund_desktop.ui.common.locale_format import ui_headcount
from verbund_desktop.ui.common.service_messages import ui_message
from verbund_desktop.ui.organisation.headcount_input import HeadcountInput

ERROR_STYLE = "color: #b00020;"
Problems = dict[str, str]


class FormDialog(QDialog):
    """A form whose rows carry an error label each; ``show_problems`` fills them and focuses the first."""

    def __init__(self, title: str, accept_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(600)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        hint = QLabel(self.tr("Mit * markierte Angaben sind Pflicht."))
        hint.setStyleSheet("color: #5f6368;")
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.check: Callable[[], Problems] = lambda: {}

    def add_row(self, label: str, key: str, widget: QWidget, *, field: QWidget | None = None) -> None:
        """Add ``widget`` (or a layout holder) labelled ``label``; ``field`` is what gets the focus on errors."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(field or widget)
        self.form.addRow(caption, holder)
        self.fields[key] = field or widget
        self.errors[key] = error

    def show_problems(self, problems: Problems) -> None:
        for key, label in self.errors.items():
            label.setText(ui_message(problems.get(key, "")))
            label.setVisible(key in problems)
        unknown = [ui_message(text) for key, text in problems.items() if key not in self.errors]
        if unknown:
            first = next(iter(self.errors.values()))
            first.setText("\n".join(unknown))
            first.setVisible(True)
        for key in self.errors:
            if key in problems:
                self.fields[key].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def try_accept(self) -> None:
        problems = self.check()
        self.show_problems(problems)
        if not problems:
            self.accept()


def _line(text: str = "", *, placeholder: str = "", width: int | None = None) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    if width is not None:
        edit.setMaximumWidth(width)
    return edit


def _notes(text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
    return edit


def _number_text(value: int | Decimal | str | None) -> str:
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return ui_headcount(value)  # weighted headcounts: 49,75 / 49.75 (the service reads both)
    return "" if value is None else str(value)


class CompanyDialog(FormDialog):
    """Create or edit a company (Betrieb)."""

    def __init__(self, initial: CompanyInput | None = None, parent: QWidget | None = None) -> None:
        new = initial is None
        super().__init__(
            self.tr("Neuer Betrieb") if new else self.tr("Betrieb bearbeiten"),
            self.tr("Anlegen") if new else self.tr("Übernehmen"),
            parent,
        )
        self.setMinimumWidth(700)
        data = initial or CompanyInput(name="", headcount=None)
        self.name = _line(data.name, placeholder=self.tr("z. B. Bäckerei Möller GmbH"))
        self.industry = _line(data.industry, placeholder=self.tr("z. B. Metallverarbeitung"))
        self.headcount_input = HeadcountInput(_number_text(data.headcount))
        self.headcount = self.headcount_input.edit
        self.headcount_linked = _line(
            _number_text(data.headcount_linked) if data.headcount_linked != data.headcount else "",
            placeholder=self.tr("leer = keine verbundenen; z. B. 610,5"),
            width=220,
        )
        self.street = _line(data.street, placeholder=self.tr("Straße und Hausnummer"))
        self.postcode = _line(data.postcode, width=120)
        self.region = _line(data.region)
        self.works_council = QCheckBox(self.tr("Es gibt einen Betriebsrat"))
        self.works_council.setChecked(data.works_council)
        self.training_agreement = QCheckBox(
            self.tr("Betriebs- oder Tarifvereinbarung zur Weiterbildung vorhanden")
        )
        self.training_agreement.setChecked(data.training_agreement)
        self.contact_name = _line(data.contact_name)
        self.contact_email = _line(data.contact_email)
        self.contact_phone = _line(data.contact_phone)
        self.notes = _notes(data.notes)
        self.dpo_name = _line(data.dpo_name, placeholder=self.tr("leer = keine/r benannt"))
        self.dpo_contact = _line(data.dpo_contact, placeholder=self.tr("E-Mail oder Telefon"))
        self.add_row(self.tr("&Name: *"), "name", self.name)
        self.add_row(self.tr("B&ranche:"), "industry", self.industry)
        self.add_row(
            self.tr("&Beschäftigte (gewichtet): *"), "headcount", self.headcount_input, field=self.headcount
        )
        self.add_row(
            self.tr("Beschäftigte inkl. &verbundener Unternehmen:"), "headcount_linked", self.headcount_linked
        )
        self.add_row(self.tr("&Straße:"), "street", self.street)
        self.add_row(self.tr("&PLZ:"), "postcode", self.postcode)
        self.add_row(self.tr("&Ort / Region:"), "region", self.region)
        self.add_row(self.tr("Mitbestimmung:"), "works_council", self.works_council)
        self.add_row("", "training_agreement", self.training_agreement)
        self.add_row(self.tr("&Ansprechperson:"), "contact_name", self.contact_name)
        self.add_row(self.tr("&E-Mail:"), "contact_email", self.contact_email)
        self.add_row(self.tr("&Telefon:"), "contact_phone", self.contact_phone)
        self.add_row(self.tr("&Datenschutzbeauftragte/r:"), "dpo_name", self.dpo_name)
        self.add_row(self.tr("&Kontakt Datenschutz:"), "dpo_contact", self.dpo_contact)
        self.add_row(self.tr("Noti&zen:"), "notes", self.notes)
        self.check = self._problems

    def data(self) -> CompanyInput:
        return CompanyInput(
            name=self.name.text(),
            headcount=self.headcount.text(),
            headcount_linked=self.headcount_linked.text(),
            industry=self.industry.text(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            region=self.region.text(),
            works_council=self.works_council.isChecked(),
            training_agreement=self.training_agreement.isChecked(),
            contact_name=self.contact_name.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
            notes=self.notes.toPlainText(),
            dpo_name=self.dpo_name.text(),
            dpo_contact=self.dpo_contact.text(),
        )

    def _problems(self) -> Problems:
        try:
            check_company(self.data())
        except ValidationError as exc:
            return exc.problems
        return {}


class EmployeeDialog(FormDialog):
    """Create or edit an employee. ``check`` is the caller's read-only service check (codes, links)."""

    def __init__(
        self,
        initial: EmployeeInput,
        departments: list[DepartmentChoice],
        roles: list[RoleSummary],
        check: Callable[[EmployeeInput], Problems],
        *,
        new: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Neue/r Beschäftigte/r") if new else self.tr("Beschäftigte/n bearbeiten"),
            self.tr("Anlegen") if new else self.tr("Übernehmen"),
            parent,
        )
        self.first_name = _line(initial.first_name)
        self.last_name = _line(initial.last_name)
        self.code = _line(initial.pseudonym_code, width=160)
        self.code.setToolTip(
            self.tr("Steht statt des Namens in pseudonymisierten Ansichten und Auswertungen.")
        )
        self.job_title = _line(initial.job_title)
        self.department = QComboBox()
        self.department.addItem(self.tr("– keine –"), None)
        for department in departments:
            self.department.addItem(department.name, department.id)
        self.department.setCurrentIndex(max(self.department.findData(initial.department_id), 0))
        self.role = QComboBox()
        self.role.addItem(self.tr("– keines –"), None)
        for role in roles:
            self.role.addItem(role.name, role.id)
        self.role.setCurrentIndex(max(self.role.findData(initial.role_id), 0))
        self.birth_year = _line(_number_text(initial.birth_year), width=120)
        self.qualified = QCheckBox(self.tr("Berufsabschluss vorhanden"))
        self.qualified.setChecked(initial.has_vocational_qualification)
        self.qualification_year = _line(_number_text(initial.qualification_year), width=120)
        self.qualified.toggled.connect(self._qualified_toggled)
        self.notes = _notes(initial.notes)
        self.add_row(self.tr("&Vorname: *"), "first_name", self.first_name)
        self.add_row(self.tr("&Nachname: *"), "last_name", self.last_name)
        self.add_row(self.tr("&Pseudonym-Code: *"), "pseudonym_code", self.code)
        self.add_row(self.tr("&Tätigkeit:"), "job_title", self.job_title)
        self.add_row(self.tr("&Abteilung:"), "department_id", self.department)
        self.add_row(self.tr("&Stellenprofil:"), "role_id", self.role)
        self.add_row(self.tr("&Geburtsjahr:"), "birth_year", self.birth_year)
        self.add_row(self.tr("Berufsabschluss:"), "has_vocational_qualification", self.qualified)
        self.add_row(self.tr("Abschluss&jahr:"), "qualification_year", self.qualification_year)
        self.add_row(self.tr("Noti&zen:"), "notes", self.notes)
        self._qualified_toggled(self.qualified.isChecked())
        self.check = lambda: check(self.data())

    def _qualified_toggled(self, on: bool) -> None:
        self.qualification_year.setEnabled(on)
        if not on:
            self.qualification_year.clear()

    def data(self) -> EmployeeInput:
        department = self.department.currentData()
        role = self.role.currentData()
        return EmployeeInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            pseudonym_code=self.code.text(),
            job_title=self.job_title.text(),
            department_id=department if isinstance(department, uuid.UUID) else None,
            role_id=role if isinstance(role, uuid.UUID) else None,
            birth_year=self.birth_year.text(),
            has_vocational_qualification=self.qualified.isChecked(),
            qualification_year=self.qualification_year.text(),
            notes=self.notes.toPlainText(),
        )
