"""What a replica pulls: every accepted change in its scope after a cursor, in the network's total order."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from verbund_desktop.persistence.models.sync import office_sync_row, office_sync_seq
from verbund_desktop.services.sync.office_rows import Scope, as_uuid
from verbund_desktop.services.sync.schema import synced_table, to_wire_values
from verbund_desktop.sync.messages import Batch, RowState


def changes_since(session: Session, scope: Scope, cursor: int, limit: int = 1000) -> Batch:
    """Rows changed after ``cursor`` (current state, tombstones without content), at most about ``limit``.

    A batch never splits one accepted changeset (all its rows share a server sequence), so applying batch by
    batch never shows half of a transaction. ``until`` is the cursor to ask with next.
    """
    query = select(office_sync_row).where(
        office_sync_row.c.network_id == scope.network_id, office_sync_row.c.server_seq > cursor
    )
    if scope.company_ids is not None:
        query = query.where(
            or_(
                office_sync_row.c.company_id.is_(None),
                office_sync_row.c.company_id.in_(sorted(scope.company_ids)),
            )
        )
    query = query.order_by(office_sync_row.c.server_seq, office_sync_row.c.tbl, office_sync_row.c.row_id)
    rows = list(session.execute(query.limit(limit + 1)).all())
    more = len(rows) > limit
    if more:
        rows = _whole_changesets(session, query, rows, limit)
        until = rows[-1].server_seq
    else:
        last = session.scalar(
            select(office_sync_seq.c.last_seq).where(office_sync_seq.c.network_id == scope.network_id)
        )
        until = max(cursor, int(last or 0))
    states = tuple(_states(session, rows))
    return Batch(
        after=cursor, until=until, rows=states, more=more, erased=_erased(session, scope.network_id, rows)
    )


def _erased(session: Session, network_id: Any, rows: list[Any]) -> tuple[tuple[str, str], ...]:
    """Tombstones that must win on every laptop at once, with no conflict and no copy kept: those accepted in one
    changeset with a person's tombstone (``employee`` rows go by an Art. 17 erasure only) or with a consent
    withdrawn (what was stored on its basis goes). An ordinary deletion is none: a change there is a conflict."""
    seqs = sorted({r.server_seq for r in rows if r.deleted})
    if not seqs:
        return ()
    found = session.execute(
        select(
            office_sync_row.c.tbl,
            office_sync_row.c.row_id,
            office_sync_row.c.server_seq,
            office_sync_row.c.deleted,
        ).where(
            office_sync_row.c.network_id == network_id,
            office_sync_row.c.tbl.in_(("employee", "consent_record")),
            office_sync_row.c.server_seq.in_(seqs),
        )
    ).all()
    erasing = {r.server_seq for r in found if r.tbl == "employee" and r.deleted}
    consents = {as_uuid(r.row_id): r.server_seq for r in found if r.tbl == "consent_record"}
    if consents:
        table = synced_table("consent_record")
        withdrawn = session.scalars(
            select(table.c.id).where(table.c.id.in_(sorted(consents)), table.c.status == "withdrawn")
        )
        erasing |= {consents[w] for w in withdrawn}
    return tuple((r.tbl, r.row_id) for r in rows if r.deleted and r.server_seq in erasing)


def _whole_changesets(session: Session, query: Any, rows: list[Any], limit: int) -> list[Any]:
    """Cut at a changeset boundary; a single changeset larger than ``limit`` comes whole."""
    last_seq = rows[limit - 1].server_seq
    if rows[limit].server_seq != last_seq:
        return rows[:limit]
    kept = [r for r in rows if r.server_seq < last_seq]
    if kept:
        return kept
    return list(session.execute(query.where(office_sync_row.c.server_seq == last_seq)).all())


def _states(session: Session, rows: list[Any]) -> list[RowState]:
    values: dict[tuple[str, str], dict[str, Any]] = {}
    alive = sorted((r for r in rows if not r.deleted), key=lambda r: r.tbl)
    for name, group in groupby(alive, key=lambda r: r.tbl):
        table = synced_table(name)
        ids = [as_uuid(r.row_id) for r in group]
        for found in session.execute(select(table).where(table.c.id.in_(ids))).mappings():
            values[(name, str(found["id"]))] = to_wire_values(name, dict(found))
    return [
        RowState(
            table=r.tbl,
            row_id=r.row_id,
            version=r.version,
            server_seq=r.server_seq,
            values=None if r.deleted else values.get((r.tbl, r.row_id)),
        )
        for r in rows
    ]
