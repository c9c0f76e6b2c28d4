"""The daily backup in a worker thread (issue 11): an edit saved during it is neither lost nor half in the
backup, saves do not wait for it, and a cancelled backup leaves no file and rotates none away."""

from __future__ import annotations

import threading
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from verbund_desktop.persistence import snapshot_copy
from verbund_desktop.persistence.backup import list_backups, verify_backup
from verbund_desktop.persistence.engine import readonly_connect
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.planning.plan_queries import plan_state
from verbund_desktop.services.planning.plans import set_plan_field
from verbund_desktop.services.protection.daily_backup import (
    BackupCancelledError,
    daily_backup_pending,
    run_daily_backup,
)

NEW_GOALS = "Während der Sicherung geändert: neue Ziele."


@pytest.fixture(autouse=True)
def _small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """One page per step, so even the demo is copied in many steps with an edit between them."""
    monkeypatch.setattr(snapshot_copy, "STEP_PAGES", 1)


def _plan_id(ws: Workspace) -> uuid.UUID:
    person = Directory(ws).employees()[0]
    state = plan_state(ws, person.id)
    assert state is not None
    return state.plan_id


def _read(path: Path, plan_id: uuid.UUID) -> tuple[str, int]:
    conn = readonly_connect(path, None)
    try:
        goals = conn.execute("SELECT goals FROM development_plan WHERE id = ?", (plan_id.hex,)).fetchone()[0]
        audit = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        return goals, audit
    finally:
        conn.close()


def test_an_edit_during_the_backup_is_kept_and_not_half_in_it(ws: Workspace, tmp_path: Path) -> None:
    plan_id = _plan_id(ws)
    before = _read(ws.path, plan_id)
    copying, edited = threading.Event(), threading.Event()
    reports: list[tuple[int, int]] = []
    result: dict[str, object] = {}

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        if not copying.is_set():
            copying.set()
            assert edited.wait(60), "the edit on the other thread did not finish"

    def worker() -> None:
        try:
            result["backup"] = run_daily_backup(ws, directory=tmp_path / "Sicherungen", progress=progress)
        except BaseException as exc:  # re-raised on the test's thread
            result["error"] = exc

    thread = threading.Thread(target=worker)
    thread.start()
    assert copying.wait(60)
    set_plan_field(ws, plan_id, "goals", NEW_GOALS, actor="Test")  # saved while the copy is under way
    assert ws.file_guard.checkpoint_due  # the save checkpointed passively: it did not wait for the backup
    edited.set()
    thread.join(120)
    assert "error" not in result, result.get("error")
    backup = result["backup"]
    assert backup is not None
    assert len(reports) > 1 and reports[-1][0] == reports[-1][1]
    verify_backup(backup.path, None)  # type: ignore[attr-defined]
    assert _read(backup.path, plan_id) == before  # type: ignore[attr-defined]  # the moment the copy began
    goals, audit = _read(ws.path, plan_id)
    assert (goals, audit) == (NEW_GOALS, before[1] + 1)  # nothing lost
    with ws.engine.connect():
        pass  # the next check-in empties the WAL again
    assert not ws.file_guard.checkpoint_due
    assert Path(str(ws.path) + "-wal").stat().st_size == 0


def test_a_cancelled_backup_leaves_no_file_and_rotates_nothing(ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "Sicherungen"
    first = run_daily_backup(ws, directory=folder, keep=1)
    assert first is not None
    cancel = threading.Event()
    tomorrow = date.today() + timedelta(days=1)
    assert daily_backup_pending(ws, today=tomorrow, directory=folder)
    with pytest.raises(BackupCancelledError, match="abgebrochen"):
        run_daily_backup(
            ws, directory=folder, keep=1, today=tomorrow, progress=lambda *_: cancel.set(), cancel=cancel
        )
    assert sorted(p.name for p in folder.iterdir()) == [first.path.name]
    assert [b.path for b in list_backups(ws.path, folder)] == [first.path]


def test_no_backup_when_one_of_today_exists(ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "Sicherungen"
    assert run_daily_backup(ws, directory=folder) is not None
    assert not daily_backup_pending(ws, directory=folder)
    calls: list[int] = []
    assert run_daily_backup(ws, directory=folder, progress=lambda done, _total: calls.append(done)) is None
    assert calls == []
