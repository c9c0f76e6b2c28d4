"""SIGKILL of a laptop at random moments of push and pull, 50 times inside a sync: afterwards nothing the laptop
counts as synced is missing at the office, nothing is applied twice, and the next sync completes with both sides
equal."""

from __future__ import annotations

import os
import random
import select
import signal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text, update
from sqlalchemy import select as sql_select
from sqlalchemy.orm import Session

from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.persistence.models import Employee
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.sync.office_apply import Scope
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.run import sync

KILLS = 50


def _child(
    ws_path: Path, office_path: Path, scope: Scope, notes: str, ready: int
) -> None:  # pragma: no cover
    engine = create_engine(f"sqlite:///{office_path}")
    event.listen(engine, "connect", lambda conn, _r: conn.execute("PRAGMA foreign_keys = ON"))
    office = Office.__new__(Office)
    office.engine, office.network_id = engine, scope.network_id
    ws = open_workspace(ws_path)
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(sql_select(Employee.id).order_by(Employee.pseudonym_code)).first()
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes=notes))
        uow.commit()
    os.write(ready, b"s")  # the push and pull start now: the parent kills at a random moment of them
    sync(ws, Direct(office, scope))
    os._exit(0)


@pytest.mark.slow
def test_sigkill_during_push_and_pull(demo_template: Path, tmp_path: Path) -> None:
    office = Office(demo_template, tmp_path)
    office_path = tmp_path / "office.db"
    ws = laptop(demo_template, tmp_path, "a")
    ws_path = ws.path
    ws.close()
    office.engine.dispose()
    rng = random.Random(12)
    killed = 0
    # The kill comes at a random moment within ``span`` seconds after the sync started. ``span`` follows this
    # machine's speed in this run: a sync that finished before its kill shortens it, a killed one lengthens it a
    # little, so most kills land inside push or pull however fast or loaded the machine is.
    span = 0.08
    round_ = 0
    # Until 50 kills really cut a sync off: a round whose sync ended before its kill does not count.
    while killed < KILLS:
        assert round_ < 4 * KILLS, f"only {killed} of {round_} kills cut a sync off"
        round_ += 1
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            try:
                os.close(read_fd)
                _child(ws_path, office_path, office.scope(), f"Runde {round_}", write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        select.select([read_fd], [], [], 60.0)  # until the sync starts (or the child died)
        os.close(read_fd)
        delay = rng.uniform(0.0, span)
        select.select([], [], [], delay)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        cut_off = os.WIFSIGNALED(status)
        killed += cut_off
        span = min(span * 1.05, 2.0) if cut_off else max(delay * 0.8, 0.0005)
        ws = open_workspace(ws_path)
        try:
            with ws.engine.connect() as conn:
                accepted = list(
                    conn.execute(text("SELECT id FROM sync_changeset WHERE status = 'accepted'")).scalars()
                )
            with Session(office.engine) as session:
                logged = set(
                    session.execute(
                        text("SELECT changeset_id FROM office_sync_log WHERE status = 'accepted'")
                    ).scalars()
                )
                seqs = list(
                    session.execute(
                        text("SELECT server_seq FROM office_sync_log WHERE status = 'accepted'")
                    ).scalars()
                )
            assert set(accepted) <= logged  # what the laptop counts as synced is at the office
            assert len(seqs) == len(set(seqs))  # one server sequence per accepted changeset: nothing twice
            sync(ws, Direct(office, office.scope()))
            assert sync_counts(ws).pending == 0 and sync_counts(ws).conflicts == 0
            person = value(ws, "SELECT id FROM employee ORDER BY pseudonym_code LIMIT 1")
            mine = value(ws, "SELECT notes FROM employee WHERE id = :i", i=person)
            assert office.scalar("SELECT notes FROM employee WHERE id = :i", i=person) == mine
        finally:
            ws.close()
    assert killed >= KILLS  # the 50 kills, each in the middle of push or pull
