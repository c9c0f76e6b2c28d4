"""Kill test: nothing reported as saved is lost when the program is killed (SIGKILL) at a random moment.

A child process imports everything once (PySide6 offscreen, the services, the real competency view) and then
forks one interview process per round. That process opens the workspace, drives the real ``CompetencyView``
with key presses (digits, Delete, N, priorities), notes and undo/redo, and reports each value only after its
commit returned (``WorkspaceContext.saved`` was emitted). The test waits until the process has *reported* a
drawn number of saved values (now and then none: a kill during start-up), waits a random moment more while it
goes on typing, kills it with SIGKILL, reopens the database, compares every field with what was reported and
runs ``PRAGMA integrity_check``. One database is reused across all rounds. POSIX only (``os.fork``).

No assertion depends on the machine's speed: kill moments are counted in reported saves, and nothing bounds how
many saves a round manages or how long it takes (the test's timeout only ends a child that hangs).

Run as a script (``--child``), this module is the child; the test process itself imports no Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import IO, Any

import pytest

KILLS = 60
SAVED_BEFORE_KILL = (1, 2, 3, 5, 8, 13)  # drawn per round: values the child reports saved before the kill
STARTUP_KILLS = 0.2  # share of rounds killed at a random moment of the start-up instead
FIELDS = (
    "self_level",
    "supervisor_level",
    "agreed_level",
    "target_level",
    "priority",
    "note",
    "not_applicable",
)
Snapshot = dict[tuple[str, str], Any]


# -- child side (runs in the subprocess) ---------------------------------------------------------------------
def _emit(text: str) -> None:
    """One write(2) per line: a pipe write below PIPE_BUF is atomic, so a kill never leaves half a line."""
    os.write(1, (text + "\n").encode())


def _interview(db: Path, employee: uuid.UUID, seed: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from verbund_desktop.persistence.workspace import open_workspace
    from verbund_desktop.ui.common import operations
    from verbund_desktop.ui.common.context import WorkspaceContext
    from verbund_desktop.ui.competency.competency_view import CompetencyView
    from verbund_desktop.ui.competency.rating_model import COLUMN_FIELDS, LEVEL_COLUMNS, Column

    class FailLoudly:
        """run_action would show a modal message box and wait; here any error ends the round visibly."""

        @staticmethod
        def warning(_parent: object, _title: str, text: str) -> None:
            _emit(f"error {text}")
            os._exit(1)

        critical = warning

    operations.QMessageBox = FailLoudly  # type: ignore[misc,assignment]
    ws = open_workspace(db)
    context = WorkspaceContext(ws, "Kill-Test")
    saved = [0]
    context.saved.connect(lambda *_: saved.__setitem__(0, saved[0] + 1))
    view = CompetencyView(context)
    view.set_subject(employee)
    rng = random.Random(seed)
    _emit("ready")
    notes = ("Möchte Excel vertiefen", "Schulung über den Verbund", "Rücksprache mit Führungskraft", "")
    while True:
        row = rng.choice(view.model.ratings())
        grid_row = view.model.row_of(row.id)
        scale = view.model.scale_of(row)
        kind = rng.choice(
            ("digit", "digit", "digit", "digit", "delete", "na", "priority", "note", "undo", "redo")
        )
        target: tuple[str, Any]
        if kind == "undo" or kind == "redo":
            stack = view.undo_stack
            index = stack.index() - 1 if kind == "undo" else stack.index()
            if not 0 <= index < stack.count():
                continue
            command: Any = stack.command(index)
            target = (str(command.rating_id), command.field.value)
            value = command.old if kind == "undo" else command.new
            _emit(f"intent {target[0]} {target[1]} {json.dumps(value)}")
            before = saved[0]
            (view.undo_action if kind == "undo" else view.redo_action).trigger()
        else:
            if kind == "digit":
                column = rng.choice(LEVEL_COLUMNS)
                value = rng.randint(scale.min_level, scale.max_level)
                keys = [Qt.Key(Qt.Key.Key_0 + value)]
            elif kind == "priority":
                column, value = Column.PRIORITY, rng.choice((1, 2, 3))
                keys = [Qt.Key(Qt.Key.Key_0 + value)]
            elif kind == "delete":
                column = rng.choice((*LEVEL_COLUMNS, Column.PRIORITY))
                value, keys = None, [Qt.Key.Key_Delete]
            elif kind == "na":
                column, value, keys = Column.NOT_APPLICABLE, not row.values.not_applicable, [Qt.Key.Key_N]
            else:
                column, value, keys = Column.NOTE, rng.choice(notes), []
            which = COLUMN_FIELDS[column]
            if row.values.get(which) == value:
                continue
            target = (str(row.id), which.value)
            _emit(f"intent {target[0]} {target[1]} {json.dumps(value)}")
            before = saved[0]
            view.grid.focus_cell(grid_row, column)
            if keys:
                for key in keys:
                    QTest.keyClick(view.grid, key)
            else:  # what the note editor does when Enter closes it
                view.model.setData(view.model.index(grid_row, Column.NOTE), value)
        if saved[0] != before + 1:
            raise RuntimeError(f"{kind} was not committed")
        shown = view.model.rating_at(view.model.row_of(uuid.UUID(target[0])))
        assert shown is not None
        _emit(f"saved {target[0]} {target[1]} {json.dumps(getattr(shown.values, target[1]))}")


def child_main(db: Path, employee: uuid.UUID) -> None:
    """Fork server: warm everything up once, then fork one interview process per ``go <seed>`` line."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from verbund_desktop.persistence.workspace import open_workspace
    from verbund_desktop.ui.common.context import WorkspaceContext
    from verbund_desktop.ui.competency.competency_view import CompetencyView

    app = QApplication([sys.argv[0]])
    warm = open_workspace(db)
    CompetencyView(WorkspaceContext(warm, "Kill-Test")).set_subject(employee)  # fonts, styles, imports
    warm.close()  # no open SQLite connection may cross a fork
    app.processEvents()
    _emit("server-ready")
    for line in sys.stdin:
        seed = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _interview(db, employee, seed)
            except BaseException as exc:  # any failure must show in the parent, never return into the loop
                _emit(f"error {type(exc).__name__}: {exc}")
                code = 1
            finally:
                os._exit(code)
        _emit(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        _emit(f"reaped {status}")


# -- test side -----------------------------------------------------------------------------------------------
def snapshot(db: Path, assessment: uuid.UUID) -> tuple[Snapshot, str]:
    """Every field of every rating, read after reopening the workspace, and the integrity check result."""
    from sqlalchemy import select, text

    from verbund_desktop.persistence.models import CompetencyRating
    from verbund_desktop.persistence.workspace import open_workspace

    ws = open_workspace(db)
    try:
        with ws.unit_of_work() as uow:
            check = uow.session.execute(text("PRAGMA integrity_check")).scalar_one()
            rows = uow.session.scalars(
                select(CompetencyRating).where(CompetencyRating.assessment_id == assessment)
            ).all()
            values = {(str(r.id), f): getattr(r, f) for r in rows for f in FIELDS}
    finally:
        ws.close()
    return values, check


def prepare(tmp_path: Path) -> tuple[Path, uuid.UUID, uuid.UUID]:
    """The demo workspace (unencrypted) with an open re-interview of one person."""
    from sqlalchemy import select

    from verbund_desktop.persistence.models import Employee
    from verbund_desktop.services.competency.assessments import start_reinterview
    from verbund_desktop.services.workspace.demo import create_demo_workspace

    db = tmp_path / "kill.db"
    ws = create_demo_workspace(db, None)
    try:
        with ws.unit_of_work() as uow:
            employee = uow.session.scalars(select(Employee.id).where(Employee.last_name == "Weiß")).one()
        assessment = start_reinterview(ws, employee, actor="Kill-Test")
    finally:
        ws.close()
    return db, employee, assessment


class ChildOutput:
    """Lines from the child's stdout. No deadline: a slow machine only makes the wait longer; a child that
    ends fails the test at once, and one that hangs is ended by the test's timeout."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._fd = stream.fileno()
        self._buffer = b""

    def line(self) -> str:
        while b"\n" not in self._buffer:
            chunk = os.read(self._fd, 65536)
            if not chunk:
                raise AssertionError(f"the child ended early (pending output {self._buffer!r})")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()


@pytest.mark.slow
@pytest.mark.timeout(1800)  # a guard against a hanging child only; the test asserts no duration
def test_sigkill_at_random_moments_loses_no_saved_rating(tmp_path: Path) -> None:
    db, employee, assessment = prepare(tmp_path)
    expected, check = snapshot(db, assessment)
    assert check == "ok" and expected
    rng = random.Random(20261126)
    stderr = (tmp_path / "child.err").open("w")
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(db), str(employee)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=stderr,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert child.stdin is not None and child.stdout is not None
    output = ChildOutput(child.stdout)
    saved_total = in_flight_committed = awaited = 0
    finished = False
    pid: int | None = None
    try:
        assert output.line() == "server-ready"
        for round_no in range(KILLS):
            child.stdin.write(f"go {rng.randrange(1 << 30)}\n".encode())
            child.stdin.flush()
            lines: list[str] = []
            pid = None
            while pid is None:
                line = output.line()
                if line.startswith("pid "):
                    pid = int(line.split()[1])
                else:
                    lines.append(line)
            target = 0 if rng.random() < STARTUP_KILLS else rng.choice(SAVED_BEFORE_KILL)
            while sum(1 for x in lines if x.startswith("saved ")) < target:
                lines.append(output.line())
                assert not lines[-1].startswith(("error", "reaped")), lines
            awaited += target
            # at a random moment of what follows: the start-up, or between or during commits
            time.sleep(rng.uniform(0.0, 0.15 if target == 0 else 0.05))
            # If it ended by itself, only an error did that; its lines say which and fail below.
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            while not (line := output.line()).startswith("reaped "):
                lines.append(line)
            assert not [x for x in lines if x.startswith("error")], lines
            status = int(line.split()[1])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (round_no, status)

            pending: tuple[tuple[str, str], Any] | None = None
            saves = 0
            for entry in lines:
                kind, _, rest = entry.partition(" ")
                if kind in ("intent", "saved"):
                    rating, field, value = rest.split(" ", 2)
                    if kind == "intent":
                        pending = ((rating, field), json.loads(value))
                    else:
                        expected[(rating, field)] = json.loads(value)
                        pending, saves = None, saves + 1
            actual, check = snapshot(db, assessment)
            assert check == "ok", (round_no, check)
            if pending is not None and actual[pending[0]] != expected[pending[0]]:
                # Killed after the commit, before the report: the new value may be there, nothing else.
                assert actual[pending[0]] == pending[1], (round_no, pending, actual[pending[0]])
                expected[pending[0]] = pending[1]
                in_flight_committed += 1
            assert actual == expected, round_no
            saved_total += saves
        finished = True
    finally:
        child.stdin.close()  # the fork server ends its loop and exits
        if not finished:  # failing already: its current interview process may still be typing
            if pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            child.kill()
        child.wait()
        child.stdout.close()
        stderr.close()
    errors = (tmp_path / "child.err").read_text()
    assert child.returncode == 0, errors
    # Every kill came after the saves it waited for (and those were checked above); no count of throughput.
    assert saved_total >= awaited > 0, (saved_total, awaited)
    shutil.copy(db, tmp_path / "after-kills.db")  # kept for inspection when the assertion above fails
    print(f"{KILLS} kills, {saved_total} saved values checked, {in_flight_committed} committed in flight")


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--child":
    child_main(Path(sys.argv[2]), uuid.UUID(sys.argv[3]))
