"""Damaged, read-only and locked workspace files for the error sweeps (shared by the CLI and the UI tests)."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PAGE = 4096  # SQLCipher 4's page size, also the demo's


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Name → hash of every file in ``folder`` (the log folder lives elsewhere).

    SQLite's shared-memory index (``-shm``) and an empty write-ahead log may be left by a connection that
    met damage: they hold no data and the next open recreates them, so they are not counted. A WAL with
    content would be a change and is counted. The writer lock's file (``.lock``) names who holds the workspace
    and is empty once released: it is no data either."""
    state = {}
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.name.endswith("-shm") or (p.name.endswith("-wal") and not p.stat().st_size):
            continue
        if p.name.endswith(".lock") and not p.stat().st_size:
            continue
        state[p.name] = digest(p)
    return state


def flip_bit(data: bytes, page: int) -> bytes:
    """One bit flipped inside ``page`` (past the salt of page 0, so SQLCipher reads the page and fails it)."""
    out = bytearray(data)
    out[page * PAGE + 1000] ^= 0x04
    return bytes(out)


def truncate(data: bytes, pages: int) -> bytes:
    return data[: pages * PAGE]


def zero_tail(data: bytes, pages: int) -> bytes:
    return data[: len(data) - pages * PAGE] + bytes(pages * PAGE)


def sample_pages(count: int, step: int) -> list[int]:
    """The first three pages (header, schema, first table), every ``step``-th page, and the last one."""
    return sorted({0, 1, 2, count - 1, *range(step, count, step)})


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` and its files unwritable, like a locked USB stick or an archive share.

    Permission bits do not stop root, so as root the folder and files are made immutable (chattr +i) instead.
    """
    files = [p for p in folder.iterdir() if p.is_file()]
    if sys.platform != "win32" and os.geteuid() == 0:
        targets = [str(p) for p in (*files, folder)]
        subprocess.run(["chattr", "+i", *targets], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *targets], check=True)
        return
    modes = {p: p.stat().st_mode for p in (*files, folder)}
    for p in files:
        p.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)
