"""Batch printing with progress and cancel, the company tabs „Bericht“ and „Förderung“, the menu action."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.plan_support import company_id
from tests.ui.keyboard import type_text
from tests.ui.printing.print_compare import pdf_printer
from tests.ui.shell.test_main_window import make_window
from verbund_desktop.persistence.models import DevelopmentPlan
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning import printing
from verbund_desktop.ui.funding.funding_view import FundingView
from verbund_desktop.ui.needs.company_report_tab import CompanyReportTab
from verbund_desktop.ui.printing import batch_print, print_preview
from verbund_desktop.ui.printing.batch_print import BatchPrint
from verbund_desktop.ui.printing.pdf_render import page_sizes
from verbund_desktop.ui.shell.main_window import MainWindow


def frozen_count(ws: Workspace) -> int:
    with ws.unit_of_work() as uow:
        return len(
            uow.session.scalars(
                select(DevelopmentPlan.id).where(DevelopmentPlan.frozen_at.is_not(None))
            ).all()
        )


def company_tab(qtbot: QtBot, ws: Workspace, name: str, title: str) -> tuple[MainWindow, Any]:
    window = make_window(qtbot, ws)
    assert window.select("company", company_id(ws, name))
    tabs = window.company_tabs
    index = [tabs.tabText(i) for i in range(tabs.count())].index(title)
    tabs.setCurrentIndex(index)
    return window, tabs.widget(index)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "pläne"
    target.mkdir()
    monkeypatch.setattr(batch_print, "choose_target", lambda parent: target)
    return target


def test_the_person_chooses_printer_or_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question before a batch: „Auf einem Drucker …“ opens the print dialog, the other button the folder."""
    printer = pdf_printer(tmp_path / "x.pdf")
    monkeypatch.setattr(print_preview, "choose_printer", lambda parent, title: printer)
    monkeypatch.setattr(batch_print, "choose_folder", lambda parent: tmp_path)
    answers = iter(["Auf einem Drucker …", "Als PDF-Dateien in einen Ordner …", None])  # None: „Abbrechen“

    def answer(box: QMessageBox) -> int:
        wanted = next(answers)
        for button in box.buttons():
            rejects = box.buttonRole(button) == QMessageBox.ButtonRole.RejectRole
            if button.text().replace("&", "") == wanted or (wanted is None and rejects):
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert batch_print.choose_target(None) is printer
    assert batch_print.choose_target(None) == tmp_path
    assert batch_print.choose_target(None) is None


def test_company_batch_goes_to_a_printer_as_one_job(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "drucker.pdf"  # Qt's PDF printer stands in for a real one: the same painting
    monkeypatch.setattr(batch_print, "choose_target", lambda parent: pdf_printer(output, resolution=72))
    window, tab = company_tab(qtbot, demo_ws, "Metallbau Schäfer & Söhne KG", "Bericht")
    tab.batch_button.click()
    batch = tab.batch
    assert isinstance(batch, BatchPrint)
    qtbot.waitUntil(lambda: batch.done)
    assert len(batch.printed) == 5 and batch.written == [] and frozen_count(demo_ws) == 5
    plans = [printing.plan_pdf(demo_ws, job.plan_id, actor="test") for job in batch.jobs]  # frozen: unchanged
    assert len(page_sizes(output.read_bytes())) == sum(len(page_sizes(pdf)) for pdf in plans)
    assert batch.summary is not None
    assert f"5 Entwicklungspläne an „{output}“ gesendet." in batch.summary.text()
    assert window.saved_label.text().startswith("Gespeichert ")
    batch.summary.close()


def test_company_batch_prints_every_plan_with_progress(
    qtbot: QtBot, demo_ws: Workspace, folder: Path
) -> None:
    window, tab = company_tab(qtbot, demo_ws, "Metallbau Schäfer & Söhne KG", "Bericht")
    assert isinstance(tab, CompanyReportTab)
    tab.batch_button.click()
    batch = tab.batch
    assert isinstance(batch, BatchPrint) and batch.job is not None  # a job: progress in the status bar
    progress: list[tuple[int, int]] = []
    window.context.jobs.progress.connect(
        lambda job, done, total: progress.append((done, total)) if job is batch.job else None
    )
    results: list[Any] = []
    batch.finished.connect(results.append)
    qtbot.waitUntil(lambda: bool(results))
    result = results[0]
    assert result is not None and not result.cancelled and len(result.written) == 5
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in result.written)
    assert frozen_count(demo_ws) == 5 and progress[-1] == (5, 5)
    assert [done for done, _total in progress] == sorted(done for done, _total in progress)
    assert batch.summary is not None and "5 Entwicklungspläne gespeichert" in batch.summary.text()
    assert window.saved_label.text().startswith("Gespeichert ")
    batch.summary.close()


def test_cancelling_the_printer_stops_after_the_current_plan(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a printer the plans already printed stay in the job; the folder's all-or-nothing cancel is proved in
    tests/ui/common/test_cancelled_jobs.py."""
    monkeypatch.setattr(
        batch_print, "choose_target", lambda parent: pdf_printer(tmp_path / "d.pdf", resolution=72)
    )
    window = make_window(qtbot, demo_ws)
    batch = batch_print.start_batch_print(window, window.context)
    assert batch is not None and batch.dialog.maximum() == 14
    qtbot.waitUntil(lambda: len(batch.printed) >= 2)
    cancel_button = batch.dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Abbrechen"
    cancel_button.click()
    qtbot.waitUntil(lambda: batch.done)
    assert batch.cancelled and 2 <= len(batch.printed) < 14 and len(batch.printed) == frozen_count(demo_ws)
    assert batch.summary is not None and "Abgebrochen" in batch.summary.text()
    batch.summary.close()


def test_menu_action_prints_all_plans_pseudonymised_names_stay_out(
    qtbot: QtBot, demo_ws: Workspace, folder: Path
) -> None:
    window = make_window(qtbot, demo_ws)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Datei")
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Alle Entwicklungspläne drucken …" in texts
    assert texts.index("Alle Entwicklungspläne drucken …") < texts.index("Beenden")
    window.batch_print_action.trigger()
    batch = window.batch_print  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: batch.done)
    assert len(list(folder.glob("Entwicklungsplan *.pdf"))) == 14
    batch.summary.close()


def test_report_tab_previews_and_saves_the_company_report(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _window, tab = company_tab(qtbot, demo_ws, "Südwest Logistik AG", "Bericht")
    assert isinstance(tab, CompanyReportTab)
    qtbot.waitUntil(lambda: "5 Personen × " in tab.summary.text())  # computed in a job
    assert "(Schätzung)" in tab.summary.text()
    tab.preview_button.click()
    qtbot.waitUntil(lambda: tab.preview is not None)  # drawn in a job, then shown
    assert tab.preview is not None and tab.preview.page_count >= 3
    tab.preview.close()
    tab.pseudonym_box.setChecked(True)
    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, name: tmp_path / name)
    tab.save_button.click()
    saved = tmp_path / "Bedarfsanalyse Südwest Logistik AG.pdf"
    qtbot.waitUntil(saved.exists)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(saved).pages)
    assert "Kompetenz-Heatmap" in text and "SL-01" in text and "Heike Jäger" not in text
    assert frozen_count(demo_ws) == 0  # a company report freezes no plan


def test_funding_tab_estimates_with_german_input(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    _window, view = company_tab(qtbot, demo_ws, "Bäckerei Möller GmbH", "Förderung")
    assert isinstance(view, FundingView)
    assert view.size_edit.text() == "8"
    info = view.qualifizierungsgeld.toPlainText()
    assert "Bäckerei Möller GmbH: 8 Beschäftigte im Betrieb" in info and "60 %" in info
    for edit, text in (
        (view.start_edit, "01.03.2027"),
        (view.hours_edit, "160"),
        (view.cost_edit, "2.400,00"),
        (view.qualification_edit, "2004"),
    ):
        edit.setFocus()
        type_text(qtbot, edit, text)
    estimate = view.estimate()
    assert estimate is not None and estimate.eligible and estimate.course_cost_share == 1
    result = view.result.toPlainText()
    assert "Voraussichtlich förderfähig – Schätzung nach" in result and "2.400,00 €" in result
    assert "Stand 01.04.2024" in result

    view.hours_edit.clear()
    type_text(qtbot, view.hours_edit, "120")  # exactly 120 hours is not „more than 120“
    view.estimate_button.click()
    assert "Voraussichtlich nicht förderfähig" in view.result.toPlainText()
    view.start_edit.clear()
    type_text(qtbot, view.start_edit, "31.02.2027")
    assert view.estimate() is None and "kein gültiges Datum" in view.result.toPlainText()
