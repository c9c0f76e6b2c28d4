"""„Datenschutz-Angaben des Verbunds“: the office enters once what every Art. 13 sheet names for the network.

The coordination office's address and contact, its data protection officer, and the supervisory authority;
the authority can be taken over from a template per Land (then checked) and edited. Stored through
:mod:`services.network_privacy`; bad input shows German messages at the fields and stores nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPlainTextEdit, QWidget

from verbund_desktop.services.organisation.company_validation import ValidationError
from verbund_desktop.services.protection.network_privacy import (
    NetworkPrivacyInput,
    authority_choices,
    check_network_privacy,
    load_network_privacy,
    save_network_privacy,
)
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.service_messages import user_message
from verbund_desktop.ui.organisation.company_editor import FormDialog, Problems, _line


class NetworkPrivacyDialog(FormDialog):
    def __init__(self, initial: NetworkPrivacyInput, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Datenschutz-Angaben des Verbunds"), self.tr("Übernehmen"), parent)
        self.setMinimumWidth(720)
        intro = QLabel(
            self.tr(
                "Diese Angaben stehen auf jedem Einwilligungsblatt (Information nach Art. 13 DSGVO): Für die "
                "Nutzung im Verbund ist die Koordinierungsstelle selbst verantwortlich."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.street = _line(initial.street, placeholder=self.tr("Straße und Hausnummer"))
        self.postcode = _line(initial.postcode, width=120)
        self.city = _line(initial.city)
        self.contact = _line(initial.contact, placeholder=self.tr("Telefon, E-Mail"))
        self.dpo_name = _line(initial.dpo_name, placeholder=self.tr("leer = keine/r benannt"))
        self.dpo_contact = _line(initial.dpo_contact, placeholder=self.tr("E-Mail oder Telefon"))
        self.template = QComboBox()
        self.template.addItem(self.tr("– Vorlage wählen –"), None)
        for choice in authority_choices():
            self.template.addItem(choice.land_name, choice.land)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.authority_name = _line(initial.authority_name)
        self.authority_address = QPlainTextEdit(initial.authority_address)
        self.authority_address.setTabChangesFocus(True)
        self.authority_address.setFixedHeight(self.authority_address.fontMetrics().lineSpacing() * 3 + 14)
        self.add_row(self.tr("&Straße:"), "street", self.street)
        self.add_row(self.tr("&PLZ:"), "postcode", self.postcode)
        self.add_row(self.tr("&Ort:"), "city", self.city)
        self.add_row(self.tr("&Kontakt:"), "contact", self.contact)
        self.add_row(self.tr("&Datenschutzbeauftragte/r:"), "dpo_name", self.dpo_name)
        self.add_row(self.tr("Kontakt Datensc&hutz:"), "dpo_contact", self.dpo_contact)
        self.add_row(self.tr("Aufsichtsbehörde &aus Vorlage:"), "template", self.template)
        self.add_row(self.tr("Aufsichts&behörde:"), "authority_name", self.authority_name)
        self.add_row(self.tr("A&nschrift der Behörde:"), "authority_address", self.authority_address)
        note = QLabel(
            self.tr(
                "Die Vorlagen je Land stammen aus den Seiten der Behörden und sind nicht amtlich geprüft: "
                "Bitte Name und Anschrift vor dem ersten Druck prüfen."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        self.form.addRow(note)
        self.check = self._problems

    def _template_chosen(self) -> None:
        land = self.template.currentData()
        choice = next((c for c in authority_choices() if c.land == land), None)
        if choice is not None:
            self.authority_name.setText(choice.name)
            self.authority_address.setPlainText("\n".join(choice.address_lines))

    def data(self) -> NetworkPrivacyInput:
        return NetworkPrivacyInput(
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            contact=self.contact.text(),
            dpo_name=self.dpo_name.text(),
            dpo_contact=self.dpo_contact.text(),
            authority_name=self.authority_name.text(),
            authority_address=self.authority_address.toPlainText(),
        )

    def _problems(self) -> Problems:
        try:
            check_network_privacy(self.data())
        except ValidationError as exc:
            return exc.problems
        return {}


def edit_network_privacy(parent: QWidget, context: WorkspaceContext) -> NetworkPrivacyDialog | None:
    """Open the dialog (window-modal, not blocking); its values are stored when it is accepted."""
    initial = load_network_privacy(context.workspace)
    if initial is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("NetworkPrivacyDialog", "Datenschutz-Angaben des Verbunds"),
            QCoreApplication.translate(
                "NetworkPrivacyDialog", "Dieser Arbeitsbereich hat noch keinen Verbund."
            ),
        )
        return None
    dialog = NetworkPrivacyDialog(initial, parent)

    def store() -> None:
        try:
            save_network_privacy(context.workspace, dialog.data(), actor=context.actor)
        except ValidationError as exc:
            QMessageBox.warning(parent, dialog.windowTitle(), user_message(exc))
            return
        context.notify_saved()

    dialog.accepted.connect(store)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
