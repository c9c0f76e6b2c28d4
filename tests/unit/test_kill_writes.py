"""Crash safety: a child writes through the services and is killed with SIGKILL at random points, again and again.

After every kill the (encrypted) database must pass ``PRAGMA integrity_check`` and hold every change the child
reported as committed; a change and its audit event are one transaction, so they are there together or not at all.
WAL with ``synchronous=FULL`` is what the engine sets; the child checks that it really is in effect.
POSIX only (``os.fork`` and SIGKILL), like every kill test in this suite.
"""

from __future__ import annotations

import os
import random
import select
import signal
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from verbund_desktop.persistence.engine import raw_connect
from verbund_desktop.persistence.models import CONSENT_PURPOSE_DISABILITY
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.consent import METHOD_PAPER, record_consent
from verbund_desktop.services.demo import create_demo_workspace

KEY = "Absturzsicher 2026"
ROUNDS = 55
TODAY = date.today()


def _child(path: Path, people: list[uuid.UUID], start: int, out: int) -> None:
    """Runs in the forked child: write until killed; report each change only after its commit returned."""
    from verbund_desktop.services.privacy import privacy_overview, set_severely_disabled

    ws = open_workspace(path, KEY)
    with ws.engine.connect() as conn:
        modes = (
            conn.execute(text("PRAGMA journal_mode")).scalar(),
            conn.execute(text("PRAGMA synchronous")).scalar(),
        )
    os.write(out, f"ready {modes[0]} {modes[1]}\n".encode())
    seq = start
    while True:
        person = people[seq % len(people)]
        if seq % 2 == 0:
            info = record_consent(
                ws, person, method=METHOD_PAPER, given_on=TODAY, actor=f"kill-{seq}", text_version=f"K{seq}"
            )
            os.write(out, f"C {seq} {info.id}\n".encode())
        else:
            overview = privacy_overview(ws, person)
            value = not (overview is not None and overview.severely_disabled)  # always a change
            set_severely_disabled(ws, actor=f"kill-{seq}", employee_id=person, value=value)
            os.write(out, f"S {seq} {person} {int(value)}\n".encode())
        seq += 1


def _run_round(path: Path, people: list[uuid.UUID], start: int, rng: random.Random) -> list[str]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(read_fd)
        try:
            _child(path, people, start, write_fd)
        finally:
            os._exit(1)
    os.close(write_fd)
    data = b""
    if rng.random() < 0.15:
        time.sleep(rng.uniform(0, 0.08))  # now and then while the child is still opening the workspace
    else:
        deadline = time.monotonic() + 10
        while b"ready" not in data and time.monotonic() < deadline:
            ready, _, _ = select.select([read_fd], [], [], 0.5)
            if ready:
                data += os.read(read_fd, 65536)
        time.sleep(rng.uniform(0.0, 0.12))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 65536):
        data += chunk
    os.close(read_fd)
    return data.decode().splitlines()


def _check(path: Path, lines: list[str]) -> int:
    conn = raw_connect(path, KEY)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        consents = {row[0]: row[1] for row in conn.execute("SELECT id, text_version FROM consent_record")}
        actors = {row[0] for row in conn.execute("SELECT actor FROM audit_event WHERE actor LIKE 'kill-%'")}
        latest = {}
        for subject, value, _at in conn.execute(
            "SELECT subject_id, new_value, at FROM audit_event WHERE field = 'severely_disabled' ORDER BY at"
        ):
            latest[subject] = value
        stored = dict(
            conn.execute("SELECT id, severely_disabled FROM employee WHERE severely_disabled IS NOT NULL")
        )
    finally:
        conn.close()
    checked = 0
    for line in lines:
        parts = line.split()
        if parts[0] == "ready":
            assert parts[1:] == ["wal", "2"], line  # WAL and synchronous=FULL are really in effect
        elif parts[0] == "C":
            seq, ident = parts[1], uuid.UUID(parts[2])
            assert consents.get(ident.hex) == f"K{seq}" or consents.get(str(ident)) == f"K{seq}", line
            assert f"kill-{seq}" in actors, line
            checked += 1
        elif parts[0] == "S":
            assert f"kill-{parts[1]}" in actors, line
            checked += 1
    # the field and its audit trail moved together: the current value is the last audited one
    for subject, value in latest.items():
        assert stored.get(subject) == (1 if value in ("true", True, 1) else 0), (subject, value)
    return checked


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, list[uuid.UUID]]:
    path = tmp_path / "absturz.db"
    ws = create_demo_workspace(path, KEY)
    with ws.engine.connect() as conn:
        people = [
            uuid.UUID(str(r[0]))
            for r in conn.execute(text("SELECT id FROM employee ORDER BY pseudonym_code"))
        ]
    for person in people:  # the explicit consent the Art. 9 field needs
        record_consent(
            ws, person, method=METHOD_PAPER, given_on=TODAY, actor="T", purpose=CONSENT_PURPOSE_DISABILITY
        )
    ws.close()
    return path, people


def test_every_reported_change_survives_sigkill_at_random_points(
    workspace: tuple[Path, list[uuid.UUID]],
) -> None:
    path, people = workspace
    rng = random.Random(4711)
    started = time.monotonic()
    reported = 0
    kills_during_writes = 0
    for round_number in range(ROUNDS):
        lines = _run_round(path, people, start=round_number * 100_000, rng=rng)
        writes = _check(path, lines)
        reported += writes
        kills_during_writes += writes > 0
    elapsed = time.monotonic() - started
    assert kills_during_writes >= ROUNDS // 2  # most kills hit a child in the middle of writing
    assert reported > ROUNDS  # and many changes were committed and checked
    assert elapsed < 60
