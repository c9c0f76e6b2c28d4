"""Employee tab „Datenschutz“: consent records, withdrawal, the Art. 9 field, Art. 15 export and erasure."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.consent_purposes import CONSENT_PURPOSE_DISABILITY, ConsentPurpose
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.protection import erasure, privacy
from verbund_desktop.services.protection.consent import record_consent
from verbund_desktop.services.protection.erasure import ErasurePreview, ErasureResult
from verbund_desktop.services.protection.person_data import ExportFiles, export_person
from verbund_desktop.services.protection.text_scrub import MentionRef
from verbund_desktop.ui.common import folders
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP, translate_all
from verbund_desktop.ui.common.locale_format import ui_date
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.common.tables import list_table, set_rows
from verbund_desktop.ui.protection import privacy_dialogs
from verbund_desktop.ui.protection.audit_view import AuditDialog
from verbund_desktop.ui.protection.consent_dialog import ConsentDialog
from verbund_desktop.ui.protection.consent_entry import consent_dialog_for

_SEVERE = (
    (QT_TRANSLATE_NOOP("PrivacyTab", "keine Angabe"), None),
    (QT_TRANSLATE_NOOP("PrivacyTab", "ja"), True),
    (QT_TRANSLATE_NOOP("PrivacyTab", "nein"), False),
)


class PrivacyTab(QWidget):
    """Everything about one person's data protection in one place."""

    CONSENT_COLUMNS = (
        QT_TRANSLATE_NOOP("PrivacyTab", "Zweck"),
        QT_TRANSLATE_NOOP("PrivacyTab", "Status"),
        QT_TRANSLATE_NOOP("PrivacyTab", "Form"),
        QT_TRANSLATE_NOOP("PrivacyTab", "Textfassung"),
        QT_TRANSLATE_NOOP("PrivacyTab", "Erteilt am"),
        QT_TRANSLATE_NOOP("PrivacyTab", "Widerrufen am"),
        QT_TRANSLATE_NOOP("PrivacyTab", "Erfasst von"),
    )

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.subject: uuid.UUID | None = None
        self.overview: privacy.PrivacyOverview | None = None
        self.consent_dialog: ConsentDialog | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout.addWidget(self.title)
        self.retention_label = QLabel()
        self.retention_label.setWordWrap(True)
        layout.addWidget(self.retention_label)
        layout.addWidget(self._build_consents())
        self._build_health_and_rights(layout)
        layout.addStretch(1)
        self._connect()

    def _build_consents(self) -> QGroupBox:
        consents = QGroupBox(self.tr("Einwilligungen und Rechtsgrundlagen"))
        cl = QVBoxLayout(consents)
        self.table = list_table(translate_all("PrivacyTab", self.CONSENT_COLUMNS), stretch=0)
        self.table.setAccessibleName(self.tr("Einwilligungen"))
        self.table.setMaximumHeight(170)
        cl.addWidget(self.table)
        row = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Einwilligung je &Zweck erfassen …"))
        self.withdraw_button = QPushButton(self.tr("Einwilligung &widerrufen …"))
        self.disability_consent_button = QPushButton(self.tr("Einwilligung Schwerbehinderung erfassen …"))
        row.addWidget(self.record_button)
        row.addWidget(self.withdraw_button)
        row.addWidget(self.disability_consent_button)
        row.addStretch(1)
        cl.addLayout(row)
        return consents

    def _build_health_and_rights(self, layout: QVBoxLayout) -> None:
        """The Art. 9 field, then the person's rights: export, change log, erasure."""
        health = QGroupBox(self.tr("Schwerbehinderung (Art. 9 DSGVO)"))
        hl = QFormLayout(health)
        self.severe_combo = QComboBox()
        self.severe_combo.setMaximumWidth(220)
        for text, value in _SEVERE:
            self.severe_combo.addItem(self.tr(text), value)
        self.severe_hint = QLabel()
        self.severe_hint.setWordWrap(True)
        hl.addRow(self.tr("Gespeicherte Angabe:"), self.severe_combo)
        hl.addRow("", self.severe_hint)
        layout.addWidget(health)
        rights = QGroupBox(self.tr("Rechte der Person"))
        rl = QHBoxLayout(rights)
        self.export_button = QPushButton(self.tr("Auskunft (Art. 15) &exportieren …"))
        self.audit_button = QPushButton(self.tr("Änderungsprotokoll …"))
        self.erase_button = QPushButton(self.tr("Person &löschen …"))
        self.erase_button.setStyleSheet("color: #b00020;")
        for button in (self.export_button, self.audit_button, self.erase_button):
            rl.addWidget(button)
        rl.addStretch(1)
        layout.addWidget(rights)

    def _connect(self) -> None:
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.record_button.clicked.connect(self.record_consents)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.disability_consent_button.clicked.connect(self.record_disability_consent)
        self.severe_combo.activated.connect(self._severe_chosen)
        self.export_button.clicked.connect(self.export_interactively)
        self.audit_button.clicked.connect(self.show_audit)
        self.erase_button.clicked.connect(self.erase_interactively)

    # -- loading ---------------------------------------------------------------------------------------
    def set_subject(self, ident: uuid.UUID) -> None:
        self.subject = ident
        self.reload()

    def reload(self) -> None:
        self.overview = (
            privacy.privacy_overview(self.context.workspace, self.subject) if self.subject else None
        )
        ov = self.overview
        self.setEnabled(ov is not None)
        if ov is None:
            self.title.setText(self.tr("Diese Person gibt es nicht mehr."))
            self.table.setRowCount(0)
            return
        self.title.setText(
            self.tr("Datenschutz: {0}").format(ov.label(pseudonymised=self.context.pseudonymised))
        )
        if ov.retention_due is not None and ov.last_activity is not None:
            self.retention_label.setText(
                self.tr(
                    "Letzte Bearbeitung {0}; Aufbewahrungsfrist des Betriebs {1} Monate, also bis {2}."
                ).format(ui_date(ov.last_activity), ov.retention_months, ui_date(ov.retention_due))
            )
        set_rows(self.table, [privacy_dialogs.consent_row(info) for info in ov.consents])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        index = self.severe_combo.findData(ov.severely_disabled)
        self.severe_combo.setCurrentIndex(index if index >= 0 else 0)
        self.severe_combo.setEnabled(ov.has_disability_consent or ov.severely_disabled is not None)
        self.severe_hint.setText(
            self.tr("Einwilligung liegt vor.")
            if ov.has_disability_consent
            else self.tr(
                "Ohne gesonderte Einwilligung wird keine Angabe gespeichert; für eine einzelne Förderschätzung "
                "kann sie dort angegeben werden, ohne sie zu speichern."
            )
        )
        self._update_buttons()

    def selected_consent(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.overview is None:
            return None
        return self.overview.consents[rows[0].row()].id

    def _update_buttons(self) -> None:
        ov = self.overview
        selected = self.selected_consent()
        active = ov is not None and any(c.id == selected and c.valid for c in ov.consents)
        self.withdraw_button.setEnabled(active)
        given = {c.purpose for c in ov.consents if c.valid} if ov is not None else set()
        self.record_button.setEnabled(ov is not None and not {p.value for p in ConsentPurpose} <= given)
        self.disability_consent_button.setEnabled(ov is not None and not ov.has_disability_consent)

    def _changed(self) -> None:
        self.reload()
        if self.subject is not None:
            self.context.notify_changed("employee", self.subject)

    # -- actions ---------------------------------------------------------------------------------------
    def withdraw(self, consent_id: uuid.UUID, on: date, reason: str = "") -> privacy.WithdrawalResult | None:
        result = run_action(
            self,
            self.context,
            lambda: privacy.withdraw_consent(
                self.context.workspace, actor=self.context.actor, consent_id=consent_id, on=on, reason=reason
            ),
            title=self.tr("Einwilligung widerrufen"),
        )
        if result is not None:
            self._changed()
        return result

    def withdraw_selected(self) -> None:
        consent_id = self.selected_consent()
        info = (
            next((c for c in self.overview.consents if c.id == consent_id), None) if self.overview else None
        )
        if info is None:
            return
        entered = privacy_dialogs.ask_withdrawal(info.purpose, info.given_on, self)
        if entered is not None:
            self.withdraw(info.id, *entered)

    def record_consents(self) -> None:
        """The consent dialog for this person: purposes not yet given can be added, the sheet printed."""
        if self.subject is None or self.overview is None:
            return
        person = self.overview.label(pseudonymised=self.context.pseudonymised)
        self.consent_dialog = consent_dialog_for(self.context, self.subject, person, self)
        self.consent_dialog.accepted.connect(self._changed)
        self.consent_dialog.finished.connect(self.consent_dialog.deleteLater)
        self.consent_dialog.open()

    def record_disability_consent(self) -> None:
        entered = privacy_dialogs.ask_disability_consent(self)
        if entered is not None and self.subject is not None:
            self.add_disability_consent(*entered)

    def add_disability_consent(self, method: str, given_on: date, text_version: str) -> bool:
        subject = self.subject
        if subject is None:
            return False
        done = run_action(
            self,
            self.context,
            lambda: record_consent(
                self.context.workspace,
                subject,
                method=method,
                given_on=given_on,
                actor=self.context.actor,
                text_version=text_version,
                purpose=CONSENT_PURPOSE_DISABILITY,
            ),
            title=self.tr("Einwilligung erfassen"),
        )
        self._changed()
        return done is not None

    def _severe_chosen(self, index: int) -> None:
        self.set_severely_disabled(self.severe_combo.itemData(index))

    def set_severely_disabled(self, value: bool | None) -> bool:
        subject = self.subject
        if subject is None:
            return False

        def _store() -> bool:
            privacy.set_severely_disabled(
                self.context.workspace, actor=self.context.actor, employee_id=subject, value=value
            )
            return True

        done = run_action(self, self.context, _store, title=self.tr("Schwerbehinderung"))
        self.reload()  # shows the stored value again when the change was refused
        return bool(done)

    def export_to(self, folder: Path) -> ExportFiles | None:
        subject = self.subject
        if subject is None:
            return None
        summary = Directory(self.context.workspace).network()
        network = summary.name if summary else ""
        return run_action(
            self,
            self.context,
            lambda: export_person(
                self.context.workspace, subject, folder, actor=self.context.actor, network_name=network
            ),
            title=self.tr("Auskunft exportieren"),
        )

    def export_interactively(self) -> None:
        folder = folders.choose_folder(self, "export", self.tr("Ordner für die Auskunft wählen"))
        if folder is None:
            return
        files = self.export_to(folder)
        if files is not None:
            QMessageBox.information(
                self,
                self.tr("Auskunft exportiert"),
                self.tr("Die Auskunft wurde gespeichert:\n{0}\n{1}").format(files.pdf_path, files.json_path),
            )

    def show_audit(self) -> AuditDialog | None:
        if self.subject is None:
            return None
        dialog = AuditDialog(self.context, self)
        dialog.view.set_person(self.subject)
        dialog.show()
        return dialog

    def erasure_preview(self) -> ErasurePreview | None:
        """What the erasure of the shown person would ask about, and their known files."""
        subject = self.subject
        if subject is None:
            return None
        return run_action(
            self,
            None,
            lambda: erasure.erasure_preview(self.context.workspace, subject),
            title=self.tr("Person löschen"),
            in_worker=True,
        )

    def erase(self, approved: Sequence[MentionRef] = ()) -> ErasureResult | None:
        subject = self.subject
        if subject is None:
            return None
        result = run_action(
            self,
            self.context,
            lambda: erasure.erase_person(
                self.context.workspace, actor=self.context.actor, employee_id=subject, approved=approved
            ),
            title=self.tr("Person löschen"),
            changed=("erasure", subject),
            in_worker=True,
        )
        if result is not None:
            self.subject = None
            self.reload()
        return result

    def erasure_summary(self, result: ErasureResult) -> str:
        """Shown once after the erasure: the files to delete by hand and the mentions left as written."""
        parts = [
            self.tr("Die Person wurde gelöscht; {0} Erwähnungen in Texten wurden ersetzt.").format(
                result.removed.text_mentions
            )
        ]
        if result.undecided_left:
            parts.append(
                self.tr("{0} unsichere Erwähnungen wurden wie gewünscht nicht verändert.").format(
                    len(result.undecided_left)
                )
            )
        if result.documents:
            parts.append(
                self.tr("Bitte löschen Sie auch diese Dateien; das Programm kennt sie ab jetzt nicht mehr:")
            )
            parts.extend(privacy_dialogs.document_lines(result.documents))
        return "\n".join(parts)

    def erase_interactively(self) -> None:
        ov = self.overview
        preview = self.erasure_preview()
        if ov is None or preview is None:
            return
        dialog = privacy_dialogs.EraseDialog(
            ov.label(pseudonymised=self.context.pseudonymised), ov.pseudonym_code, self, preview=preview
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        result = self.erase(dialog.approved())
        if result is not None:
            QMessageBox.information(self, self.tr("Person gelöscht"), self.erasure_summary(result))


def privacy_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    return QCoreApplication.translate("PrivacyTab", "Datenschutz"), PrivacyTab(context)
