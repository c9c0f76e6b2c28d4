"""The connect dialog fetches the office's certificate in a worker: the window stays responsive, the same button
cancels, and a cancelled answer is never shown."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync.client import ServerCertificate, SyncConnectionError
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.sync import connect_dialog
from verbund_desktop.ui.sync.connect_dialog import ConnectDialog

CERTIFICATE = ServerCertificate("-----BEGIN CERTIFICATE-----", "AB:CD:EF")


class SlowOffice:
    """``fetch_certificate`` that answers only when the test lets it (or fails, if told so)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.asked: list[str] = []
        self.fail = False

    def __call__(self, address: str) -> ServerCertificate:
        self.asked.append(address)
        self.release.wait(30)
        if self.fail:
            raise SyncConnectionError("Die Koordinierungsstelle ist nicht erreichbar.")
        return CERTIFICATE


@pytest.fixture
def office(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowOffice]:
    slow = SlowOffice()
    monkeypatch.setattr(connect_dialog, "fetch_certificate", slow)
    yield slow
    slow.release.set()


def open_dialog(qtbot: QtBot, ws: Workspace) -> ConnectDialog:
    dialog = ConnectDialog(WorkspaceContext(ws, "Beraterin B"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.address.setFocus()
    type_text(qtbot, dialog.address, "buero.example.de:8443")
    return dialog


def test_the_certificate_comes_while_the_window_stays_responsive(
    qtbot: QtBot, demo_ws: Workspace, office: SlowOffice
) -> None:
    dialog = open_dialog(qtbot, demo_ws)
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: office.asked == ["buero.example.de:8443"])
    # The fetch is still waiting, and the UI thread goes on: the button offers the cancel, the code can be typed.
    assert dialog.fetch_button.text() == "Abr&ufen abbrechen"
    dialog.code.setFocus()
    type_text(qtbot, dialog.code, "123456")
    assert dialog.code.text() == "123456" and dialog.certificate is None
    office.release.set()
    qtbot.waitUntil(lambda: dialog.certificate == CERTIFICATE)
    assert "AB:CD:EF" in dialog.fingerprint.text() and dialog.confirm.isEnabled()
    assert dialog.fetch_button.text() == "&Zertifikat abrufen"


def test_a_cancelled_fetch_shows_nothing(qtbot: QtBot, demo_ws: Workspace, office: SlowOffice) -> None:
    dialog = open_dialog(qtbot, demo_ws)
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(office.asked) == 1)
    qtbot.keyClick(dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # the same button cancels
    qtbot.waitUntil(lambda: dialog.fetch_button.text() == "&Zertifikat abrufen")  # a mnemonic clicks animated
    assert "Abgebrochen" in dialog.fingerprint.text()
    office.release.set()
    assert dialog.context.jobs.wait(30_000)
    qtbot.waitUntil(lambda: not dialog.context.jobs.running)
    assert dialog.certificate is None and not dialog.confirm.isEnabled()
    assert "AB:CD:EF" not in dialog.fingerprint.text()


def test_a_fetch_that_fails_says_why_in_german(
    qtbot: QtBot, demo_ws: Workspace, office: SlowOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text))
    )
    dialog = open_dialog(qtbot, demo_ws)
    office.fail = True
    office.release.set()
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Die Koordinierungsstelle ist nicht erreichbar."]
    assert dialog.certificate is None and dialog.fetch_button.text() == "&Zertifikat abrufen"
