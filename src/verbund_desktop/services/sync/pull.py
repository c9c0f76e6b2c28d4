"""Applying what the office pulled: one transaction per batch, capture off, the cursor moved with it.

A row with an unsent or conflicting local change is not overwritten (its conflict gets the office's newest state
instead). Neither is a row the office deleted that is changed here: it stays, and its conflict says "deleted
there" (a person keeps it, which brings it back everywhere, or accepts the deletion). An erasure's tombstone
(Art. 17, ``Batch.erased``) wins at once: the row goes, and so do the local changes and conflict copies of it; the
advisor is told how many (nothing of the person stays in the outbox). So does the tombstone of a row deleted
here too, and a held change whose row or parent is gone here after the batch. A batch that does not start at this
replica's cursor was read out of order and changes nothing; one that ends at or before it was applied already
and changes nothing twice; one that overlaps applies its newer rows only.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import IntegrityError

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models.sync import sync_change, sync_conflict, sync_state
from verbund_desktop.persistence.sync_capture import note_dropped
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync.outbox import hex_id, read_state, set_versions
from verbund_desktop.services.sync.pull_rows import CHUNK, write_rows
from verbund_desktop.services.sync.schema import from_wire_values, synced_table
from verbund_desktop.sync.messages import Batch, RowState

PARKED = "parked"  # an office row that cannot be written here until a conflict is resolved (not for a person)


class OutOfOrderError(UserError):
    """A batch that does not continue where this replica stands."""


@dataclass(frozen=True)
class PullReport:
    applied: int = 0
    held: int = 0  # rows kept as they are here because of a local change or conflict
    dropped: int = 0  # local changes discarded because the row was deleted in the office
    already: bool = False  # the batch had been applied before: nothing changed


def apply_batch(ws: Workspace, batch: Batch) -> PullReport:
    with ws.unit_of_work() as uow:
        report = apply_batch_on(uow.session.connection(), batch)
        if report.already:
            return report
        commit_pulled(uow.commit)
    return report


def apply_batch_on(conn: Connection, batch: Batch) -> PullReport:
    """Apply ``batch`` inside the caller's transaction (no commit; see ``commit_pulled``)."""
    cursor = read_state(conn).pull_cursor
    if batch.until <= cursor and batch.after <= cursor:
        return PullReport(already=True)
    if batch.after > cursor:
        raise OutOfOrderError(
            "Diese Änderungen der Koordinierungsstelle schließen nicht an den Stand dieses Arbeitsbereichs "
            "an (eine frühere Sync-Datei fehlt). Es wurde nichts übernommen."
        )
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    conn.execute(sync_state.update().values(capture=0))
    # A batch starting before the cursor overlaps what was applied (an online sync came in between): only
    # its newer rows are applied.
    erased = {(table, hex_id(row_id)) for table, row_id in batch.erased}
    report = _apply_rows(conn, tuple(r for r in batch.rows if r.server_seq > cursor), erased)
    conn.execute(sync_state.update().values(capture=1, pull_cursor=batch.until))
    return report


def commit_pulled(commit: Callable[[], None]) -> None:
    """Commit a transaction that applied a batch; a missing reference (deferred until now) is a German error."""
    try:
        commit()
    except IntegrityError as exc:
        raise UserError(
            "Die Änderungen der Koordinierungsstelle passen nicht zu diesem Arbeitsbereich (ein Verweis "
            "fehlt). Es wurde nichts übernommen; bitte die Synchronisierung wiederholen."
        ) from exc


def _held(conn: Connection) -> set[tuple[str, str]]:
    return {(r.tbl, r.row_id) for r in conn.execute(select(sync_change.c.tbl, sync_change.c.row_id))}


def _apply_rows(conn: Connection, rows: tuple[RowState, ...], erased: set[tuple[str, str]]) -> PullReport:
    held = _held(conn)
    parked = retry_parked(conn)
    applied = kept = 0
    dropped: Counter[str] = Counter()
    contested: list[tuple[str, str]] = []
    for _order, group in groupby(sorted(rows, key=_dependency_order), key=_dependency_order):
        writes: list[RowState] = []
        for row in group:  # one table; deletions after every write
            key = (row.table, hex_id(row.row_id))
            if row.values is None and key in held and key not in erased and _keep_deleted(conn, key, row):
                contested.append(key)
                kept += 1
            elif row.values is None:
                dropped[row.table] += _forget_local(conn, key)
                _delete(conn, row)
                applied += 1
            elif key in held:
                kept += 1
                _refresh_conflict(conn, key, row)
            else:
                writes.append(row)
        if not any(_refers_to(row, parked) for row in writes) and write_rows(conn, writes):
            applied += len(writes)  # the table's rows in a few statements (pull_rows)
            continue
        done, waiting = _write_one_by_one(conn, writes, parked)
        applied, kept = applied + done, kept + waiting
    written = _retry_after_deletions(conn)
    orphans = _drop_orphans(conn, dropped) if any(r.values is None for r in rows) else set()
    gone = len(orphans & set(contested))
    applied, kept = applied + written + gone, kept - written - gone
    dropped = +dropped
    if dropped:
        note_dropped(conn, dropped)
    return PullReport(applied=applied, held=kept, dropped=sum(dropped.values()))


def _write_one_by_one(conn: Connection, rows: list[RowState], parked: set[str]) -> tuple[int, int]:
    """Rows written one at a time (``parked`` grows): how many were written, how many parked."""
    applied = kept = 0
    for row in rows:
        key = (row.table, hex_id(row.row_id))
        if _refers_to(row, parked) or not _upsert(conn, row):
            # Its natural key is taken here by a row in conflict, or its parent waits: parked until resolved.
            _park(conn, key, row)
            parked.add(row.row_id)
            kept += 1
            continue
        applied += 1
        set_versions(conn, [(row.table, row.row_id, row.version)])
    return applied, kept


def _dependency_order(row: RowState) -> tuple[int, int]:
    """Parents before children, deletions (children first) after every write."""
    index = _TABLE_ORDER.get(row.table, len(_TABLE_ORDER))
    return (1, -index) if row.values is None else (0, index)


_TABLE_ORDER = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


def _refers_to(row: RowState, parked: set[str]) -> bool:
    if not parked:
        return False
    table = synced_table(row.table)
    return any(str(row.values.get(fk.parent.name)) in parked for fk in table.foreign_keys if row.values)


def _park(conn: Connection, key: tuple[str, str], row: RowState) -> None:
    conn.execute(
        sync_conflict.delete().where(
            sync_conflict.c.tbl == key[0], sync_conflict.c.row_id == key[1], sync_conflict.c.kind == PARKED
        )
    )
    conn.execute(
        sync_conflict.insert().values(
            id=str(uuid.uuid4()),
            changeset_id="",
            tbl=key[0],
            row_id=key[1],
            kind=PARKED,
            theirs=json.dumps(dict(row.values or {}), sort_keys=True),
            theirs_version=row.version,
            detected_at=datetime.now(UTC).isoformat(),
        )
    )


def retry_parked(conn: Connection) -> set[str]:
    """Write the parked rows of the office that fit now (after a resolution); the ids still parked."""
    rows = conn.execute(select(sync_conflict).where(sync_conflict.c.kind == PARKED)).all()
    states = [
        (r.id, RowState(r.tbl, str(uuid.UUID(r.row_id)), r.theirs_version, 0, json.loads(r.theirs)))
        for r in rows
    ]
    still: set[str] = set()
    for conflict_id, state in sorted(states, key=lambda s: _dependency_order(s[1])):
        if _refers_to(state, still) or not _upsert(conn, state):
            still.add(state.row_id)
            continue
        set_versions(conn, [(state.table, state.row_id, state.version)])
        conn.execute(sync_conflict.delete().where(sync_conflict.c.id == conflict_id))
    return still


def _retry_after_deletions(conn: Connection) -> int:
    """Deletions come last in a batch: a row parked because a row deleted later in the same batch held its
    natural key (a department deleted and created again under its name) fits now. How many were written."""
    waiting = conn.execute(
        select(func.count()).select_from(sync_conflict).where(sync_conflict.c.kind == PARKED)
    ).scalar_one()
    return int(waiting) - len(retry_parked(conn)) if waiting else 0


def _forget_local(conn: Connection, key: tuple[str, str]) -> int:
    where = "tbl = :t AND row_id = :r"
    params = {"t": key[0], "r": key[1]}
    count = int(conn.execute(text(f"SELECT count(*) FROM sync_change WHERE {where}"), params).scalar_one())
    conn.execute(text(f"DELETE FROM sync_change WHERE {where}"), params)
    conn.execute(text(f"DELETE FROM sync_conflict WHERE {where}"), params)
    conn.execute(
        text(f"DELETE FROM sync_row_version WHERE {where}"), params
    )  # a tombstone keeps no trace here
    _forget_as_existing(conn, key[1])
    return count


def _forget_as_existing(conn: Connection, row_id: str) -> None:
    """An open duplicate conflict whose existing row the office has deleted since keeps no copy of it: "theirs"
    must not bring the deleted row back (the screen then shows it as deleted, "merge" asks to sync first)."""
    gone = uuid.UUID(row_id)
    open_duplicates = conn.execute(
        select(sync_conflict.c.id, sync_conflict.c.existing_id).where(
            sync_conflict.c.existing_id.is_not(None), sync_conflict.c.resolution.is_(None)
        )
    )
    for conflict_id, existing in open_duplicates.all():
        if uuid.UUID(existing) == gone:
            conn.execute(
                sync_conflict.update()
                .where(sync_conflict.c.id == conflict_id)
                .values(theirs=None, existing_id=None)
            )


def _delete(conn: Connection, row: RowState) -> None:
    _delete_key(conn, (row.table, row.row_id))


def _delete_key(conn: Connection, key: tuple[str, str]) -> None:
    table = synced_table(key[0])
    conn.execute(table.delete().where(table.c.id == _ident(key)))


def _keep_deleted(conn: Connection, key: tuple[str, str], row: RowState) -> bool:
    """A row deleted at the office and changed (not deleted) here stays, its conflict "deleted there" showing
    the deletion; a change not sent yet gets that conflict from the office at the next push."""
    ops = set(conn.execute(select(sync_change.c.op).where(*_row_is(sync_change, key))).scalars())
    if not ops or "delete" in ops:
        return False
    table = synced_table(key[0])
    if conn.execute(select(table.c.id).where(table.c.id == _ident(key))).first() is None:
        return False
    conn.execute(sync_conflict.delete().where(*_row_is(sync_conflict, key), sync_conflict.c.kind == PARKED))
    conn.execute(
        sync_conflict.update()
        .where(*_row_is(sync_conflict, key), sync_conflict.c.resolution.is_(None))
        .values(kind="deleted_there", theirs=None, theirs_version=row.version, existing_id=None)
    )
    return True


def _row_is(table: Any, key: tuple[str, str]) -> tuple[Any, Any]:
    return (table.c.tbl == key[0], table.c.row_id == key[1])


def _ident(key: tuple[str, str]) -> Any:
    return from_wire_values(key[0], {"id": str(uuid.UUID(key[1]))})["id"]


def _drop_orphans(conn: Connection, dropped: Counter[str]) -> set[tuple[str, str]]:
    """Local changes of rows gone here (a cascade of a deletion) or referring to a row gone here, table by table,
    parents first: they go with their conflicts (an erased person's kept row under a deleted parent keeps nothing
    here). A few set-based reads per table, not one per held change."""
    changes = conn.execute(
        select(sync_change.c.tbl, sync_change.c.row_id).where(sync_change.c.op != "delete")
    ).all()
    by_table: dict[str, set[str]] = {}
    for change in changes:
        by_table.setdefault(change.tbl, set()).add(change.row_id)
    out: set[tuple[str, str]] = set()
    for name in sorted(by_table, key=lambda t: _TABLE_ORDER.get(t, 0)):
        for row_id in sorted(_orphans_of(conn, name, by_table[name])):
            key = (name, row_id)
            dropped[name] += _forget_local(conn, key)
            _delete_key(conn, key)  # its children here go by the cascade, and then in a later table
            out.add(key)
    return out


def _orphans_of(conn: Connection, name: str, row_ids: set[str]) -> set[str]:
    table = synced_table(name)
    idents = {_ident((name, r)): r for r in row_ids}
    fks = list(table.foreign_keys)
    found: dict[Any, Any] = {}
    keys = list(idents)
    for start in range(0, len(keys), CHUNK):
        part = keys[start : start + CHUNK]
        query = select(table.c.id, *(fk.parent for fk in fks)).where(table.c.id.in_(part))
        found.update((row.id, row) for row in conn.execute(query))
    out = {r for ident, r in idents.items() if ident not in found}
    for fk in fks:
        wanted = {row._mapping[fk.parent] for row in found.values()} - {None}
        missing = wanted - _present(conn, fk.column, wanted)
        out |= {idents[ident] for ident, row in found.items() if row._mapping[fk.parent] in missing}
    return out


def _present(conn: Connection, column: Any, values: set[Any]) -> set[Any]:
    listed, there = list(values), set[Any]()
    for start in range(0, len(listed), CHUNK):
        there.update(conn.execute(select(column).where(column.in_(listed[start : start + CHUNK]))).scalars())
    return there


def _upsert(conn: Connection, row: RowState) -> bool:
    """Write the office's state of a row; False when a local row in conflict holds its natural key."""
    table = synced_table(row.table)
    values = from_wire_values(row.table, row.values or {})
    values["id"] = from_wire_values(row.table, {"id": row.row_id})["id"]
    exists = conn.execute(select(table.c.id).where(table.c.id == values["id"])).first()
    try:
        with conn.begin_nested():
            if exists is None:
                conn.execute(table.insert().values(**values))
            else:
                conn.execute(table.update().where(table.c.id == values["id"]).values(**values))
    except IntegrityError:
        return False
    return True


def _refresh_conflict(conn: Connection, key: tuple[str, str], row: RowState) -> None:
    """An open conflict shows the office's newest state of the row, and a resolution is based on it."""
    conn.execute(
        sync_conflict.update()
        .where(
            sync_conflict.c.tbl == key[0],
            sync_conflict.c.row_id == key[1],
            sync_conflict.c.resolution.is_(None),
        )
        .values(theirs=json.dumps(dict(row.values or {}), sort_keys=True), theirs_version=row.version)
    )
