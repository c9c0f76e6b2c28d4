"""Dialogs of the „Datenschutz“ tab: withdrawing a consent, erasing a person (with its review), the Art. 9
consent."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.consent_purposes import CONSENT_PURPOSE_DISABILITY, ConsentPurpose
from verbund_desktop.services.protection.consent import (
    DEFAULT_TEXT_VERSION,
    METHOD_ELECTRONIC,
    METHOD_LABELS_DE,
    METHOD_PAPER,
    ConsentInfo,
)
from verbund_desktop.services.protection.erasure import REASON_LABELS, ErasurePreview, KnownDocument
from verbund_desktop.services.protection.privacy import PURPOSE_LABELS, STATUS_LABELS
from verbund_desktop.services.protection.text_scrub import MentionRef
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.common.locale_format import ui_date, ui_date_format, ui_datetime


def date_to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qdate_to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def consent_row(info: ConsentInfo) -> tuple[str, ...]:
    """One consent as the cells of the tab's table: purpose, status, form, text version, dates, recorded by."""
    return (
        domain_label(PURPOSE_LABELS.get(info.purpose, info.purpose)),
        domain_label(STATUS_LABELS.get(info.status, info.status)),
        domain_label(METHOD_LABELS_DE.get(info.method, info.method)),
        info.text_version,
        ui_date(info.given_on),
        ui_date(info.withdrawn_on) if info.withdrawn_on else "",
        info.recorded_by,
    )


class WithdrawDialog(QDialog):
    """Date and reason of a withdrawal, with what it removes spelled out."""

    def __init__(self, purpose: str, given_on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einwilligung widerrufen"))
        layout = QVBoxLayout(self)
        if purpose == CONSENT_PURPOSE_DISABILITY:
            consequence = self.tr("Die gespeicherte Angabe zur Schwerbehinderung wird gelöscht.")
        elif purpose == ConsentPurpose.FUNDING_APPLICATION:
            consequence = self.tr(
                "Für diese Person werden keine Förderschätzungen mehr erstellt und keine Daten mehr für einen "
                "Förderantrag verwendet. Gespräch und Entwicklungsplan bleiben."
            )
        elif purpose == ConsentPurpose.NETWORK_POOLING:
            consequence = self.tr(
                "Die Person wird ab sofort in keiner Zählung und keinem Bericht des Verbunds mehr berücksichtigt. "
                "Gespräch und Entwicklungsplan bleiben."
            )
        else:
            consequence = self.tr(
                "Alle Kompetenzgespräche mit ihren Bewertungen, alle Entwicklungspläne, Notizen, Geburtsjahr und "
                "Abschlussjahr dieser Person werden gelöscht, ebenso die Werte dazu im Änderungsprotokoll. Name, "
                "Betrieb und der Nachweis des Widerrufs bleiben."
            )
        text = QLabel(
            self.tr("Widerruf der Einwilligung „{0}“ (wirkt für die Zukunft). {1}").format(
                domain_label(PURPOSE_LABELS.get(purpose, purpose)), consequence
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(ui_date_format())
        self.date_edit.setMinimumDate(date_to_qdate(given_on))
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("z. B. „mündlich im Gespräch“, „per E-Mail“"))
        form.addRow(self.tr("Widerrufen am:"), self.date_edit)
        form.addRow(self.tr("Wie/Anlass:"), self.reason_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Widerruf erfassen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def withdrawn_on(self) -> date:
        return qdate_to_date(self.date_edit.date())


class EraseDialog(QDialog):
    """Erasure: the files to delete by hand, the mentions to decide on, and the pseudonym code typed in."""

    def __init__(
        self, label: str, code: str, parent: QWidget | None = None, preview: ErasurePreview | None = None
    ) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("Person endgültig löschen"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "„{0}“ wird mit allen Daten gelöscht: Stammdaten, Einwilligungen, Kompetenzgespräche, "
                "Bewertungen, Entwicklungspläne und Notizen. Erwähnungen des Namens in anderen Texten werden "
                "ersetzt, das Änderungsprotokoll behält nur, dass gelöscht wurde. Das kann nicht rückgängig "
                "gemacht werden. Ältere Sicherungen enthalten die Person noch, bis sie durch neue ersetzt sind."
            ).format(label)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.documents_list = QListWidget()
        self.mentions_list = QListWidget()
        self._refs: list[MentionRef] = []
        if preview is not None:
            self._add_documents(layout, preview)
            self._add_mentions(layout, preview)
        layout.addWidget(
            QLabel(self.tr("Zur Bestätigung bitte den Pseudonym-Code „{0}“ eingeben:").format(code))
        )
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("Pseudonym-Code zur Bestätigung"))
        layout.addWidget(self.confirm_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Endgültig löschen"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(self.confirmed()))

    def _add_documents(self, layout: QVBoxLayout, preview: ErasurePreview) -> None:
        if not preview.documents:
            return
        info = QLabel(
            self.tr(
                "Das Programm hat zu dieser Person folgende Dateien erstellt. Bitte löschen Sie diese Kopien "
                "(und Ausdrucke auf Papier) ebenfalls; nach der Löschung kennt das Programm sie nicht mehr:"
            )
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        for line in document_lines(preview.documents):
            self.documents_list.addItem(line)
        self.documents_list.setAccessibleName(self.tr("Bekannte Dateien der Person"))
        layout.addWidget(self.documents_list)

    def _add_mentions(self, layout: QVBoxLayout, preview: ErasurePreview) -> None:
        if not preview.undecided:
            return
        info = QLabel(
            self.tr(
                "Bei diesen Erwähnungen ist nicht sicher, dass die Person gemeint ist. Angehakte werden ersetzt, "
                "die anderen bleiben stehen:"
            )
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        for mention in preview.undecided:
            item = QListWidgetItem(
                self.tr("„…{0}[{1}]{2}…“ – {3}").format(
                    mention.before,
                    mention.ref.text,
                    mention.after,
                    domain_label(REASON_LABELS[mention.reason]),
                )
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.mentions_list.addItem(item)
            self._refs.append(mention.ref)
        self.mentions_list.setAccessibleName(self.tr("Unsichere Erwähnungen"))
        layout.addWidget(self.mentions_list)
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&Alle ersetzen"))
        self.none_button = QPushButton(self.tr("Alle &belassen"))
        self.all_button.clicked.connect(lambda: self.check_all(True))
        self.none_button.clicked.connect(lambda: self.check_all(False))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout.addLayout(row)

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for index in range(self.mentions_list.count()):
            self.mentions_list.item(index).setCheckState(state)

    def approved(self) -> list[MentionRef]:
        """The undecided mentions the advisor ticked: they are replaced too."""
        return [
            ref
            for index, ref in enumerate(self._refs)
            if self.mentions_list.item(index).checkState() == Qt.CheckState.Checked
        ]

    def confirmed(self) -> bool:
        return self.confirm_edit.text().strip() == self.code

    def accept(self) -> None:
        if self.confirmed():
            super().accept()


def document_lines(documents: Sequence[KnownDocument]) -> list[str]:
    """One line per file (or per document whose file the program does not know), for lists and messages."""
    unknown = QCoreApplication.translate("EraseDialog", "Ablageort unbekannt")
    lines = []
    for doc in documents:
        when = ui_datetime(doc.at)
        for path in doc.files or (unknown,):
            lines.append(f"{when} · {domain_label(doc.kind)}: {path}")
    return lines


class DisabilityConsentDialog(QDialog):
    """The separate, explicit consent for storing a severe disability (Art. 9 GDPR): paper or electronic only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Einwilligung Schwerbehinderung erfassen"))
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Eine Schwerbehinderung ist eine Gesundheitsangabe (Art. 9 DSGVO). Sie darf nur mit gesonderter, "
                "ausdrücklicher Einwilligung gespeichert werden."
            )
        )
        info.setWordWrap(True)
        layout.addWidget(info)
        form = QFormLayout()
        self.method_combo = QComboBox()
        for method in (METHOD_PAPER, METHOD_ELECTRONIC):
            self.method_combo.addItem(domain_label(METHOD_LABELS_DE[method]), method)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(ui_date_format())
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.version_edit = QLineEdit(DEFAULT_TEXT_VERSION)
        form.addRow(self.tr("Form:"), self.method_combo)
        form.addRow(self.tr("Datum:"), self.date_edit)
        form.addRow(self.tr("Textfassung:"), self.version_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Erfassen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def ask_withdrawal(purpose: str, given_on: date, parent: QWidget) -> tuple[date, str] | None:
    """Date and reason of withdrawing the consent given on ``given_on``; None when cancelled."""
    dialog = WithdrawDialog(purpose, given_on, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.withdrawn_on(), dialog.reason_edit.text().strip()


def ask_disability_consent(parent: QWidget) -> tuple[str, date, str] | None:
    """Method, date and text version of the Art. 9 consent; None when cancelled."""
    dialog = DisabilityConsentDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return (
        dialog.method_combo.currentData(),
        qdate_to_date(dialog.date_edit.date()),
        dialog.version_edit.text(),
    )
