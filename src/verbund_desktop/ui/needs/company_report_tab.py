"""The company tab „Bericht“: the Bedarfsanalyse report (preview, print, PDF) and batch printing of plans."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from verbund_desktop.assessment.clean_names import safe_file_name
from verbund_desktop.report import build_company_report
from verbund_desktop.report.formatting import format_eur
from verbund_desktop.report.viewmodels import CompanyReportView
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.organisation.letterhead import letterhead_logo
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP
from verbund_desktop.ui.common.operations import run_action
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
            ).format(len(view.measures), format_eur(cost), format_eur(subsidy)),
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
        layout.addStretch(1)

        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.batch_button.clicked.connect(self.print_plans)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_report),
            ("Ctrl+Shift+P", self.show_preview),
            ("Ctrl+Shift+S", self.save_report),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def set_subject(self, ident: uuid.UUID) -> None:
        self.company_id = ident
        self.pseudonym_box.setChecked(self.context.pseudonymised)
        view = self.view()
        if view is not None:
            self.company_name = view.profile.name
            self.title.setText(self.tr("Bericht zur Bedarfsanalyse – {0}").format(view.profile.name))
            self.summary.setText(report_summary(view))

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

    def file_name(self) -> str:
        """German like the report itself (and the plans' file names from ``services.printing``)."""
        return safe_file_name(f"{TITLE} {self.company_name}") + ".pdf"

    def show_preview(self) -> None:
        pdf = self.pdf()
        if pdf is not None:
            title = f"{self.tr(TITLE)} {self.company_name}"
            self.preview = PreviewDialog(pdf, title, self.file_name(), lambda: pdf, self)
            self.preview.open()

    def print_report(self) -> None:
        if self.company_id is not None:
            print_document(self, f"{self.tr(TITLE)} {self.company_name}", self.pdf)

    def save_report(self) -> None:
        if self.company_id is not None:
            save_document(self, self.file_name(), self.pdf)

    def print_plans(self) -> None:
        if self.company_id is not None:
            self.batch = start_batch_print(
                self, self.context, company_id=self.company_id, pseudonymised=self.pseudonym_box.isChecked()
            )


def company_report_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    return (QCoreApplication.translate("CompanyReportTab", "Bericht"), CompanyReportTab(context))
