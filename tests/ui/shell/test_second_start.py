"""A second start of the program on a workspace that is already open, and the workspace file taken away under
the running window: the advisor is told what happened, and nothing is reported as saved that was not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.dialogs import when_modal
from tests.ui.organisation.test_company_editor import company_row
from tests.ui.windows import make_window
from verbund_desktop.persistence.errors import ReadOnlyWorkspaceError
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.persistence.writer_lock import read_holder
from verbund_desktop.services.organisation.companies import CompanyInput, create_company
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.workspace_service import create_new
from verbund_desktop.ui.organisation.directory_model import NodeKind
from verbund_desktop.ui.shell.app import DesktopApplication
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher
from verbund_desktop.ui.shell.main_window import MainWindow


def first_instance(tmp_path: Path) -> Workspace:
    ws = create_new(tmp_path / "verbund.db", None, network_name="Verbund Ost", advisor_name="Jörg Weiß")
    create_company(ws, CompanyInput(name="Bäckerei Öztürk", headcount="9"), actor="Test")
    return ws


def click_button(text: str, seen: list[str]) -> None:
    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()

    when_modal(QMessageBox, act)


def test_a_second_start_says_who_holds_the_workspace_and_opens_it_read_only(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = first_instance(tmp_path)
    seen: list[str] = []
    click_button("Nur zum Lesen öffnen", seen)
    second = WorkspaceLauncher().open_path(first.path)
    assert second is not None and second.read_only
    try:
        assert "ist schon geöffnet" in seen[0] and f"Prozess {os.getpid()}" in seen[0]
        window = MainWindow(second)
        qtbot.addWidget(window)
        assert window.windowTitle().endswith("(nur lesen)")
        banner = window.findChild(QLabel, "readOnlyBanner")
        assert banner is not None and "Nur zum Lesen geöffnet" in banner.text()
        assert [c.name for c in Directory(second).companies()] == ["Bäckerei Öztürk"]
        try:
            create_company(second, CompanyInput(name="Schreinerei Groß", headcount="4"), actor="Test")
        except ReadOnlyWorkspaceError as err:
            assert "nur zum Lesen geöffnet" in str(err)
        else:
            raise AssertionError("a read-only workspace saved a change")
        create_company(first, CompanyInput(name="Schreinerei Groß", headcount="4"), actor="Test")
        assert sorted(c.name for c in Directory(first).companies()) == ["Bäckerei Öztürk", "Schreinerei Groß"]
    finally:
        second.close()
        first.close()


# The offscreen platform cannot raise windows and says so; on a desktop the window comes to the front.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_second_start_can_bring_the_running_window_to_the_front(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    ws = first_instance(tmp_path)
    desktop = DesktopApplication(qapp)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    desktop.show(window)
    try:
        assert desktop.channel is not None
        note = read_holder(ws.path)
        assert note is not None and note.channel == desktop.channel.name
        seen: list[str] = []
        click_button("Zum geöffneten Fenster wechseln", seen)
        window.showMinimized()
        launcher = WorkspaceLauncher()
        with qtbot.waitSignal(desktop.channel.show_requested, timeout=30000):
            assert launcher.open_path(ws.path) is None
        assert launcher.switched and "ist schon geöffnet" in seen[0]
        assert not window.isMinimized()
    finally:
        if desktop.channel is not None:
            desktop.channel.close()
        window.close()
        ws.close()


def test_the_file_taken_away_under_the_window_is_never_reported_saved(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)
    company = company_row(demo_ws, "Südwest Logistik AG")["id"]
    window.select(NodeKind.COMPANY, company)
    aside = demo_ws.path.with_name("verschoben.db")
    os.replace(demo_ws.path, aside)
    seen: list[str] = []
    when_modal(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    window.company_actions.archive_selected(confirm=False)
    qtbot.waitUntil(lambda: bool(seen))
    assert "nicht mehr da" in seen[0] and "NICHT gespeichert" in seen[0]
    assert "Gespeichert" not in window.saved_label.text()
    os.replace(aside, demo_ws.path)  # the advisor puts the file back and tries again
    window.select(NodeKind.COMPANY, company)
    assert window.company_actions.archive_selected(confirm=False)
    assert "Gespeichert" in window.saved_label.text()
    assert all(c.name != "Südwest Logistik AG" for c in Directory(demo_ws).companies())


def test_declining_a_held_workspace_ends_the_start_without_the_welcome_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = first_instance(tmp_path)
    try:
        seen: list[str] = []
        click_button("Abbrechen", seen)
        launcher = WorkspaceLauncher()
        assert launcher.start(first.path) is None
        assert launcher.declined and not launcher.switched and "ist schon geöffnet" in seen[0]
        create_company(first, CompanyInput(name="Schreinerei Groß", headcount="4"), actor="Test")
    finally:
        first.close()


def test_the_lock_of_a_crashed_instance_is_taken_over_with_a_message(qtbot: QtBot, tmp_path: Path) -> None:
    first = first_instance(tmp_path)
    path = first.path
    first.close()
    crashed = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; "
            "from verbund_desktop.services.workspace.workspace_service import open_existing; "
            "ws = open_existing(Path(sys.argv[1]), None); print('offen', flush=True); sys.stdin.readline()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert crashed.stdout is not None and crashed.stdin is not None
    assert crashed.stdout.readline().strip() == "offen"
    crashed.kill()
    crashed.wait(timeout=60)
    crashed.stdin.close()
    crashed.stdout.close()
    seen: list[str] = []
    when_modal(QMessageBox, lambda box: (seen.append(box.text()), box.accept()))
    ws = WorkspaceLauncher().open_path(path)
    assert ws is not None and not ws.read_only
    try:
        assert "übernommen" in seen[0] and f"Prozess {crashed.pid}" in seen[0]
        create_company(ws, CompanyInput(name="Schreinerei Groß", headcount="4"), actor="Test")
        assert sorted(c.name for c in Directory(ws).companies()) == ["Bäckerei Öztürk", "Schreinerei Groß"]
    finally:
        ws.close()
