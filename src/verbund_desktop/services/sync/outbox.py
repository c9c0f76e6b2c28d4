"""The laptop's outbox: pending changesets as wire messages, and what the office answered.

A changeset handed to the office is marked ``sent`` first (capture no longer merges later edits into it), so an
edit made while a push is under way becomes a change of its own and is never lost with an accepted one.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.orm import Session

from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models.sync import (
    sync_change,
    sync_changeset,
    sync_conflict,
    sync_row_version,
    sync_state,
)
from verbund_desktop.persistence.sync_capture import fold_pending, load_names, load_values, renew_changesets
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common.code_tag import forget_code_tag
from verbund_desktop.services.sync.schema import raw_to_python, to_wire_values
from verbund_desktop.sync.messages import ApplyResult, Change, Changeset, ConflictItem, conflict_to_wire

_CHUNK = 500  # changeset ids per IN list


@dataclass(frozen=True)
class SyncState:
    replica_id: str
    pull_cursor: int


def read_state(conn: Connection) -> SyncState:
    row = conn.execute(select(sync_state.c.replica_id, sync_state.c.pull_cursor)).one()
    return SyncState(replica_id=row.replica_id, pull_cursor=row.pull_cursor)


def hex_id(row_id: str) -> str:
    """The key as SQLite stores a ``Uuid`` column (32 hex digits) from its canonical form."""
    return uuid.UUID(row_id).hex


def canonical_id(stored: str) -> str:
    return str(uuid.UUID(stored))


def wire_change(conn: Connection, row: Any) -> Change:
    """One captured row as a wire change: an insert with every column, an update with the changed ones only."""
    after = getattr(row, "after_changeset", None)
    if row.op == "delete":
        return Change(row.tbl, canonical_id(row.row_id), "delete", row.base_version, after=after)
    values = to_wire_values(row.tbl, raw_to_python(row.tbl, load_values(row.new_data) or {}, conn.dialect))
    if row.op == "update":
        names = set(load_names(row.old_data))
        values = {k: v for k, v in values.items() if k in names}
    return Change(row.tbl, canonical_id(row.row_id), row.op, row.base_version, values, after)


def take_pending(ws: Workspace) -> list[Changeset]:
    """Every changeset not yet accepted, in local order, marked ``sent``; also the ones a crash left ``sent``."""
    with ws.unit_of_work() as uow:
        conn = uow.session.connection()
        fold_pending(conn)  # rows written outside a session (none today) get their changeset too
        name_predecessors(conn)
        state = read_state(conn)
        out = [
            Changeset(cs_id, state.replica_id, seq, HEAD_REVISION, changes)
            for cs_id, seq, changes in _pending_changes(conn)
        ]
        ids = [c.id for c in out]
        if ids:
            conn.execute(sync_changeset.update().where(sync_changeset.c.id.in_(ids)).values(status="sent"))
        uow.commit()
    return out


def name_predecessors(conn: Connection) -> None:
    """Each change about to be sent the first time names the sent, unanswered changeset that changed its row
    before (``after``; None if none): its base is the version known here, which that one's answer would have
    moved. Set once, before the changeset is frozen, so a resend carries the same content (docs/sync.md)."""
    conn.execute(
        text(
            "UPDATE sync_change SET after_changeset = (SELECT s.id FROM sync_change o JOIN sync_changeset s "
            "ON s.id = o.changeset_id WHERE s.status = 'sent' AND o.tbl = sync_change.tbl "
            "AND o.row_id = sync_change.row_id ORDER BY s.local_seq DESC LIMIT 1) "
            "WHERE changeset_id IN (SELECT id FROM sync_changeset WHERE status = 'pending')"
        )
    )


def _pending_changes(conn: Connection) -> list[tuple[str, int, tuple[Change, ...]]]:
    """The changesets to send with their changes, in local order, read in one query (not one per changeset)."""
    query = (
        select(
            sync_changeset.c.id.label("cs_id"),
            sync_changeset.c.local_seq,
            sync_change.c.tbl,
            sync_change.c.row_id,
            sync_change.c.op,
            sync_change.c.base_version,
            sync_change.c.old_data,
            sync_change.c.new_data,
            sync_change.c.after_changeset,
        )
        .select_from(sync_changeset.outerjoin(sync_change, sync_change.c.changeset_id == sync_changeset.c.id))
        .where(sync_changeset.c.status.in_(("pending", "sent")))
        .order_by(sync_changeset.c.local_seq, sync_change.c.id)
    )
    grouped: dict[str, tuple[int, list[Change]]] = {}
    for row in conn.execute(query):
        changes = grouped.setdefault(row.cs_id, (row.local_seq, []))[1]
        if row.tbl is not None:  # a changeset without changes (outer join) is sent empty, as before
            changes.append(wire_change(conn, row))
    return [(cs_id, seq, tuple(changes)) for cs_id, (seq, changes) in grouped.items()]


def record_results(ws: Workspace, results: Sequence[ApplyResult]) -> bool:
    """Store the office's answers in one transaction; True when the office found this replica rewound."""
    with ws.unit_of_work() as uow:
        rewound = store_results(uow.session.connection(), results)
        uow.commit()
    return rewound


def store_results(conn: Connection, results: Sequence[ApplyResult]) -> bool:
    """``record_results`` inside the caller's transaction (no commit)."""
    rewound = False
    _accepted_all(conn, [r for r in results if r.status == "accepted"])
    for result in results:
        if result.status == "accepted":
            continue
        if result.status == "conflict":
            _conflicted(conn, result.changeset_id, result.conflicts)
        elif result.reason == "rewound":
            rewound = True
        else:
            conn.execute(
                sync_changeset.update()
                .where(sync_changeset.c.id == result.changeset_id)
                .values(status="rejected", message=result.message)
            )
    if rewound:
        start_new_replica(conn)
    return rewound


def set_versions(conn: Connection, versions: Iterable[tuple[str, str, int]]) -> None:
    params = [{"t": table, "r": hex_id(row_id), "v": version} for table, row_id, version in versions]
    if not params:
        return
    conn.execute(  # one executemany per statement, in the order given (a row named twice: the last wins)
        text(
            "INSERT INTO sync_row_version (tbl, row_id, version) VALUES (:t, :r, :v) "
            "ON CONFLICT (tbl, row_id) DO UPDATE SET version = excluded.version"
        ),
        params,
    )
    # A later unsent edit of the row was made on top of this accepted change: it is based on its version.
    conn.execute(
        text(
            "UPDATE sync_change SET base_version = :v WHERE tbl = :t AND row_id = :r AND changeset_id IN "
            "(SELECT id FROM sync_changeset WHERE status = 'pending')"
        ),
        params,
    )


def _accepted_all(conn: Connection, results: Sequence[ApplyResult]) -> None:
    """The accepted changesets' answers in a few statements for all of them (before: five per changeset). With
    a tombstone among them each is stored on its own, in order (a row deleted by one and made again by a later
    one keeps the later one's version)."""
    ids = [r.changeset_id for r in results]
    parts = [ids[start : start + _CHUNK] for start in range(0, len(ids), _CHUNK)]
    deletes = sync_change.c.op == "delete"
    if any(
        conn.execute(select(sync_change.c.id).where(deletes, sync_change.c.changeset_id.in_(p))).first()
        for p in parts
    ):
        for result in results:
            _accepted(conn, result)
        return
    for part in parts:
        conn.execute(sync_change.delete().where(sync_change.c.changeset_id.in_(part)))
    if results:
        conn.execute(
            sync_changeset.update()
            .where(sync_changeset.c.id == bindparam("_id"))
            .values(status="accepted", server_seq=bindparam("_seq"), message=""),
            [{"_id": r.changeset_id, "_seq": r.server_seq} for r in results],
        )
    set_versions(conn, [v for r in results for v in r.versions])


def _accepted(conn: Connection, result: ApplyResult) -> None:
    deleted = {
        (r.tbl, r.row_id)
        for r in conn.execute(
            select(sync_change.c.tbl, sync_change.c.row_id).where(
                sync_change.c.changeset_id == result.changeset_id, sync_change.c.op == "delete"
            )
        )
    }
    conn.execute(sync_change.delete().where(sync_change.c.changeset_id == result.changeset_id))
    conn.execute(
        sync_changeset.update()
        .where(sync_changeset.c.id == result.changeset_id)
        .values(status="accepted", server_seq=result.server_seq, message="")
    )
    set_versions(conn, [v for v in result.versions if (v[0], hex_id(v[1])) not in deleted])
    for table, row_id in deleted:  # the office keeps the tombstone; nothing of a deleted row stays here
        conn.execute(
            sync_row_version.delete().where(
                sync_row_version.c.tbl == table, sync_row_version.c.row_id == row_id
            )
        )


def _conflicted(conn: Connection, changeset_id: str, conflicts: Sequence[ConflictItem]) -> None:
    conn.execute(sync_changeset.update().where(sync_changeset.c.id == changeset_id).values(status="conflict"))
    conn.execute(sync_conflict.delete().where(sync_conflict.c.changeset_id == changeset_id))
    now = datetime.now(UTC).isoformat()
    for item in conflicts:
        wire = conflict_to_wire(item)
        conn.execute(
            sync_conflict.insert().values(
                id=str(uuid.uuid4()),
                changeset_id=changeset_id,
                tbl=item.table,
                row_id=hex_id(item.row_id),
                kind=item.kind,
                fields=json.dumps(wire["fields"]),
                theirs=None if item.theirs is None else json.dumps(wire["theirs"], sort_keys=True),
                theirs_version=item.theirs_version,
                existing_id=item.existing_id,
                detected_at=now,
            )
        )


def start_new_replica(conn: Connection) -> str:
    """A new identity (after a restore or a copy): new replica id, the office's state pulled again from the
    start; unsent changes stay and are sent under the new identity."""
    replica_id = str(uuid.uuid4())
    conn.execute(sync_state.update().values(replica_id=replica_id, pull_cursor=0))
    forget_code_tag(conn)  # the tag was the old identity's (services/common/code_tag.py)
    # Its changesets may have reached the office from the original file with other content: new ids, compared
    # like any change (see persistence.sync_capture.renew_identity).
    renew_changesets(conn.connection.driver_connection)
    return replica_id


@dataclass(frozen=True)
class SyncCounts:
    pending: int  # changes not yet accepted by the office (conflicts not included)
    conflicts: int  # open conflicts a person must resolve
    rejected: int  # changesets the office refused (with a message)


def sync_counts(ws: Workspace) -> SyncCounts:
    with ws.unit_of_work() as uow:
        session: Session = uow.session
        pending = session.scalar(
            text(
                "SELECT count(*) FROM sync_change c JOIN sync_changeset s ON s.id = c.changeset_id "
                "WHERE s.status IN ('pending', 'sent')"
            )
        )
        unsorted = session.scalar(text("SELECT count(*) FROM sync_change WHERE changeset_id IS NULL"))
        conflicts = session.scalar(
            text("SELECT count(*) FROM sync_conflict WHERE resolution IS NULL AND kind != 'parked'")
        )
        rejected = session.scalar(text("SELECT count(*) FROM sync_changeset WHERE status = 'rejected'"))
    return SyncCounts(int(pending or 0) + int(unsorted or 0), int(conflicts or 0), int(rejected or 0))


__all__ = ["SyncCounts", "record_results", "sync_counts", "sync_row_version", "take_pending"]
