"""The people of the coordination office (``office_user``): added by the office, each may enrol devices that see
the whole network (``devices.issue_office_user_code``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.models import Network, OfficeUser
from verbund_desktop.persistence.models.office import OFFICE_ROLES
from verbund_desktop.persistence.office_db import OfficeDatabase
from verbund_desktop.services.common.audit import record
from verbund_desktop.services.office.devices import OFFICE_ACTOR


@dataclass(frozen=True)
class OfficeUserView:
    id: uuid.UUID
    network_id: uuid.UUID
    name: str
    email: str
    role: str


def _view(user: OfficeUser) -> OfficeUserView:
    return OfficeUserView(user.id, user.network_id, user.name, user.email, user.role)


def add_office_user(
    office: OfficeDatabase,
    name: str,
    *,
    email: str = "",
    role: str = "coordinator",
    network_id: uuid.UUID | None = None,
) -> OfficeUserView:
    """A new person of the office in ``network_id`` (may be left out when the database holds one network)."""
    name, email = " ".join(name.split()), email.strip()
    if not name:
        raise UserError("Bitte einen Namen für die Person der Koordinierungsstelle angeben.")
    if role not in OFFICE_ROLES:
        raise UserError(f"Die Rolle „{role}“ gibt es nicht; möglich sind: {', '.join(OFFICE_ROLES)}.")
    with office.unit_of_work() as uow:
        s = uow.session
        networks = list(s.scalars(select(Network.id).order_by(Network.name)))
        if network_id is None:
            if len(networks) != 1:
                raise UserError(
                    "Die Büro-Datenbank hat keinen oder mehrere Verbünde; bitte den Verbund angeben (--network)."
                )
            network_id = networks[0]
        elif network_id not in networks:
            raise UserError("Diesen Verbund gibt es in der Büro-Datenbank nicht.")
        taken = s.scalar(
            select(OfficeUser.id).where(OfficeUser.network_id == network_id, OfficeUser.name == name)
        )
        if taken is not None:
            raise UserError(f"Im Verbund gibt es schon eine Person der Koordinierungsstelle namens „{name}“.")
        user = OfficeUser(network_id=network_id, name=name, email=email, role=role)
        s.add(user)
        s.flush()
        record(
            s,
            actor=OFFICE_ACTOR,
            action="office.user_added",
            entity_type="office_user",
            entity_id=user.id,
            subject_id=user.id,
        )
        view = _view(user)
        uow.commit()
    return view


def list_office_users(office: OfficeDatabase) -> list[OfficeUserView]:
    with office.unit_of_work() as uow:
        users = uow.session.scalars(select(OfficeUser).order_by(OfficeUser.name))
        return [_view(u) for u in users]
