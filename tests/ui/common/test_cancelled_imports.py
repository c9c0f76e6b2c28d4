"""The remaining imports run as jobs too (issue 11): a cancelled ESCO catalogue load, § 82 rule set import or
sync file import stores nothing and shows no message; the same import afterwards works."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.services.offers.test_esco import ESCO_SAMPLE, sample_uri
from tests.sync.harness import Office
from tests.sync.test_sync_file import Keys, answer, edit, enrolled
from tests.ui.common.test_cancelled_jobs import Gate, cancel_in_status_bar
from tests.ui.windows import make_window
from verbund_desktop.persistence.models import AuditEvent, CompetenceCatalog
from verbund_desktop.persistence.models.sync import sync_changeset, sync_state
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.resources import resource_path
from verbund_desktop.services.funding import funding_rules_store
from verbund_desktop.services.funding.funding_rules_store import loaded_rule_sets
from verbund_desktop.services.offers import esco_catalogue
from verbund_desktop.services.sync import sync_file
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.sync_file import export_sync_file
from verbund_desktop.ui.funding import funding_rules_menu
from verbund_desktop.ui.offers import offer_menu
from verbund_desktop.ui.shell.main_window import MainWindow
from verbund_desktop.ui.sync import sync_menu


def catalogue_rows(ws: Workspace) -> tuple[int, int]:
    """Competence catalogues and audit entries of catalogue loads."""
    with ws.unit_of_work() as uow:
        catalogs = uow.session.scalar(select(func.count()).select_from(CompetenceCatalog))
        audits = uow.session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "katalog_importiert")
        )
    return int(catalogs or 0), int(audits or 0)


def test_a_cancelled_esco_load_stores_nothing(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancelled while the catalogue is being added: the unit of work rolls back, no catalogue and no audit
    entry is stored and no message is shown; not cancelled, the same load stores the branch."""
    window = make_window(qtbot, demo_ws)
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(offer_menu.QMessageBox, name, lambda *a: shown.append(a[2]))
    gate = Gate(esco_catalogue.add_catalog)
    monkeypatch.setattr(esco_catalogue, "add_catalog", gate)
    before = catalogue_rows(demo_ws)
    job = window.offer_actions.import_esco(ESCO_SAMPLE, sample_uri("S8"), "1.2.0")
    assert job is not None
    assert cancel_in_status_bar(qtbot, window, gate) is job and job.outcome == "cancelled"
    assert catalogue_rows(demo_ws) == before and shown == [] and window.offer_actions.esco_result is None

    done = window.offer_actions.import_esco(ESCO_SAMPLE, sample_uri("S8"), "1.2.0")
    assert done is not None
    qtbot.waitUntil(lambda: done.done)
    assert done.outcome == "finished" and catalogue_rows(demo_ws) == (before[0] + 1, before[1] + 1)
    result = window.offer_actions.esco_result
    assert result is not None and result.competences == 7
    assert shown and "7 Kompetenzen" in shown[0] and "CC BY 4.0" in shown[0]


def rule_rows(ws: Workspace) -> tuple[int, int]:
    """Loaded rule sets and audit entries of rule-set loads."""
    with ws.unit_of_work() as uow:
        audits = uow.session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "regelwerk_geladen")
        )
    return len(loaded_rule_sets(ws)), int(audits or 0)


def test_a_cancelled_rule_set_load_stores_nothing(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancelled while the set is checked against the sets in use: nothing is stored, no audit entry, no
    message, and the estimates keep the bundled set; not cancelled, the same file is loaded."""
    window = make_window(qtbot, demo_ws)
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(funding_rules_menu.QMessageBox, name, lambda *a: shown.append(a[2]))
    doc = json.loads(resource_path("funding", "sgb3-82-2024.json").read_text("utf-8"))
    doc["title"] = "§ 82 SGB III (Korrektur 2026)"
    path = tmp_path / "korrektur.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    gate = Gate(funding_rules_store.with_replacements)
    monkeypatch.setattr(funding_rules_store, "with_replacements", gate)
    before = rule_rows(demo_ws)
    job = window.funding_rules.load(path)
    assert job is not None
    assert cancel_in_status_bar(qtbot, window, gate) is job and job.outcome == "cancelled"
    assert rule_rows(demo_ws) == before == (0, 0) and shown == [] and window.funding_rules.loaded is None

    done = window.funding_rules.load(path)
    assert done is not None
    qtbot.waitUntil(lambda: done.done)
    assert done.outcome == "finished" and rule_rows(demo_ws) == (1, 1)
    assert shown and "Korrektur 2026" in shown[0]


def sync_file_state(ws: Workspace) -> tuple[int, int, int, int]:
    """Pending changes, the number of the last file read, the pull cursor and the changesets still unsent."""
    with ws.unit_of_work() as uow:
        conn = uow.session.connection()
        row = conn.execute(select(sync_state.c.file_seq_in, sync_state.c.pull_cursor)).one()
        unsent = conn.execute(
            select(func.count()).select_from(sync_changeset).where(sync_changeset.c.status != "accepted")
        ).scalar_one()
    return sync_counts(ws).pending, int(row.file_seq_in), int(row.pull_cursor), int(unsent)


def read_through_menu(qtbot: QtBot, window: MainWindow) -> str:
    job = window.sync_menu.import_file()
    assert job is not None
    qtbot.waitUntil(lambda: job.done)
    return job.outcome


def test_a_cancelled_sync_file_reading_changes_nothing_and_the_file_reads_once_afterwards(
    qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancelled while the office's changes are applied: the answers, the changes and the file's number all
    roll back (no message); read again, the file is applied once, and a third reading is refused."""
    keys, office = Keys(), Office(demo_template, tmp_path)
    ws = enrolled(demo_template, tmp_path, keys)
    try:
        edit(ws, "per USB-Stick")
        out = export_sync_file(ws, tmp_path / "an-das-buero.verbund-sync").path
        reply = tmp_path / "vom-buero.verbund-sync"
        reply.write_bytes(answer(office, keys, out.read_bytes()))
        window = make_window(qtbot, ws)
        shown: list[str] = []
        for name in ("information", "warning", "critical"):
            monkeypatch.setattr(sync_menu.QMessageBox, name, lambda *a: shown.append(a[2]))
        window.sync_menu.choose_open = lambda _title: reply
        gate = Gate(sync_file.apply_batch_on)
        monkeypatch.setattr(sync_file, "apply_batch_on", gate)
        before = sync_file_state(ws)
        job = window.sync_menu.import_file()
        assert job is not None
        assert cancel_in_status_bar(qtbot, window, gate) is job and job.outcome == "cancelled"
        assert sync_file_state(ws) == before and shown == [] and window.sync_menu.imported is None

        assert read_through_menu(qtbot, window) == "finished"  # read again: applied once
        report = window.sync_menu.imported
        assert report is not None and report.accepted == 1 and "Übernommen: 1" in shown[0]
        after = sync_file_state(ws)
        assert after[0] == 0 and after[1] == before[1] + 1 and after[3] == 0
        assert read_through_menu(qtbot, window) == "failed"  # a third time: refused, nothing changes
        assert "schon eingelesen" in shown[1] and sync_file_state(ws) == after
        window.close()
    finally:
        ws.close()
