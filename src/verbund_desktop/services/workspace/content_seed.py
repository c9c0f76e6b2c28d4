"""Bundled content a new program version loads into an enrolled workspace enters as seed, not as a change.

``sync_builtin_content`` adds new catalogue and guide versions and replaces the example offers when the bundle
changed. Capture sees those writes like any other; on a workspace that syncs with an office, pushing them would
be refused (the content every network shares is no device's to change, ``services/sync/office_scope.py``) and
sit in the outbox as refused changes. So, as at enrolment (``services/sync/enrolment.py``), the changes of the
shared tables that the content load made in its own transaction leave the outbox before it commits: the rows
are the program's, at the version they had (new ones at 0, as the office's seeded copy). Only rows of the
shared tables written by that transaction go; every other change — the advisor's own work, and even their own
pending edit of a shared row from before — stays as it was. Before enrolment nothing is done here: the whole
workspace waits in the outbox then, and enrolment settles the bundled content.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, select

from verbund_desktop.persistence.models import WorkspaceSetting
from verbund_desktop.persistence.models.sync import sync_change, sync_state
from verbund_desktop.persistence.scope import SHARED_TABLES

# Where a workspace keeps its connection to the office (``services/sync/client.py`` writes it).
OFFICE_SETTING_KEY = "sync.office"


def is_enrolled(conn: Connection) -> bool:
    """Connected to an office (online) or holding the sync file's keys."""
    online = conn.scalar(select(WorkspaceSetting.key).where(WorkspaceSetting.key == OFFICE_SETTING_KEY))
    file_key = conn.scalar(select(sync_state.c.file_key))
    return online is not None or bool(file_key)


def seed_content_changes(conn: Connection) -> int:
    """Drop this transaction's captured changes of shared rows on an enrolled workspace; returns how many.

    Call it after the content load, before the commit folds the captured rows into a changeset."""
    if conn.dialect.name != "sqlite" or not is_enrolled(conn):
        return 0
    fresh = (sync_change.c.changeset_id.is_(None)) & (sync_change.c.tbl.in_(sorted(SHARED_TABLES)))
    return int(conn.execute(delete(sync_change).where(fresh)).rowcount or 0)


__all__ = ["OFFICE_SETTING_KEY", "is_enrolled", "seed_content_changes"]
