"""One sync: push every pending changeset, store the answers, then pull until the office has nothing newer.

The same steps serve the HTTP service and the sync file: a :class:`Transport` delivers changesets and returns
the office's answers and batches. A laptop applies the office's state only after its own pushes are answered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync.outbox import read_state, record_results, take_pending
from verbund_desktop.services.sync.pull import apply_batch
from verbund_desktop.sync.messages import ApplyResult, Batch, Changeset

PULL_LIMIT = 1000


class Transport(Protocol):
    def push(self, changesets: Sequence[Changeset]) -> list[ApplyResult]: ...

    def pull(self, replica_id: str, cursor: int, limit: int) -> Batch: ...


@dataclass(frozen=True)
class SyncReport:
    accepted: int
    conflicts: int
    rejected: int
    pulled: int
    dropped: int
    new_identity: bool


def push(ws: Workspace, transport: Transport) -> tuple[list[ApplyResult], bool]:
    results: list[ApplyResult] = []
    rewound = False
    for _attempt in range(2):  # a rewound replica is renamed once and sends again under its new identity
        pending = take_pending(ws)
        if not pending:
            break
        answers = transport.push(pending)
        results += [a for a in answers if a.reason != "rewound"]
        if not record_results(ws, answers):
            break
        rewound = True
    return results, rewound


def sync(ws: Workspace, transport: Transport, *, limit: int = PULL_LIMIT) -> SyncReport:
    results, rewound = push(ws, transport)
    pulled = dropped = 0
    while True:
        with ws.unit_of_work() as uow:
            state = read_state(uow.session.connection())
        batch = transport.pull(state.replica_id, state.pull_cursor, limit)
        report = apply_batch(ws, batch)
        pulled, dropped = pulled + report.applied, dropped + report.dropped
        if not batch.more:
            break
    return SyncReport(
        accepted=sum(r.status == "accepted" for r in results),
        conflicts=sum(r.status == "conflict" for r in results),
        rejected=sum(r.status == "rejected" for r in results),
        pulled=pulled,
        dropped=dropped,
        new_identity=rewound,
    )
