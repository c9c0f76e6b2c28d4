"""The competency interview tab („Kompetenzgespräch“): keyboard-first grid, saved as you type.

Every change is committed through ``services.assessments`` the moment it is made (``run_action`` then
shows „Gespeichert HH:MM:SS“ in the status bar). Undo/redo commit as well, so the database always equals
what is shown. Before the first rating the consent dialog asks for the consent record. The grid's keys are
handled by :class:`~.rating_editor.RatingEditor`; the header with the actions is
:class:`~.interview_header.InterviewHeader`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from verbund_desktop.services.competency import assessments
from verbund_desktop.services.competency.assessment_queries import catalog_choices, interview_overview
from verbund_desktop.services.competency.assessment_sheets import InterviewOverview, RatingField, gap_summary
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.locale_format import ui_date
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.competency.competence_info import CompetenceInfo
from verbund_desktop.ui.competency.competence_picker import CompetencePicker
from verbund_desktop.ui.competency.gap_chart import GapChart
from verbund_desktop.ui.competency.rating_editor import RatingEditor
from verbund_desktop.ui.competency.rating_grid import RatingGrid
from verbund_desktop.ui.competency.rating_model import COLUMN_FIELDS, Column, RatingModel
from verbund_desktop.ui.needs.interview_header import InterviewHeader
from verbund_desktop.ui.protection.consent_dialog import ConsentDialog
from verbund_desktop.ui.protection.consent_entry import consent_dialog_for


class CompetencyView(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.employee_id: uuid.UUID | None = None
        self.overview: InterviewOverview | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.picker: CompetencePicker | None = None
        self.confirm_box: QMessageBox | None = None
        self.undo_stack = QUndoStack(self)
        self._build_widgets()
        self._build_layout()
        self._build_actions()
        self._connect()
        self._show_overview()

    def _build_widgets(self) -> None:
        """The header with the actions, the grid, the competence's information, the gap chart and the hints."""
        self.header = InterviewHeader()
        header = self.header
        self.assessment_box, self.state_label = header.assessment_box, header.state_label
        self.consent_label, self.consent_button = header.consent_label, header.consent_button
        self.start_role_button, self.pick_button = header.start_role_button, header.pick_button
        self.reinterview_button, self.complete_button = header.reinterview_button, header.complete_button
        self.model = RatingModel(self)
        self.grid = RatingGrid()
        self.grid.setModel(self.model)
        self.info = CompetenceInfo()
        self.chart = GapChart()
        self.gap_text = QLabel()
        self.gap_text.setWordWrap(True)
        self.gap_text.setStyleSheet("font-weight: 600;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Hinweise"))
        self.editor = RatingEditor(self, self)

    def _build_layout(self) -> None:
        """The grid on the left; information above the gap chart on the right; the hints below."""
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(2)
        chart_layout.addWidget(self.gap_text)
        chart_layout.addWidget(self.chart, 1)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.info)
        side.addWidget(chart_box)
        side.setSizes([290, 270])
        body = QSplitter()
        body.addWidget(self.grid)
        body.addWidget(side)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 0)
        body.setSizes([700, 270])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(body, 1)
        layout.addWidget(self.message)

    def _build_actions(self) -> None:
        """F8/Strg+J, undo and redo (enabled while the undo stack can)."""
        self._add_action(self.tr("Nächste offene Eingabe"), ["F8", "Ctrl+J"], self.editor.next_open)
        self.undo_action = self._add_action(self.tr("Rückgängig"), ["Ctrl+Z"], self.undo_stack.undo)
        self.redo_action = self._add_action(
            self.tr("Wiederholen"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.undo_stack.redo
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    def _connect(self) -> None:
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.consent_button.clicked.connect(lambda: self.ask_consent(None))
        self.start_role_button.clicked.connect(self.start_from_role)
        self.pick_button.clicked.connect(self.start_from_picked)
        self.reinterview_button.clicked.connect(self.start_reinterview)
        self.complete_button.clicked.connect(self.complete)
        self.assessment_box.activated.connect(self._assessment_chosen)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._show_info())
        self.context.data_changed.connect(self._data_changed)

    def _add_action(self, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- loading ---------------------------------------------------------------------------------------------
    def set_subject(self, ident: uuid.UUID) -> None:
        self.employee_id = ident
        self.reload()

    def reload(self, assessment_id: uuid.UUID | None = None) -> None:
        if self.employee_id is None:
            return
        previous = self.overview.sheet.info.id if self.overview and self.overview.sheet else None
        self.overview = interview_overview(self.context.workspace, self.employee_id, assessment_id)
        current = self.overview.sheet.info.id if self.overview and self.overview.sheet else None
        if current != previous:
            self.undo_stack.clear()
        self._show_overview()

    @property
    def editable(self) -> bool:
        sheet = self.overview.sheet if self.overview else None
        return sheet is not None and not sheet.info.is_complete

    def _show_overview(self) -> None:
        sheet = self.overview.sheet if self.overview else None
        self.model.set_sheet(sheet, editable=self.editable)
        self.header.show_overview(self.overview, self.model.ratings())
        self._refresh_summary()
        if sheet is None:
            self.info.show_hint(
                self.tr(
                    "Noch kein Kompetenzgespräch. Beginnen mit „Gespräch aus Stellenprofil beginnen“ (Alt+G) "
                    "oder „Kompetenzen wählen …“ (Alt+K)."
                )
            )
            self.show_message(self.tr("Noch kein Kompetenzgespräch mit dieser Person."))
        elif self.editable:
            self.editor.focus_first_open()
            self.show_message(self.editor.keys_hint())
        else:
            self.editor.focus_first_open()
            self.show_message(
                self.tr(
                    "Abgeschlossen und unveränderlich. Für neue Einschätzungen: „Folgegespräch beginnen“ (Alt+F)."
                )
            )

    def values_changed(self) -> None:
        """After a committed change: state line, gap chart and the side panel follow."""
        self.header.show_state(self.overview, self.model.ratings())
        self._refresh_summary()

    def _refresh_summary(self) -> None:
        sheet = self.overview.sheet if self.overview else None
        self.chart.set_summary(gap_summary(self.model.ratings(), self.model.scales()) if sheet else None)
        self.gap_text.setText(self.chart.summary_text())
        self._show_info()

    def _show_info(self) -> None:
        index = self.grid.currentIndex()
        row = self.model.rating_at(index.row()) if index.isValid() else None
        if row is not None:
            self.info.show_rating(row, self.model.scale_of(row), COLUMN_FIELDS.get(Column(index.column())))

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: 600;" if error else "color: #444;")
        self.message.setText(text)

    def _data_changed(self, kind: str, ident: object) -> None:
        if kind == "consent" and ident == self.employee_id and self.overview is not None:
            self.reload(self.overview.sheet.info.id if self.overview.sheet else None)

    def _assessment_chosen(self, index: int) -> None:
        self.reload(uuid.UUID(self.assessment_box.itemData(index)))

    def focus_grid(self) -> None:
        """Keyboard focus to the grid, taking the window's activation back after a dialog closed."""
        window = self.window()
        if not window.isActiveWindow():
            window.activateWindow()
        self.grid.setFocus()

    def request_change(self, rating_id: uuid.UUID, which: RatingField, value: object) -> bool:
        """Commit one value as if typed in the grid (undoable); False when nothing was stored."""
        return self.editor.request_change(rating_id, which, value)

    # -- consent and starting --------------------------------------------------------------------------------
    def ask_consent(self, then: Callable[[], object] | None) -> None:
        if self.overview is None or self.employee_id is None:
            return
        person = self.overview.pseudonym_code if self.context.pseudonymised else self.overview.employee_name
        dialog = consent_dialog_for(self.context, self.employee_id, person, self)
        self.consent_dialog = dialog
        if then is not None:  # after the dialog has closed, so the grid can take the focus back
            dialog.accepted.connect(lambda: QTimer.singleShot(0, then))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ensure_consent(self, action: Callable[[], None] | None) -> bool:
        """True when ratings may be stored; else ask for the consent record (then run ``action``)."""
        if self.overview is not None and self.overview.has_consent:
            return True
        self.show_message(
            self.tr("Zuerst die Einwilligung erfassen: ohne sie wird keine Einschätzung gespeichert."),
            error=True,
        )
        self.ask_consent(action)
        return False

    def _start(self, starter: Callable[[uuid.UUID], uuid.UUID]) -> None:
        employee = self.employee_id
        if employee is None:
            return
        started = run_action(self, self.context, lambda: starter(employee), changed=("assessment", employee))
        if started is not None:
            self.reload(started)
            self.focus_grid()

    def start_from_role(self) -> None:
        if self.ensure_consent(self.start_from_role):
            self._start(
                lambda e: assessments.start_from_role(self.context.workspace, e, actor=self.context.actor)
            )

    def start_reinterview(self) -> None:
        if self.ensure_consent(self.start_reinterview):
            self._start(
                lambda e: assessments.start_reinterview(self.context.workspace, e, actor=self.context.actor)
            )

    def start_from_picked(self) -> None:
        if not self.ensure_consent(self.start_from_picked):
            return
        picker = CompetencePicker(catalog_choices(self.context.workspace), self)
        self.picker = picker

        def picked() -> None:
            ids = picker.selected_ids()
            self._start(
                lambda e: assessments.start_from_competences(
                    self.context.workspace, e, ids, actor=self.context.actor
                )
            )

        picker.accepted.connect(picked)
        picker.finished.connect(picker.deleteLater)
        picker.open()

    # -- completing ------------------------------------------------------------------------------------------
    def complete(self) -> None:
        sheet = self.overview.sheet if self.overview else None
        if sheet is None or not self.editable:
            return
        blocking = [r for r in self.model.ratings() if r.blocks_completion]
        if blocking:
            self.editor.focus_blocking(blocking[0])
            codes = ", ".join(r.competence_code for r in blocking[:6])
            self.show_message(
                self.tr(
                    "Noch ohne Ist- oder Soll-Stufe: {0}. Bitte ergänzen oder mit N als nicht anwendbar markieren."
                ).format(codes),
                error=True,
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Gespräch abschließen"),
            self.tr(
                "Das Gespräch wird mit dem heutigen Datum abgeschlossen und danach nicht mehr verändert. "
                "Spätere Einschätzungen kommen in ein Folgegespräch."
            ),
            parent=self,
        )
        confirm = box.addButton(self.tr("Abschließen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(confirm)
        self.confirm_box = box

        def answered() -> None:
            if box.clickedButton() is confirm:
                self._complete(sheet.info.id)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()

    def _complete(self, assessment_id: uuid.UUID) -> None:
        ws, actor, employee = self.context.workspace, self.context.actor, self.employee_id
        done = run_action(
            self,
            self.context,
            lambda: assessments.complete_assessment(ws, assessment_id, actor=actor),
            changed=("assessment", employee),
        )
        if done is not None:
            self.undo_stack.clear()
            self.reload(assessment_id)
            self.focus_grid()
            self.show_message(
                self.tr("Gespräch abgeschlossen am {0}.").format(ui_date(done.info.assessed_on))
            )


def competency_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    return QCoreApplication.translate("CompetencyView", "Kompetenzgespräch"), CompetencyView(context)
