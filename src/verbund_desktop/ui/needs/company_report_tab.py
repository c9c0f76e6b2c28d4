"""The company tab „Bericht“: the Bedarfsanalyse report (preview, print, PDF) and batch printing of plans."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.clean_names import safe_file_name
from verbund_desktop.report import build_company_report, build_interview_record
from verbund_desktop.report.viewmodels import CompanyReportView
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.needs.interview_printout import latest_record_view
from verbund_desktop.services.organisation.letterhead import letterhead_logo
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP
from verbund_desktop.ui.common.jobs import Job, JobControl
from verbund_desktop.ui.common.locale_format import ui_eur
from verbund_desktop.ui.common.operations import explain_failure, run_action
from verbund_desktop.ui.printing.batch_print import BatchPrint, start_batch_print
from verbund_desktop.ui.printing.print_preview import PreviewDialog, print_document, save_document

TITLE = QT_TRANSLATE_NOOP("CompanyReportTab", "Bedarfsanalyse")


def report_summary(view: CompanyReportView) -> str:
    """A few lines about what the report will contain."""
    cost = sum((m.cost or Decimal(0) for m in view.measures), Decimal(0))
    subsidy = sum(
        (
            m.funding.course_cost_subsidy
            for m in view.measures
            if m.funding is not None and m.funding.eligible
        ),
        Decimal(0),
    )
    people = len(view.rows)
    persons = (
        QCoreApplication.translate("CompanyReportTab", "Person")
        if people == 1
        else QCoreApplication.translate("CompanyReportTab", "Personen")
    )
    return "\n".join(
        [
            QCoreApplication.translate(
                "CompanyReportTab", "Kompetenz-Heatmap: {0} {1} × {2} Kompetenzen"
            ).format(people, persons, len(view.competences)),
            QCoreApplication.translate(
                "CompanyReportTab",
                "Empfohlene Maßnahmen: {0}, Kosten {1}, "
                "geschätzte Förderung der Lehrgangskosten {2} (Schätzung)",
            ).format(len(view.measures), ui_eur(cost), ui_eur(subsidy)),
            QCoreApplication.translate(
                "CompanyReportTab", "Bündelbare Bedarfe mit anderen Verbundbetrieben: {0}"
            ).format(len(view.pooling_needs)),
        ]
    )


class CompanyReportTab(QWidget):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.company_id: uuid.UUID | None = None
        self.company_name = ""
        self.preview: PreviewDialog | None = None
        self.batch: BatchPrint | None = None
        self.today: Callable[[], date] = date.today
        self.summary_job: Job | None = None

        self.title = QLabel(self.tr("Bericht zur Bedarfsanalyse"))
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.pseudonym_box = QCheckBox(self.tr("Beschäftigte nur mit &Kürzeln zeigen (pseudonymisiert)"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_button = QPushButton(self.tr("V&orschau"))
        self.print_button = QPushButton(self.tr("&Drucken …"))
        self.save_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.batch_button = QPushButton(self.tr("Alle &Entwicklungspläne des Betriebs drucken …"))
        # Every question and answer of the newest needs interview, as entered (for the file and the company).
        self.record_button = QPushButton(self.tr("&Gespräch wie erfasst (Vorschau) …"))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Der Bericht enthält Profil, Treiber des Wandels aus der Bedarfsanalyse, die Kompetenz-Heatmap, "
                "priorisierte Handlungsfelder sowie Maßnahmen mit Kosten- und Förderübersicht (Schätzung)."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(hint)
        layout.addWidget(self.pseudonym_box)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addSpacing(12)
        layout.addWidget(self.batch_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.batch_button.clicked.connect(self.print_plans)
        self.record_button.clicked.connect(self.show_record)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_report),
            ("Ctrl+Shift+P", self.show_preview),
            ("Ctrl+Shift+S", self.save_report),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def set_subject(self, ident: uuid.UUID) -> None:
        """Show ``ident``'s summary: computed in a job, so a large company does not freeze the window."""
        self.company_id = ident
        self.pseudonym_box.setChecked(self.context.pseudonymised)
        self.summary.setText(self.tr("Die Übersicht wird berechnet …"))
        ws, today, pseudonymised = self.context.workspace, self.today(), self.pseudonym_box.isChecked()

        def work(control: JobControl) -> CompanyReportView:
            control.check()
            return company_report_view(ws, ident, today=today, pseudonymised=pseudonymised)

        def done(view: CompanyReportView) -> None:
            if self.company_id != ident:  # another company was selected meanwhile
                return
            self.company_name = view.profile.name
            self.title.setText(self.tr("Bericht zur Bedarfsanalyse – {0}").format(view.profile.name))
            self.summary.setText(report_summary(view))

        self.summary_job = self.context.jobs.submit(
            self.tr("Berichtsübersicht wird berechnet"), work, on_done=done, on_failed=self._failed
        )

    def view(self) -> CompanyReportView | None:
        if self.company_id is None:
            return None
        company_id, ws = self.company_id, self.context.workspace
        pseudonymised = self.pseudonym_box.isChecked()
        return run_action(
            self,
            None,
            lambda: company_report_view(ws, company_id, today=self.today(), pseudonymised=pseudonymised),
            title=self.tr(TITLE),
        )

    def pdf(self) -> bytes | None:
        view = self.view()
        return (
            build_company_report(view, logo=letterhead_logo(self.context.workspace))
            if view is not None
            else None
        )

    def render_report(self, then: Callable[[bytes], object]) -> Job | None:
        """Compute and draw the report in a job (off the UI thread, cancellable in the status bar), then hand
        the PDF to ``then`` on the UI thread. A cancelled job ends before anything is shown or written."""
        if self.company_id is None:
            return None
        company_id, ws, today = self.company_id, self.context.workspace, self.today()
        pseudonymised = self.pseudonym_box.isChecked()

        def work(control: JobControl) -> bytes:
            view = company_report_view(ws, company_id, today=today, pseudonymised=pseudonymised)
            control.check()
            pdf = build_company_report(view, logo=letterhead_logo(ws))
            control.check()
            return pdf

        return self.context.jobs.submit(
            self.tr("Bericht zur Bedarfsanalyse wird erstellt"), work, on_done=then, on_failed=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        text = explain_failure(exc, self.context)[0] if isinstance(exc, Exception) else str(exc)
        QMessageBox.warning(self, self.tr(TITLE), text)

    def file_name(self) -> str:
        """German like the report itself (and the plans' file names from ``services.printing``)."""
        return safe_file_name(f"{TITLE} {self.company_name}") + ".pdf"

    def show_preview(self) -> None:
        self.render_report(self._open_preview)

    def _open_preview(self, pdf: bytes) -> None:
        title = f"{self.tr(TITLE)} {self.company_name}"
        self.preview = PreviewDialog(pdf, title, self.file_name(), lambda: pdf, self)
        self.preview.open()

    def print_report(self) -> None:
        self.render_report(
            lambda pdf: print_document(self, f"{self.tr(TITLE)} {self.company_name}", lambda: pdf)
        )

    def save_report(self) -> None:
        self.render_report(lambda pdf: save_document(self, self.file_name(), lambda: pdf))

    def show_record(self) -> None:
        """Preview of the needs interview as entered; print or save it from there."""
        if self.company_id is None:
            return
        company_id, ws = self.company_id, self.context.workspace
        view = run_action(self, None, lambda: latest_record_view(ws, company_id, today=self.today()))
        if view is not None:
            pdf = build_interview_record(view)
            title = self.tr("Bedarfsanalyse – Gespräch wie erfasst")
            name = safe_file_name(f"{title} {self.company_name}") + ".pdf"
            self.preview = PreviewDialog(pdf, title, name, lambda: pdf, self)
            self.preview.open()

    def print_plans(self) -> None:
        if self.company_id is not None:
            self.batch = start_batch_print(
                self, self.context, company_id=self.company_id, pseudonymised=self.pseudonym_box.isChecked()
            )


def company_report_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    return (QCoreApplication.translate("CompanyReportTab", "Bericht"), CompanyReportTab(context))
