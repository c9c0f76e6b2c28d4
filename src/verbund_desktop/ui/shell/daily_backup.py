"""The once-a-day backup, after the main window is shown: in a job, with the status bar saying so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from verbund_desktop.ui.common.jobs import Job, JobControl, JobRunner

if TYPE_CHECKING:
    from verbund_desktop.persistence.workspace import Workspace


def start_daily_backup(runner: JobRunner, workspace: Workspace, status: QStatusBar) -> Job | None:
    """Start the daily backup of ``workspace`` in ``runner`` (none for a read-only window)."""
    if workspace.read_only:
        return None
    from verbund_desktop.ui.protection.backup_dialogs import daily_backup_quietly

    def work(control: JobControl) -> object:
        control.check()
        return daily_backup_quietly(workspace)  # logs a failure; never in the way of working

    def done(result: object) -> None:
        status.showMessage(
            QCoreApplication.translate("DailyBackup", "Tägliche Sicherung erstellt und geprüft.")
            if result is not None
            else QCoreApplication.translate(
                "DailyBackup", "Tägliche Sicherung: heute nicht nötig oder nicht möglich (siehe Protokoll)."
            )
        )

    status.showMessage(QCoreApplication.translate("DailyBackup", "Tägliche Sicherung läuft …"))
    return runner.submit(QCoreApplication.translate("DailyBackup", "Tägliche Sicherung"), work, on_done=done)
