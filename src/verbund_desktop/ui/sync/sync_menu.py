"""The „Synchronisation“ menu (connect, sync now, conflicts, the sync file) and the status-bar counts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from verbund_desktop.services.sync.notices import take_notices
from verbund_desktop.services.sync.status import sync_status
from verbund_desktop.ui.common import folders
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.jobs import Job, JobControl
from verbund_desktop.ui.common.operations import run_action, show_failure
from verbund_desktop.ui.sync.conflicts_dialog import ConflictsDialog

if TYPE_CHECKING:  # imported when used: the HTTPS client and the sync file's cryptography (see sync_now)
    from verbund_desktop.services.sync.sync_file import ExportReport, ImportReport
    from verbund_desktop.ui.sync.connect_dialog import ConnectDialog

FILE_FILTER = "Sync-Datei (*.verbund-sync)"
PathChooser = Callable[[str], Path | None]


class SyncMenu(QObject):
    """Created by the main window once: the menu, and the label in the status bar."""

    def __init__(self, window: QMainWindow, context: WorkspaceContext) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.menu = QMenu(self.tr("S&ynchronisation"), window)
        # Before enrolment the menu says so (and the status bar says nothing about sync).
        self.not_connected = self.menu.addAction(self.tr("Nicht mit der Koordinierungsstelle verbunden"))
        self.not_connected.setEnabled(False)
        self.menu.addSeparator()
        self.action_connect = self._add(
            self.tr("Mit der Koordinierungsstelle &verbinden …"), self.open_connect_dialog
        )
        self.action_sync = self._add(self.tr("Jetzt a&bgleichen"), self.sync_now)
        self.menu.addSeparator()
        self.action_conflicts = self._add(self.tr("&Konflikte lösen …"), self.show_conflicts)
        self.menu.addSeparator()
        self.action_export = self._add(self.tr("Sync-Datei ex&portieren …"), self.export_file)
        self.action_import = self._add(self.tr("Sync-Datei &einlesen …"), self.import_file)
        bar = window.menuBar()
        help_title = QCoreApplication.translate("MainWindow", "&Hilfe")  # the main window's menu, translated
        help_action = next((a for a in bar.actions() if a.text() == help_title), None)
        bar.insertMenu(help_action, self.menu) if help_action is not None else bar.addMenu(self.menu)
        self.label = QLabel()
        window.statusBar().addPermanentWidget(self.label)
        self.choose_save: PathChooser = self._ask_save
        self.choose_open: PathChooser = self._ask_open
        self.dialog: ConnectDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.import_job: Job | None = None
        self.imported: ImportReport | None = None  # of the last sync file reading that finished
        context.saved.connect(lambda _when: self.update_counts())
        self.update_counts()

    def _add(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def update_counts(self) -> None:
        status = sync_status(self.context.workspace)
        self.not_connected.setVisible(not status.enrolled)
        counts = status.counts
        if counts is None:  # never connected: every row waits in the outbox, which tells nobody anything
            self.label.clear()
            self.label.setVisible(False)
            return
        self.label.setVisible(True)
        parts = [self.tr("%n Änderung(en) nicht übertragen", "", counts.pending)]
        if counts.conflicts:
            parts.append(self.tr("%n Konflikt(e)", "", counts.conflicts))
        if counts.rejected:
            parts.append(self.tr("%n abgelehnt", "", counts.rejected))
        self.label.setText(self.tr("Sync: {0}").format(", ".join(parts)))

    def open_connect_dialog(self) -> None:
        from verbund_desktop.ui.sync.connect_dialog import ConnectDialog

        self.dialog = ConnectDialog(self.context, self.window)
        self.dialog.accepted.connect(self.update_counts)
        self.dialog.open()

    def sync_now(self) -> None:
        # Imported here, like the sync file's module: the HTTPS client (httpx, and with it click, and rich where
        # installed) and cryptography cost ≈ 18 MiB of every window's memory and are needed only for syncing.
        from verbund_desktop.services.sync.http_transport import sync_with_office

        ws = self.context.workspace
        report = run_action(
            self.window,
            self.context,
            lambda: sync_with_office(ws),
            title=self.tr("Abgleich"),
            changed=("sync", None),
        )
        self.update_counts()
        if report is None:
            return
        lines = [
            self.tr("Übernommen: {0}, Konflikte: {1}, abgewiesen: {2}, geholt: {3}.").format(
                report.accepted, report.conflicts, report.rejected, report.pulled
            ),
            *take_notices(ws),
        ]
        QMessageBox.information(self.window, self.tr("Abgleich"), "\n\n".join(lines))

    def show_conflicts(self) -> ConflictsDialog:
        self.conflicts_dialog = ConflictsDialog(self.context, self.window)
        self.conflicts_dialog.show()
        return self.conflicts_dialog

    def _ask_save(self, title: str) -> Path | None:
        return folders.save_file(
            self.window, "sync", title, "an-die-koordinierungsstelle.verbund-sync", FILE_FILTER
        )

    def _ask_open(self, title: str) -> Path | None:
        return folders.open_file(self.window, "sync", title, FILE_FILTER)

    def export_file(self) -> ExportReport | None:
        title = self.tr("Sync-Datei exportieren")
        dest = self.choose_save(title)
        if dest is None:
            return None
        from verbund_desktop.services.sync.sync_file import export_sync_file

        report = run_action(
            self.window, self.context, lambda: export_sync_file(self.context.workspace, dest), title=title
        )
        if report is not None:
            QMessageBox.information(
                self.window,
                title,
                self.tr(
                    "%n Änderungspaket(e) in „{0}“ geschrieben. Bitte der Koordinierungsstelle bringen.",
                    "",
                    report.changesets,
                ).format(dest.name),
            )
        self.update_counts()
        return report

    def import_file(self) -> Job | None:
        """Read the office's sync file in a job (progress and „Abbrechen“ in the status bar); all or nothing:
        a cancelled or refused file changes nothing and can be read again. ``imported`` holds the report of the
        last reading that finished."""
        title = self.tr("Sync-Datei einlesen")
        source = self.choose_open(title)
        if source is None:
            return None
        ws = self.context.workspace
        from verbund_desktop.services.sync.sync_file import import_sync_file

        def work(control: JobControl) -> ImportReport:
            return import_sync_file(ws, source, progress=control.progress)

        def failed(exc: BaseException) -> None:
            show_failure(self.window, self.context, title, exc)
            self.update_counts()

        self.imported = None
        self.import_job = self.context.jobs.submit(
            self.tr("Sync-Datei wird eingelesen"),
            work,
            on_done=self._imported,
            on_failed=failed,
            on_cancelled=self.update_counts,
        )
        return self.import_job

    def _imported(self, report: ImportReport) -> None:
        self.imported = report
        self.context.notify_saved()
        self.context.notify_changed("company", None)
        lines = [
            self.tr(
                "Übernommen: {0}, Konflikte: {1}, abgelehnt: {2}; {3} Einträge von der Koordinierungsstelle."
            ).format(report.accepted, report.conflicts, report.rejected, report.pull.applied),
            *take_notices(self.context.workspace),
        ]
        QMessageBox.information(self.window, self.tr("Sync-Datei einlesen"), "\n\n".join(lines))
        self.update_counts()
