"""Ask for the passphrase of an encrypted workspace, or choose one for a new workspace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.passphrase_rule import (
    MIN_PASSPHRASE_LENGTH,
    PassphraseProblem,
    check_passphrase,
    passphrase_strength,
)
from verbund_desktop.ui.common.painted import PaintedDialog

MIN_LENGTH = MIN_PASSPHRASE_LENGTH


def strength_hint(passphrase: str) -> tuple[int, str]:
    """The strength score 0–4 of the shared passphrase rule and its hint in the UI language."""
    if len(passphrase) < MIN_LENGTH:
        return 0, QCoreApplication.translate("Passphrase", "Zu kurz: mindestens {0} Zeichen.").format(
            MIN_LENGTH
        )
    score = passphrase_strength(passphrase)
    hints = {
        0: QCoreApplication.translate("Passphrase", "Schwach: länger ist besser, z. B. mehrere Wörter."),
        1: QCoreApplication.translate("Passphrase", "Mäßig: noch ein paar Zeichen oder Wörter mehr."),
        2: QCoreApplication.translate("Passphrase", "Gut."),
        3: QCoreApplication.translate("Passphrase", "Stark."),
        4: QCoreApplication.translate("Passphrase", "Sehr stark."),
    }
    return score, hints[score]


class PassphraseDialog(PaintedDialog):
    """Asks for the passphrase of an existing workspace. An error from the last try is shown above the field."""

    def __init__(self, file_label: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Arbeitsbereich entsperren"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Passphrase für „{0}“:").format(file_label)))
        self.error_label = QLabel(error)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setVisible(bool(error))
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.edit)
        # Not QDialogButtonBox(buttons): resolving that constructor's overloads takes PySide6's Qt namespace
        # (≈ 30-45 ms under load to create its enum types), which this first dialog needs nowhere else.
        buttons = QDialogButtonBox()
        buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Entsperren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def passphrase(self) -> str:
        return self.edit.text()


class NewPassphraseFields(QWidget):
    """Passphrase typed twice, with a strength hint; or an explicit, warned choice for no encryption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(strength_hint("")[1])
        self.unencrypted = QCheckBox(self.tr("Ohne Verschlüsselung (nicht empfohlen)"))
        self.warning = QLabel(
            self.tr(
                "Achtung: Ohne Verschlüsselung kann jede Person mit Zugriff auf die Datei die Daten der "
                "Beschäftigten lesen. Für Laptops verlangt Art. 32 DSGVO Verschlüsselung."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020;")
        self.warning.setVisible(False)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Wiederholen:"), self.second)
        form.addRow("", self.hint)
        form.addRow("", self.unencrypted)
        form.addRow("", self.warning)
        self.first.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)[1]))
        self.unencrypted.toggled.connect(self._toggle_unencrypted)

    def _toggle_unencrypted(self, on: bool) -> None:
        self.first.setEnabled(not on)
        self.second.setEnabled(not on)
        self.warning.setVisible(on)

    def problem(self) -> str | None:
        """A German message when the input cannot be used, else None."""
        if self.unencrypted.isChecked():
            return None
        problem = check_passphrase(self.first.text())
        if problem is PassphraseProblem.TOO_SHORT:
            return self.tr("Die Passphrase muss mindestens {0} Zeichen lang sein.").format(MIN_LENGTH)
        if problem is PassphraseProblem.NUL_CHARACTER:
            return self.tr("Die Passphrase darf kein Nullzeichen enthalten.")
        if problem is PassphraseProblem.OUTER_SPACES:
            return self.tr("Die Passphrase darf nicht mit Leerzeichen beginnen oder enden.")
        if self.first.text() != self.second.text():
            return self.tr("Die beiden Eingaben stimmen nicht überein.")
        return None

    def passphrase(self) -> str | None:
        return None if self.unencrypted.isChecked() else self.first.text()
