"""Backups in the desktop program: the daily backup on open, a manual backup, and restoring one.

Restoring always asks for confirmation, checks the backup completely before anything is replaced, and keeps the
current database aside in the backup folder (so a restore can be undone by restoring that file).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.files import ensure_private_dir
from verbund_desktop.persistence.backup import (
    BackupKind,
    VerifiedBackup,
    backup_dir_for,
    backup_path,
    create_backup,
    daily_backup_if_due,
    list_backups,
)
from verbund_desktop.persistence.errors import WorkspaceError
from verbund_desktop.persistence.restore import STEPS, RestoreResult, restore_backup
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.common import folders, settings
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, domain_label, translate_all
from verbund_desktop.ui.common.jobs import Job, JobControl, JobRunner
from verbund_desktop.ui.common.locale_format import ui_datetime, ui_number
from verbund_desktop.ui.common.operations import explain_failure
from verbund_desktop.ui.common.tables import list_table

log = logging.getLogger(__name__)
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def daily_backup_quietly(ws: Workspace) -> VerifiedBackup | None:
    """The once-a-day backup on open. A failure is logged, never in the way of opening the workspace."""
    try:
        return daily_backup_if_due(ws, keep=settings.BACKUPS_TO_KEEP.get())
    except (WorkspaceError, OSError):
        log.exception("Die tägliche Sicherung ist fehlgeschlagen")
        return None


def backup_in_job(parent: QWidget | None, context: WorkspaceContext, dest: Path) -> Job:
    """Write and verify a backup into ``dest`` in a job (the window stays usable; „Abbrechen“ in the status
    bar). The copy itself cannot stop halfway: a cancel while it runs removes the finished copy, so a cancelled
    backup leaves no file; a failure is shown in German."""
    ws = context.workspace
    title = QCoreApplication.translate("BackupDialogs", "Sicherung erstellen")

    def work(control: JobControl) -> VerifiedBackup:
        control.check()
        result = create_backup(ws, dest)
        if control.cancelled:
            dest.unlink(missing_ok=True)
        control.check()
        return result

    def done(result: VerifiedBackup) -> None:
        state = (
            QCoreApplication.translate("BackupDialogs", "verschlüsselt")
            if result.encrypted
            else QCoreApplication.translate("BackupDialogs", "NICHT verschlüsselt")
        )
        QMessageBox.information(
            parent,
            QCoreApplication.translate("BackupDialogs", "Sicherung erstellt"),
            QCoreApplication.translate(
                "BackupDialogs", "Die Sicherung wurde geschrieben und geprüft ({0}):\n{1}"
            ).format(state, result.path),
        )

    def failed(exc: BaseException) -> None:
        text = explain_failure(exc, context)[0] if isinstance(exc, Exception) else str(exc)
        QMessageBox.warning(parent, title, text)

    label = QCoreApplication.translate("BackupDialogs", "Sicherung wird erstellt")
    return context.jobs.submit(label, work, on_done=done, on_failed=failed)


def backup_now(parent: QWidget | None, context: WorkspaceContext) -> Job | None:
    """Extras → Sicherung erstellen: choose a file (default in the backup folder), then write it in a job."""
    ws = context.workspace
    folder = backup_dir_for(ws.path)
    ensure_private_dir(folder)  # 0700 on POSIX: the backups hold everyone's data
    suggestion = backup_path(folder, ws.path, BackupKind.MANUAL)
    chosen = folders.save_file(
        parent,
        "backup",
        QCoreApplication.translate("BackupDialogs", "Sicherung erstellen"),
        suggestion.name,
        QCoreApplication.translate("BackupDialogs", "Verbund-Desktop-Sicherung (*.db)"),
        default=folder,
    )
    if chosen is None:
        return None
    return backup_in_job(parent, context, chosen)


@dataclass(frozen=True)
class RestoreChoice:
    path: Path
    passphrase: str | None  # None: the workspace's own passphrase


class RestoreDialog(QDialog):
    """Lists the backups of ``db_path`` (newest first); another file can be chosen too."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RestoreDialog", "Art"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Erstellt"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Größe"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Datei"),
    )

    def __init__(
        self, db_path: Path, *, ask_passphrase: bool, reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aus Sicherung wiederherstellen"))
        self.resize(760, 420)
        self.db_path = db_path
        self._other: Path | None = None
        layout = QVBoxLayout(self)
        if reason:
            problem = QLabel(reason)
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #b00020;")
            layout.addWidget(problem)
        intro = QLabel(
            self.tr(
                "Die gewählte Sicherung wird vollständig geprüft, bevor etwas ersetzt wird. Der jetzige Stand von "
                "„{0}“ wird im Ordner „{1}“ aufbewahrt."
            ).format(db_path.name, backup_dir_for(db_path))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = list_table(translate_all("RestoreDialog", self.COLUMNS), stretch=3)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_other_row())
        self._build_passphrase(layout, ask_passphrase=ask_passphrase)
        buttons = self._build_buttons()
        layout.addWidget(buttons)
        self._connect(buttons)
        self._ask_passphrase = ask_passphrase
        self._fill()

    def _build_other_row(self) -> QHBoxLayout:
        self.other_button = QPushButton(self.tr("Andere Datei wählen …"))
        self.other_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addWidget(self.other_label, 1)
        return row

    def _build_passphrase(self, layout: QVBoxLayout, *, ask_passphrase: bool) -> None:
        """The backup's passphrase (asked for, or only needed when it differs) and the error line below."""
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase der Sicherung"))
        hint = (
            self.tr("Passphrase der Sicherung:")
            if ask_passphrase
            else self.tr("Passphrase der Sicherung (nur nötig, wenn sie eine andere ist als die jetzige):")
        )
        layout.addWidget(QLabel(hint))
        layout.addWidget(self.passphrase_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Wiederherstellen …"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        return buttons

    def _connect(self, buttons: QDialogButtonBox) -> None:
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self._choose_other)

    def _fill(self) -> None:
        backups = list_backups(self.db_path)
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            values = (
                domain_label(info.kind.label),
                ui_datetime(info.created, seconds=True),
                f"{ui_number(Decimal(info.size_bytes) / 1_000_000, 1)} MB",
                info.path.name,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(PATH_ROLE, str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if backups:
            self.table.selectRow(0)

    def set_other_file(self, path: Path) -> None:
        self._other = path
        self.other_label.setText(str(path))
        self.table.clearSelection()

    def _choose_other(self) -> None:
        path = folders.open_file(
            self,
            "backup",
            self.tr("Sicherung wählen"),
            self.tr("Datenbank (*.db);;Alle Dateien (*)"),
            default=backup_dir_for(self.db_path),
        )
        if path is not None:
            self.set_other_file(path)

    def choice(self) -> RestoreChoice | None:
        path = self._other
        selected = self.table.selectionModel().selectedRows()
        item = self.table.item(selected[0].row(), 0) if selected else None
        if item is not None:
            path = Path(item.data(PATH_ROLE))
        if path is None:
            return None
        text = self.passphrase_edit.text()
        return RestoreChoice(path, text if text or self._ask_passphrase else None)

    def _accept(self) -> None:
        if self.choice() is None:
            self.error_label.setText(self.tr("Bitte eine Sicherung auswählen."))
            return
        self.accept()


def confirm_restore(parent: QWidget | None, db_path: Path, source: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupDialogs", "Wiederherstellen"),
        QCoreApplication.translate(
            "BackupDialogs",
            "„{0}“ durch die Sicherung „{1}“ ersetzen?\n\nDer jetzige Stand wird aufbewahrt "
            "(Ordner „{2}“); Änderungen nach dem Zeitpunkt der Sicherung sind danach nicht "
            "mehr im Arbeitsbereich.",
        ).format(db_path.name, source.name, backup_dir_for(db_path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def restore_progress_dialog(parent: QWidget | None, modality: Qt.WindowModality) -> QProgressDialog:
    """The progress of a restore (``STEPS`` steps) with „Abbrechen“."""
    dialog = QProgressDialog(
        QCoreApplication.translate("BackupDialogs", "Die Sicherung wird geprüft und wiederhergestellt …"),
        QCoreApplication.translate("BackupDialogs", "Abbrechen"),
        0,
        STEPS,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("BackupDialogs", "Wiederherstellen"))
    dialog.setWindowModality(modality)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


class ClosedRestore:
    """Restoring a workspace that does not open (no window yet) as a job: progress and „Abbrechen“ in an
    application-modal dialog while the UI thread's event loop turns. Until the last step the file is not
    touched (``persistence.restore``): a cancel removes the prepared copy and leaves it byte for byte as it was.

    The passphrase typed in the dialog is the workspace's from now on: an unencrypted backup is encrypted with
    it (and refused without one while the damaged file is encrypted), so a restore never removes protection."""

    def __init__(self, parent: QWidget | None, db_path: Path, choice: RestoreChoice) -> None:
        self.parent = parent
        self.runner = JobRunner(parent)
        self.dialog = restore_progress_dialog(parent, Qt.WindowModality.ApplicationModal)
        self.result: RestoreResult | None = None
        self.error: BaseException | None = None
        self._loop = QEventLoop()

        def work(control: JobControl) -> RestoreResult:
            return restore_backup(
                db_path,
                choice.path,
                choice.passphrase,
                target_passphrase=choice.passphrase or None,
                progress=control.progress,
            )

        label = QCoreApplication.translate("BackupDialogs", "Sicherung wird wiederhergestellt")
        self.job = self.runner.submit(
            label, work, on_done=self._done, on_failed=self._failed, on_cancelled=self._close
        )
        self.dialog.canceled.connect(self.job.cancel)
        self.runner.progress.connect(lambda _job, done, _total: self.dialog.setValue(done))
        self.dialog.show()

    def wait(self) -> RestoreResult | None:
        """Turn the event loop until the job is done; the restored result, or None (cancelled or failed)."""
        if not self.job.done:
            self._loop.exec()
        return self.result

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.job.cancel)  # closing the dialog emits „canceled“ too
        self.dialog.close()
        self._loop.quit()

    def _done(self, result: RestoreResult) -> None:
        self.result = result
        self._close()

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._close()


def restore_closed_workspace(
    parent: QWidget | None, db_path: Path, choice: RestoreChoice
) -> RestoreResult | None:
    """Replace a workspace that cannot be opened (damaged, foreign, newer) by a backup, in a job (see
    ``ClosedRestore``); errors are shown, a cancel returns None without a message."""
    title = QCoreApplication.translate("BackupDialogs", "Wiederherstellen")
    restore = ClosedRestore(parent, db_path, choice)
    result = restore.wait()
    if (
        restore.error is not None
    ):  # a UserError's own words; anything else named by its cause, never the driver text
        error = restore.error
        text = explain_failure(error, None)[0] if isinstance(error, Exception) else str(error)
        QMessageBox.warning(parent, title, text)
        return None
    if result is not None and result.protection_note():
        QMessageBox.information(parent, title, result.protection_note())
    return result


def offer_restore(
    parent: QWidget | None, db_path: Path, message: str, *, warn_without_backups: bool = True
) -> bool:
    """A workspace did not open: show why and, when backups exist, offer to restore one. True when restored."""
    if not list_backups(db_path):
        if warn_without_backups:
            QMessageBox.warning(parent, "Verbund Desktop", message)
        return False
    answer = QMessageBox.question(
        parent,
        "Verbund Desktop",
        QCoreApplication.translate(
            "BackupDialogs",
            "{0}\n\nEs gibt Sicherungen dieses Arbeitsbereichs. Aus einer Sicherung wiederherstellen? "
            "Die jetzige Datei wird dabei nicht gelöscht, sondern aufbewahrt.",
        ).format(message),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    while True:
        dialog = RestoreDialog(db_path, ask_passphrase=True, reason=message, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        choice = dialog.choice()
        if choice is None:
            return False
        if restore_closed_workspace(parent, db_path, choice) is not None:
            return True
