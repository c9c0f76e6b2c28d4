"""First start: create a new workspace, the demo workspace, or open an existing file."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.ui.common import folders
from verbund_desktop.ui.common.painted import PaintedDialog
from verbund_desktop.ui.protection.passphrase import NewPassphraseFields


class StartChoice(Enum):
    NEW = "new"
    DEMO = "demo"
    OPEN = "open"


@dataclass(frozen=True)
class StartRequest:
    choice: StartChoice
    path: Path
    passphrase: str | None
    network_name: str = ""
    advisor_name: str = ""


class WelcomeDialog(PaintedDialog):
    """Collects everything needed to create or open a workspace; the caller does the work."""

    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Willkommen bei Verbund Desktop"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Verbund Desktop speichert alle Daten in einer Datei auf diesem Rechner. "
                "Legen Sie einen neuen Arbeitsbereich an, probieren Sie den Demo-Arbeitsbereich aus "
                "oder öffnen Sie eine vorhandene Datei."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.new_radio = QRadioButton(self.tr("&Neuen Arbeitsbereich anlegen"))
        self.demo_radio = QRadioButton(self.tr("&Demo-Arbeitsbereich anlegen (erfundene Beispieldaten)"))
        self.open_radio = QRadioButton(self.tr("Vorhandene Datei ö&ffnen"))
        self.new_radio.setChecked(True)
        for radio in (self.new_radio, self.demo_radio, self.open_radio):
            layout.addWidget(radio)
            radio.toggled.connect(self._update)

        form = QFormLayout()
        self.network_edit = QLineEdit()
        self.network_edit.setPlaceholderText(self.tr("z. B. Weiterbildungsverbund Südwestfalen"))
        self.advisor_edit = QLineEdit()
        self.path_edit = QLineEdit(str(default_path))
        browse = QPushButton(self.tr("Durchsuchen …"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit)
        path_row.addWidget(browse)
        form.addRow(self.tr("Name des Verbunds:"), self.network_edit)
        form.addRow(self.tr("Ihr Name:"), self.advisor_edit)
        form.addRow(self.tr("Datei:"), path_row)
        layout.addLayout(form)
        self.passphrase_fields = NewPassphraseFields()
        layout.addWidget(self.passphrase_fields)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        # As in PassphraseDialog: this constructor does not take the Qt namespace.
        buttons = QDialogButtonBox()
        buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Weiter"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Beenden"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def choice(self) -> StartChoice:
        if self.demo_radio.isChecked():
            return StartChoice.DEMO
        if self.open_radio.isChecked():
            return StartChoice.OPEN
        return StartChoice.NEW

    def _update(self) -> None:
        choice = self.choice()
        self.network_edit.setEnabled(choice is StartChoice.NEW)
        self.advisor_edit.setEnabled(choice is StartChoice.NEW)
        self.passphrase_fields.setVisible(choice is not StartChoice.OPEN)
        self.error_label.clear()

    def _browse(self) -> None:
        typed = Path(self.path_edit.text().strip() or "verbund.db")
        if self.choice() is StartChoice.OPEN:
            path = folders.open_file(
                self, "workspace", self.tr("Arbeitsbereich öffnen"), default=typed.parent
            )
        else:
            path = folders.save_file(
                self, "workspace", self.tr("Arbeitsbereich anlegen"), typed.name, default=typed.parent
            )
        if path is not None:
            self.path_edit.setText(str(path))

    def problem(self) -> str | None:
        path_text = self.path_edit.text().strip()
        if not path_text:
            return self.tr("Bitte eine Datei angeben.")
        path = Path(path_text)
        choice = self.choice()
        if choice is StartChoice.OPEN:
            return None if path.is_file() else self.tr("Die Datei „{0}“ gibt es nicht.").format(path)
        if path.exists():
            return self.tr("„{0}“ gibt es schon; bitte einen anderen Dateinamen wählen.").format(path)
        if choice is StartChoice.NEW:
            if not self.network_edit.text().strip():
                return self.tr("Bitte einen Namen für den Verbund angeben.")
            if not self.advisor_edit.text().strip():
                return self.tr("Bitte Ihren Namen angeben.")
        return self.passphrase_fields.problem()

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            return
        self.accept()

    def request(self) -> StartRequest:
        choice = self.choice()
        return StartRequest(
            choice=choice,
            path=Path(self.path_edit.text().strip()),
            passphrase=None if choice is StartChoice.OPEN else self.passphrase_fields.passphrase(),
            network_name=self.network_edit.text().strip(),
            advisor_name=self.advisor_edit.text().strip(),
        )
