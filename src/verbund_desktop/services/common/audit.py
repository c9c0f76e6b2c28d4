"""The audit trail: who changed what, when, from which value to which."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from verbund_desktop.persistence.models import AuditEvent

# A file about a person was written (new value: {"art": …, "dateien": [paths]}); the erasure lists these.
DOCUMENT_SAVED = "document.saved"


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID | None,
    subject_id: uuid.UUID | None = None,
    field: str = "",
    old: Any = None,
    new: Any = None,
    reason: str = "",
) -> AuditEvent:
    """Add one audit event to the current unit of work (it commits with the change it describes)."""
    event = AuditEvent(
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        subject_id=subject_id,
        field=field,
        old_value=old,
        new_value=new,
        reason=reason,
    )
    session.add(event)
    return event
