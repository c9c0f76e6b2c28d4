"""A replica's own code tag: what a restored backup or a renamed copy asks the office for (``POST /v1/replica``).

Code tags belong to the replica, not to the device (docs/sync.md, "Identity"): the enrolled workspace suggests
codes with its device's number (given at enrolment); a new identity of it forgets that tag and, at its next
sync, gets a number of its own from the same series (``devices.next_tag_number``: never handed out twice). So a
restored backup cannot suggest a code its newer self pushed after the backup. The replica is bound to the asking
device as at its first push (``office_replica``); a replica id of another device is refused, nothing changed.
Asking again returns the same tag.
"""

from __future__ import annotations

import uuid

from sqlalchemy.dialects.postgresql import insert

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.models import OfficeReplica
from verbund_desktop.services.common.code_tag import tag_for_number
from verbund_desktop.services.office.auth import RequestRefused
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.office.devices import Scope, next_tag_number

FOREIGN_REPLICA = (
    "Diese Änderungen tragen die Kennung eines Arbeitsbereichs, der mit einem anderen Gerät verbunden ist; es "
    "wurde nichts übernommen."
)


def replica_code_tag(office: OfficeDatabase, scope: Scope, replica_id: object) -> str:
    """The code tag of ``replica_id`` (allotted at its first question), as letters."""
    try:
        replica = str(uuid.UUID(str(replica_id))) if isinstance(replica_id, str) else None
    except ValueError:
        replica = None
    if replica is None or scope.device_id is None:
        raise UserError("Die Kennung des Arbeitsbereichs fehlt oder ist ungültig.")
    with office.unit_of_work() as uow:
        s = uow.session
        s.execute(
            insert(OfficeReplica)
            .values(replica_id=replica, device_id=scope.device_id)
            .on_conflict_do_nothing()
        )
        row = s.get(OfficeReplica, replica, with_for_update=True)
        assert row is not None
        if row.device_id != scope.device_id:
            raise RequestRefused(FOREIGN_REPLICA, status=403, reason="foreign-replica")
        if row.code_tag_number is None:
            row.code_tag_number = next_tag_number(s)
        number = row.code_tag_number
        uow.commit()
    return tag_for_number(number)
