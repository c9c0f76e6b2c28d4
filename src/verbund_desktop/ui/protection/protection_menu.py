"""The „Extras“ menu of the main window: lock, settings, backups, audit trail, retention; and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from verbund_desktop.ui.common import settings
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.protection.audit_view import AuditDialog
from verbund_desktop.ui.protection.backup_dialogs import backup_now
from verbund_desktop.ui.protection.lock import IdleLock
from verbund_desktop.ui.protection.network_privacy_dialog import NetworkPrivacyDialog, edit_network_privacy
from verbund_desktop.ui.protection.restore_job import RestoreJob, restore_interactively
from verbund_desktop.ui.protection.retention_dialog import RetentionDialog
from verbund_desktop.ui.protection.settings_dialog import SettingsDialog


class ProtectionMenu(QObject):
    """Created by the main window once; owns the window's :class:`IdleLock`."""

    def __init__(self, window: QMainWindow, context: WorkspaceContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.lock = IdleLock(window, context.workspace, minutes=settings.AUTO_LOCK_MINUTES.get())
        self.menu = QMenu(self.tr("E&xtras"), window)
        self.network_privacy_dialog: NetworkPrivacyDialog | None = None
        self.restore_job: RestoreJob | None = None
        self.action_lock = self._add(self.tr("Jetzt &sperren"), "Ctrl+L", self.lock.lock_now)
        self.menu.addSeparator()
        self.action_backup = self._add(self.tr("Sicherung &erstellen …"), None, self.backup)
        self.action_restore = self._add(self.tr("Aus Sicherung &wiederherstellen …"), None, self.restore)
        self.menu.addSeparator()
        self.action_audit = self._add(self.tr("Änderungs&protokoll …"), None, self.show_audit)
        self.action_retention = self._add(
            self.tr("&Aufbewahrungsfristen prüfen …"), None, self.show_retention
        )
        self.action_network_privacy = self._add(
            self.tr("&Datenschutz-Angaben des Verbunds …"), None, self.edit_network_privacy
        )
        self.menu.addSeparator()
        self.action_settings = self._add(self.tr("&Einstellungen …"), None, self.show_settings)
        bar = window.menuBar()
        help_title = QCoreApplication.translate("MainWindow", "&Hilfe")  # the main window's menu, translated
        help_action = next((a for a in bar.actions() if a.text() == help_title), None)
        if help_action is not None:
            bar.insertMenu(help_action, self.menu)
        else:
            bar.addMenu(self.menu)

    def _add(self, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        self.menu.addAction(action)
        return action

    def edit_network_privacy(self) -> None:
        self.network_privacy_dialog = edit_network_privacy(self.window, self.context)

    def backup(self) -> None:
        backup_now(self.window, self.context)

    def restore(self) -> None:
        self.restore_job = restore_interactively(self.window, self.context)

    def show_audit(self) -> AuditDialog:
        dialog = AuditDialog(self.context, self.window)
        dialog.show()
        return dialog

    def show_retention(self) -> RetentionDialog:
        dialog = RetentionDialog(self.context, self.window)
        dialog.show()
        return dialog

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.context, self.lock, self.window)
        dialog.show()
        return dialog
