"""Sync in the program: the status bar counts, the conflicts screen resolved by keyboard, the sync file menu."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from tests.sync.harness import Direct, Office, laptop, value
from tests.ui.keyboard import type_text
from tests.ui.windows import make_window
from verbund_desktop.persistence.models import Company, Department, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync.conflicts import list_conflicts, resolve_conflict
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.run import sync
from verbund_desktop.services.sync.sync_file import set_file_keys
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.sync.conflicts_dialog import BASE_COLUMN, MINE_COLUMN, ConflictsDialog


def first_person(ws: Workspace) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        found = uow.session.scalars(select(Employee.id).order_by(Employee.pseudonym_code)).first()
    assert found is not None
    return found


def set_notes(ws: Workspace, person: uuid.UUID, notes: str) -> None:
    with ws.unit_of_work() as uow:
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes=notes))
        uow.commit()


def open_dialog(qtbot: QtBot, ws: Workspace) -> ConflictsDialog:
    dialog = ConflictsDialog(WorkspaceContext(ws, "Beraterin B"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def conflict_on_b(demo_template: Path, tmp_path: Path) -> tuple[Office, Workspace, Workspace, uuid.UUID]:
    office = Office(demo_template, tmp_path)
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    person = first_person(a)
    set_notes(a, person, "von A")
    sync(a, Direct(office, office.scope()))
    set_notes(b, person, "von B")
    sync(b, Direct(office, office.scope()))
    return office, a, b, person


def enrol_for_files(ws: Workspace) -> None:
    set_file_keys(ws, os.urandom(32), Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate().public_key())


def test_before_enrolment_the_status_bar_says_nothing_about_sync(qtbot: QtBot, demo_ws: Workspace) -> None:
    assert sync_counts(demo_ws).pending > 0  # every demo row waits in the outbox
    window = make_window(qtbot, demo_ws)
    menu = window.sync_menu
    assert menu.label.text() == "" and not menu.label.isVisible()
    assert "Änderung" not in window.statusBar().currentMessage()
    assert menu.not_connected.isVisible() and not menu.not_connected.isEnabled()
    assert menu.not_connected.text() == "Nicht mit der Koordinierungsstelle verbunden"
    window.context.notify_saved()  # a save does not bring the counts back
    assert menu.label.text() == "" and not menu.label.isVisible()


def test_the_status_bar_counts_unsent_changes(qtbot: QtBot, demo_ws: Workspace) -> None:
    enrol_for_files(demo_ws)
    window = make_window(qtbot, demo_ws)
    assert not window.sync_menu.not_connected.isVisible()
    assert window.sync_menu.label.isVisible()
    before = sync_counts(demo_ws).pending
    assert f"{before} Änderung" in window.sync_menu.label.text()
    with demo_ws.unit_of_work() as uow:  # a new row: one more change (an edit of an unsent row merges)
        company = uow.session.scalars(select(Employee.company_id)).first()
        uow.session.add(Department(company_id=company, name="Neu im Test"))
        uow.commit()
    window.context.notify_saved()
    assert f"{before + 1} Änderung" in window.sync_menu.label.text()


def test_the_counts_appear_once_the_workspace_is_enrolled(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    assert window.sync_menu.label.text() == ""
    enrol_for_files(demo_ws)
    window.context.notify_saved()
    assert f"{sync_counts(demo_ws).pending} Änderung" in window.sync_menu.label.text()
    assert not window.sync_menu.not_connected.isVisible()


def test_the_status_bar_shows_conflicts_and_refused_changes_until_they_are_dealt_with(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    office, a, b, _person = conflict_on_b(demo_template, tmp_path)
    try:
        with b.unit_of_work() as uow:  # a change of a company outside the scope: refused by the office
            first, second = list(uow.session.scalars(select(Company.id).order_by(Company.name)))[:2]
            uow.session.execute(update(Company).where(Company.id == second).values(notes="nicht zugeordnet"))
            uow.commit()
        assert sync(b, Direct(office, office.scope([str(first)]))).rejected == 1
        enrol_for_files(b)
        window = make_window(qtbot, b)
        shown = window.sync_menu.label.text()
        assert "1 Konflikt" in shown and "1 abgelehnt" in shown
        [view] = list_conflicts(b)
        resolve_conflict(b, view.id, "theirs", actor="Beraterin B")
        window.context.notify_saved()
        shown = window.sync_menu.label.text()
        assert "Konflikt" not in shown and "1 abgelehnt" in shown  # a refusal stays visible
    finally:
        a.close()
        b.close()


def test_a_conflict_is_resolved_by_keyboard_with_the_office_version(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    _office, a, b, person = conflict_on_b(demo_template, tmp_path)
    try:
        dialog = open_dialog(qtbot, b)
        assert dialog.list.count() == 1 and "Dasselbe Feld" in dialog.explanation.text()
        assert not dialog.buttons["merge"].isEnabled()
        assert not dialog.buttons["after"].isEnabled()  # only for a second successor of a plan version
        qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.list.count() == 0)
        assert value(b, "SELECT notes FROM employee WHERE id = :i", i=person.hex) == "von A"
    finally:
        a.close()
        b.close()


def test_an_edited_version_is_typed_into_the_table(qtbot: QtBot, demo_template: Path, tmp_path: Path) -> None:
    office, a, b, person = conflict_on_b(demo_template, tmp_path)
    try:
        dialog = open_dialog(qtbot, b)
        [row] = [r for r, f in enumerate(dialog.conflicts[0].fields) if f.column == "notes"]
        dialog.table.setFocus()
        dialog.table.setCurrentCell(row, MINE_COLUMN)
        qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert editor is not None
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, editor, "Beide Gespräche geführt")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.list.count() == 0)
        sync(b, Direct(office, office.scope()))
        assert (
            office.scalar("SELECT notes FROM employee WHERE id = :i", i=person.hex)
            == "Beide Gespräche geführt"
        )
    finally:
        a.close()
        b.close()


def test_the_sync_file_menu_exports_and_refuses_a_second_reading(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, mine, theirs = os.urandom(32), Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    set_file_keys(demo_ws, key, mine, theirs.public_key())
    window = make_window(qtbot, demo_ws)
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        # for this test only (monkeypatch): set for good, no later test on the worker got a box
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    target = tmp_path / "an-das-buero.verbund-sync"
    window.sync_menu.choose_save = lambda _title: target
    report = window.sync_menu.export_file()
    assert report is not None and target.exists() and "Änderungspaket" in shown[-1]
    window.sync_menu.choose_open = lambda _title: target
    job = window.sync_menu.import_file()
    assert job is not None
    qtbot.waitUntil(lambda: job.done)
    assert (
        job.outcome == "failed" and window.sync_menu.imported is None
    )  # a file for the office, not for this laptop
    assert "nichts geändert" in shown[-1].lower()


def test_the_conflict_screen_shows_the_base_and_bolds_fields_changed_on_both(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    office, a, b, person = conflict_on_b(demo_template, tmp_path)
    try:
        dialog = open_dialog(qtbot, b)
        headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
        assert headers == ["Feld", "Ausgangsstand", "Hier (meine Fassung)", "Koordinierungsstelle"]
        [row] = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "Notizen"]
        cells = [dialog.table.item(row, c) for c in range(4)]
        assert [c.text() for c in cells[2:]] == ["von B", "von A"]
        assert cells[BASE_COLUMN].text() not in ("von A", "von B", "(nicht bekannt)")
        assert all(c.font().bold() for c in cells)  # the notes were changed on both sides
        dialog.table.setFocus()  # by keyboard: into the base cell, which cannot be edited
        dialog.table.setCurrentCell(row, BASE_COLUMN)
        qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
        assert QApplication.focusWidget() is dialog.table
        qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # keep mine
        qtbot.waitUntil(lambda: dialog.list.count() == 0)
        sync(b, Direct(office, office.scope()))
        assert office.scalar("SELECT notes FROM employee WHERE id = :i", i=person.hex) == "von B"
    finally:
        a.close()
        b.close()


def test_the_conflicts_screen_fits_a_laptop_screen_of_1366_by_768(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    """Five choices in one row made the dialog wider than the screen: the last ones were cut off."""
    _office, a, b, _person = conflict_on_b(demo_template, tmp_path)
    try:
        dialog = open_dialog(qtbot, b)
        needed = dialog.minimumSizeHint()
        assert needed.width() <= 1366 and needed.height() <= 768, needed
        assert all(button.isVisible() for button in dialog.buttons.values())
    finally:
        a.close()
        b.close()


def test_a_row_deleted_at_the_office_and_changed_here_is_kept_by_keyboard(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    """Issue 12, B4.3: the conflict reaches the screen, "theirs" reads as accepting the deletion, and "mine"
    (Alt+M) brings the row back at the office."""
    office = Office(demo_template, tmp_path)
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    try:
        with a.unit_of_work() as uow:
            ident = uow.session.scalars(select(Department.id).order_by(Department.name)).first()
            uow.session.execute(Department.__table__.delete().where(Department.id == ident))
            uow.commit()
        assert ident is not None
        sync(a, Direct(office, office.scope()))
        with b.unit_of_work() as uow:
            uow.session.execute(update(Department).where(Department.id == ident).values(name="Umbenannt"))
            uow.commit()
        sync(b, Direct(office, office.scope()))
        dialog = open_dialog(qtbot, b)
        assert dialog.list.count() == 1 and "inzwischen gelöscht" in dialog.explanation.text()
        assert (
            dialog.buttons["theirs"].text() == "&Löschung übernehmen" and dialog.buttons["theirs"].isEnabled()
        )
        assert not dialog.buttons["edited"].isEnabled()
        theirs = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
        assert theirs and set(theirs) == {"(gelöscht)"}
        qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.list.count() == 0)
        assert sync(b, Direct(office, office.scope())).conflicts == 0
        assert office.scalar("SELECT name FROM department WHERE id = :i", i=ident.hex) == "Umbenannt"
    finally:
        a.close()
        b.close()
