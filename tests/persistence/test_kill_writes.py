"""Crash safety: a child writes through the services and is killed with SIGKILL at random points, again and again.

Each round waits until the child has *reported* a drawn number of committed changes (none: it is killed while
opening the workspace), waits a random moment more while the child goes on writing, and kills it. After every
kill the (encrypted) database must pass ``PRAGMA integrity_check`` and hold every change the child reported as
committed; a change and its audit event are one transaction, so they are there together or not at all. WAL with
``synchronous=FULL`` is what the engine sets; the child checks that it really is in effect.

Nothing here depends on the machine's speed: the kill moments are counted in reported changes, not in seconds,
and no bound is put on how many commits a child manages or how long a round takes (a hanging child is ended by
the test's timeout, which is only a guard). POSIX only (``os.fork`` and SIGKILL), like every kill test here.
"""

from __future__ import annotations

import os
import random
import signal
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from verbund_desktop.assessment.consent_purposes import CONSENT_PURPOSE_DISABILITY
from verbund_desktop.persistence.engine import raw_connect
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.protection.consent import METHOD_PAPER, record_consent
from verbund_desktop.services.workspace.demo import create_demo_workspace

KEY = "Absturzsicher 2026"
ROUNDS = 40
REPORTED_BEFORE_KILL = (0, 1, 1, 2, 3, 5, 8)  # drawn per round: changes the child reports before the kill
TODAY = date.today()


def _child(path: Path, people: list[uuid.UUID], start: int, out: int) -> None:
    """Runs in the forked child: write until killed; report each change only after its commit returned."""
    from verbund_desktop.services.protection.privacy import privacy_overview, set_severely_disabled

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


def _run_round(path: Path, people: list[uuid.UUID], start: int, rng: random.Random) -> tuple[int, list[str]]:
    """One child, killed after it reported a drawn number of changes and a random moment more; returns
    (that number, every line it wrote)."""
    target = rng.choice(REPORTED_BEFORE_KILL)
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
    if target > 0:

        def reported() -> int:
            return sum(1 for line in data.decode().splitlines() if line.split()[:1] in (["C"], ["S"]))

        while reported() < target:
            chunk = os.read(read_fd, 65536)  # blocks until the child writes; no clock involved
            if not chunk:
                os.waitpid(pid, 0)
                raise AssertionError(f"the child ended by itself after {data.decode()!r}")
            data += chunk
    time.sleep(rng.uniform(0.0, 0.05))  # at a random moment of what follows: between or inside commits
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status  # still writing
    while chunk := os.read(read_fd, 65536):
        data += chunk
    os.close(read_fd)
    return target, data.decode().splitlines()


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


@pytest.mark.slow
@pytest.mark.timeout(1800)  # a guard against a hanging child only; the test asserts no duration
def test_every_reported_change_survives_sigkill_at_random_points(
    workspace: tuple[Path, list[uuid.UUID]],
) -> None:
    path, people = workspace
    rng = random.Random(4711)
    targets: list[int] = []
    for round_number in range(ROUNDS):
        target, lines = _run_round(path, people, start=round_number * 100_000, rng=rng)
        checked = _check(path, lines)
        assert checked >= target, (round_number, target, lines)  # the kill came after the reported changes
        targets.append(target)
    assert targets.count(0) > 0 and max(targets) == max(REPORTED_BEFORE_KILL)  # both kinds of kill happened
