"""One writer per workspace: the OS lock beside the file, its note of the holder, and stale locks of crashed
processes (a real second process holds the lock and is killed)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from verbund_desktop.persistence.errors import WorkspaceLockedError
from verbund_desktop.persistence.writer_lock import (
    acquire,
    holder_if_locked,
    lock_path_for,
    read_holder,
    stale_takeover_message,
)

_HOLD = """
import sys
from pathlib import Path
from verbund_desktop.persistence.writer_lock import acquire
lock = acquire(Path(sys.argv[1]), "Testprogramm")
print("gesperrt", flush=True)
if sys.stdin.readline().strip() == "freigeben":
    lock.release()
"""


def hold_in_other_process(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "gesperrt"
    proc.stdout.close()
    return proc


def test_a_second_holder_is_refused_and_told_who_holds_it(tmp_path: Path) -> None:
    db = tmp_path / "verbund.db"
    with acquire(db, "Verbund Desktop 0.1.0") as first:
        assert first.taken_over is None
        with pytest.raises(WorkspaceLockedError) as err:
            acquire(db, "verbund (Kommandozeile)")
        message = str(err.value)
        assert "Verbund Desktop 0.1.0" in message and platform.node() in message
        assert f"Prozess {os.getpid()}" in message and "nichts geändert" in message
        assert holder_if_locked(db) is not None
        note = read_holder(db)
        assert note is not None and note.pid == os.getpid() and note.program == "Verbund Desktop 0.1.0"
    assert holder_if_locked(db) is None
    assert read_holder(db) is None  # released cleanly: an empty note
    with acquire(db, "wieder") as again:
        assert again.taken_over is None
    assert lock_path_for(db).exists() and not db.exists()  # the lock never creates the database


def test_a_real_second_process_holds_the_lock_until_it_ends(tmp_path: Path) -> None:
    db = tmp_path / "verbund.db"
    proc = hold_in_other_process(db)
    try:
        holder = holder_if_locked(db)
        assert holder is not None and holder.pid == proc.pid and holder.program == "Testprogramm"
        with pytest.raises(WorkspaceLockedError, match=f"Prozess {proc.pid}"):
            acquire(db, "zweiter")
    finally:
        assert proc.stdin is not None
        proc.stdin.write("freigeben\n")
        proc.stdin.close()
        proc.wait(timeout=60)
    with acquire(db, "danach") as lock:
        assert lock.taken_over is None  # released before it ended: nothing stale


def test_the_lock_of_a_killed_process_is_taken_over_with_a_message(tmp_path: Path) -> None:
    db = tmp_path / "verbund.db"
    proc = hold_in_other_process(db)
    proc.kill()
    proc.wait(timeout=60)
    assert proc.stdin is not None
    proc.stdin.close()
    assert holder_if_locked(db) is None  # the operating system dropped the lock with the process
    with acquire(db, "Verbund Desktop") as lock:
        assert lock.taken_over is not None and lock.taken_over.pid == proc.pid
        message = stale_takeover_message(lock)
        assert message is not None and "übernommen" in message and str(proc.pid) in message
        assert read_holder(db) == lock.holder
