"""Batch printing: every current plan of a company (or of all companies) as PDF files into one folder.

One plan per event-loop turn, so the window stays responsive and „Abbrechen“ takes effect before the next
plan. Each printed version is frozen, as with single printing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog, QWidget

from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.operations import explain_failure

if TYPE_CHECKING:  # the printing service pulls in ReportLab: imported when a batch starts, not at start-up
    from verbund_desktop.services.planning.printing import BatchResult, PlanPrintJob


def _printing() -> ModuleType:
    from verbund_desktop.services.planning import printing

    return printing


def choose_folder(parent: QWidget | None) -> Path | None:
    """The target folder; None when cancelled. Tests replace this function."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    title = QCoreApplication.translate("BatchPrint", "Ordner für die Entwicklungspläne")
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(folder) if folder else None


class BatchPrint(QObject):
    """Prints ``jobs`` one by one behind a cancellable progress dialog; ``finished`` carries the result."""

    finished = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        context: WorkspaceContext,
        jobs: list[PlanPrintJob],
        out_dir: Path,
        *,
        skipped: list[str] | None = None,
        pseudonymised: bool = False,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.jobs = jobs
        self.out_dir = out_dir
        self.skipped = list(skipped or [])
        self.pseudonymised = pseudonymised
        self.today = today
        self.written: list[Path] = []
        self.errors: list[str] = []
        self.cancelled = False
        self.done = False
        self.summary: QMessageBox | None = None
        self.dialog = QProgressDialog(
            self.tr("Entwicklungspläne werden gedruckt …"), self.tr("Abbrechen"), 0, len(jobs), parent
        )
        self.dialog.setWindowTitle(self.tr("Entwicklungspläne drucken"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.dialog.setValue(0)
        self.dialog.show()
        QTimer.singleShot(0, self._next)

    def cancel(self) -> None:
        self.cancelled = True

    def _next(self) -> None:
        index = len(self.written) + len(self.errors)
        self.cancelled = self.cancelled or self.dialog.wasCanceled()
        if self.cancelled or index >= len(self.jobs):
            self._finish()
            return
        job = self.jobs[index]
        self.dialog.setLabelText(self.tr("{0} von {1}: {2}").format(index + 1, len(self.jobs), job.label))
        try:
            self.written.append(
                _printing().print_plan(
                    self.context.workspace,
                    job,
                    self.out_dir,
                    actor=self.context.actor,
                    today=self.today(),
                    pseudonymised=self.pseudonymised,
                )
            )
        except Exception as exc:
            self.errors.append(f"{job.label}: {explain_failure(exc, self.context)[0]}")
        self.dialog.setValue(index + 1)
        QTimer.singleShot(0, self._next)

    def _finish(self) -> None:
        self.done = True
        result = _printing().BatchResult(
            tuple(self.written), tuple(self.skipped + self.errors), self.cancelled
        )
        self.dialog.canceled.disconnect(self.cancel)  # closing the dialog emits „canceled“ too
        self.dialog.close()
        if self.written:
            self.context.notify_saved()
            self.context.notify_changed("plan", None)
        self.summary = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Entwicklungspläne drucken"),
            summary_text(result, self.out_dir),
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
    lines = [saved.format(count, out_dir)]
    if result.cancelled:
        lines.append(
            QCoreApplication.translate("BatchPrint", "Abgebrochen: die übrigen Pläne wurden nicht gedruckt.")
        )
    if result.skipped:
        lines.append(QCoreApplication.translate("BatchPrint", "Nicht gedruckt:"))
        lines += [f"• {line}" for line in result.skipped]
    return "\n".join(lines)


def start_batch_print(
    parent: QWidget,
    context: WorkspaceContext,
    *,
    company_id: uuid.UUID | None = None,
    pseudonymised: bool = False,
) -> BatchPrint | None:
    """Ask for a folder, then print the current plans of the company (or of everyone) into it."""
    out_dir = choose_folder(parent)
    if out_dir is None:
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
    batch = BatchPrint(parent, context, jobs, out_dir, skipped=skipped, pseudonymised=pseudonymised)
    batch.start()
    return batch


def install_batch_print_action(window: QMainWindow, context: WorkspaceContext) -> QAction:
    """„Alle Entwicklungspläne drucken …“ in the „Datei“ menu (before „Beenden“), in the UI language."""
    action = QAction(QCoreApplication.translate("BatchPrint", "Alle &Entwicklungspläne drucken …"), window)
    action.setStatusTip(
        QCoreApplication.translate(
            "BatchPrint", "Den aktuellen Plan aller Beschäftigten als PDF-Dateien in einen Ordner schreiben"
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
