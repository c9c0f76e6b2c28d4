"""The rows an office was seeded with, entered into the network's sync order so that laptops can pull them.

``verbund office seed`` copies a workspace's rows into the office; without an ``office_sync_row`` they are at
version 0 and in nobody's pull. :func:`enter_seeded_rows` gives each such row its sync row — version 0 (laptops
made from the same workspace still base their edits on 0, so nothing changes for them), its company (the scope)
and a server sequence: one for the network-wide rows (the network, advisors, joint courses and the shared
catalogues), then one per company. A pull therefore brings parents before children and never splits a company,
and a new, empty laptop can fetch its scope from scratch. Rows that already have a sync row are left alone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, null, select, update
from sqlalchemy.orm import Session

from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models.sync import office_sync_row, office_sync_seq
from verbund_desktop.persistence.scope import COMPANY_PARENT, company_path
from verbund_desktop.persistence.sync_capture import is_synced_table

BATCH = 5000


def _with_company(table: Table) -> Any:
    """``SELECT id, company`` for every row of ``table`` (company None for network-wide rows)."""
    tables = Base.metadata.tables
    if table.name == "company":
        return select(table.c.id, table.c.id.label("company"))
    if table.name not in COMPANY_PARENT:
        return select(table.c.id, null().label("company"))
    query = select(table.c.id, tables["company"].c.id.label("company")).select_from(table)
    for child, column, parent in company_path(table.name):
        query = query.join(tables[parent], tables[child].c[column] == tables[parent].c.id)
    return query


def enter_seeded_rows(session: Session, network_id: str) -> int:
    """Sync rows for every seeded row of the office that has none; returns how many (see the module text)."""
    known = {
        (r.tbl, r.row_id) for r in session.execute(select(office_sync_row.c.tbl, office_sync_row.c.row_id))
    }
    last = session.scalar(
        select(office_sync_seq.c.last_seq).where(office_sync_seq.c.network_id == network_id)
    )
    base = int(last or 0)
    companies: dict[str, int] = {}
    fresh: list[dict[str, Any]] = []
    for table in Base.metadata.sorted_tables:
        if not is_synced_table(table.name) or "id" not in table.c:
            continue
        for ident, company in session.execute(_with_company(table)):
            key = (table.name, str(ident))
            if key in known:
                continue
            owner = None if company is None else str(company)
            seq = base + 1 if owner is None else base + 2 + companies.setdefault(owner, len(companies))
            fresh.append(
                {
                    "tbl": key[0],
                    "row_id": key[1],
                    "network_id": network_id,
                    "company_id": owner,
                    "version": 0,
                    "server_seq": seq,
                    "deleted": False,
                    "field_versions": "{}",
                }
            )
    for start in range(0, len(fresh), BATCH):
        session.execute(office_sync_row.insert(), fresh[start : start + BATCH])
    if fresh:
        top = max(r["server_seq"] for r in fresh)
        if last is None:
            session.execute(office_sync_seq.insert().values(network_id=network_id, last_seq=top))
        else:
            session.execute(
                update(office_sync_seq).where(office_sync_seq.c.network_id == network_id).values(last_seq=top)
            )
    return len(fresh)
