"""The office's rows of one table written here set-based: one statement per kind instead of several per row.

Used by the pull for the rows that are neither held (a local change) nor waiting for a parked parent. Inside a
savepoint: the rows already here are updated, the others inserted, each kind in one executemany, in the order
given; then their versions. A row the database refuses (its natural key taken here by a row in conflict) rolls
the savepoint back and the pull writes those rows one by one as before, parking the refused ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select
from sqlalchemy.exc import IntegrityError

from verbund_desktop.services.sync.outbox import set_versions
from verbund_desktop.services.sync.schema import from_wire_values, synced_table
from verbund_desktop.sync.messages import RowState

CHUNK = 500


def _present(conn: Connection, table: Table, ids: list[Any]) -> set[Any]:
    found: set[Any] = set()
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        found.update(conn.execute(select(table.c.id).where(table.c.id.in_(part))).scalars())
    return found


def _values(row: RowState) -> dict[str, Any]:
    values = from_wire_values(row.table, row.values or {})
    values["id"] = from_wire_values(row.table, {"id": row.row_id})["id"]
    return values


def write_rows(conn: Connection, rows: Sequence[RowState]) -> bool:
    """Write ``rows`` (all of one table, with values) and their versions; False (nothing written) if refused."""
    if not rows:
        return True
    table = synced_table(rows[0].table)
    decoded = [_values(r) for r in rows]
    present = _present(conn, table, [v["id"] for v in decoded])
    try:
        with conn.begin_nested():
            for (update, _names), run in groupby(
                decoded, key=lambda v: (v["id"] in present, tuple(sorted(v)))
            ):
                batch = list(run)
                if update:
                    statement = table.update().where(table.c.id == bindparam("_key"))
                    conn.execute(statement, [{"_key": v["id"], **v} for v in batch])
                else:
                    conn.execute(table.insert(), batch)
            set_versions(conn, [(r.table, r.row_id, r.version) for r in rows])
    except IntegrityError:
        return False
    return True
