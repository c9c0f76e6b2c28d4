"""Peak memory at network scale (issue 11): page caches serve one unit of work, one malloc arena, freed memory
given back to the operating system."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from verbund_desktop import malloc_arenas
from verbund_desktop.persistence.workspace import Workspace, create_workspace


def test_a_connection_back_in_the_pool_gives_its_page_cache_back(ws: Workspace) -> None:
    with ws.engine.connect() as conn:
        driver = conn.connection.driver_connection
        seen: list[str] = []
        driver.set_trace_callback(seen.append)
        assert conn.exec_driver_sql("SELECT count(*) FROM employee").scalar() == 14
        assert "PRAGMA shrink_memory" not in seen  # not while the unit of work runs
    driver.set_trace_callback(None)
    assert seen[-1] == "PRAGMA shrink_memory"
    with ws.engine.connect() as conn:  # the connection works on as before
        assert conn.exec_driver_sql("SELECT count(*) FROM employee").scalar() == 14


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_one_arena_takes_effect_in_a_fresh_process_and_giving_back_never_raises() -> None:
    probe = (
        "from verbund_desktop import malloc_arenas\n"
        "print(malloc_arenas.use_one_arena(), malloc_arenas.give_back() in (True, False))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["True", "True"]


def test_elsewhere_both_do_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(malloc_arenas, "_libc", lambda: None)
    assert malloc_arenas.use_one_arena() is False
    assert malloc_arenas.give_back() is False


def test_a_connection_in_use_is_never_closed_when_more_threads_connect(tmp_path: Path) -> None:
    """SingletonThreadPool (encrypted workspaces) closed an arbitrary connection once five threads had one,
    even one in use."""
    import threading

    ws = create_workspace(tmp_path / "verschluesselt.db", "Eine lange Test-Passphrase 1")

    held = threading.Event()
    others_done = threading.Event()
    outcome: list[object] = []

    def holder() -> None:
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").scalar()
            held.set()
            assert others_done.wait(60)
            outcome.append(conn.exec_driver_sql("SELECT count(*) FROM employee").scalar())

    def other() -> None:
        with ws.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").scalar()

    first = threading.Thread(target=holder)
    first.start()
    assert held.wait(60)
    for _ in range(8):  # more threads than the pool's old default size of five
        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
    others_done.set()
    first.join()
    ws.close()
    assert outcome == [0]
