"""The „Datenschutz“ tab and the retention list, driven like an advisor would, checked against the database."""

from __future__ import annotations

import json
import os
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui.keyboard import type_text
from tests.ui.windows import make_window
from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.persistence.models import CompetencyAssessment, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.protection.activity import add_months
from verbund_desktop.ui.protection.privacy_dialogs import EraseDialog, WithdrawDialog
from verbund_desktop.ui.protection.privacy_view import PrivacyTab
from verbund_desktop.ui.protection.retention_dialog import RetentionDialog
from verbund_desktop.ui.shell.main_window import MainWindow


def open_privacy_tab(window: MainWindow, last_name: str) -> PrivacyTab:
    person = next(e for e in window.directory.employees() if e.last_name == last_name)
    assert window.select("employee", person.id)
    tabs = window.employee_tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Datenschutz")
    tabs.setCurrentIndex(index)
    tab = tabs.widget(index)
    assert isinstance(tab, PrivacyTab) and tab.subject == person.id
    return tab


def assessments_of(ws: Workspace, ident: uuid.UUID) -> int:
    with ws.unit_of_work() as uow:
        return int(
            uow.session.scalar(
                select(func.count(CompetencyAssessment.id)).where(CompetencyAssessment.employee_id == ident)
            )
            or 0
        )


def test_the_tab_lists_consents_and_withdrawal_removes_the_data(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    tab = open_privacy_tab(window, "Schröder")
    assert tab.title.text() == "Datenschutz: Änne Schröder"
    assert tab.table.rowCount() == 3  # one record per purpose
    assert not tab.record_button.isEnabled()  # every purpose is given: nothing left to record
    labels = [tab.table.item(r, 0).text() for r in range(3)]
    assert sorted(labels) == sorted(p.label_de for p in ConsentPurpose)
    assert all(tab.table.item(r, 1).text() == "erteilt" for r in range(3))
    assert not tab.withdraw_button.isEnabled()  # nothing selected yet
    row = labels.index(ConsentPurpose.INTERVIEW_AND_PLAN.label_de)
    tab.table.selectRow(row)
    assert tab.withdraw_button.isEnabled()
    dialog = WithdrawDialog("kompetenzerhebung", date(2026, 10, 13), tab)
    qtbot.addWidget(dialog)
    assert "Kompetenzgespräche" in dialog.findChild(type(tab.title)).text()  # the consequence is spelled out
    ident = tab.subject
    assert ident is not None and assessments_of(demo_ws, ident) == 1
    result = tab.withdraw(tab.overview.consents[row].id, date.today(), "mündlich")  # type: ignore[union-attr]
    assert result is not None and result.data_removed
    assert assessments_of(demo_ws, ident) == 0
    states = {tab.table.item(r, 0).text(): tab.table.item(r, 1).text() for r in range(3)}
    assert states[ConsentPurpose.INTERVIEW_AND_PLAN.label_de] == "widerrufen"
    assert [v for k, v in states.items() if k != ConsentPurpose.INTERVIEW_AND_PLAN.label_de] == [
        "erteilt"
    ] * 2
    assert window.saved_label.text().startswith("Gespeichert")


def test_severe_disability_only_after_its_own_consent(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    tab = open_privacy_tab(window, "Kühn")
    assert not tab.severe_combo.isEnabled() and "Ohne gesonderte Einwilligung" in tab.severe_hint.text()
    assert tab.add_disability_consent("paper", date.today(), "2026-01")
    assert tab.severe_combo.isEnabled() and not tab.disability_consent_button.isEnabled()
    assert tab.set_severely_disabled(True)
    with demo_ws.unit_of_work() as uow:
        stored = uow.session.scalar(select(Employee.severely_disabled).where(Employee.id == tab.subject))
    assert stored is True
    assert tab.severe_combo.currentText() == "ja"


def test_art15_export_writes_both_files(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path) -> None:
    window = make_window(qtbot, demo_ws)
    tab = open_privacy_tab(window, "Jäger")
    files = tab.export_to(tmp_path)
    assert files is not None and files.pdf_path.exists()
    data = json.loads(files.json_path.read_text("utf-8"))
    assert data["person"]["vorname"] == "Heike"
    assert data["betrieb"]["name"] == "Südwest Logistik AG"


def test_erasure_needs_the_typed_code_and_leaves_the_tree(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    tab = open_privacy_tab(window, "Rößler")
    dialog = EraseDialog("Klaus Rößler", "SL-03", tab)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.confirm_edit, "SL-3")
    assert not dialog.ok_button.isEnabled()
    dialog.confirm_edit.clear()
    type_text(qtbot, dialog.confirm_edit, "SL-03")
    assert dialog.ok_button.isEnabled()
    ident = tab.subject
    result = tab.erase()
    assert result is not None and result.removed.ratings > 0
    with demo_ws.unit_of_work() as uow:
        assert uow.session.get(Employee, ident) is None
    assert all(e.last_name != "Rößler" for e in window.directory.employees())
    assert (
        window.model.match(window.model.index(0, 0), Qt.ItemDataRole.DisplayRole, "Rößler, Klaus (SL-03)")
        == []
    )


def test_erasure_shows_the_files_and_replaces_only_the_ticked_unsure_mentions(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_ws)
    tab = open_privacy_tab(window, "Schröder")
    files = tab.export_to(tmp_path)
    assert files is not None
    with demo_ws.unit_of_work() as uow:
        company = uow.session.get_one(Employee, tab.subject).company
        company.notes = "Änne ruft an. Schröder liefert Mehl. Frau Schröder kommt."
        uow.commit()
        company_id = company.id
    preview = tab.erasure_preview()
    assert preview is not None
    dialog = EraseDialog("Änne Schröder", "BM-02", tab, preview=preview)
    qtbot.addWidget(dialog)
    shown = [dialog.documents_list.item(i).text() for i in range(dialog.documents_list.count())]
    assert any(str(files.pdf_path.resolve()) in line for line in shown)
    assert dialog.mentions_list.count() == 2 and dialog.approved() == []
    dialog.mentions_list.setFocus()
    dialog.mentions_list.setCurrentRow(0)  # „Änne“ alone
    qtbot.keyClick(dialog.mentions_list, Qt.Key.Key_Space)
    assert [ref.text for ref in dialog.approved()] == ["Änne"]
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert len(dialog.approved()) == 2
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.mentions_list, Qt.Key.Key_Space)
    result = tab.erase(dialog.approved())
    assert result is not None
    with demo_ws.unit_of_work() as uow:
        notes = uow.session.get_one(type(company), company_id).notes
    assert notes == "[gelöscht] ruft an. Schröder liefert Mehl. [gelöscht] kommt."
    summary = tab.erasure_summary(result)
    assert "1 unsichere Erwähnungen" in summary and str(files.json_path.resolve()) in summary


def test_pseudonymised_mode_shows_the_code(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path) -> None:
    window = make_window(qtbot, demo_ws)
    window.action_pseudonyms.setChecked(True)
    tab = open_privacy_tab(window, "Öztürk")
    assert tab.title.text() == "Datenschutz: BM-04"
    out = Path(os.environ.get("VERBUND_SCREENSHOTS", tmp_path))  # docs/screenshots when asked to
    window.action_pseudonyms.setChecked(False)
    tab = open_privacy_tab(window, "Öztürk")
    tab.table.selectRow(0)
    qtbot.wait(50)
    image = window.grab()
    assert (image.width(), image.height()) == (1366, 768)
    assert image.save(str(out / "datenschutz.png"))


def test_retention_list_erases_only_after_the_typed_word(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    later = add_months(date.today(), 37)
    dialog = RetentionDialog(window.context, window, today=later)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3 + 14  # every company and person is past 36 months by then
    company = next(c for c in dialog.cases if c.kind == "company" and c.label.startswith("Metallbau"))
    dialog.set_checked(company.id)
    assert not dialog.erase_button.isEnabled()
    type_text(qtbot, dialog.confirm_edit, "LÖSCHEN")
    assert dialog.erase_button.isEnabled()
    result = dialog.erase_checked()
    assert result is not None and (result.companies, result.people) == (1, 5)
    assert (
        dialog.table.rowCount() == 2 + 9 and dialog.status_label.text() == "Gelöscht: 5 Personen, 1 Betriebe."
    )
    assert all(not c.name.startswith("Metallbau") for c in window.directory.companies())
