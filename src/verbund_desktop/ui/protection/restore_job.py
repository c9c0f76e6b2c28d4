"""Restoring the open workspace from a backup as a job: progress and „Abbrechen“ in a window-modal dialog.

The restore runs off the UI thread, so the window repaints and shows how far it is; the dialog is window-modal
because the workspace's file is replaced at the end and nothing else may edit it meanwhile. Until the last
step the workspace is not touched (``services.protection.restore_service``): a cancel removes the prepared copy
and leaves the workspace byte for byte as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from verbund_desktop.services.protection.restore_service import RestoreResult, restore_open
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.jobs import Job, JobControl
from verbund_desktop.ui.common.operations import explain_failure
from verbund_desktop.ui.protection.backup_dialogs import (
    RestoreChoice,
    RestoreDialog,
    confirm_restore,
    restore_progress_dialog,
)


def _title() -> str:
    return QCoreApplication.translate("BackupDialogs", "Wiederherstellen")


def restored_message(result: RestoreResult) -> str:
    message = QCoreApplication.translate("BackupDialogs", "Wiederhergestellt aus „{0}“.").format(
        result.restored_from.name
    )
    if result.protection_note():
        message += "\n\n" + result.protection_note()
    if result.aside:
        message += QCoreApplication.translate(
            "BackupDialogs", "\n\nDer bisherige Stand liegt in:\n{0}"
        ).format(result.aside)
    return message


class RestoreJob:
    """One restore of the open workspace: the job, its progress dialog, and the outcome once it is done."""

    def __init__(self, parent: QWidget | None, context: WorkspaceContext, choice: RestoreChoice) -> None:
        self.parent, self.context = parent, context
        self.result: RestoreResult | None = None
        self.dialog = restore_progress_dialog(parent, Qt.WindowModality.WindowModal)
        ws = context.workspace

        def work(control: JobControl) -> RestoreResult:
            return restore_open(ws, choice.path, choice.passphrase, progress=control.progress)

        label = QCoreApplication.translate("BackupDialogs", "Sicherung wird wiederhergestellt")
        self.job: Job = context.jobs.submit(
            label, work, on_done=self._done, on_failed=self._failed, on_cancelled=self._close
        )
        self.dialog.canceled.connect(self.job.cancel)
        context.jobs.progress.connect(self._progress)
        self.dialog.show()

    def _progress(self, job: Job, done: int, total: int) -> None:
        if job is self.job:
            self.dialog.setValue(done)

    def _close(self) -> None:
        self.context.jobs.progress.disconnect(self._progress)
        self.dialog.canceled.disconnect(self.job.cancel)  # closing the dialog emits „canceled“ too
        self.dialog.close()

    def _done(self, result: RestoreResult) -> None:
        self._close()
        self.result = result
        self.context.notify_saved()
        self.context.notify_changed("network", None)
        QMessageBox.information(
            self.parent,
            QCoreApplication.translate("BackupDialogs", "Wiederhergestellt"),
            restored_message(result),
        )

    def _failed(self, exc: BaseException) -> None:
        self._close()
        text = explain_failure(exc, self.context)[0] if isinstance(exc, Exception) else str(exc)
        QMessageBox.warning(self.parent, _title(), text)


def restore_open_workspace(
    parent: QWidget | None, context: WorkspaceContext, choice: RestoreChoice
) -> RestoreJob | None:
    """Restore the open workspace in place, in a job; views keep their workspace object and are refreshed.
    Refused (None, with a message) while other jobs run: they use the file that is replaced at the end."""
    if context.jobs.running:
        QMessageBox.information(
            parent,
            _title(),
            QCoreApplication.translate(
                "BackupDialogs",
                "Bitte warten, bis „{0}“ fertig ist (Statusleiste), und dann erneut wiederherstellen.",
            ).format(context.jobs.running[0].title),
        )
        return None
    return RestoreJob(parent, context, choice)


def restore_interactively(parent: QWidget | None, context: WorkspaceContext) -> RestoreJob | None:
    """Extras → Aus Sicherung wiederherstellen."""
    dialog = RestoreDialog(context.workspace.path, ask_passphrase=False, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    if choice is None or not confirm_restore(parent, context.workspace.path, choice.path):
        return None
    return restore_open_workspace(parent, context, choice)
