"""Whether this workspace takes part in a network at all, and what its status bar says about sync.

A workspace is enrolled once it holds the office's connection (online, ``client.connect_to_office``) or the sync
file's keys (``sync_file.set_file_keys``). Before that every row it has waits in the outbox, which says nothing
useful: the counts are only shown for an enrolled workspace.
"""

from __future__ import annotations

from dataclasses import dataclass

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync.outbox import SyncCounts, sync_counts
from verbund_desktop.services.workspace.content_seed import OFFICE_SETTING_KEY
from verbund_desktop.services.workspace.content_seed import is_enrolled as enrolled_here

# The workspace setting that holds the office's connection (written by ``client.connect_to_office``). Named here
# and in the content load, not in the client: the status bar needs it in every window, the HTTPS client only
# when syncing.
SETTING_KEY = OFFICE_SETTING_KEY


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    counts: SyncCounts | None  # None before enrolment


def is_enrolled(ws: Workspace) -> bool:
    """Connected to an office or holding the sync file's keys (the content load asks the same)."""
    with ws.unit_of_work() as uow:
        return enrolled_here(uow.session.connection())


def sync_status(ws: Workspace) -> SyncStatus:
    if not is_enrolled(ws):
        return SyncStatus(enrolled=False, counts=None)
    return SyncStatus(enrolled=True, counts=sync_counts(ws))


__all__ = ["SyncStatus", "is_enrolled", "sync_status"]
