"""Tables only the coordination office has: devices, enrolment codes, advisor–company assignments, office users
and the nonces of signed requests.

They are LOCAL to the office database and never synced (``OFFICE_ONLY_TABLES``); a laptop workspace has them
too (one chain of migrations for both) but leaves them empty. No secret is stored in them: a device is known by
its Ed25519 public key, an enrolment code only by its SHA-256 hash.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from verbund_desktop.persistence.base import Base, Entity, UtcDateTime, utcnow

OFFICE_ROLES = ("admin", "coordinator")


class OfficeUser(Entity):
    """A person of the coordination office who sees the whole network (not an advisor with a laptop)."""

    __tablename__ = "office_user"
    __table_args__ = (
        UniqueConstraint("network_id", "name"),
        CheckConstraint("role IN ('admin', 'coordinator')", name="role"),
    )

    network_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    email: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(default="coordinator")


# A device or a code belongs to exactly one holder: an advisor (their companies) or an office user (the network).
ONE_HOLDER = "(advisor_id IS NULL) <> (office_user_id IS NULL)"


class OfficeDevice(Entity):
    """A device enrolled with the office, of an advisor or of an office user; requests are signed with the key
    whose public half is here."""

    __tablename__ = "office_device"
    __table_args__ = (CheckConstraint(ONE_HOLDER, name="one_holder"),)

    network_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("advisor.id", ondelete="CASCADE"), index=True, default=None
    )
    office_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("office_user.id", ondelete="CASCADE"), index=True, default=None
    )
    label: Mapped[str] = mapped_column(default="")
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    # The device's number at the office (1, 2, …; never reused): its laptop's code tag ("A", "B", …) that makes
    # the pseudonym codes it suggests its own (services/common/code_tag.py, migration 0010_sync_ids).
    code_tag_number: Mapped[int | None] = mapped_column(default=None, index=True, unique=True)


class OfficeEnrolment(Entity):
    """A one-time enrolment code for an advisor or an office user: kept as a hash, expires, usable once."""

    __tablename__ = "office_enrolment"
    __table_args__ = (CheckConstraint(ONE_HOLDER, name="one_holder"),)

    network_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"), index=True)
    advisor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("advisor.id", ondelete="CASCADE"), index=True, default=None
    )
    office_user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("office_user.id", ondelete="CASCADE"), index=True, default=None
    )
    code_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    device_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("office_device.id", ondelete="SET NULL"), default=None
    )


class OfficeAssignment(Entity):
    """An advisor works for a company: they sync it (and only the companies assigned to them)."""

    __tablename__ = "office_assignment"
    __table_args__ = (UniqueConstraint("advisor_id", "company_id"),)

    advisor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("advisor.id", ondelete="CASCADE"), index=True)
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)


class OfficeNonce(Base):
    """A nonce a device used in a signed request; a second request with it is a replay and refused."""

    __tablename__ = "office_nonce"

    device_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("office_device.id", ondelete="CASCADE"), primary_key=True
    )
    nonce: Mapped[str] = mapped_column(primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)


class OfficeReplica(Base):
    """A replica (workspace identity) and the device that first pushed under it: no other device may use it."""

    __tablename__ = "office_replica"

    replica_id: Mapped[str] = mapped_column(primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("office_device.id", ondelete="CASCADE"), index=True
    )
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    # The replica's own code tag, allotted when it asks (a restored backup, a renamed copy); from the devices'
    # series of numbers, never reused (services/office/replica_tags.py, migration 0014_replica_tags).
    code_tag_number: Mapped[int | None] = mapped_column(default=None, index=True, unique=True)


OFFICE_ONLY_TABLES = frozenset(
    {
        "office_user",
        "office_device",
        "office_enrolment",
        "office_assignment",
        "office_nonce",
        "office_replica",
    }
)

__all__ = [
    "OFFICE_ONLY_TABLES",
    "OFFICE_ROLES",
    "OfficeAssignment",
    "OfficeDevice",
    "OfficeEnrolment",
    "OfficeNonce",
    "OfficeReplica",
    "OfficeUser",
]
