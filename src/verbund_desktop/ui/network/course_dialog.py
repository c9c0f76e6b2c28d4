"""The form of a new joint course, opened from a pooled-demand cell. Typed the German way, checked on OK."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.services.network.joint_course_views import CourseChoices, course_choices
from verbund_desktop.services.network.joint_courses import CourseDraft
from verbund_desktop.services.network.pooling import PoolCell
from verbund_desktop.services.planning.plan_values import parse_date_de, parse_decimal_de
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.locale_format import domain_date_text, domain_number_text, ui_date_hint
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.common.service_messages import user_message


class CourseDialog(QDialog):
    def __init__(self, context: WorkspaceContext, cell: PoolCell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell = cell
        self._draft: CourseDraft | None = None
        self.setWindowTitle(self.tr("Verbundmaßnahme bilden"))
        choices = run_action(self, context, lambda: course_choices(context.workspace)) or CourseChoices(
            (), ()
        )
        intro = QLabel(
            self.tr("{0}, Zielstufe {1}: {2} Personen aus {3} Betrieben").format(
                cell.label, cell.level, cell.people, cell.companies
            )
        )
        intro.setWordWrap(True)
        self._build_fields(cell, choices)
        form = self._build_form()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self._connect()
        self.title_edit.selectAll()

    def _build_fields(self, cell: PoolCell, choices: CourseChoices) -> None:
        """The course's fields, prefilled from the cell: title, offer, host, seats, hours, cost, dates, AZAV."""
        self.title_edit = QLineEdit(f"{cell.label} (Stufe {cell.level})")
        self.offer_box = QComboBox()
        self.offer_box.addItem(self.tr("– noch auszuschreiben –"), None)
        for ident, label in choices.offers:
            self.offer_box.addItem(label, ident)
        self.host_box = QComboBox()
        self.host_box.addItem(self.tr("– kein Inhouse-Kurs –"), None)
        for ident, name in choices.companies:
            self.host_box.addItem(name, ident)
        self.min_spin = QSpinBox()
        self.min_spin.setRange(1, 500)
        self.min_spin.setValue(min(6, max(1, cell.people)))
        self.max_spin = QSpinBox()
        self.max_spin.setRange(1, 500)
        self.max_spin.setValue(max(12, self.min_spin.value()))
        self.hours_edit = QLineEdit()
        self.cost_edit = QLineEdit()
        self.start_edit = QLineEdit()
        self.start_edit.setPlaceholderText(ui_date_hint())
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(ui_date_hint())
        self.azav_box = QCheckBox(self.tr("Maßnahme und Träger nach AZAV zugelassen"))

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Titel:"), self.title_edit),
            (self.tr("&Angebot:"), self.offer_box),
            (self.tr("&Inhouse-Kurs von:"), self.host_box),
            (self.tr("&Mindestplätze:"), self.min_spin),
            (self.tr("&Höchstplätze:"), self.max_spin),
            (self.tr("&Stunden:"), self.hours_edit),
            (self.tr("Gesamt&kosten (€):"), self.cost_edit),
            (self.tr("B&eginn:"), self.start_edit),
            (self.tr("E&nde:"), self.end_edit),
            ("", self.azav_box),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
        return form

    def _connect(self) -> None:
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

    def _build(self) -> CourseDraft:
        return CourseDraft(
            competence_id=self.cell.competence_id,
            target_level=self.cell.level,
            title=self.title_edit.text(),
            offer_id=self.offer_box.currentData(),
            host_company_id=self.host_box.currentData(),
            min_seats=self.min_spin.value(),
            max_seats=self.max_spin.value(),
            hours=parse_decimal_de(domain_number_text(self.hours_edit.text()), "Die Stundenzahl"),
            total_cost_eur=parse_decimal_de(domain_number_text(self.cost_edit.text()), "Die Gesamtkosten"),
            azav=self.azav_box.isChecked(),
            start_date=parse_date_de(domain_date_text(self.start_edit.text()), "Der Beginn"),
            end_date=parse_date_de(domain_date_text(self.end_edit.text()), "Das Ende"),
        )

    def accept(self) -> None:
        try:
            self._draft = self._build()
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            return
        super().accept()

    def draft(self) -> CourseDraft:
        assert self._draft is not None
        return self._draft
