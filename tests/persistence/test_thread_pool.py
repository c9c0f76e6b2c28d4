"""The encrypted workspace's connection pool (issue 11): one connection per thread, closed when its thread ends,
never while in use, however many threads come and go."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Connection, event

from verbund_desktop.persistence.thread_pool import PerThreadPool
from verbund_desktop.persistence.workspace import Workspace, create_workspace

_PASSPHRASE = "Eine lange Test-Passphrase 1"


@pytest.fixture
def encrypted(tmp_path: Path) -> Workspace:
    ws = create_workspace(tmp_path / "verschluesselt.db", _PASSPHRASE)
    yield ws  # type: ignore[misc]
    ws.close()


def _pool(ws: Workspace) -> PerThreadPool:
    pool = ws.engine.pool
    assert isinstance(pool, PerThreadPool)
    return pool


def _count(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SELECT count(*) FROM employee").scalar_one())


def _in_a_thread(work: object) -> None:
    thread = threading.Thread(target=work)  # type: ignore[arg-type]
    thread.start()
    thread.join()


def test_a_thread_s_connection_is_closed_when_the_thread_ends(encrypted: Workspace) -> None:
    closed: list[object] = []
    event.listen(encrypted.engine, "close", lambda dbapi, _rec: closed.append(dbapi))
    opened: list[object] = []

    def work() -> None:
        with encrypted.engine.connect() as conn:
            assert _count(conn) == 0
            opened.append(conn.connection.driver_connection)
        with encrypted.engine.connect() as conn:  # the same thread keeps its one connection
            assert conn.connection.driver_connection is opened[0]

    before = _pool(encrypted).open_count()
    _in_a_thread(work)
    assert closed == opened
    assert _pool(encrypted).open_count() == before


def test_no_connection_in_use_is_closed_however_many_threads_come_and_go(encrypted: Workspace) -> None:
    """SingletonThreadPool closed an arbitrary connection, in use or not, once pool_size threads had one."""
    held = threading.Event()
    others_done = threading.Event()
    outcome: list[int] = []

    def holder() -> None:
        with encrypted.engine.connect() as conn:
            assert _count(conn) == 0
            held.set()
            assert others_done.wait(120)
            outcome.append(_count(conn))

    def other() -> None:
        with encrypted.engine.connect() as conn:
            assert _count(conn) == 0

    first = threading.Thread(target=holder)
    first.start()
    assert held.wait(120)
    for _ in range(80):  # more threads than the old pool_size of 64
        _in_a_thread(other)
        assert _pool(encrypted).open_count() <= 2  # the holder's, and none left behind by ended threads
    others_done.set()
    first.join()
    assert outcome == [0]


def test_a_connection_still_checked_out_when_its_thread_ends_is_closed_at_its_check_in(
    encrypted: Workspace,
) -> None:
    handed: list[Connection] = []
    _in_a_thread(lambda: handed.append(encrypted.engine.connect()))
    conn = handed[0]
    record = conn.connection._connection_record
    assert record is not None
    assert _count(conn) == 0  # its thread ended, the connection works on
    assert record.dbapi_connection is not None
    conn.close()
    assert record.dbapi_connection is None  # closed once back in the pool


def test_each_qt_worker_job_s_connection_is_closed_after_the_job(encrypted: Workspace) -> None:
    """A QThreadPool thread's Python state, and with it every threading.local value, ends after each job: each
    job has a connection of its own, closed when the job ends instead of piling up in the pool."""
    from PySide6.QtCore import QRunnable, QThreadPool

    counts: list[int] = []

    class Job(QRunnable):
        def run(self) -> None:
            with encrypted.engine.connect() as conn:
                counts.append(_count(conn))

    workers = QThreadPool()
    workers.setMaxThreadCount(2)
    with encrypted.engine.connect() as mine:  # in use throughout
        for _ in range(70):
            workers.start(Job())
            workers.waitForDone()
            assert _pool(encrypted).open_count() <= 3
        assert _count(mine) == 0
    assert counts == [0] * 70
