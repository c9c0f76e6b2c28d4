"""„Mit der Koordinierungsstelle verbinden“: address and one-time code, the certificate's fingerprint to confirm.

Nothing is sent before the advisor has compared the fingerprint shown here with the one the office gave them
(on paper or on the phone) and ticked the box; the code then goes only to exactly that certificate. The
certificate is fetched off the UI thread (``ui/common/jobs.py``); while it comes, the same button cancels it (a
cancelled or outdated answer is never shown).
"""

from __future__ import annotations

import platform

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.sync.client import ServerCertificate, connect_to_office, fetch_certificate
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.jobs import Job, JobControl
from verbund_desktop.ui.common.operations import explain_failure, run_action


class ConnectDialog(QDialog):
    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.certificate: ServerCertificate | None = None
        self.fetching: Job | None = None
        self.setWindowTitle(self.tr("Mit der Koordinierungsstelle verbinden"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("z. B. buero.example.de:8443"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Einmal-Code aus der Koordinierungsstelle"))
        self.fetch_button = QPushButton(self.tr("&Zertifikat abrufen"))
        self.fetch_button.clicked.connect(self.fetch)
        self.fingerprint = QLabel(self.tr("Noch kein Zertifikat abgerufen."))
        self.fingerprint.setWordWrap(True)
        self.confirm = QCheckBox(
            self.tr("Der &Fingerabdruck stimmt mit dem der Koordinierungsstelle überein.")
        )
        self.confirm.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("&Verbinden"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setEnabled(False)
        self.confirm.toggled.connect(self.connect_button.setEnabled)
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)
        self.address.textEdited.connect(self._address_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Adresse:"), self.address)
        form.addRow(self.tr("Einmal-&Code:"), self.code)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fetch_button)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)

    def _address_changed(self) -> None:
        """Another address: the confirmed certificate (or the one on its way) no longer applies."""
        self.cancel_fetch()
        self.certificate = None
        self.confirm.setChecked(False)
        self.confirm.setEnabled(False)
        self.fingerprint.setText(self.tr("Noch kein Zertifikat abgerufen."))

    def fetch(self) -> None:
        """Fetch the certificate in a worker; pressed again while it comes, the button cancels."""
        if self.fetching is not None:
            self.cancel_fetch()
            return
        address = self.address.text()

        def work(control: JobControl) -> ServerCertificate:
            certificate = fetch_certificate(address)
            control.check()  # cancelled meanwhile: nothing is shown
            return certificate

        self.fetching = job = self.context.jobs.submit(
            self.tr("Zertifikat abrufen"),
            work,
            on_done=lambda certificate: self._fetched(job, certificate),
            on_failed=lambda exc: self._fetch_failed(job, exc),
            on_cancelled=lambda: None,
        )
        self.fetch_button.setText(self.tr("Abr&ufen abbrechen"))
        self.fingerprint.setText(self.tr("Das Zertifikat wird abgerufen …"))

    def cancel_fetch(self) -> None:
        if self.fetching is None:
            return
        self.fetching.cancel()
        self._fetch_ended()
        self.fingerprint.setText(self.tr("Abgebrochen. Noch kein Zertifikat abgerufen."))

    def _fetch_ended(self) -> None:
        self.fetching = None
        self.fetch_button.setText(self.tr("&Zertifikat abrufen"))

    def _fetched(self, job: Job, certificate: ServerCertificate) -> None:
        if job is not self.fetching:
            return  # cancelled, or for an address no longer typed
        self._fetch_ended()
        self.certificate = certificate
        self.fingerprint.setText(
            self.tr(
                "SHA-256-Fingerabdruck des Zertifikats:\n{0}\nBitte mit dem Fingerabdruck vergleichen, den "
                "Ihnen die Koordinierungsstelle genannt hat."
            ).format(certificate.fingerprint)
        )
        self.confirm.setEnabled(True)
        self.confirm.setFocus()

    def _fetch_failed(self, job: Job, exc: BaseException) -> None:
        if job is not self.fetching:
            return
        self._fetch_ended()
        self.fingerprint.setText(self.tr("Noch kein Zertifikat abgerufen."))
        text, _known = explain_failure(exc if isinstance(exc, Exception) else RuntimeError(), self.context)
        QMessageBox.warning(self, self.tr("Zertifikat abrufen"), text)

    def done(self, result: int) -> None:
        self.cancel_fetch()  # closed while the certificate comes: its answer is dropped
        super().done(result)

    def connect_now(self) -> None:
        certificate = self.certificate
        if certificate is None or not self.confirm.isChecked():
            return
        address, code = self.address.text(), self.code.text()
        ws, actor = self.context.workspace, self.context.actor
        connected = run_action(
            self,
            self.context,
            lambda: connect_to_office(ws, address, code, certificate, label=platform.node(), actor=actor),
            title=self.windowTitle(),
            changed=("sync", None),
        )
        if connected is not None:
            self.accept()
