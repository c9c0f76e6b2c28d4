"""One connection per thread, closed when its thread ends, and never one that is in use.

SQLAlchemy's ``SingletonThreadPool`` keeps one connection per thread in a ``threading.local`` and closes an
arbitrary connection once ``pool_size`` threads have one, even one another thread is using (its documented
caveat). Raising ``pool_size`` only raised the threshold, and it was reached: a ``QThreadPool`` thread's Python
thread state (and with it every ``threading.local`` value) ends after each job, so every job of the program
opened a new connection and the old ones stayed in the pool's list until the threshold, when one of them (the
report job's, in use) was closed under it.

:class:`PerThreadPool` hands out the same per-thread connection, but closes a connection only when its thread's
``threading.local`` storage goes (the thread, or a Qt worker's Python thread state, has ended), and only once it
is back in the pool: a connection still checked out then is closed at its check-in. There is no size limit, so
nothing is ever closed to make room; the open connections are those of the threads that have one now.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from typing import Any

from sqlalchemy.pool import ConnectionPoolEntry, SingletonThreadPool


class _ThreadMark:
    """Lives in one thread's ``threading.local``: it goes when that thread's storage goes."""

    __slots__ = ("__weakref__",)


class PerThreadPool(SingletonThreadPool):
    """``SingletonThreadPool`` without its arbitrary closing: see the module's docstring."""

    def __init__(self, creator: Any, pool_size: int = 5, **kw: Any) -> None:
        super().__init__(creator, pool_size=pool_size, **kw)
        self._marks = threading.local()
        self._lock = threading.RLock()  # re-entrant: a finalizer never waits for its own thread
        self._in_use: set[ConnectionPoolEntry] = set()
        self._ended: set[ConnectionPoolEntry] = set()  # their thread ended while they were checked out

    def open_count(self) -> int:
        """How many connections this pool holds open (for tests and diagnostics)."""
        with self._lock:
            return len(self._all_conns) + len(self._ended)

    def _cleanup(self) -> None:
        """Never close a connection to make room: another thread may be using it."""

    def _do_get(self) -> ConnectionPoolEntry:
        try:
            current = self._conn.current()
        except AttributeError:
            current = None
        if current is not None:
            with self._lock:
                self._in_use.add(current)
            return current
        record = self._create_connection()
        self._conn.current = weakref.ref(record)
        mark = _ThreadMark()
        self._marks.current = mark
        ended = weakref.finalize(mark, _thread_ended, weakref.ref(self), record)
        ended.atexit = False  # at exit the engine's dispose (or the process) closes what is left
        with self._lock:
            self._all_conns.add(record)
            self._in_use.add(record)
        return record

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        super()._do_return_conn(record)
        with self._lock:
            self._in_use.discard(record)
            close = record in self._ended
            self._ended.discard(record)
        if close:
            record.close()

    def _close_after_thread(self, record: ConnectionPoolEntry) -> None:
        with self._lock:
            self._all_conns.discard(record)
            if record in self._in_use:
                self._ended.add(record)  # closed at its check-in
                return
        record.close()

    def dispose(self) -> None:
        with self._lock:
            records = [*self._all_conns, *self._ended]
            self._all_conns.clear()
            self._ended.clear()
            self._in_use.clear()
        for record in records:
            with contextlib.suppress(Exception):  # as SingletonThreadPool: a broken one is gone anyway
                record.close()


def _thread_ended(pool_ref: weakref.ref[PerThreadPool], record: ConnectionPoolEntry) -> None:
    pool = pool_ref()
    if pool is not None:
        pool._close_after_thread(record)
    else:
        record.close()
