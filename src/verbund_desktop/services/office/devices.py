"""Enrolling, listing and revoking devices of advisors and office users, and what each device may see (its scope).

An enrolment code is shown once, kept only as its SHA-256 hash, expires and works once: the first device that
presents it is bound to its holder (an advisor or an office user), any later use is refused. An advisor's device
syncs the companies assigned to the advisor; an office user's device the whole network (every company of it,
never another network's). Every change is in the audit trail without the code or the key.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.models import (
    Advisor,
    Company,
    OfficeAssignment,
    OfficeDevice,
    OfficeEnrolment,
    OfficeReplica,
    OfficeUser,
)
from verbund_desktop.persistence.office_db import OfficeDatabase
from verbund_desktop.services.common.audit import record
from verbund_desktop.services.common.code_tag import tag_for_number

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out on the phone without mistakes
CODE_GROUPS, CODE_GROUP_LENGTH = 4, 4  # 16 characters of 32: 80 bits
DEFAULT_CODE_LIFETIME = timedelta(hours=48)
OFFICE_ACTOR = "Koordinierungsstelle"
TAG_LOCK_KEY = 0x5645_5242_5441_4700  # pg_advisory_xact_lock: one enrolment at a time picks a device number


class EnrolmentRefused(UserError):
    """The code is unknown, used or expired (one message for all three: it tells an attacker nothing)."""


class DeviceRefused(UserError):
    """The device is unknown or revoked."""


@dataclass(frozen=True)
class EnrolmentCode:
    code: str
    holder_id: uuid.UUID  # the advisor or the office user
    expires_at: datetime


@dataclass(frozen=True)
class DeviceView:
    id: uuid.UUID
    advisor_id: uuid.UUID | None  # set for an advisor's device
    office_user_id: uuid.UUID | None  # set for an office user's device (it sees the whole network)
    holder_name: str
    network_id: uuid.UUID
    label: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_seen_at: datetime | None
    code_tag: str | None = None  # the letters of the device's number: part of the codes its laptop suggests


@dataclass(frozen=True)
class Scope:
    """What a device syncs: its network's shared data and its advisor's companies (None: the whole network, for
    an office user's device)."""

    network_id: uuid.UUID
    advisor_id: uuid.UUID | None
    company_ids: frozenset[uuid.UUID] | None
    device_id: uuid.UUID | None = None
    office_user_id: uuid.UUID | None = None

    def allows_company(self, company_id: uuid.UUID) -> bool:
        return self.company_ids is None or company_id in self.company_ids


def normalise_code(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def code_hash(code: str) -> bytes:
    return hashlib.sha256(("verbund-enrolment:" + normalise_code(code)).encode("ascii", "replace")).digest()


def _new_code() -> str:
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH)) for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def _advisor(session: Session, advisor_id: uuid.UUID) -> Advisor:
    advisor = session.get(Advisor, advisor_id)
    if advisor is None:
        raise UserError("Diese Beraterin bzw. diesen Berater gibt es in der Büro-Datenbank nicht.")
    return advisor


def _office_user(session: Session, user_id: uuid.UUID) -> OfficeUser:
    user = session.get(OfficeUser, user_id)
    if user is None:
        raise UserError("Diese Person der Koordinierungsstelle gibt es in der Büro-Datenbank nicht.")
    return user


def issue_enrolment_code(
    office: OfficeDatabase,
    advisor_id: uuid.UUID,
    *,
    lifetime: timedelta = DEFAULT_CODE_LIFETIME,
    now: datetime | None = None,
) -> EnrolmentCode:
    """A new one-time code for connecting one laptop of the advisor; shown once, stored hashed."""
    return _issue(office, advisor_id, None, lifetime, now)


def issue_office_user_code(
    office: OfficeDatabase,
    office_user_id: uuid.UUID,
    *,
    lifetime: timedelta = DEFAULT_CODE_LIFETIME,
    now: datetime | None = None,
) -> EnrolmentCode:
    """A new one-time code for one device of an office user (it will see the whole network); shown once."""
    return _issue(office, None, office_user_id, lifetime, now)


def _issue(
    office: OfficeDatabase,
    advisor_id: uuid.UUID | None,
    office_user_id: uuid.UUID | None,
    lifetime: timedelta,
    now: datetime | None,
) -> EnrolmentCode:
    now = now or datetime.now(UTC)
    code = _new_code()
    with office.unit_of_work() as uow:
        if advisor_id is not None:
            holder: Advisor | OfficeUser = _advisor(uow.session, advisor_id)
        else:
            assert office_user_id is not None
            holder = _office_user(uow.session, office_user_id)
        enrolment = OfficeEnrolment(
            network_id=holder.network_id,
            advisor_id=advisor_id,
            office_user_id=office_user_id,
            code_hash=code_hash(code),
            expires_at=now + lifetime,
        )
        uow.session.add(enrolment)
        uow.flush()
        record(
            uow.session,
            actor=OFFICE_ACTOR,
            action="office.enrolment_code",
            entity_type="office_enrolment",
            entity_id=enrolment.id,
            subject_id=holder.id,
        )
        uow.commit()
    return EnrolmentCode(code, holder.id, now + lifetime)


def enrol_device(
    office: OfficeDatabase, code: str, public_key: bytes, label: str, *, now: datetime | None = None
) -> DeviceView:
    """Bind a new device (its Ed25519 public key) to the advisor of ``code``; the code is used up."""
    now = now or datetime.now(UTC)
    if len(public_key) != 32:
        raise EnrolmentRefused("Der Geräteschlüssel ist ungültig.")
    with office.unit_of_work() as uow:
        s = uow.session
        enrolment = s.scalars(
            select(OfficeEnrolment).where(OfficeEnrolment.code_hash == code_hash(code)).with_for_update()
        ).first()
        if enrolment is None or enrolment.used_at is not None or enrolment.expires_at <= now:
            raise EnrolmentRefused(
                "Der Code ist ungültig, abgelaufen oder schon benutzt. Bitte in der Koordinierungsstelle "
                "einen neuen Code erstellen lassen."
            )
        if s.scalars(select(OfficeDevice.id).where(OfficeDevice.public_key == public_key)).first():
            raise EnrolmentRefused("Dieses Gerät ist schon verbunden.")
        device = OfficeDevice(
            network_id=enrolment.network_id,
            advisor_id=enrolment.advisor_id,
            office_user_id=enrolment.office_user_id,
            label=label[:80],
            public_key=public_key,
            enrolled_at=now,
            code_tag_number=next_tag_number(s),
        )
        s.add(device)
        s.flush()
        enrolment.used_at, enrolment.device_id = now, device.id
        record(
            s,
            actor=OFFICE_ACTOR,
            action="office.device_enrolled",
            entity_type="office_device",
            entity_id=device.id,
            subject_id=_holder_id(device),
        )
        view = _view(s, device)
        uow.commit()
    return view


def _holder_id(device: OfficeDevice) -> uuid.UUID:
    holder = device.advisor_id if device.advisor_id is not None else device.office_user_id
    assert holder is not None  # the table's check: exactly one of the two
    return holder


def next_tag_number(session: Session) -> int:
    """The next code tag number of this office, for a device or a replica (one series, never reused: devices
    are revoked, not deleted). Enrolments and replicas are serialised for it (an advisory lock on PostgreSQL,
    the write lock on SQLite); the unique indexes would refuse a number twice rather than hand it out twice."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": TAG_LOCK_KEY})
    devices = session.scalar(select(func.max(OfficeDevice.code_tag_number)))
    replicas = session.scalar(select(func.max(OfficeReplica.code_tag_number)))
    return max(int(devices or 0), int(replicas or 0)) + 1


def _view(session: Session, device: OfficeDevice) -> DeviceView:
    if device.advisor_id is not None:
        name = _advisor(session, device.advisor_id).name
    else:
        name = _office_user(session, _holder_id(device)).name
    return DeviceView(
        id=device.id,
        advisor_id=device.advisor_id,
        office_user_id=device.office_user_id,
        holder_name=name,
        network_id=device.network_id,
        label=device.label,
        enrolled_at=device.enrolled_at,
        revoked_at=device.revoked_at,
        last_seen_at=device.last_seen_at,
        code_tag=None if device.code_tag_number is None else tag_for_number(device.code_tag_number),
    )


def list_devices(office: OfficeDatabase) -> list[DeviceView]:
    with office.unit_of_work() as uow:
        devices = uow.session.scalars(select(OfficeDevice).order_by(OfficeDevice.enrolled_at))
        return [_view(uow.session, d) for d in devices]


def revoke_device(office: OfficeDatabase, device_id: uuid.UUID, *, now: datetime | None = None) -> DeviceView:
    """From now on every request of the device is refused (a lost or replaced laptop)."""
    with office.unit_of_work() as uow:
        device = uow.session.get(OfficeDevice, device_id)
        if device is None:
            raise DeviceRefused("Dieses Gerät ist in der Büro-Datenbank nicht bekannt.")
        if device.revoked_at is None:
            device.revoked_at = now or datetime.now(UTC)
            record(
                uow.session,
                actor=OFFICE_ACTOR,
                action="office.device_revoked",
                entity_type="office_device",
                entity_id=device.id,
                subject_id=_holder_id(device),
            )
        view = _view(uow.session, device)
        uow.commit()
    return view


def assign_company(office: OfficeDatabase, advisor_id: uuid.UUID, company_id: uuid.UUID) -> None:
    """The advisor works for the company from now on (and syncs it); assigning twice changes nothing."""
    with office.unit_of_work() as uow:
        s = uow.session
        advisor = _advisor(s, advisor_id)
        company = s.get(Company, company_id)
        if company is None or company.network_id != advisor.network_id:
            raise UserError("Diesen Betrieb gibt es im Verbund der Beraterin bzw. des Beraters nicht.")
        exists = s.scalars(
            select(OfficeAssignment.id).where(
                OfficeAssignment.advisor_id == advisor_id, OfficeAssignment.company_id == company_id
            )
        ).first()
        if exists is None:
            assignment = OfficeAssignment(advisor_id=advisor_id, company_id=company_id)
            s.add(assignment)
            s.flush()
            record(
                s,
                actor=OFFICE_ACTOR,
                action="office.company_assigned",
                entity_type="office_assignment",
                entity_id=assignment.id,
                subject_id=advisor_id,
            )
        uow.commit()


def device_scope(session: Session, device: OfficeDevice) -> Scope:
    """An office user's device: the whole network (no company filter); an advisor's: the assigned companies."""
    if device.advisor_id is None:
        return Scope(device.network_id, None, None, device.id, device.office_user_id)
    companies = session.scalars(
        select(OfficeAssignment.company_id).where(OfficeAssignment.advisor_id == device.advisor_id)
    )
    return Scope(device.network_id, device.advisor_id, frozenset(companies), device.id)
