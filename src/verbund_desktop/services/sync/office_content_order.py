"""Bundled content a newer program loaded into the office, entered into the network's sync order.

``verbund office init`` loads the catalogues, guides and example offers of the program's bundle that the office
lacks (``services/office/content.py``, the same loader as a laptop's). Laptops must pull that content, so every
row of a shared table the load inserted, changed or deleted gets its ``office_sync_row`` in one new server
sequence of the network, as one accepted changeset would: a new row at version 0 (as on a laptop that loaded the
same bundle itself, ``services/workspace/content_seed.py``), a changed row at its next version with the changed
columns marked, a deleted row as a tombstone. Rows are compared by value, so a load that changed nothing enters
nothing (idempotent).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models.sync import office_sync_row, office_sync_seq
from verbund_desktop.persistence.scope import SHARED_TABLES

Rows = dict[tuple[str, str], dict[str, Any]]


def shared_rows(session: Session) -> Rows:
    """Every row of the shared (content) tables by (table, id)."""
    rows: Rows = {}
    for table in Base.metadata.sorted_tables:
        if table.name in SHARED_TABLES:
            for found in session.execute(select(table)).mappings():
                rows[(table.name, str(found["id"]))] = dict(found)
    return rows


def enter_content_changes(session: Session, network_id: str, before: Rows, after: Rows) -> int:
    """Sync rows for the shared rows that differ between ``before`` and ``after``; returns how many."""
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    if not changed:
        return 0
    seq = session.scalar(
        select(office_sync_seq.c.last_seq).where(office_sync_seq.c.network_id == network_id).with_for_update()
    )
    server_seq = int(seq or 0) + 1
    known = {
        (r.tbl, r.row_id): r
        for r in session.execute(
            select(office_sync_row).where(office_sync_row.c.tbl.in_(sorted(SHARED_TABLES)))
        )
    }
    for key in changed:
        _enter(session, network_id, server_seq, key, known.get(key), before.get(key), after.get(key))
    if seq is None:
        session.execute(office_sync_seq.insert().values(network_id=network_id, last_seq=server_seq))
    else:
        session.execute(
            update(office_sync_seq)
            .where(office_sync_seq.c.network_id == network_id)
            .values(last_seq=server_seq)
        )
    return len(changed)


def _enter(
    session: Session,
    network_id: str,
    server_seq: int,
    key: tuple[str, str],
    known: Any,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
) -> None:
    fields: dict[str, int] = {} if known is None else json.loads(known.field_versions)
    if known is None and old is None:  # a new row: at version 0, as the laptops that load it themselves
        version = 0
    else:
        version = (0 if known is None else int(known.version)) + 1
        if old is not None and new is not None:
            fields.update({name: version for name in new if old.get(name) != new[name]})
    values = {
        "network_id": network_id,
        "company_id": None,
        "version": version,
        "server_seq": server_seq,
        "deleted": new is None,
        "field_versions": json.dumps(fields, sort_keys=True),
    }
    row = office_sync_row
    if known is None:
        session.execute(row.insert().values(tbl=key[0], row_id=key[1], **values))
    else:
        session.execute(row.update().where(row.c.tbl == key[0], row.c.row_id == key[1]).values(**values))
