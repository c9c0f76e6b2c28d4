"""At enrolment, the bundled content leaves the laptop's outbox: it enters as seed (version 0), as on the office.

A workspace created from the program holds the shipped catalogues, guides and example offers as pending inserts
(capture sees every write). Those rows have the same ids everywhere (UUID 5, ``services/workspace/content.py``),
the office holds them too, and an advisor's device may not write the shared tables, so pushing them would be
refused. The rule: a pending **insert** of a row in a shared table whose id is one this program version ships
(``bundled_content_ids``) is bundled content and is dropped from the outbox when the workspace enrols; the row stays, at version 0 (no
``sync_row_version``), the version the office's seeded copy has. Everything else waits and is pushed: the advisor's
own work made before enrolment (companies, people, their edits, an imported catalogue), and any update or delete
of a shared row (which the office then refuses visibly, never silently). Changesets left without changes are removed with them.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, delete, exists, select

from verbund_desktop.persistence.models.sync import sync_change, sync_changeset
from verbund_desktop.persistence.scope import SHARED_TABLES
from verbund_desktop.services.workspace.bundled_ids import bundled_content_ids


def _is_content_id(row_id: str) -> bool:
    try:
        return str(uuid.UUID(row_id)) in bundled_content_ids()
    except ValueError:
        return False


def settle_bundled_content(conn: Connection) -> int:
    """Drop the pending inserts of bundled content from the outbox (see the module text); returns how many."""
    candidates = conn.execute(
        select(sync_change.c.id, sync_change.c.row_id)
        .outerjoin(sync_changeset, sync_changeset.c.id == sync_change.c.changeset_id)
        .where(sync_change.c.op == "insert", sync_change.c.tbl.in_(sorted(SHARED_TABLES)))
        .where((sync_changeset.c.status == "pending") | sync_change.c.changeset_id.is_(None))
    ).all()
    bundled = [r.id for r in candidates if _is_content_id(r.row_id)]
    for start in range(0, len(bundled), 500):
        conn.execute(delete(sync_change).where(sync_change.c.id.in_(bundled[start : start + 500])))
    has_changes = exists().where(sync_change.c.changeset_id == sync_changeset.c.id)
    conn.execute(delete(sync_changeset).where(sync_changeset.c.status == "pending", ~has_changes))
    return len(bundled)


__all__ = ["settle_bundled_content"]
