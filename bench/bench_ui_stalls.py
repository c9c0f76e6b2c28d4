"""UI-thread stalls (p99 and maximum of the event loop's gaps) on the main actions, next to an idle loop.

Each action is queued on the event loop as a click would be, with the stall detector running; the gaps are
measured until the loop is quiet again. The baseline is the same detector on the idle event loop of the same
window, measured in the same run. Uses the network-scale workspace when ``bench.scale`` is there (a copy: F5 and
the daily backup write), else the demo. Also measured: the loop while the daily backup runs as a job.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import Row

SETTLE_S = 0.05


def _workspace(tmp: Path) -> tuple[Path, str | None]:
    try:
        from bench.scale import scale_copy  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        from verbund_desktop.services.workspace.demo import create_demo_workspace

        db = tmp / "demo.db"
        create_demo_workspace(db, None).close()
        return db, None
    path, passphrase = scale_copy(tmp)
    return Path(path), str(passphrase)


def _spin(app: object, seconds: float, until: Callable[[], bool] = lambda: True) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end or not until():
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)


def _type(window: Any, word: str, typed: list[bool]) -> None:
    from PySide6.QtCore import QTimer

    window.filter_edit.setFocus()
    for i in range(1, len(word) + 1):
        QTimer.singleShot(60 * i, lambda n=i: window.filter_edit.setText(word[:n]))
    # after the filter has shown the hits; ``typed`` says the last key is in
    QTimer.singleShot(60 * len(word) + 400, lambda: (window.filter_edit.clear(), typed.append(True)))


def _erase(window: Any, ident: object) -> object:
    from verbund_desktop.services.protection import erasure
    from verbund_desktop.ui.common.operations import run_action

    ws, actor = window.context.workspace, window.context.actor
    return run_action(
        window,
        window.context,
        lambda: erasure.erase_person(ws, actor=actor, employee_id=ident, approve_all=True),
        title="Person löschen",
        changed=("erasure", ident),
        in_worker=True,
    )


def run() -> list[Row]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from verbund_desktop.services.organisation.directory import Directory
    from verbund_desktop.services.workspace.workspace_service import open_existing
    from verbund_desktop.ui.common.stall_detector import StallDetector
    from verbund_desktop.ui.shell.daily_backup import start_daily_backup
    from verbund_desktop.ui.shell.main_window import MainWindow

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # as bench_interview: no display needed
    app = QApplication.instance() or QApplication([])
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        db, passphrase = _workspace(Path(tmp_name))
        opened: dict[str, object] = {}
        start = time.perf_counter()
        worker = threading.Thread(target=lambda: opened.update(ws=open_existing(db, passphrase)))
        worker.start()
        worker.join()
        ws = opened["ws"]
        in_worker = time.perf_counter() - start
        # As ui/shell/app.open_window: the tree's data is read in the opening worker too.
        worker = threading.Thread(target=lambda: opened.update(snap=Directory(ws).snapshot()))  # type: ignore[arg-type]
        worker.start()
        worker.join()
        snapshot_s = time.perf_counter() - start - in_worker
        built_at = time.perf_counter()
        window = MainWindow(ws, snapshot=opened["snap"])  # type: ignore[arg-type]
        window.show()
        app.processEvents()  # type: ignore[attr-defined]
        built = time.perf_counter() - built_at
        _spin(app, 0, lambda: not window.filling.running)
        filled = time.perf_counter() - built_at
        rows.append(
            ("open (key, file, schema) in the worker", in_worker, "off the UI thread, busy indicator")
        )
        rows.append(("read the tree's data in the worker", snapshot_s, "off the UI thread, busy indicator"))
        rows.append(
            (
                "build and show the main window (UI thread, one block)",
                built,
                f"then the people in slices: all in after {filled * 1000:.0f} ms",
            )
        )
        detector = StallDetector(interval_ms=5)
        detector.start()
        _spin(app, 0.3)
        detector.reset()
        _spin(app, 1.0)
        idle = detector.stats()
        rows.append(("idle event loop (baseline): p99 gap", idle.p99, f"max {idle.max * 1000:.1f} ms"))

        companies = window.directory.companies()
        biggest = max(companies, key=lambda c: c.employee_count)
        person, erased = window.directory.employees(biggest.id)[:2]
        tabs = window.company_tabs
        report = [tabs.tabText(i) for i in range(tabs.count())].index("Bericht")

        def reloaded() -> bool:
            job = window.reload_job
            return job is not None and job.done and not window.filling.running

        typed: list[bool] = []  # the filter's last key is in
        actions: list[tuple[str, Callable[[], object], Callable[[], bool]]] = [
            (
                f"select a company ({biggest.employee_count} people)",
                lambda: window.select("company", biggest.id),
                lambda: True,
            ),
            # until its summary job is done: its work in the worker is part of the action (it ran on into the
            # next actions and was counted there when this waited 50 ms only)
            ("show its report tab", lambda: tabs.setCurrentIndex(report), lambda: not window.jobs.running),
            ("select a person", lambda: window.select("employee", person.id), lambda: True),
            ("F5 (read in a job, rows set in slices)", window.reload, reloaded),
            (
                "switch to pseudonyms (rows relabelled in slices)",
                lambda: window.action_pseudonyms.setChecked(not window.action_pseudonyms.isChecked()),
                lambda: not window.updating,
            ),
            (  # what a company edit's notice does (the tree's data read in a job since session 10)
                "an edit's refresh of the tree (read in a job, rows in slices)",
                lambda: window.context.notify_changed("company", biggest.id),
                lambda: not window.updating,
            ),
            (  # keys as typed (one every 60 ms), the filter applied once the typing pauses; then cleared
                f"type „{person.last_name}“ in the filter, then clear it",
                lambda: _type(window, person.last_name, typed),
                lambda: bool(typed) and not window.filter_input.pending,
            ),
            (  # as the privacy tab's erase: the service in a worker, the row out at once, the rest in a job
                "erase a person (in a worker; the tree read in a job)",
                lambda: _erase(window, erased.id),
                lambda: not window.updating,
            ),
        ]
        for name, action, finished in actions:
            detector.reset()
            done: list[bool] = []
            QTimer.singleShot(0, lambda a=action, d=done: (a(), d.append(True)))
            _spin(app, SETTLE_S, lambda d=done, f=finished: bool(d) and f())  # type: ignore[misc]
            _spin(app, SETTLE_S)
            got = detector.stats()
            rows.append(
                (
                    f"{name}: p99 gap",
                    got.p99,
                    f"max {got.max * 1000:.1f} ms; {got.p99 / max(idle.p99, 1e-4):.1f}× idle",
                )
            )

        detector.reset()
        shutil.rmtree(Path(tmp_name) / "backups", ignore_errors=True)
        job = start_daily_backup(window.jobs, ws, window.statusBar())  # type: ignore[arg-type]
        _spin(app, SETTLE_S, lambda: job is None or job.done)
        got = detector.stats()
        rows.append(
            ("while the daily backup runs as a job: p99 gap", got.p99, f"max {got.max * 1000:.1f} ms")
        )
        detector.stop()
        window.close()
        ws.close()  # type: ignore[attr-defined]
    return rows
