"""Batch printing: every current plan of a company (or of all companies) on a printer, as one print job, or as
PDF files into one folder.

PDF files: a job off the UI thread (``services.planning.batch_files``), with progress and „Abbrechen“ in the
status bar; all or nothing: a cancelled batch writes no file and freezes no plan. Printer: one plan per
event-loop turn behind a progress dialog (painting on a printer stays on the UI thread), so „Abbrechen“ takes
effect before the next plan (the plans already printed stay in the job). Each printed version is frozen, as
with single printing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QProgressDialog, QWidget

from verbund_desktop.ui.common import folders
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.jobs import Job, JobControl
from verbund_desktop.ui.common.operations import explain_failure
from verbund_desktop.ui.common.service_messages import ui_message, user_message

if TYPE_CHECKING:  # the printing service pulls in ReportLab: imported when a batch starts, not at start-up
    from verbund_desktop.services.planning.printing import BatchResult, PlanPrintJob


def _printing() -> ModuleType:
    from verbund_desktop.services.planning import printing

    return printing


Target = QPrinter | Path  # a printer (one job for all plans) or a folder for the PDF files


def _batch_files() -> ModuleType:
    from verbund_desktop.services.planning import batch_files

    return batch_files


def _print_pages() -> ModuleType:
    from verbund_desktop.ui.printing import print_pages

    return print_pages


def choose_target(parent: QWidget | None) -> Target | None:
    """Printer or folder, as the person chooses; None when cancelled. Tests replace this function."""
    from verbund_desktop.ui.printing.print_preview import choose_printer

    title = QCoreApplication.translate("BatchPrint", "Entwicklungspläne drucken")
    box = QMessageBox(QMessageBox.Icon.Question, title, "", QMessageBox.StandardButton.Cancel, parent)
    box.setText(QCoreApplication.translate("BatchPrint", "Wohin sollen die Entwicklungspläne gehen?"))
    printer_button = box.addButton(
        QCoreApplication.translate("BatchPrint", "Auf einem &Drucker …"), QMessageBox.ButtonRole.AcceptRole
    )
    folder_button = box.addButton(
        QCoreApplication.translate("BatchPrint", "Als &PDF-Dateien in einen Ordner …"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(printer_button)
    box.exec()
    if box.clickedButton() is printer_button:
        return choose_printer(parent, title)
    if box.clickedButton() is folder_button:
        return choose_folder(parent)
    return None


def choose_folder(parent: QWidget | None) -> Path | None:
    """The target folder; None when cancelled. Tests replace this function."""
    title = QCoreApplication.translate("BatchPrint", "Ordner für die Entwicklungspläne")
    return folders.choose_folder(parent, "plans", title)


class BatchPrint(QObject):
    """Prints ``jobs`` into a folder (a job) or onto a printer (one by one behind a cancellable progress dialog);
    ``finished`` carries the result."""

    finished = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        context: WorkspaceContext,
        jobs: list[PlanPrintJob],
        target: Target,
        *,
        skipped: list[str] | None = None,
        pseudonymised: bool = False,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.jobs = jobs
        self.printer = target if isinstance(target, QPrinter) else None
        self.out_dir = target if isinstance(target, Path) else None
        self.painter: QPainter | None = None
        self.skipped = list(skipped or [])
        self.pseudonymised = pseudonymised
        self.today = today
        self.written: list[Path] = []
        self.printed: list[str] = []  # labels of the plans sent to the printer
        self.errors: list[str] = []
        self.cancelled = False
        self.done = False
        self.summary: QMessageBox | None = None
        self.job: Job | None = None  # the folder's job
        self.dialog = QProgressDialog(
            self.tr("Entwicklungspläne werden gedruckt …"), self.tr("Abbrechen"), 0, len(jobs), parent
        )
        self.dialog.setWindowTitle(self.tr("Entwicklungspläne drucken"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> bool:
        """Show the progress and begin; False (with a message) when the printer cannot be started."""
        if self.out_dir is not None:
            self._start_job(self.out_dir)
            return True
        if self.printer is not None:
            pages = _print_pages()
            pages.prepare(self.printer)
            try:
                self.painter = pages.begin(self.printer)
            except _printing().PrintError as exc:
                QMessageBox.warning(self.parent_widget, self.dialog.windowTitle(), user_message(exc))
                return False
        self.dialog.setValue(0)
        self.dialog.show()
        QTimer.singleShot(0, self._next)
        return True

    def _start_job(self, out_dir: Path) -> None:
        ws, actor, today, jobs = self.context.workspace, self.context.actor, self.today(), self.jobs
        pseudonymised = self.pseudonymised

        def work(control: JobControl) -> BatchResult:
            return _batch_files().print_batch_to_folder(
                ws,
                jobs,
                out_dir,
                actor=actor,
                today=today,
                pseudonymised=pseudonymised,
                progress=control.progress,
                check=control.check,
            )

        self.job = self.context.jobs.submit(
            self.tr("Entwicklungspläne werden gespeichert"),
            work,
            on_done=self._job_done,
            on_failed=self._job_failed,
            on_cancelled=self._job_cancelled,
        )

    def _job_done(self, result: BatchResult) -> None:
        self.written = list(result.written)
        self.errors += result.skipped
        self._finish()

    def _job_failed(self, exc: BaseException) -> None:
        text = explain_failure(exc, self.context)[0] if isinstance(exc, Exception) else str(exc)
        self.errors.append(text)
        self._finish()

    def _job_cancelled(self) -> None:
        """Nothing was written, nothing frozen: the status bar said „wird abgebrochen“; no summary."""
        self.cancelled = self.done = True
        self.finished.emit(_printing().BatchResult((), tuple(self.skipped), True))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.cancelled = True

    def _next(self) -> None:
        index = len(self.written) + len(self.printed) + len(self.errors)
        self.cancelled = self.cancelled or self.dialog.wasCanceled()
        if self.cancelled or index >= len(self.jobs):
            self._finish()
            return
        job = self.jobs[index]
        self.dialog.setLabelText(self.tr("{0} von {1}: {2}").format(index + 1, len(self.jobs), job.label))
        try:
            self._print(job)
        except Exception as exc:
            self.errors.append(f"{job.label}: {explain_failure(exc, self.context)[0]}")
        self.dialog.setValue(index + 1)
        QTimer.singleShot(0, self._next)

    def _print(self, job: PlanPrintJob) -> None:
        """Freeze and print one plan: onto the printer's job, or into its file."""
        ws, actor, today = self.context.workspace, self.context.actor, self.today()
        if self.painter is not None and self.printer is not None:
            pdf = _printing().plan_pdf(
                ws, job.plan_id, actor=actor, today=today, pseudonymised=self.pseudonymised
            )
            _print_pages().paint_document(self.painter, self.printer, pdf, new_sheet=bool(self.printed))
            self.printed.append(job.label)
            return
        assert self.out_dir is not None
        self.written.append(
            _printing().print_plan(
                ws, job, self.out_dir, actor=actor, today=today, pseudonymised=self.pseudonymised
            )
        )

    def _finish(self) -> None:
        self.done = True
        if self.painter is not None:
            self.painter.end()  # the job goes to the printer with the plans printed so far
        result = _printing().BatchResult(
            tuple(self.written), tuple(self.skipped + self.errors), self.cancelled
        )
        self.dialog.canceled.disconnect(self.cancel)  # closing the dialog emits „canceled“ too
        self.dialog.close()
        if self.written or self.printed:
            self.context.notify_saved()
            self.context.notify_changed("plan", None)
        self.summary = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Entwicklungspläne drucken"),
            summary_text(result, self.out_dir)
            if self.out_dir is not None
            else printer_summary_text(result, self.printed, printer_name(self.printer)),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        self.summary.open()
        self.finished.emit(result)


def summary_text(result: BatchResult, out_dir: Path) -> str:
    """What was written where, whether it was cancelled, and what was not printed (service texts stay German)."""
    count = len(result.written)
    saved = (
        QCoreApplication.translate("BatchPrint", "{0} Entwicklungsplan gespeichert in {1}.")
        if count == 1
        else QCoreApplication.translate("BatchPrint", "{0} Entwicklungspläne gespeichert in {1}.")
    )
    return "\n".join([saved.format(count, out_dir), *_outcome_lines(result)])


def _outcome_lines(result: BatchResult) -> list[str]:
    """Whether the batch was cancelled, and what was not printed (the services' reasons in the UI language)."""
    lines = []
    if result.cancelled:
        lines.append(
            QCoreApplication.translate("BatchPrint", "Abgebrochen: die übrigen Pläne wurden nicht gedruckt.")
        )
    if result.skipped:
        lines.append(QCoreApplication.translate("BatchPrint", "Nicht gedruckt:"))
        lines += [f"• {ui_message(line)}" for line in result.skipped]
    return lines


def printer_name(printer: QPrinter | None) -> str:
    if printer is None:
        return ""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return printer.outputFileName()
    return printer.printerName()


def printer_summary_text(result: BatchResult, printed: list[str], name: str) -> str:
    """How many plans went to which printer, then cancel and skip lines as for files."""
    count = len(printed)
    sent = (
        QCoreApplication.translate("BatchPrint", "{0} Entwicklungsplan an „{1}“ gesendet.")
        if count == 1
        else QCoreApplication.translate("BatchPrint", "{0} Entwicklungspläne an „{1}“ gesendet.")
    )
    return "\n".join([sent.format(count, name), *_outcome_lines(result)])


def start_batch_print(
    parent: QWidget,
    context: WorkspaceContext,
    *,
    company_id: uuid.UUID | None = None,
    pseudonymised: bool = False,
) -> BatchPrint | None:
    """Ask for a printer or a folder, then print the current plans of the company (or of everyone) there."""
    target = choose_target(parent)
    if target is None:
        return None
    title = QCoreApplication.translate("BatchPrint", "Entwicklungspläne drucken")
    try:
        jobs, skipped = _printing().plan_print_jobs(
            context.workspace, company_id=company_id, pseudonymised=pseudonymised
        )
    except Exception as exc:
        QMessageBox.warning(parent, title, explain_failure(exc, context)[0])
        return None
    if not jobs:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("BatchPrint", "Es gibt keinen Entwicklungsplan zum Drucken."),
        )
        return None
    batch = BatchPrint(parent, context, jobs, target, skipped=skipped, pseudonymised=pseudonymised)
    return batch if batch.start() else None


def install_batch_print_action(window: QMainWindow, context: WorkspaceContext) -> QAction:
    """„Alle Entwicklungspläne drucken …“ in the „Datei“ menu (before „Beenden“), in the UI language."""
    action = QAction(QCoreApplication.translate("BatchPrint", "Alle &Entwicklungspläne drucken …"), window)
    action.setStatusTip(
        QCoreApplication.translate(
            "BatchPrint",
            "Den aktuellen Plan aller Beschäftigten auf einem Drucker drucken oder als PDF-Dateien in einen "
            "Ordner schreiben",
        )
    )
    action.triggered.connect(lambda: setattr(window, "batch_print", start_batch_print(window, context)))
    menus = [menu for a in window.menuBar().actions() if isinstance(menu := a.menu(), QMenu)]
    file_title = QCoreApplication.translate("MainWindow", "&Datei")  # the main window's menu, translated
    file_menu = next((m for m in menus if m.title() == file_title), None)
    if file_menu is not None:
        actions = file_menu.actions()
        if actions:
            file_menu.insertAction(actions[-1], action)
        else:
            file_menu.addAction(action)
    window.addAction(action)
    return action
