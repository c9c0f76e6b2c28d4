"""Sync over HTTPS with the office: the :class:`run.Transport` of the service, through signed requests."""

from __future__ import annotations

from collections.abc import Sequence

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync.client import OfficeClient, SyncConnectionError
from verbund_desktop.services.sync.replica_tag import ensure_replica_tag
from verbund_desktop.services.sync.run import SyncReport, sync
from verbund_desktop.sync.encoding import WireError
from verbund_desktop.sync.messages import (
    ApplyResult,
    Batch,
    Changeset,
    batch_from_wire,
    changeset_to_wire,
    result_from_wire,
)

# Changesets per request (the office takes up to 500): a day's changes in one request (each request costs the
# signature check and the replica check; the TLS handshake is made once per sync, see ``sync_with_office``);
# about 10 ms each at the office, 40 ms on a loaded machine, so even 200 answer well within the timeout.
PUSH_CHUNK = 200


class HttpTransport:
    def __init__(self, client: OfficeClient) -> None:
        self.client = client

    def push(self, changesets: Sequence[Changeset]) -> list[ApplyResult]:
        results: list[ApplyResult] = []
        for start in range(0, len(changesets), PUSH_CHUNK):
            chunk = changesets[start : start + PUSH_CHUNK]
            answer = self.client.post("/v1/push", {"changesets": [changeset_to_wire(c) for c in chunk]})
            try:
                got = [result_from_wire(r) for r in answer["results"]]
            except (KeyError, TypeError, WireError) as exc:
                raise SyncConnectionError("Die Antwort der Koordinierungsstelle ist unverständlich.") from exc
            if [r.changeset_id for r in got] != [c.id for c in chunk]:
                raise SyncConnectionError(
                    "Die Koordinierungsstelle hat nicht jedes Änderungspaket beantwortet."
                )
            results += got
        return results

    def pull(self, replica_id: str, cursor: int, limit: int) -> Batch:
        answer = self.client.get(f"/v1/pull?after={int(cursor)}&limit={int(limit)}")
        try:
            return batch_from_wire(answer)
        except (TypeError, WireError) as exc:
            raise SyncConnectionError("Die Antwort der Koordinierungsstelle ist unverständlich.") from exc


def sync_with_office(ws: Workspace) -> SyncReport:
    """Push every pending change of this workspace to its office, then pull what is new."""
    with OfficeClient.for_workspace(ws) as client:  # one HTTPS connection for every request of this sync
        ensure_replica_tag(ws, client)  # a restored or renamed replica gets its own code tag first
        report = sync(ws, HttpTransport(client))
        ensure_replica_tag(ws, client)  # the sync may have renamed it (``rewound``)
        return report
