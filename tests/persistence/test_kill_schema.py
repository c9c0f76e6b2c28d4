"""Kill tests: SIGKILL at every step of workspace creation and of an upgrade from revision 1 to revision 2.

A forked child runs the real ``create_workspace`` or ``open_workspace`` and reports each step before it takes it:
every SQL statement on any engine, and the file steps around them (engines, backup copy, fsync, rename). A
calibration run without a kill lists the steps; then every round picks the next target step, waits until the
child reports it, lets a random moment pass and kills the child. After each kill the file must be complete or
absent (creation), or at revision 1 or 2 with every record (upgrade), and open with the program. Nothing bounds
the speed of the machine: the child is waited for as long as it takes. POSIX only (``os.fork``, SIGKILL), like
every kill test in this suite. Revision 2 exists only in the tests (tests/persistence/schema_revision2).
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy import select as sql_select

from tests.persistence.schema_revision2 import REVISION_1, REVISION_2, revision_2_available
from verbund_desktop.persistence import backup, workspace
from verbund_desktop.persistence.backup import list_backups, verify_backup
from verbund_desktop.persistence.engine import raw_connect
from verbund_desktop.persistence.models import Advisor, AuditEvent, Network
from verbund_desktop.persistence.workspace import Workspace, building_path, create_workspace, open_workspace

KILLS = 50  # at least; every step is hit once even when there are more steps
KEY = "Abbruch beim Aufbau"
Rows = dict[str, list[tuple[Any, ...]]]


# -- child side ---------------------------------------------------------------------------------------------
def _report_steps(out: int) -> None:
    """Make the child write ``step <n> <what>`` before each step; one write(2) per line (atomic on a pipe)."""
    counter = [0]

    def step(what: str) -> None:
        counter[0] += 1
        os.write(out, f"step {counter[0]} {what}\n".encode())

    def before_sql(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        step("sql:" + statement.split(None, 1)[0].upper())

    event.listen(Engine, "before_cursor_execute", before_sql)
    for module, names in (
        (workspace, ("make_engine", "make_schema_engine", "fsync_file", "move_into_place", "fsync_dir")),
        (workspace, ("_remove_with_side_files", "inspect_file")),
        (backup, ("_copy", "check_integrity", "prune_backups", "raw_connect")),
    ):
        for name in names:
            setattr(module, name, _announced(getattr(module, name), name, step))


def _announced(function: Callable[..., Any], name: str, step: Callable[[str], None]) -> Callable[..., Any]:
    @wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        step(name)
        result = function(*args, **kwargs)
        step(name + ":done")
        return result

    return wrapper


def _first_records(ws: Workspace) -> None:
    with ws.unit_of_work() as uow:
        network = Network(name="Verbund Nord")
        uow.session.add(network)
        uow.session.add(Advisor(network=network, name="Rüdiger Groß", is_current=True))
        uow.commit()


def _child(out: int, work: Callable[[], None]) -> None:
    _report_steps(out)
    try:
        work()
    except BaseException as exc:  # reported, so that the test fails with the reason
        os.write(out, f"error {type(exc).__name__}: {exc}\n".encode())
        os._exit(1)
    os.write(out, b"done\n")
    signal.pause()  # wait for the kill, as if the program went on running
    os._exit(0)


def _run_child(work: Callable[[], None], target: int | None, rng: random.Random) -> list[str]:
    """Fork a child doing ``work``; kill it a random moment after it reported step ``target`` (None: at the
    end of a full run). Returns the lines the child wrote."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(read_fd)
        try:
            _child(write_fd, work)
        finally:
            os._exit(1)
    os.close(write_fd)
    try:
        data = _read_until(read_fd, b"\ndone\n" if target is None else f"\nstep {target} ".encode())
        if target is not None:
            delay = rng.choice((0.0, rng.uniform(0, 0.002), rng.uniform(0, 0.02)))
            select.select([], [], [], delay)
    finally:
        os.kill(pid, signal.SIGKILL)  # also when the test fails: no child is left behind
        os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 65536):
        data += chunk
    os.close(read_fd)
    lines = data.decode().splitlines()
    assert not [line for line in lines if line.startswith("error ")], lines[-3:]
    return lines


def _read_until(read_fd: int, wanted: bytes) -> bytes:
    """Read the child's lines until ``wanted``, its end (``done``, an error) or its exit, however long it takes."""
    data = b"\n"  # every line starts after a newline: whole-line matches even for the first one
    while not any(mark in data for mark in (wanted, b"\ndone\n", b"\nerror ")):
        ready, _, _ = select.select([read_fd], [], [], 1.0)
        if ready:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            data += chunk
    return data


def _steps(lines: list[str]) -> list[str]:
    return [line.split(" ", 2)[2] for line in lines if line.startswith("step ")]


def _targets(step_names: list[str], kills: int) -> list[int]:
    """Every step, repeated from the start until there are ``kills`` rounds."""
    count = len(step_names)
    return [(n % count) + 1 for n in range(max(kills, count))]


# -- parent side: checks ------------------------------------------------------------------------------------
def _rows(path: Path, passphrase: str | None) -> Rows:
    conn = raw_connect(path, passphrase)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"'), key=repr) for name in names}
    finally:
        conn.close()


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _check_created(path: Path, passphrase: str | None) -> bool:
    """After a kill: no file under the real name, or the complete workspace. True when it exists."""
    if not path.exists():
        return False
    ws = open_workspace(path, passphrase)
    try:
        with ws.unit_of_work() as uow:
            names = list(uow.session.scalars(sql_select(Advisor.name)))
            networks = list(uow.session.scalars(sql_select(Network.name)))
    finally:
        ws.close()
    assert (names, networks) == (["Rüdiger Groß"], ["Verbund Nord"])
    assert _rows(path, passphrase)["alembic_version"] == [(REVISION_1,)]
    return True


@pytest.mark.slow
def test_sigkill_at_every_step_of_workspace_creation(tmp_path: Path) -> None:
    path = tmp_path / "neu.db"
    rng = random.Random(2611)

    def create(passphrase: str | None) -> Callable[[], None]:
        return lambda: create_workspace(path, passphrase, initialize=_first_records).close()

    calibration = _steps(_run_child(create(None), None, rng))
    assert _check_created(path, None)
    _remove(path)
    targets = _targets(calibration, KILLS)
    assert len(targets) >= 50
    outcomes = {False: 0, True: 0}
    for n, target in enumerate(targets):
        passphrase = KEY if n % 4 == 0 else None  # sqlcipher3 and sqlite3 both, the plain one more often
        _run_child(create(passphrase), target, rng)
        outcomes[_check_created(path, passphrase)] += 1
        leftovers = {p.name for p in tmp_path.iterdir()} - {path.name}
        assert leftovers <= {building_path(path).name, building_path(path).name + "-journal"}, leftovers
        _remove(path)
    assert outcomes[False] > 0 and outcomes[True] > 0  # kills before and after the rename
    create_workspace(path, None).close()  # remains of killed creations are no obstacle
    assert {p.name for p in tmp_path.iterdir()} == {path.name}


def _prepare_revision_1(path: Path) -> Rows:
    ws = create_workspace(path, None, initialize=_first_records)
    with ws.unit_of_work() as uow:
        for n in range(4):
            uow.session.add(AuditEvent(actor=f"Prüfer {n}", action="test", entity_type="network"))
        uow.commit()
    ws.close()
    return _rows(path, None)


def _check_migrated(path: Path, original: Rows, backups: Path) -> str:
    """After a kill: revision 1 exactly as before, or revision 2 with every record carried over."""
    rows = _rows(path, None)
    revision = rows["alembic_version"][0][0]
    if revision == REVISION_1:
        assert rows == original
        open_workspace(path, None, backup_dir=backups).close()  # the program at revision 1 opens it as it is
        assert _rows(path, None) == original
        return revision
    assert revision == REVISION_2
    assert {
        k: v for k, v in rows.items() if k not in ("audit_event", "kill_test_note", "alembic_version")
    } == {k: v for k, v in original.items() if k not in ("audit_event", "alembic_version")}
    assert sorted(r[:-1] for r in rows["audit_event"]) == sorted(original["audit_event"])
    assert sorted(r[-1] for r in rows["audit_event"]) == [f"R2:Prüfer {n}" for n in range(4)]
    assert sorted(r[2] for r in rows["kill_test_note"]) == [f"Prüfer {n}" for n in range(4)]
    with revision_2_available():
        open_workspace(path, None, backup_dir=backups).close()
    return revision


@pytest.mark.slow
def test_sigkill_at_every_step_of_an_upgrade_from_revision_1_to_2(tmp_path: Path) -> None:
    pristine = tmp_path / "revision1.db"
    original = _prepare_revision_1(pristine)
    path = tmp_path / "ws.db"
    backups = tmp_path / "Sicherungen"
    rng = random.Random(2612)

    def upgrade() -> None:
        with revision_2_available():
            open_workspace(path, None, backup_dir=backups).close()

    shutil.copyfile(pristine, path)
    calibration = _steps(_run_child(upgrade, None, rng))
    assert _check_migrated(path, original, backups) == REVISION_2
    targets = _targets(calibration, KILLS)
    assert len(targets) >= 50
    outcomes = {REVISION_1: 0, REVISION_2: 0}
    retries_with_backup = 0
    revision = REVISION_2
    for target in targets:
        if (
            revision == REVISION_2
        ):  # a fresh revision-1 file, and no backup yet: the backup steps are killed too
            _remove(path)
            shutil.copyfile(pristine, path)
            shutil.rmtree(backups, ignore_errors=True)
        else:  # the file a kill left at revision 1 is tried again as it was left
            retries_with_backup += len(list_backups(path, backups)) == 1
        _run_child(upgrade, target, rng)
        revision = _check_migrated(path, original, backups)
        outcomes[revision] += 1
        # every attempt saw the same content of revision 1: at most one backup, and it holds that content
        kept = list_backups(path, backups)
        assert len(kept) <= 1, kept
        for info in kept:
            assert verify_backup(info.path, None).revision == REVISION_1
            assert _rows(info.path, None) == original
    assert outcomes[REVISION_1] > 0 and outcomes[REVISION_2] > 0
    assert retries_with_backup > 0


def test_the_step_reporting_sees_schema_sql_and_file_steps(tmp_path: Path) -> None:
    lines = _run_child(lambda: create_workspace(tmp_path / "a.db", None).close(), None, random.Random(1))
    steps = _steps(lines)
    assert "sql:CREATE" in steps and "move_into_place" in steps and "fsync_dir:done" in steps
    assert steps.index("fsync_file") < steps.index("move_into_place") < steps.index("fsync_dir")
    assert sqlite3.connect(tmp_path / "a.db").execute("SELECT count(*) FROM alembic_version").fetchone() == (
        1,
    )
