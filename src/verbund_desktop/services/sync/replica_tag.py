"""A new replica identity asks the office for its own code tag before it syncs (docs/sync.md, "Identity").

A restored backup or a renamed copy has forgotten its old identity's tag (``services.common.code_tag``) and
suggests untagged codes; at its next sync it asks the office (``POST /v1/replica``, signed) and keeps the
letters it gets, for this replica id only (a sync that renames the replica asks again). A workspace that has a
tag asks nothing.
"""

from __future__ import annotations

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common.code_tag import code_tag, store_code_tag
from verbund_desktop.services.sync.client import OfficeClient, SyncConnectionError
from verbund_desktop.services.sync.outbox import read_state


def ensure_replica_tag(ws: Workspace, client: OfficeClient) -> str:
    """This replica's code tag, asked of the office when it has none yet."""
    with ws.unit_of_work() as uow:
        tag = code_tag(uow.session)
        replica = read_state(uow.session.connection()).replica_id
    if tag is not None:
        return tag
    answer = client.post("/v1/replica", {"replica_id": replica})
    tag = answer.get("code_tag") if isinstance(answer, dict) else None
    if not (isinstance(tag, str) and tag.isascii() and tag.isalpha() and tag.isupper()):
        raise SyncConnectionError("Die Antwort der Koordinierungsstelle ist unverständlich.")
    with ws.unit_of_work() as uow:
        if read_state(uow.session.connection()).replica_id == replica:  # still the identity it was asked for
            store_code_tag(uow.session, tag)
            uow.commit()
    return tag
