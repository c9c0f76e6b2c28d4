"""Copying a live workspace from one read snapshot, in steps: progress, cancel, and edits saved meanwhile.

SQLite's online backup restarts whenever another connection writes between two steps, and a one-step copy
can neither report progress nor be cancelled. Here the source connection opens one read transaction first and
keeps it for every step: in WAL mode that is a snapshot, so the copy is the database of one moment while other
connections go on committing (their commits go to the WAL, which a snapshot does not see), and it never
restarts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

STEP_PAGES = 1024  # 4 MiB of pages per step: a progress report and a chance to cancel about every 50 ms

# Pages copied so far and pages in all.
Progress = Callable[[int, int], None]


class CopyCancelledError(Exception):
    """The copy was cancelled between two steps; the caller removes what it wrote."""


def copy_pages(
    source: Any, target: Any, *, progress: Progress | None = None, cancel: threading.Event | None = None
) -> None:
    """Every page of ``source`` (a DB-API connection) into ``target`` from one snapshot."""
    began = not source.in_transaction
    if began:
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here

    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            raise CopyCancelledError
        if progress is not None:
            progress(total - remaining, total)

    try:
        source.backup(target, pages=STEP_PAGES, progress=step)
    finally:
        if began:
            source.rollback()
