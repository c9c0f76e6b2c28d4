"""Extras → Einstellungen: auto-lock time, backups to keep, and changing the passphrase (or encrypting)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.persistence.rekey import (
    PassphraseChange,
    change_passphrase,
    encrypt_workspace,
    passphrase_problem,
)
from verbund_desktop.ui.common import settings
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.common.service_messages import ui_message
from verbund_desktop.ui.printing.letterhead_box import LetterheadBox
from verbund_desktop.ui.protection.lock import MAX_MINUTES, MIN_MINUTES, IdleLock
from verbund_desktop.ui.protection.passphrase import strength_hint

MAX_BACKUPS = 100


def _password_field(accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class SettingsDialog(QDialog):
    """Settings apply on OK; the passphrase change happens at once with its own button (it cannot be undone)."""

    def __init__(
        self, context: WorkspaceContext, lock: IdleLock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.lock = lock
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_general())
        self.letterhead = LetterheadBox(context)
        layout.addWidget(self.letterhead)
        layout.addWidget(self._build_passphrase_box(encrypted=context.workspace.encrypted))
        buttons = self._build_buttons()
        layout.addWidget(buttons)
        self._connect(buttons)

    def _build_general(self) -> QGroupBox:
        """Auto-lock time and the number of daily backups to keep."""
        general = QGroupBox(self.tr("Schutz und Sicherungen"))
        form = QFormLayout(general)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.lock_minutes.setSuffix(self.tr(" Minuten"))
        self.lock_minutes.setValue(max(MIN_MINUTES, min(MAX_MINUTES, settings.AUTO_LOCK_MINUTES.get())))
        self.backups_to_keep = QSpinBox()
        self.backups_to_keep.setRange(1, MAX_BACKUPS)
        self.backups_to_keep.setValue(max(1, min(MAX_BACKUPS, settings.BACKUPS_TO_KEEP.get())))
        form.addRow(self.tr("Automatisch sperren nach:"), self.lock_minutes)
        form.addRow(self.tr("Tägliche Sicherungen aufbewahren:"), self.backups_to_keep)
        return general

    def _build_passphrase_box(self, *, encrypted: bool) -> QGroupBox:
        """Change the passphrase, or encrypt a workspace that is not encrypted yet."""
        box = QGroupBox(
            self.tr("Passphrase ändern") if encrypted else self.tr("Arbeitsbereich verschlüsseln")
        )
        pform = QFormLayout(box)
        self.old_edit = _password_field(self.tr("Bisherige Passphrase"))
        self.new_edit = _password_field(self.tr("Neue Passphrase"))
        self.repeat_edit = _password_field(self.tr("Neue Passphrase wiederholen"))
        self.hint = QLabel(strength_hint("")[1])
        if encrypted:
            pform.addRow(self.tr("Bisherige Passphrase:"), self.old_edit)
        else:
            self.old_edit.setVisible(False)
            warning = QLabel(
                self.tr(
                    "Dieser Arbeitsbereich ist NICHT verschlüsselt. Für Laptops verlangt Art. 32 DSGVO "
                    "Verschlüsselung. Ältere Sicherungen bleiben unverschlüsselt und sollten gelöscht werden."
                )
            )
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #b00020;")
            pform.addRow(warning)
        pform.addRow(self.tr("Neue Passphrase:"), self.new_edit)
        pform.addRow(self.tr("Wiederholen:"), self.repeat_edit)
        pform.addRow("", self.hint)
        self.passphrase_button = QPushButton(
            self.tr("Passphrase jetzt ändern") if encrypted else self.tr("Jetzt verschlüsseln")
        )
        self.passphrase_status = QLabel()
        self.passphrase_status.setWordWrap(True)
        pform.addRow("", self.passphrase_button)
        pform.addRow("", self.passphrase_status)
        return box

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Übernehmen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        return buttons

    def _connect(self, buttons: QDialogButtonBox) -> None:
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.new_edit.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)[1]))
        self.passphrase_button.clicked.connect(self.apply_passphrase)

    def accept(self) -> None:
        settings.AUTO_LOCK_MINUTES.set(self.lock_minutes.value())
        settings.BACKUPS_TO_KEEP.set(self.backups_to_keep.value())
        if self.lock is not None:
            self.lock.set_minutes(self.lock_minutes.value())
        super().accept()

    def passphrase_input_problem(self) -> str | None:
        if self.context.workspace.encrypted and not self.old_edit.text():
            return self.tr("Bitte die bisherige Passphrase eingeben.")
        problem = passphrase_problem(self.new_edit.text())
        if problem:
            return ui_message(problem)
        if self.new_edit.text() != self.repeat_edit.text():
            return self.tr("Die beiden Eingaben stimmen nicht überein.")
        return None

    def apply_passphrase(self) -> bool:
        """Change the passphrase (or encrypt) now; the fields are cleared either way."""
        problem = self.passphrase_input_problem()
        ws = self.context.workspace
        old, new = self.old_edit.text(), self.new_edit.text()
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.clear()  # passphrases do not stay in widgets, whatever happens next
        if problem:
            self._status(problem, error=True)
            return False
        if ws.encrypted:
            change = run_action(
                self, None, lambda: change_passphrase(ws, old, new), title=self.tr("Passphrase ändern")
            )
            if change is None:
                self._status(self.tr("Die Passphrase wurde nicht geändert."), error=True)
                return False
            self._status(self._changed_text(change))
        else:

            def _encrypt() -> bool:
                encrypt_workspace(ws, new)
                return True

            done = run_action(self, None, _encrypt, title=self.tr("Verschlüsseln"))
            if not done:
                self._status(self.tr("Der Arbeitsbereich wurde nicht verschlüsselt."), error=True)
                return False
            self._status(self.tr("Der Arbeitsbereich ist jetzt verschlüsselt."))
            QMessageBox.information(
                self,
                self.tr("Verschlüsselt"),
                self.tr(
                    "Der Arbeitsbereich ist jetzt verschlüsselt. Beim nächsten Start wird nach der Passphrase "
                    "gefragt. Unverschlüsselte Sicherungen von vorher liegen noch im Ordner „Sicherungen“."
                ),
            )
        return True

    def _changed_text(self, change: PassphraseChange) -> str:
        text = self.tr("Die Passphrase wurde geändert; {0} Sicherungen wurden umgeschlüsselt.").format(
            change.backups_rekeyed
        )
        if change.backups_skipped:
            text += self.tr(" {0} Sicherungen haben eine andere Passphrase und blieben unverändert.").format(
                len(change.backups_skipped)
            )
        return text

    def _status(self, text: str, *, error: bool = False) -> None:
        self.passphrase_status.setText(text)
        self.passphrase_status.setStyleSheet("color: #b00020;" if error else "color: #1f6f3f;")
