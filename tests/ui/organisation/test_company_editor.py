"""Company, employee, department and role profile dialogs: German messages beside the fields, then saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.dialogs import when_modal
from tests.ui.keyboard import type_text
from tests.ui.shell.test_main_window import make_window, visible_leaves
from verbund_desktop.persistence.models import Company, Employee, RoleProfile
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation import companies as service
from verbund_desktop.services.organisation import role_profiles
from verbund_desktop.services.organisation.departments import departments
from verbund_desktop.ui.organisation.company_dialogs import ArchiveDialog, DepartmentsDialog
from verbund_desktop.ui.organisation.company_editor import CompanyDialog, EmployeeDialog
from verbund_desktop.ui.organisation.directory_model import NodeKind
from verbund_desktop.ui.organisation.role_profiles_tab import RoleProfilesTab
from verbund_desktop.ui.shell.main_window import MainWindow


def select_by_filter(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.filter_edit.clear()
    type_text(qtbot, window.filter_edit, text)
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    window.filter_edit.clear()


def company_row(ws: Workspace, name: str) -> dict[str, Any]:
    with ws.unit_of_work() as uow:
        c = uow.session.scalars(select(Company).where(Company.name == name)).one()
        return {"id": c.id, "headcount": c.headcount, "linked": c.headcount_linked, "postcode": c.postcode}


def test_new_company_by_shortcut_is_validated_then_saved_and_selected(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)
    seen: list[str] = []

    def fill(dialog: CompanyDialog) -> None:
        type_text(qtbot, dialog.name, "Schlosserei Weißgerber")
        type_text(qtbot, dialog.headcount, "0")
        type_text(qtbot, dialog.postcode, "5707")
        dialog.try_accept()
        seen.extend(label.text() for label in dialog.errors.values() if label.isVisible())
        assert dialog.isVisible()  # still open: nothing saved
        dialog.headcount.clear()
        type_text(qtbot, dialog.headcount, "23")
        dialog.postcode.clear()
        type_text(qtbot, dialog.postcode, "57072")
        qtbot.keyClick(dialog.contact_name, Qt.Key.Key_Return)  # Enter = „Anlegen“

    when_modal(CompanyDialog, fill)
    qtbot.keyClick(
        window.tree, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: not window.updating)  # the tree's data is read in a job after an edit
    assert seen == [
        "Der Betrieb muss mindestens 0,25 Beschäftigte haben (eine Teilzeitkraft bis 10 Wochenstunden).",
        "Die Postleitzahl muss aus fünf Ziffern bestehen (oder leer bleiben).",
    ]
    row = company_row(demo_ws, "Schlosserei Weißgerber")
    assert (row["headcount"], row["linked"], row["postcode"]) == (23, 23, "57072")
    assert window.company_overview.title.text() == "Schlosserei Weißgerber"  # the new company is selected
    assert window.saved_label.text().startswith("Gespeichert ")


def test_edit_company_changes_the_overview(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    select_by_filter(qtbot, window, "Bäckerei")
    company_id = window.company_actions.selected_company()
    assert company_id is not None
    dialog = window.company_actions.company_dialog(company_id)
    assert dialog.name.text() == "Bäckerei Möller GmbH" and dialog.headcount.text() == "8"
    assert dialog.headcount_linked.text() == ""  # same as the headcount: no linked companies
    type_text(qtbot, dialog.headcount_linked, "5")
    dialog.try_accept()
    assert dialog.errors["headcount_linked"].text().startswith("Die Zahl der Beschäftigten inklusive")
    dialog.headcount_linked.clear()
    type_text(qtbot, dialog.headcount_linked, "60")
    dialog.works_council.setChecked(True)
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window.company_actions.save_company(dialog, company_id)
    qtbot.waitUntil(lambda: not window.updating)  # the tree's data is read in a job after an edit
    values = window.company_overview.values()
    assert values["Beschäftigte inkl. verbundener Unternehmen"] == "60"
    assert values["Betriebsrat"] == "ja"


def test_new_employee_suggests_code_and_checks_years(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    select_by_filter(qtbot, window, "Bäckerei")
    actions = window.company_actions
    company_id = actions.selected_company()
    assert company_id is not None
    dialog = actions.employee_dialog(company_id, None)
    dialog.show()
    assert dialog.code.text() == "BM-05"
    assert [dialog.role.itemText(i) for i in range(dialog.role.count())] == [
        "– keines –",
        "Backstube",
        "Verkauf",
    ]
    dialog.code.setText("BM-01")
    type_text(qtbot, dialog.first_name, "Käthe")
    type_text(qtbot, dialog.birth_year, "1995")
    type_text(qtbot, dialog.qualification_year, "2005")
    dialog.try_accept()
    errors = {key: label.text() for key, label in dialog.errors.items() if not label.isHidden()}
    assert errors == {
        "last_name": "Bitte den Nachnamen angeben.",
        "pseudonym_code": "Den Pseudonym-Code „BM-01“ gibt es in diesem Betrieb schon. Der nächste freie Code ist „BM-05“.",
        "qualification_year": "Das Abschlussjahr kann nicht vor 2009 liegen (Geburtsjahr + 14).",
    }
    assert dialog.focusWidget() is dialog.last_name  # the first problem gets the focus
    type_text(qtbot, dialog.last_name, "Süß")
    dialog.code.setText("BM-05")
    dialog.qualification_year.setText("2014")
    dialog.role.setCurrentIndex(2)
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    employee_id = actions.save_employee(dialog, company_id, None)
    assert employee_id is not None
    qtbot.waitUntil(lambda: not window.updating)  # the tree's data is read in a job after an edit
    assert window.employee_overview.title.text() == "Käthe Süß"
    assert window.employee_overview.values()["Stellenprofil"] == "Verkauf"
    with demo_ws.unit_of_work() as uow:
        person = uow.session.get(Employee, employee_id)
        assert person is not None and (person.pseudonym_code, person.qualification_year) == ("BM-05", 2014)


def test_without_qualification_the_year_field_is_disabled(qtbot: QtBot) -> None:
    dialog = EmployeeDialog(
        service.EmployeeInput("A", "B", "X-01", qualification_year=2000), [], [], lambda d: {}, new=True
    )
    qtbot.addWidget(dialog)
    dialog.qualified.setChecked(False)
    assert not dialog.qualification_year.isEnabled() and dialog.qualification_year.text() == ""
    assert dialog.data().qualification_year == "" and not dialog.data().has_vocational_qualification


def test_archive_hides_a_person_and_the_archive_restores_them(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    select_by_filter(qtbot, window, "BM-02")
    assert window.company_actions.selected() is not None
    assert window.company_actions.archive_selected(confirm=False)
    qtbot.waitUntil(lambda: not window.updating)  # the tree's data is read in a job after an edit
    assert "Schröder, Änne (BM-02)" not in visible_leaves(window)
    dialog = ArchiveDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert [dialog.employees.item(i).text() for i in range(dialog.employees.count())] == [
        "Schröder, Änne (BM-02) – Bäckerei Möller GmbH"
    ]
    dialog.employees.setCurrentRow(0)
    qtbot.keyClick(dialog.employees, Qt.Key.Key_Return)  # Enter restores
    assert dialog.employees.count() == 0
    qtbot.waitUntil(lambda: not window.updating)  # the tree's data is read in a job after an edit
    assert "Schröder, Änne (BM-02)" in visible_leaves(window)


def test_archive_a_company_asks_first(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    window.select(NodeKind.COMPANY, company_row(demo_ws, "Südwest Logistik AG")["id"])

    texts: list[str] = []

    def answer_no(box: QMessageBox) -> None:
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(QMessageBox, answer_no)
    assert not window.company_actions.archive_selected()
    assert "mit allen Beschäftigten archivieren" in texts[0]
    assert any(c.name == "Südwest Logistik AG" for c in window.directory.companies())
    assert window.company_actions.archive_selected(confirm=False)
    assert all(c.name != "Südwest Logistik AG" for c in window.directory.companies())
    qtbot.waitUntil(lambda: not window.updating)  # the tree's data is read in a job after an edit
    assert not any("SL-" in leaf for leaf in visible_leaves(window))


def test_actions_follow_the_selection(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    actions = window.company_actions
    window.tree.setCurrentIndex(window.proxy.index(0, 0))  # the network
    assert not actions.action_new_employee.isEnabled() and actions.action_new_company.isEnabled()
    select_by_filter(qtbot, window, "BM-01")
    assert actions.action_new_employee.isEnabled() and actions.action_edit.isEnabled()
    assert actions.selected() is not None and actions.selected()[0] == NodeKind.EMPLOYEE  # type: ignore[index]
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert "Be&trieb" in menu_titles
    assert window.tree.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_departments_dialog_adds_renames_and_deletes(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    company_id = company_row(demo_ws, "Bäckerei Möller GmbH")["id"]
    dialog = DepartmentsDialog(window.context, company_id, window)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "Konditorei")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "Konditorei" in [d.name for d in departments(demo_ws, company_id)]
    type_text(qtbot, dialog.name, "backstube")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.error.text() == "Die Abteilung „backstube“ gibt es in diesem Betrieb schon."
    row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith("Konditorei"))
    dialog.list.setCurrentRow(row)
    dialog.rename("Konditorei & Café")
    dialog.list.setCurrentRow(
        next(i for i in range(dialog.list.count()) if "Café" in dialog.list.item(i).text())
    )
    dialog.delete()
    names = [d.name for d in departments(demo_ws, company_id)]
    assert "Konditorei" not in names and "Konditorei & Café" not in names and dialog.changed


def test_role_profile_with_competences_from_two_catalogues(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    company_id = company_row(demo_ws, "Bäckerei Möller GmbH")["id"]
    tab = RoleProfilesTab(window.context)
    qtbot.addWidget(tab)
    tab.set_subject(company_id)
    assert tab.roles.count() == 2
    dialog = tab.dialog(None)
    assert dialog is not None
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "Verkauf")
    dialog.try_accept()
    assert dialog.errors["name"].text() == "Das Stellenprofil „Verkauf“ gibt es in diesem Betrieb schon."
    dialog.name.clear()
    type_text(qtbot, dialog.name, "Filialleitung")
    for words, code, catalog, title in (
        ("privatsphäre", "4.2", "digcomp-2.2", "DigComp 2.2"),
        ("sk.2 kommunikation", "SK.2", "querschnitt-dqr", "Überfachliche"),
    ):
        dialog.filter.clear()
        type_text(qtbot, dialog.filter, words)
        tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        shown = [top.text(0) for top in tops if top is not None and not top.isHidden()]
        assert len(shown) == 1 and shown[0].startswith(title), shown
        item = dialog.competence_item(code, catalog)
        assert item is not None and not item.isHidden()
        dialog.tree.setCurrentItem(item)
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)  # Space ticks the competence
    assert dialog.table.rowCount() == 2
    level = dialog.table.cellWidget(1, 1)
    assert isinstance(level, QComboBox)
    assert [level.itemData(i) for i in range(level.count())] == [0, 1, 2, 3, 4]  # the DQR scale
    comp_42 = dialog.data().targets[0].competence_id
    dialog.set_target(comp_42, 6, 1)
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    role_id = tab.save(dialog, None)
    assert role_id is not None
    targets = {(t.code, t.target_level, t.priority) for t in role_profiles.role_targets(demo_ws, role_id)}
    assert targets == {("4.2", 6, 1), ("SK.2", 2, 2)}
    assert tab.roles.currentItem().text().startswith("Filialleitung")
    assert tab.targets.rowCount() == 2

    edit = tab.dialog(role_id)
    assert edit is not None
    qtbot.addWidget(edit)
    item = edit.competence_item("SK.2", "querschnitt-dqr")
    assert item is not None and item.checkState(0) == Qt.CheckState.Checked
    item.setCheckState(0, Qt.CheckState.Unchecked)
    edit.try_accept()
    tab.save(edit, role_id)
    assert {t.code for t in role_profiles.role_targets(demo_ws, role_id)} == {"4.2"}
    tab.remove(role_id)
    with demo_ws.unit_of_work() as uow:
        assert uow.session.get(RoleProfile, role_id) is None


def test_company_dialog_problems_without_saving(qtbot: QtBot) -> None:
    dialog = CompanyDialog()
    qtbot.addWidget(dialog)
    dialog.try_accept()
    assert dialog.errors["name"].text() == "Bitte den Namen des Betriebs angeben."
    assert dialog.errors["headcount"].isVisibleTo(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
