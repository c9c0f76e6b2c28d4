"""The consent dialog wired to the services: used by the competency interview and the „Datenschutz“ tab."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.services.protection.consent import ConsentError, record_consents
from verbund_desktop.services.protection.consent_sheet import (
    consent_sheet_file_name,
    consent_sheet_pdf,
    sheet_gaps,
)
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.service_messages import user_message
from verbund_desktop.ui.protection.consent_dialog import ConsentDialog, ConsentInput


def consent_dialog_for(
    context: WorkspaceContext, employee_id: uuid.UUID, person: str, parent: QWidget | None
) -> ConsentDialog:
    """A dialog that stores the purposes ticked for ``employee_id`` and prints that person's sheet."""
    ws = context.workspace

    def submit(data: ConsentInput) -> str | None:
        try:
            record_consents(
                ws,
                employee_id,
                data.decisions,
                method=data.method,
                given_on=data.given_on,
                text_version=data.text_version,
                legal_basis=data.legal_basis,
                note=data.note,
                actor=context.actor,
            )
        except ConsentError as exc:
            return user_message(exc)
        context.notify_saved()
        context.notify_changed("consent", employee_id)
        return None

    def sheet(decisions: dict[ConsentPurpose, bool]) -> bytes:
        return consent_sheet_pdf(ws, employee_id, decisions=decisions)

    return ConsentDialog(
        person,
        submit,
        parent,
        sheet=sheet,
        sheet_file_name=consent_sheet_file_name(ws, employee_id),
        sheet_gaps=sheet_gaps(ws, employee_id),
    )
