"""One malloc arena for the whole process (glibc), so memory freed by one thread serves the next; and memory
freed by a large step given back to the operating system.

glibc gives each thread that allocates concurrently an arena of its own (up to eight per core). A page cache or
a view model built in a worker (the report tab's job, the opening worker) is freed into that worker's arena,
and the UI thread's next large step (the same report on the UI thread, a PDF) cannot reuse it: it grows its own
arena, and the process keeps both. Measured at network scale (bench_memory): the freed memory of the report
job (≈ 50 MiB) was allocated a second time; with one arena it is reused. The program's threads take turns at
the GIL anyway, so the shared arena's lock costs nothing measurable. Called first thing by the desktop program,
before any thread starts; elsewhere (macOS, Windows, musl) it does nothing.

``give_back`` returns the free memory of malloc's heap to the operating system (``malloc_trim``). SQLite's
page cache lives there; Python's own objects live in separate mappings, so a page cache freed after a large
unit of work (``persistence/engine.py``) would otherwise stay resident while the next step (building a PDF)
takes fresh memory beside it.
"""

from __future__ import annotations

import ctypes
import sys
from functools import cache
from typing import Any

M_ARENA_MAX = -8  # from <malloc.h>


@cache
def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None)  # the process's own symbols, as in crash_dumps
    except OSError:
        return None


def use_one_arena() -> bool:
    """Limit glibc's malloc to one arena; True when that took effect. Never raises."""
    try:
        return _libc() is not None and int(_libc().mallopt(M_ARENA_MAX, 1)) == 1
    except AttributeError:  # no glibc (musl has no mallopt)
        return False


def give_back() -> bool:
    """Return malloc's free memory to the operating system; True when glibc did so. Never raises."""
    try:
        return _libc() is not None and int(_libc().malloc_trim(0)) == 1
    except AttributeError:
        return False
