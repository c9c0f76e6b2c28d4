"""No cyclic garbage collection while a worker thread runs our code (the opening step, a job).

A cyclic collection, started by an allocation in any thread, can free Qt objects that belong to the UI thread
while a worker is inside SQLAlchemy; that crashed the process (a segfault seen in CI). Reference counting still
frees everything else meanwhile. The pause is counted: several workers may overlap, and collection comes back
(if it was on before the first) when the last of them has ended. ``pause``/``resume`` are called on the UI
thread; the lock keeps the count right should a caller do otherwise.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


def pause() -> None:
    """Stop cyclic collection until the matching ``resume``."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1


def resume() -> None:
    """End one ``pause``; the last one turns collection back on if it was on before."""
    global _depth
    with _lock:
        if _depth == 0:
            return
        _depth -= 1
        if _depth == 0 and _was_enabled:
            gc.enable()


def active() -> int:
    """How many pauses are open (for tests)."""
    return _depth


@contextmanager
def paused() -> Iterator[None]:
    pause()
    try:
        yield
    finally:
        resume()
