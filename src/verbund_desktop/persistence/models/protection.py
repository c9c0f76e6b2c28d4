"""Consent records, the audit trail and bookkeeping of bundled content versions."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from verbund_desktop.persistence.base import Entity, utcnow
from verbund_desktop.persistence.models.organisation import Employee


class ConsentRecord(Entity):
    """GDPR consent (or another documented legal basis): who, when, which text version, which purpose."""

    __tablename__ = "consent_record"
    __table_args__ = (
        CheckConstraint("status IN ('given', 'withdrawn')", name="status"),
        CheckConstraint("method IN ('paper', 'electronic', 'other_basis')", name="method"),
    )

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str]
    text_version: Mapped[str]
    status: Mapped[str] = mapped_column(default="given")
    method: Mapped[str] = mapped_column(default="paper")
    legal_basis: Mapped[str] = mapped_column(default="Art. 6 Abs. 1 lit. a DSGVO")
    legal_basis_note: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[date]
    withdrawn_on: Mapped[date | None] = mapped_column(default=None)
    recorded_by: Mapped[str] = mapped_column(default="")

    employee: Mapped[Employee] = relationship()


class AuditEvent(Entity):
    """Who changed what when: entity, field, old → new. Personal data is removed from it on erasure."""

    __tablename__ = "audit_event"

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(default="")
    action: Mapped[str]
    entity_type: Mapped[str] = mapped_column(index=True)
    entity_id: Mapped[uuid.UUID | None] = mapped_column(index=True, default=None)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(index=True, default=None)
    field: Mapped[str] = mapped_column(default="")
    old_value: Mapped[Any | None] = mapped_column(default=None)
    new_value: Mapped[Any | None] = mapped_column(default=None)
    reason: Mapped[str] = mapped_column(Text, default="")


class ContentVersion(Entity):
    """Which version of a bundled content file (offers, guides) was loaded into this workspace."""

    __tablename__ = "content_version"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    kind: Mapped[str]
    key: Mapped[str]
    version: Mapped[str]
    loaded_at: Mapped[datetime] = mapped_column(default=utcnow)


class WorkspaceSetting(Entity):
    __tablename__ = "workspace_setting"

    key: Mapped[str] = mapped_column(unique=True)
    value: Mapped[Any | None] = mapped_column(default=None)


__all__ = [
    "AuditEvent",
    "ConsentRecord",
    "ContentVersion",
    "WorkspaceSetting",
]
