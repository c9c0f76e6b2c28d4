"""Sync → „Mit der Koordinierungsstelle verbinden …“ by keyboard, against the real service: the fingerprint is
shown before anything is sent, the code goes out only after the advisor confirmed it, then „Jetzt abgleichen“."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.office.helpers import demo_advisor
from tests.office.service import RunningService
from tests.sync.harness import laptop
from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.certificate import OfficeCertificate
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.office.devices import issue_enrolment_code, list_devices
from verbund_desktop.services.sync.client import office_connection
from verbund_desktop.ui.sync import sync_menu


@pytest.fixture
def laptop_ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A laptop made from the demo the office was filled from: nothing pending, its own replica identity."""
    ws = laptop(demo_template, tmp_path, "laptop")
    yield ws
    ws.close()


def test_connecting_by_keyboard_after_confirming_the_fingerprint(
    qtbot: QtBot,
    laptop_ws: Workspace,
    service: RunningService,
    office: OfficeDatabase,
    office_cert: OfficeCertificate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []

    def record(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(sync_menu.QMessageBox, "information", record)
    ws = laptop_ws
    code = issue_enrolment_code(office, demo_advisor(office)).code
    window = make_window(qtbot, ws)
    window.sync_menu.action_connect.trigger()
    dialog = window.sync_menu.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.address, service.address)
    qtbot.keyClicks(dialog.code, code)
    assert not dialog.connect_button.isEnabled()  # nothing can be sent before a confirmed fingerprint
    assert not window.sync_menu.label.isVisible()  # never connected: nothing about sync in the status bar
    qtbot.keyClick(dialog.fetch_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.certificate is not None)  # fetched in a worker
    assert office_cert.fingerprint in dialog.fingerprint.text()
    assert list_devices(office) == []  # fetching the certificate sent nothing
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)
    assert dialog.connect_button.isEnabled()
    qtbot.keyClick(dialog.connect_button, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert office_connection(ws) is not None and len(list_devices(office)) == 1
    assert window.sync_menu.label.text().startswith("Sync: 0 Änderung")  # enrolled: the counts appear
    assert not window.sync_menu.not_connected.isVisible()
    window.sync_menu.action_sync.trigger()
    assert shown and shown[-1].startswith("Übernommen: 0, Konflikte: 0, abgewiesen: 0")


def test_another_address_asks_for_the_fingerprint_again(
    qtbot: QtBot, ws: Workspace, service: RunningService
) -> None:
    window = make_window(qtbot, ws)
    window.sync_menu.action_connect.trigger()
    dialog = window.sync_menu.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.address, service.address)
    qtbot.keyClick(dialog.fetch_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.confirm.isEnabled())
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.address, "0")
    assert dialog.certificate is None and not dialog.confirm.isChecked()
    assert not dialog.connect_button.isEnabled()
