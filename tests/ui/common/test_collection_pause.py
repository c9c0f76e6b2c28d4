"""The job runner pauses cyclic garbage collection while a job's worker runs (the segfault of a collection
freeing UI-thread Qt objects while a worker was inside SQLAlchemy), with the helper ``busy.run_in_worker`` uses;
collection is back on after a job succeeded, failed or was cancelled, also when jobs overlap."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from verbund_desktop.ui.common import collection_pause
from verbund_desktop.ui.common.busy import run_in_worker
from verbund_desktop.ui.common.jobs import JobControl, JobRunner


@pytest.fixture(autouse=True)
def collecting() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _held(seen: list[bool], gate: threading.Event) -> object:
    def work(control: JobControl) -> str:
        seen.append(gc.isenabled())
        assert gate.wait(60)
        control.check()
        return "fertig"

    return work


def test_collection_is_off_while_a_job_runs_and_back_after_success(qtbot: QtBot) -> None:
    runner = JobRunner()
    seen: list[bool] = []
    gate = threading.Event()
    results: list[object] = []
    job = runner.submit("Test", _held(seen, gate), on_done=results.append)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [False] and not gc.isenabled()
    gate.set()
    qtbot.waitUntil(lambda: job.done)
    assert results == ["fertig"] and gc.isenabled() and collection_pause.active() == 0


def test_collection_is_back_after_a_failed_job(qtbot: QtBot) -> None:
    runner = JobRunner()
    failures: list[BaseException] = []

    def work(_control: JobControl) -> None:
        assert not gc.isenabled()
        raise ValueError("kaputt")

    job = runner.submit("Test", work, on_failed=failures.append)
    qtbot.waitUntil(lambda: job.done)
    assert job.outcome == "failed" and isinstance(failures[0], ValueError)
    assert gc.isenabled() and collection_pause.active() == 0


def test_collection_is_back_after_cancel_and_only_when_the_last_overlapping_job_ended(qtbot: QtBot) -> None:
    runner = JobRunner()
    first_seen: list[bool] = []
    second_seen: list[bool] = []
    first_gate, second_gate = threading.Event(), threading.Event()
    first = runner.submit("Eins", _held(first_seen, first_gate))  # type: ignore[arg-type]
    second = runner.submit("Zwei", _held(second_seen, second_gate))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(first_seen) and bool(second_seen))
    first.cancel()
    first_gate.set()
    qtbot.waitUntil(lambda: first.done)
    assert first.outcome == "cancelled" and not gc.isenabled()  # the second job still runs
    second_gate.set()
    qtbot.waitUntil(lambda: second.done)
    assert second.outcome == "finished" and gc.isenabled() and collection_pause.active() == 0


def test_run_in_worker_uses_the_same_pause_and_leaves_a_disabled_collector_disabled(qtbot: QtBot) -> None:
    assert run_in_worker(None, "Bitte warten …", gc.isenabled) is False
    assert gc.isenabled()
    gc.disable()
    assert run_in_worker(None, "Bitte warten …", lambda: collection_pause.active()) == 1
    assert not gc.isenabled()
