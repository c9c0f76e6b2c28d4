"""The office applies a laptop's changeset whole, or stores a conflict and applies none of it.

``apply_changeset(session, device, changeset)`` runs inside the caller's transaction (the caller commits, or with
``commit=True`` it commits itself, as the service does; one changeset per transaction). It holds the network's ``office_sync_seq`` row for update, so one network's writers
are serialised and the server sequence is one total order per network (on PostgreSQL ``SELECT … FOR UPDATE``; on
SQLite the write lock does the same). A changeset is accepted only if every base version still matches, the row
is in the device's scope and every constraint holds (checked explicitly for natural keys and dependants, then by
the database inside a savepoint). Resending a changeset returns the stored answer; the same id with other content,
a replica that counts backwards (a restored backup or a copied file), an unknown table or column, or a schema
revision other than the current and the previous one is refused with a German message and changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, func, literal, literal_column, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models.sync import office_conflict, office_sync_log, office_sync_seq
from verbund_desktop.persistence.pipeline import (
    Read,
    commit_at_driver,
    read_together,
    transaction_in_pipelines,
)
from verbund_desktop.services.sync.office_batch import (
    store_states,
    store_states_row_by_row,
    write_batched,
    write_pipelined,
    write_row_by_row,
)
from verbund_desktop.services.sync.office_checks import RowPlan, own_versions, plan_change
from verbund_desktop.services.sync.office_lookup import ChangesetLookup, ReadAhead, RowLookup
from verbund_desktop.services.sync.office_pull import changes_since
from verbund_desktop.services.sync.office_rows import Scope
from verbund_desktop.services.sync.office_scope import Rejected
from verbund_desktop.services.sync.schema import synced_table
from verbund_desktop.sync.encoding import WireError, canonical_json
from verbund_desktop.sync.messages import (
    ApplyResult,
    Changeset,
    ConflictItem,
    change_to_wire,
    changeset_from_wire,
    check_rows_once,
    result_from_wire,
    result_to_wire,
)

__all__ = ["ApplyResult", "Scope", "accepted_revisions", "apply_changeset", "changes_since"]


REWOUND = (
    "Dieser Arbeitsbereich zählt rückwärts: Er wurde aus einer Sicherung wiederhergestellt oder kopiert. "
    "Er erhält eine neue Kennung, sendet seine Änderungen neu und holt den Stand der Koordinierungsstelle neu ab."
)


def accepted_revisions() -> frozenset[str]:
    """The current schema revision and the one before it (a laptop one update behind may still sync)."""
    from verbund_desktop.persistence.migrate import _script

    head = _script().get_revision(HEAD_REVISION)
    previous = head.down_revision if head is not None else None
    return frozenset({HEAD_REVISION} | ({previous} if isinstance(previous, str) else set()))


def payload_hash(changeset: Changeset) -> str:
    """What identifies the content: the changes and the schema (not the replica, which may be renamed)."""
    body = {"schema_rev": changeset.schema_rev, "changes": [change_to_wire(c) for c in changeset.changes]}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def _refused(changeset_id: str, reason: str, message: str) -> ApplyResult:
    return ApplyResult(changeset_id=changeset_id, status="rejected", reason=reason, message=message)


def apply_changeset(
    session: Session,
    device: Scope,
    changeset: Changeset | dict[str, Any],
    *,
    batched: bool = True,
    commit: bool = False,
) -> ApplyResult:
    """Accept ``changeset`` whole, or store its conflicts and apply nothing (see the module text).

    ``batched`` (the default) reads the office's state for all rows at once and writes them set-based
    (``office_lookup``, ``office_batch``); ``False`` does the same row by row, the reference the tests compare with.

    ``commit``: the changeset's transaction is committed here (an error rolls it back), instead of by the caller;
    then on PostgreSQL its BEGIN goes with the lock's pipeline and an accepted changeset's COMMIT with the
    writes' pipeline (``persistence.pipeline.transaction_in_pipelines``): two round trips fewer.
    """
    if not commit:
        return _apply(session, device, changeset, batched=batched, explicit=False)
    with transaction_in_pipelines(session.connection()) as explicit:
        try:
            result = _apply(session, device, changeset, batched=batched, explicit=explicit)
            if explicit:
                session.flush()
                commit_at_driver(session.connection())
        except BaseException:
            session.rollback()
            raise
        session.commit()
    return result


def _apply(
    session: Session, device: Scope, changeset: Changeset | dict[str, Any], *, batched: bool, explicit: bool
) -> ApplyResult:
    """``apply_changeset``; ``explicit``: inside ``transaction_in_pipelines`` (its first statement sends BEGIN,
    an accepted changeset's writes send COMMIT)."""
    try:
        parsed = changeset if isinstance(changeset, Changeset) else changeset_from_wire(changeset)
        check_rows_once(parsed)
    except WireError as exc:
        return _refused(
            str(changeset.get("id", "")) if isinstance(changeset, dict) else "", "format", str(exc)
        )
    digest = payload_hash(parsed)
    ahead = _read_ahead(session, parsed, whole_network=device.company_ids is None) if batched else None
    # writers wait here
    logged, ahead_rows = _lock_and_read(session, parsed, device.network_id, ahead, begin=explicit)
    if logged.payload_sha256 is not None:
        if logged.payload_sha256 != digest:  # only a restored or copied replica sends an id with new content
            return _refused(parsed.id, "rewound", REWOUND)
        return result_from_wire(json.loads(logged.result))  # resent: the same answer, nothing applied twice
    refusal = _precheck(parsed, logged.highest)
    if refusal is not None:
        return refusal
    last_seq = int(logged.last_seq)
    try:
        touched = frozenset((c.table, c.row_id) for c in parsed.changes)
        lookup = (
            ChangesetLookup(session, parsed.changes, ahead=ahead, ahead_rows=ahead_rows)
            if batched
            else RowLookup(session)
        )
        own = own_versions(session, parsed)  # read under the lock, only when a change names a predecessor
        plans = [plan_change(lookup, device, change, touched, own) for change in parsed.changes]
    except Rejected as exc:
        return _refused(parsed.id, exc.reason, str(exc))
    except WireError as exc:
        return _refused(parsed.id, "format", str(exc))
    conflicts = [p.conflict for p in plans if p.conflict is not None]
    if not conflicts and batched:
        accepted = _accept_pipelined(session, device, parsed, plans, last_seq + 1, digest, commit=explicit)
        if accepted is not None:
            return accepted
    if not conflicts:
        conflicts = (write_batched if batched else write_row_by_row)(session, plans)
    if conflicts:
        result = ApplyResult(changeset_id=parsed.id, status="conflict", conflicts=tuple(conflicts))
        _store_conflicts(session, parsed, conflicts)
        _touch_sequence(session, device.network_id)
    else:
        result = _accept(session, device, parsed, plans, last_seq + 1, batched=batched)
    _log(session, parsed, digest, result)
    return result


def _read_ahead(session: Session, changeset: Changeset, *, whole_network: bool) -> ReadAhead | None:
    """The changeset's reads to send with the lock (None: they cannot be built; the rules say why later)."""
    try:
        return ReadAhead(changeset.changes, session.get_bind().dialect, companies=whole_network)
    except (WireError, ValueError):
        return None


def _lock_and_read(
    session: Session,
    changeset: Changeset,
    network_id: str,
    ahead: ReadAhead | None = None,
    *,
    begin: bool = False,
) -> tuple[Any, list[list[dict[str, Any]]] | None]:
    """In one statement: the network's sequence row, locked for update (``last_seq``), the logged answer to this
    changeset id (``payload_sha256`` and ``result``, else NULL) and the highest ``local_seq`` seen from its
    replica (``highest``). The network's first push makes its sequence row first.

    On PostgreSQL the statement reads the log in the snapshot it started with, which may be older than the lock
    it waited for: a concurrent push of the same changeset may have logged its answer meanwhile. Every
    transaction that logs an answer updates the sequence row (``_touch_sequence`` for a conflict), so the locked
    row's version (``xmin``) differs from the one in the snapshot exactly then; the statement is run once more,
    under the lock, and sees that answer (before, the second push failed on the log's primary key: a 500).

    ``ahead``'s reads go in the same pipeline, after the lock (PostgreSQL: one round trip with the transaction's
    BEGIN); each starts its own snapshot once the lock is held, so they see what the lock's previous holder
    committed. Their rows are returned (None: not read, or read without the lock and so dropped). ``begin``: the
    transaction's BEGIN goes first in that pipeline (``transaction_in_pipelines``)."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    query = _lock_and_read_query(postgresql=postgresql)
    params = {"changeset_id": changeset.id, "replica_id": changeset.replica_id, "network_id": network_id}
    reads = [Read(query, params), *(ahead.reads if ahead is not None else [])]
    together = read_together(session.connection(), reads, begin=begin) if postgresql else None
    ahead_rows: list[list[dict[str, Any]]] | None = None
    if together is None:
        found: Any = session.execute(query, params).first()
    else:
        found = SimpleNamespace(**together[0][0]) if together[0] else None
        ahead_rows = together[1:] if ahead is not None else None
    if found is None:  # no lock was held while the reads ran: they are dropped
        ahead_rows = None
        try:
            with session.begin_nested():
                session.execute(office_sync_seq.insert().values(network_id=network_id, last_seq=0))
        except IntegrityError:  # created by a concurrent first push of the network
            pass
        found = session.execute(query, params).one()
    if not found.fresh:  # read before the lock was ours: read again, now that no one else can log
        found = session.execute(query, params).one()
    return found, ahead_rows


@cache
def _lock_and_read_query(*, postgresql: bool) -> Any:
    """The statement of :func:`_lock_and_read`, with the parameters ``changeset_id``, ``replica_id`` and
    ``network_id`` (built once)."""
    log, seq = office_sync_log, office_sync_seq
    network_id = bindparam("network_id", type_=seq.c.network_id.type)
    mine = log.c.changeset_id == bindparam("changeset_id", type_=log.c.changeset_id.type)
    if postgresql:  # the locked (newest) version of the row against the one in this statement's snapshot
        seen = seq.alias("seen")
        in_snapshot = (
            select(literal_column("seen.xmin::text")).where(seen.c.network_id == network_id).scalar_subquery()
        )
        fresh: Any = (literal_column("office_sync_seq.xmin::text") == in_snapshot).label("fresh")
    else:  # SQLite: one writer at a time, and the read happens under its lock
        fresh = literal(True).label("fresh")
    return (
        select(
            seq.c.last_seq,
            select(log.c.payload_sha256).where(mine).scalar_subquery().label("payload_sha256"),
            select(log.c.result).where(mine).scalar_subquery().label("result"),
            select(func.max(log.c.local_seq))
            .where(log.c.replica_id == bindparam("replica_id", type_=log.c.replica_id.type))
            .scalar_subquery()
            .label("highest"),
            fresh,
        )
        .where(seq.c.network_id == network_id)
        .with_for_update(of=seq)
    )


def _touch_sequence(session: Session, network_id: str) -> None:
    """A logged conflict updates the network's sequence row too (to the same value): a concurrent push of the
    same changeset then knows to read the log again (``_lock_and_read``)."""
    seq = office_sync_seq
    session.execute(seq.update().where(seq.c.network_id == network_id).values(last_seq=seq.c.last_seq))


def _precheck(changeset: Changeset, highest: int | None) -> ApplyResult | None:
    if changeset.schema_rev not in accepted_revisions():
        return _refused(
            changeset.id,
            "schema",
            f"Dieses Programm hat den Datenbankstand {changeset.schema_rev}; die Koordinierungsstelle nimmt nur "
            f"{HEAD_REVISION} und den Stand davor an. Bitte Verbund Desktop aktualisieren.",
        )
    if highest is not None and changeset.local_seq <= highest:
        return _refused(changeset.id, "rewound", REWOUND)
    for change in changeset.changes:
        synced_table(change.table)  # an unknown table raises WireError (the caller rolls back)
    return None


def _accept(
    session: Session, device: Scope, changeset: Changeset, plans: list[RowPlan], seq: int, *, batched: bool
) -> ApplyResult:
    session.execute(
        office_sync_seq.update().where(office_sync_seq.c.network_id == device.network_id).values(last_seq=seq)
    )
    written = [p for p in plans if not p.noop]
    store = store_states if batched else store_states_row_by_row
    store(session, written, network_id=device.network_id, server_seq=seq)
    versions = [(p.change.table, p.change.row_id, p.next_state().version) for p in written]
    return ApplyResult(changeset_id=changeset.id, status="accepted", server_seq=seq, versions=tuple(versions))


def _accept_pipelined(
    session: Session,
    device: Scope,
    changeset: Changeset,
    plans: list[RowPlan],
    seq: int,
    digest: str,
    *,
    commit: bool = False,
) -> ApplyResult | None:
    """Writes, sync rows, sequence and log of an accepted changeset in one round trip (PostgreSQL), with the
    transaction's COMMIT if ``commit``; None when that is not possible or the database refused a row (then
    nothing of it was written, and nothing is committed)."""
    accepted: list[ApplyResult] = []

    def bookkeeping() -> None:
        accepted.append(_accept(session, device, changeset, plans, seq, batched=True))
        _log(session, changeset, digest, accepted[0])

    return accepted[0] if write_pipelined(session, plans, bookkeeping, commit=commit) else None


def _store_conflicts(session: Session, changeset: Changeset, conflicts: list[ConflictItem]) -> None:
    now = datetime.now(UTC).isoformat()
    rows = [  # ids only: the office's copy holds no content of either side
        {
            "id": str(uuid.uuid4()),
            "changeset_id": changeset.id,
            "replica_id": changeset.replica_id,
            "tbl": item.table,
            "row_id": item.row_id,
            "kind": item.kind,
            "detected_at": now,
        }
        for item in conflicts
    ]
    session.execute(office_conflict.insert(), rows)


def _log(session: Session, changeset: Changeset, digest: str, result: ApplyResult) -> None:
    session.execute(
        office_sync_log.insert().values(
            changeset_id=changeset.id,
            replica_id=changeset.replica_id,
            local_seq=changeset.local_seq,
            payload_sha256=digest,
            status=result.status,
            server_seq=result.server_seq,
            result=json.dumps(result_to_wire(_without_content(result)), sort_keys=True),
            received_at=datetime.now(UTC).isoformat(),
        )
    )


def _without_content(result: ApplyResult) -> ApplyResult:
    """The logged answer keeps no row content (an erasure must not find it here): a resend gets the kinds."""
    return replace(result, conflicts=tuple(replace(c, theirs=None) for c in result.conflicts))
