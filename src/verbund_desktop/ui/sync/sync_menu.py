"""Sync in the Extras menu: connect this workspace to the coordination office, and sync now."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from verbund_desktop.services.sync.http_transport import sync_with_office
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.sync.connect_dialog import ConnectDialog


class SyncMenu(QObject):
    def __init__(self, window: QMainWindow, context: WorkspaceContext, menu: QMenu) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        menu.addSeparator()
        self.action_connect = QAction(self.tr("Mit der Koordinierungsstelle &verbinden …"), window)
        self.action_connect.triggered.connect(self.open_connect_dialog)
        self.action_sync = QAction(self.tr("Jetzt a&bgleichen"), window)
        self.action_sync.triggered.connect(self.sync_now)
        menu.addActions([self.action_connect, self.action_sync])
        self.dialog: ConnectDialog | None = None

    def open_connect_dialog(self) -> None:
        self.dialog = ConnectDialog(self.context, self.window)
        self.dialog.open()

    def sync_now(self) -> None:
        ws = self.context.workspace
        report = run_action(
            self.window,
            self.context,
            lambda: sync_with_office(ws),
            title=self.tr("Abgleich"),
            changed=("sync", None),
        )
        if report is None:
            return
        QMessageBox.information(
            self.window,
            self.tr("Abgleich"),
            self.tr("Übernommen: {0}, Konflikte: {1}, abgewiesen: {2}, geholt: {3}.").format(
                report.accepted, report.conflicts, report.rejected, report.pulled
            ),
        )
