"""Long work runs as a job off the UI thread; a cancelled report, print batch, backup, restore or offers
import leaves no partial file and no half-done change. Each job is held at a step until the person has pressed „Abbrechen“ (in
the status bar; for a restore in its window-modal progress dialog).
(A print batch onto a printer stops after the current plan: tests/ui/printing/test_batch_print.py.)"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.support.offers import OPENQCAT_FULL
from tests.ui.printing.test_batch_print import company_tab, frozen_count
from tests.ui.windows import make_window
from verbund_desktop.persistence import restore
from verbund_desktop.persistence.backup import BackupKind, rotating_backup
from verbund_desktop.persistence.models import AuditEvent, TrainingOffer
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.offers import catalogue_import
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.planning import batch_files
from verbund_desktop.ui.common import folders
from verbund_desktop.ui.common.job_indicator import JobIndicator
from verbund_desktop.ui.common.jobs import Job
from verbund_desktop.ui.needs import company_report_tab
from verbund_desktop.ui.offers import offer_menu
from verbund_desktop.ui.printing import batch_print, print_preview
from verbund_desktop.ui.protection import backup_dialogs, restore_job
from verbund_desktop.ui.protection.backup_dialogs import RestoreChoice
from verbund_desktop.ui.shell.main_window import MainWindow


class Gate:
    """Wraps a function run inside a job: it waits at the gate until the test opens it."""

    def __init__(self, inner: Callable[..., Any]) -> None:
        self.inner = inner
        self.reached = threading.Event()
        self.opened = threading.Event()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.reached.set()
        assert self.opened.wait(120)
        return self.inner(*args, **kwargs)


def cancel_in_status_bar(qtbot: QtBot, window: MainWindow, gate: Gate) -> Job:
    qtbot.waitUntil(gate.reached.is_set)
    indicator = window.statusBar().findChild(JobIndicator)
    assert indicator is not None and indicator.isVisible()
    job = indicator.current()
    assert job is not None
    indicator.cancel_button.click()
    assert "abgebrochen" in indicator.label.text()
    gate.opened.set()
    qtbot.waitUntil(lambda: job.done)
    return job


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_cancelled_company_report_writes_no_file_and_asks_nothing(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, tab = company_tab(qtbot, demo_ws, "Südwest Logistik AG", "Bericht")
    qtbot.waitUntil(lambda: tab.summary_job is not None and tab.summary_job.done)
    asked: list[str] = []
    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, name: asked.append(name))
    gate = Gate(company_report_tab.build_company_report)
    monkeypatch.setattr(company_report_tab, "build_company_report", gate)
    before = sha(demo_ws.path)
    tab.save_button.click()
    job = cancel_in_status_bar(qtbot, window, gate)
    assert job.outcome == "cancelled" and asked == [] and list(tmp_path.glob("*.pdf")) == []
    assert frozen_count(demo_ws) == 0 and sha(demo_ws.path) == before
    assert window.statusBar().findChild(JobIndicator).isHidden()  # type: ignore[union-attr]


def test_a_cancelled_backup_leaves_no_backup_file_and_no_part_file(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_ws)
    shown: list[str] = []
    monkeypatch.setattr(backup_dialogs.QMessageBox, "information", lambda *a: shown.append(a[2]))
    folder = tmp_path / "sicherungen"
    folder.mkdir()
    dest = folder / "manuell.db"
    monkeypatch.setattr(folders.QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    gate = Gate(backup_dialogs.create_backup)  # held before the copy: cancelled while it is being written
    monkeypatch.setattr(backup_dialogs, "create_backup", gate)
    job = backup_dialogs.backup_now(window, window.context)
    assert job is not None
    cancelled = cancel_in_status_bar(qtbot, window, gate)
    assert cancelled is job and job.outcome == "cancelled"
    assert list(folder.iterdir()) == [] and shown == []

    gate.opened.set()  # not cancelled: the same action writes and verifies the backup
    done = backup_dialogs.backup_now(window, window.context)
    assert done is not None
    qtbot.waitUntil(lambda: done.done)
    assert done.outcome == "finished" and [p.name for p in folder.iterdir()] == ["manuell.db"]
    assert shown and "geschrieben und geprüft" in shown[0]


def test_a_cancelled_plan_batch_writes_no_pdf_and_freezes_no_plan(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All or nothing: cancelled after two of 14 plans were rendered, no PDF (and no temporary file) is left in
    the folder, no plan is frozen and the database file is unchanged; not cancelled, all 14 are written."""
    folder = tmp_path / "pläne"
    folder.mkdir()
    monkeypatch.setattr(batch_print, "choose_target", lambda parent: folder)
    window = make_window(qtbot, demo_ws)
    rendered: list[int] = []
    gate = Gate(batch_files.render_plan)

    def render(*args: Any, **kwargs: Any) -> Any:
        rendered.append(1)
        return gate(*args, **kwargs) if len(rendered) == 3 else gate.inner(*args, **kwargs)

    monkeypatch.setattr(batch_files, "render_plan", render)
    before = sha(demo_ws.path)
    batch = batch_print.start_batch_print(window, window.context)
    assert batch is not None
    job = cancel_in_status_bar(qtbot, window, gate)
    assert job is batch.job and job.outcome == "cancelled" and batch.cancelled and batch.summary is None
    assert len(rendered) == 3 and list(folder.iterdir()) == []
    assert frozen_count(demo_ws) == 0 and sha(demo_ws.path) == before

    done = batch_print.start_batch_print(window, window.context)
    assert done is not None
    qtbot.waitUntil(lambda: done.done)
    assert len(list(folder.glob("Entwicklungsplan *.pdf"))) == 14 == len(list(folder.iterdir()))
    assert frozen_count(demo_ws) == 14 and done.summary is not None
    done.summary.close()


def test_a_cancelled_restore_leaves_the_workspace_byte_identical_and_no_temporary_file(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancelled while the backup is being copied: the copy is removed, nothing is moved aside, the open
    workspace is untouched and still works; no message is shown."""
    window = make_window(qtbot, demo_ws)
    backup = rotating_backup(demo_ws, BackupKind.MANUAL).path
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(restore_job.QMessageBox, name, lambda *a: shown.append(a[2]))
    gate = Gate(restore.write_verified_copy)
    monkeypatch.setattr(restore, "write_verified_copy", gate)
    folders_before = {p: sorted(p.iterdir()) for p in (demo_ws.path.parent, backup.parent)}
    qtbot.waitUntil(lambda: not window.context.jobs.running)  # a restore waits for the window's own jobs
    before = sha(demo_ws.path)
    job = restore_job.restore_open_workspace(window, window.context, RestoreChoice(backup, None))
    assert job is not None and job.dialog.isVisible()
    qtbot.waitUntil(gate.reached.is_set)
    cancel_button = job.dialog.findChild(QPushButton)  # the dialog is window-modal: its own „Abbrechen“
    assert cancel_button is not None and cancel_button.text() == "Abbrechen"
    cancel_button.click()
    gate.opened.set()
    qtbot.waitUntil(lambda: job.job.done)
    assert job.job.outcome == "cancelled" and job.result is None and shown == []
    assert sha(demo_ws.path) == before and not job.dialog.isVisible()
    assert {p: sorted(p.iterdir()) for p in folders_before} == folders_before
    assert len(Directory(demo_ws).employees()) == 14  # the open workspace goes on working


def offer_rows(ws: Workspace) -> tuple[int, int]:
    """Offers and audit entries of catalogue imports."""
    with ws.unit_of_work() as uow:
        offers = uow.session.scalar(select(func.count()).select_from(TrainingOffer))
        audits = uow.session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "angebotskatalog_importiert")
        )
    return int(offers or 0), int(audits or 0)


def test_a_cancelled_offers_import_stores_nothing(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancelled while the catalogue is being applied: the unit of work rolls back, no offer and no audit entry
    is stored and no message is shown; not cancelled, the same import stores the catalogue."""
    window = make_window(qtbot, demo_ws)
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(offer_menu.QMessageBox, name, lambda *a: shown.append(a[2]))
    gate = Gate(catalogue_import.apply_catalogue)
    monkeypatch.setattr(catalogue_import, "apply_catalogue", gate)
    before = offer_rows(demo_ws)
    job = window.offer_actions.import_file(OPENQCAT_FULL)
    assert job is not None
    assert cancel_in_status_bar(qtbot, window, gate) is job and job.outcome == "cancelled"
    assert offer_rows(demo_ws) == before and shown == [] and window.offer_actions.import_result is None

    done = window.offer_actions.import_file(OPENQCAT_FULL)
    assert done is not None
    qtbot.waitUntil(lambda: done.done)
    assert done.outcome == "finished" and offer_rows(demo_ws) == (before[0] + 3, before[1] + 1)
    assert shown and "3 neu" in shown[0]


def test_a_restore_waits_for_running_jobs(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restore replaces the file other jobs read: while one runs it is refused with a German message."""
    window = make_window(qtbot, demo_ws)
    backup = rotating_backup(demo_ws, BackupKind.MANUAL).path
    shown: list[str] = []
    monkeypatch.setattr(restore_job.QMessageBox, "information", lambda *a: shown.append(a[2]))
    gate = Gate(lambda control: None)
    other = window.context.jobs.submit("Andere Arbeit", gate)
    qtbot.waitUntil(gate.reached.is_set)
    before = sha(demo_ws.path)
    assert restore_job.restore_open_workspace(window, window.context, RestoreChoice(backup, None)) is None
    assert shown and "Andere Arbeit" in shown[0] and sha(demo_ws.path) == before
    gate.opened.set()
    qtbot.waitUntil(lambda: other.done)


def test_a_cancelled_restore_before_any_window_leaves_the_unopened_workspace_unchanged(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restore offered for a workspace that does not open (no window yet) is a job too: cancelled while
    the backup is copied, the damaged file stays byte for byte, nothing is moved aside, no file is left."""
    path = tmp_path / "verbund.db"
    path.write_bytes(demo_template.read_bytes())
    ws = open_workspace(path)
    backup = rotating_backup(ws, BackupKind.DAILY).path
    ws.close()
    path.write_bytes(path.read_bytes()[:300])  # truncated, e.g. by a full disk: it does not open
    gate = Gate(restore.write_verified_copy)
    monkeypatch.setattr(restore, "write_verified_copy", gate)
    folders_before = {p: sorted(p.iterdir()) for p in (path.parent, backup.parent)}
    before = sha(path)
    closed = backup_dialogs.ClosedRestore(None, path, RestoreChoice(backup, None))
    assert closed.dialog.isVisible() and closed.dialog.maximum() == restore.STEPS
    qtbot.waitUntil(gate.reached.is_set)
    cancel_button = closed.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Abbrechen"
    cancel_button.click()
    gate.opened.set()
    assert closed.wait() is None
    assert closed.job.outcome == "cancelled" and closed.error is None and not closed.dialog.isVisible()
    assert sha(path) == before
    lock = path.with_name(path.name + ".lock")  # the writer lock's file stays by design, released (empty)
    assert lock.read_bytes() == b""
    after = {p: sorted(f for f in p.iterdir() if f != lock) for p in folders_before}
    assert after == folders_before


def test_a_restore_before_any_window_runs_as_a_job_and_brings_the_backup_back(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "verbund.db"
    path.write_bytes(demo_template.read_bytes())
    ws = open_workspace(path)
    backup = rotating_backup(ws, BackupKind.DAILY).path
    ws.close()
    path.write_bytes(path.read_bytes()[:300])
    damaged = path.read_bytes()
    steps: list[int] = []
    monkeypatch.setattr(backup_dialogs.QProgressDialog, "setValue", lambda _self, value: steps.append(value))
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(backup_dialogs.QMessageBox, name, lambda *a: shown.append(a[2]))
    result = backup_dialogs.restore_closed_workspace(None, path, RestoreChoice(backup, None))
    assert result is not None and result.aside is not None and result.aside.read_bytes() == damaged
    assert steps and steps[-1] == restore.STEPS - 1
    assert shown == ["Achtung: Der wiederhergestellte Arbeitsbereich ist NICHT verschlüsselt."]
    restored = open_workspace(path)
    try:
        assert len(Directory(restored).employees()) == 14
    finally:
        restored.close()
