"""The employee tab „Entwicklungsplan“: gaps with suggestions, the measures, the plan's texts, versions, print.

Every change goes through ``services.plans`` at once (``run_action`` shows „Gespeichert …“). Printing or
saving as PDF freezes the shown version; a later change then starts the next version, and older versions
can be chosen in „Version“ and are shown read-only, exactly as printed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.planning import plans
from verbund_desktop.services.planning.plan_queries import PlanState, has_complete_assessment, plan_state
from verbund_desktop.services.planning.suggestions import suggestions_for_plan
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.locale_format import ui_date
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.planning.measure_form import MeasureForm, PlanFieldsForm
from verbund_desktop.ui.planning.plan_model import MeasureTableModel, measure_table
from verbund_desktop.ui.planning.plan_printing import (
    PlanPrintActions,
    plan_title,
    print_tool_tips,
    version_label,
)
from verbund_desktop.ui.planning.plan_suggestions import SuggestionPanel
from verbund_desktop.ui.planning.plan_undo import PlanUndo
from verbund_desktop.ui.printing.print_preview import PreviewDialog

T = TypeVar("T")


class PlanEditor(PlanPrintActions, QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.employee_id: uuid.UUID | None = None
        self.state: PlanState | None = None
        self.preview: PreviewDialog | None = None
        self.today: Callable[[], date] = date.today
        header = self._build_header()
        measures = self._build_measures()
        self._build_pages(header, measures)
        self._connect()
        self._install_shortcuts()
        self._show(None)

    # -- building ----------------------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        self.title = QLabel(plan_title())
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.version_box = QComboBox()
        self.version_box.setMinimumContentsLength(28)
        version_caption = QLabel(self.tr("&Version:"))
        version_caption.setBuddy(self.version_box)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.new_plan_button = QPushButton(self.tr("&Neuen Plan anlegen"))
        self.preview_button = QPushButton(self.tr("V&orschau"))
        self.print_button = QPushButton(self.tr("&Drucken …"))
        self.save_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.print_buttons = (self.preview_button, self.print_button, self.save_button)
        for button, tip in zip(self.print_buttons, print_tool_tips(), strict=True):
            button.setToolTip(tip)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(version_caption)
        header.addWidget(self.version_box)
        header.addStretch(1)
        for button in (self.new_plan_button, self.preview_button, self.print_button, self.save_button):
            header.addWidget(button)
        return header

    def _build_measures(self) -> QWidget:
        """The suggestions, the forms and the page „Maßnahmen“: the measure table above the selected measure."""
        self.suggestions = SuggestionPanel()
        self.model = MeasureTableModel(self._commit_cell, self)
        self.table = measure_table(self.model)
        self.table.setAccessibleName(self.tr("Maßnahmen"))
        self.add_button = QPushButton(self.tr("Maßnahme &hinzufügen"))
        self.remove_button = QPushButton(self.tr("Maßnahme &entfernen"))
        self.form = MeasureForm()
        self.fields = PlanFieldsForm()
        measures = QWidget()
        measures_layout = QVBoxLayout(measures)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        table_layout.addWidget(self.table, 1)
        table_layout.addLayout(buttons)
        measure_split = QSplitter(Qt.Orientation.Vertical)
        measure_split.addWidget(table_box)
        measure_split.addWidget(self.form)
        measure_split.setStretchFactor(0, 1)
        measures_layout.addWidget(measure_split)
        return measures

    def _build_pages(self, header: QHBoxLayout, measures: QWidget) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.suggestions, self.tr("&Lücken und Vorschläge"))
        self.tabs.addTab(measures, self.tr("&Maßnahmen"))
        self.tabs.addTab(self.fields, self.tr("Ausgangslage und &Ziele"))
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.state_label)
        layout.addWidget(self.pages, 1)

    def _connect(self) -> None:
        self.new_plan_button.clicked.connect(self.create_plan)
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_plan)
        self.save_button.clicked.connect(self.save_plan)
        self.add_button.clicked.connect(self.add_measure)
        self.remove_button.clicked.connect(self.remove_measure)
        self.version_box.activated.connect(self._version_chosen)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_measure())
        self.form.field_changed.connect(self._form_field)
        self.form.gaps_changed.connect(self._form_gaps)
        self.fields.field_changed.connect(self._plan_field)
        self.suggestions.take_offer.connect(self.take_offer)
        self.suggestions.take_non_course.connect(self.take_non_course)
        self.context.data_changed.connect(self._data_changed)

    def _install_shortcuts(self) -> None:
        """Strg+Z / Strg+Umschalt+Z (undo), Strg+P, Strg+Umschalt+P and Strg+Umschalt+S; Entf in the table."""
        self.undo = PlanUndo(self, self.context, self._apply)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_plan),
            ("Ctrl+Shift+P", self.show_preview),
            ("Ctrl+Shift+S", self.save_plan),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QKeySequence.StandardKey.Delete
        QShortcut(delete, self.table, self.remove_measure, context=Qt.ShortcutContext.WidgetShortcut)

    # -- loading -----------------------------------------------------------------------------------------
    def set_subject(self, ident: uuid.UUID) -> None:
        if ident != self.employee_id:
            self.undo.stack.clear()
        self.employee_id = ident
        self.reload()

    def reload(self, plan_id: uuid.UUID | None = None, measure_id: uuid.UUID | None = None) -> None:
        if self.employee_id is None:
            return
        ws = self.context.workspace
        state = plan_state(ws, self.employee_id, plan_id, today=self.today())
        self._show(state, measure_id)

    def _data_changed(self, kind: str, ident: object) -> None:
        """A completed interview or new consent elsewhere changes what this tab offers: show it at once."""
        if kind in ("assessment", "consent") and ident == self.employee_id:
            self.reload(self.state.plan_id if self.state else None, self.current_measure_id())

    @property
    def editable(self) -> bool:
        return self.state is not None and self.state.is_latest and self.state.has_consent

    def _show(self, state: PlanState | None, measure_id: uuid.UUID | None = None) -> None:
        self.state = state
        has_assessment = self.employee_id is not None and has_complete_assessment(
            self.context.workspace, self.employee_id
        )
        self.new_plan_button.setEnabled(has_assessment)
        for button in self.print_buttons:
            button.setEnabled(state is not None)
        if state is None:
            self.empty_label.setText(
                self.tr(
                    "Noch kein Entwicklungsplan. „Neuen Plan anlegen“ baut ihn auf der letzten Kompetenzerhebung auf."
                )
                if has_assessment
                else self.tr(
                    "Für einen Entwicklungsplan braucht es zuerst eine abgeschlossene Kompetenzerhebung."
                )
            )
            self.pages.setCurrentIndex(0)
            self.state_label.clear()
            self.version_box.clear()
            self.model.set_rows([], editable=False)
            return
        self.pages.setCurrentIndex(1)
        self.version_box.clear()
        for version in state.versions:
            self.version_box.addItem(version_label(version), str(version.id))
        self.version_box.setCurrentIndex(self.version_box.findData(str(state.plan_id)))
        self.state_label.setText(self._state_text(state))
        self.model.set_rows(state.measures, editable=self.editable)
        self.fields.set_state(state, editable=self.editable)
        self.add_button.setEnabled(self.editable)
        self.remove_button.setEnabled(self.editable and bool(state.measures))
        suggestions = suggestions_for_plan(self.context.workspace, state.plan_id, today=self.today())
        self.suggestions.set_suggestions(suggestions, editable=self.editable)
        row = self.model.row_of(measure_id) if measure_id is not None else -1
        if row < 0 and state.measures:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._show_measure()

    def _state_text(self, state: PlanState) -> str:
        who = (
            state.pseudonym_code
            if self.context.pseudonymised
            else f"{state.employee_name} ({state.pseudonym_code})"
        )
        basis = (
            self.tr("Kompetenzgespräch vom {0}").format(ui_date(state.assessment_date))
            if state.assessment_date
            else ""
        )
        if not state.has_consent:
            return self.tr(
                "{0}: keine gültige Einwilligung – der Plan kann nicht geändert oder gedruckt werden."
            ).format(who)
        if not state.is_latest:
            return self.tr(
                "{0} · Version {1} wurde gedruckt und wird so gezeigt, wie sie gedruckt wurde (nur lesen)."
            ).format(who, state.version)
        if state.frozen:
            return self.tr("{0} · {1} · Version {2} ist gedruckt; eine Änderung legt Version {3} an.").format(
                who, basis, state.version, state.version + 1
            )
        return self.tr(
            "{0} · {1} · Version {2} in Bearbeitung; jede Eingabe wird sofort gespeichert."
        ).format(who, basis, state.version)

    def _version_chosen(self, index: int) -> None:
        data = self.version_box.itemData(index)
        if data:
            self.reload(uuid.UUID(data))

    def current_measure_id(self) -> uuid.UUID | None:
        measure = self.model.measure(self.table.currentIndex().row())
        return measure.id if measure is not None else None

    def _show_measure(self) -> None:
        measure = self.model.measure(self.table.currentIndex().row())
        gaps = self.state.gaps if self.state is not None else ()
        self.form.set_measure(measure, gaps, editable=self.editable)
        if measure is not None and measure.gap_ids:
            self.suggestions.select_gap(measure.gap_ids[0])

    # -- changes -----------------------------------------------------------------------------------------
    def _run(self, action: Callable[[], T]) -> T | None:
        return run_action(self, self.context, action, title=plan_title(), changed=("plan", self.employee_id))

    def _apply(self, action: Callable[[], plans.PlanEdit]) -> bool:
        edit = self._run(action)
        measure = self.current_measure_id()
        if edit is None:
            self.reload(self.state.plan_id if self.state else None, measure)  # show the stored values again
            return False
        self.reload(edit.plan_id, edit.measure_id or measure)
        if edit.new_version:
            self.state_label.setText(
                self.tr("Version {0} angelegt – die gedruckte Version bleibt unverändert.").format(
                    edit.version
                )
            )
        return True

    def _commit_cell(self, measure_id: uuid.UUID, name: str, value: Any) -> bool:
        actor = self.context.actor
        ws = self.context.workspace
        # The model is reset by the reload; let the view finish its edit first.
        before = self.model.measure(self.model.row_of(measure_id))
        edit = self._run(lambda: plans.set_measure_field(ws, measure_id, name, value, actor=actor))
        if edit is not None:
            self.undo.push_measure(edit.measure_id or measure_id, name, getattr(before, name, None), value)
        plan_id = edit.plan_id if edit else (self.state.plan_id if self.state else None)
        QTimer.singleShot(0, lambda: self.reload(plan_id, edit.measure_id if edit else measure_id))
        return edit is not None

    def _form_field(self, name: str, value: object) -> None:
        if self.form.measure is not None:
            self.undo.measure_field(self.form.measure.id, name, getattr(self.form.measure, name, None), value)

    def _form_gaps(self, competence_ids: list[uuid.UUID]) -> None:
        measure_id = self.form.measure.id if self.form.measure else None
        if measure_id is not None:
            ws, actor = self.context.workspace, self.context.actor
            self._apply(lambda: plans.set_measure_gaps(ws, measure_id, competence_ids, actor=actor))

    def _plan_field(self, name: str, value: object) -> None:
        if self.state is not None:
            self.undo.plan_field(self.state.plan_id, name, getattr(self.state, name, None), value)

    def create_plan(self) -> None:
        if self.employee_id is None:
            return
        if self.state is not None:
            answer = QMessageBox.question(
                self,
                plan_title(),
                self.tr(
                    "Einen neuen Plan aus der letzten Kompetenzerhebung anlegen? Der bisherige Plan bleibt erhalten."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        employee_id, ws, actor = self.employee_id, self.context.workspace, self.context.actor
        self._apply(lambda: plans.create_plan(ws, employee_id, actor=actor, today=self.today()))

    def add_measure(self) -> None:
        if self.state is None or not self.editable:
            return
        gap = self.suggestions.current_gap()
        draft = plans.MeasureDraft(title=self.tr("Neue Maßnahme"), competence_ids=(gap,) if gap else ())
        plan_id, ws, actor = self.state.plan_id, self.context.workspace, self.context.actor
        if self._apply(lambda: plans.add_measure(ws, plan_id, draft, actor=actor)):
            self.form.title_edit.setFocus()
            self.form.title_edit.selectAll()

    def remove_measure(self) -> None:
        measure = self.model.measure(self.table.currentIndex().row())
        if measure is None or not self.editable:
            return
        answer = QMessageBox.question(
            self, plan_title(), self.tr("Die Maßnahme „{0}“ aus dem Plan entfernen?").format(measure.title)
        )
        if answer == QMessageBox.StandardButton.Yes:
            ws, actor = self.context.workspace, self.context.actor
            self._apply(lambda: plans.remove_measure(ws, measure.id, actor=actor))

    def take_offer(self, offer_id: uuid.UUID, competence_id: uuid.UUID) -> None:
        if self.state is not None:
            plan_id, ws, actor = self.state.plan_id, self.context.workspace, self.context.actor
            self._taken(
                lambda: plans.add_offer_measure(
                    ws, plan_id, offer_id, [competence_id], actor=actor, today=self.today()
                )
            )

    def take_non_course(self, key: str, competence_id: uuid.UUID) -> None:
        if self.state is not None:
            plan_id, ws, actor = self.state.plan_id, self.context.workspace, self.context.actor
            self._taken(lambda: plans.add_non_course_measure(ws, plan_id, key, [competence_id], actor=actor))

    def _taken(self, action: Callable[[], plans.PlanEdit]) -> None:
        if self._apply(action) and self.state is not None:
            measure = next((m for m in self.state.measures if m.id == self.current_measure_id()), None)
            if measure is not None:
                self.state_label.setText(
                    self.tr("Übernommen als Maßnahme {0}: {1}").format(measure.position + 1, measure.title)
                )


def plan_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    return (plan_title(), PlanEditor(context))
