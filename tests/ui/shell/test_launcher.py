"""From program start to an open workspace: welcome dialog, new and demo workspace, unlocking."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from verbund_desktop import crash_dumps
from verbund_desktop.persistence.workspace import create_workspace
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.ui.common import settings
from verbund_desktop.ui.protection.passphrase import strength_hint
from verbund_desktop.ui.shell import app as app_module
from verbund_desktop.ui.shell import launcher as launcher_module
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher
from verbund_desktop.ui.shell.welcome import StartChoice, WelcomeDialog


def test_welcome_dialog_checks_input_before_anything_is_created(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WelcomeDialog(tmp_path / "verbund.db")
    qtbot.addWidget(dialog)
    assert dialog.problem() == "Bitte einen Namen für den Verbund angeben."
    type_text(qtbot, dialog.network_edit, "Verbund Süd")
    assert dialog.problem() == "Bitte Ihren Namen angeben."
    type_text(qtbot, dialog.advisor_edit, "Jörg Weiß")
    assert dialog.problem() == "Die Passphrase muss mindestens 8 Zeichen lang sein."
    type_text(qtbot, dialog.passphrase_fields.first, "Grüne Äpfel 2026")
    type_text(qtbot, dialog.passphrase_fields.second, "Grüne Äpfel 2025")
    assert dialog.problem() == "Die beiden Eingaben stimmen nicht überein."
    dialog.passphrase_fields.second.clear()
    type_text(qtbot, dialog.passphrase_fields.second, "Grüne Äpfel 2026")
    assert dialog.problem() is None
    request = dialog.request()
    assert request.choice is StartChoice.NEW
    assert (request.network_name, request.advisor_name, request.passphrase) == (
        "Verbund Süd",
        "Jörg Weiß",
        "Grüne Äpfel 2026",
    )
    assert not (tmp_path / "verbund.db").exists()


def test_unencrypted_needs_an_explicit_choice_and_warns(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WelcomeDialog(tmp_path / "verbund.db")
    qtbot.addWidget(dialog)
    dialog.demo_radio.setChecked(True)
    assert dialog.problem() is not None  # no passphrase yet
    dialog.passphrase_fields.unencrypted.setChecked(True)
    assert not dialog.passphrase_fields.warning.isHidden()
    assert "Art. 32 DSGVO" in dialog.passphrase_fields.warning.text()
    assert dialog.problem() is None
    assert dialog.request().passphrase is None


def test_existing_file_is_never_overwritten(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "verbund.db"
    target.write_text("wichtig")
    dialog = WelcomeDialog(target)
    qtbot.addWidget(dialog)
    dialog.demo_radio.setChecked(True)
    dialog.passphrase_fields.unencrypted.setChecked(True)
    assert "gibt es schon" in (dialog.problem() or "")


def test_strength_hint_grows_with_length() -> None:
    scores = [
        strength_hint(p)[0]
        for p in ("kurz", "achtzeichen", "zwölf Zeichen!", "ein langer Satz aus Wörtern 7")
    ]
    assert scores == sorted(scores) and scores[0] == 0 and scores[-1] >= 3


def test_fulfil_creates_the_demo_and_remembers_it(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WelcomeDialog(tmp_path / "demo.db")
    qtbot.addWidget(dialog)
    dialog.demo_radio.setChecked(True)
    dialog.passphrase_fields.unencrypted.setChecked(True)
    ws = WorkspaceLauncher().fulfil(dialog.request())
    assert ws is not None
    try:
        assert len(Directory(ws).companies()) == 3
    finally:
        ws.close()
    assert settings.last_database() == tmp_path / "demo.db"


def test_wrong_passphrase_asks_again_with_the_message_and_leaves_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ws.db"
    create_workspace(path, "richtige Passphrase").close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    shown_errors: list[str] = []
    answers = iter(["falsch", "auch falsch", None])  # None: the user cancels

    class ScriptedDialog:
        def __init__(self, _label: str, error: str = "", _parent: object = None) -> None:
            shown_errors.append(error)
            self._answer = next(answers)

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected if self._answer is None else QDialog.DialogCode.Accepted

        def passphrase(self) -> str:
            assert self._answer is not None
            return self._answer

    monkeypatch.setattr(launcher_module, "PassphraseDialog", ScriptedDialog)
    assert WorkspaceLauncher().open_path(path) is None
    assert shown_errors[0] == ""
    assert all("Passphrase ist falsch" in e for e in shown_errors[1:]) and len(shown_errors) == 3
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_right_passphrase_after_a_wrong_one_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ws.db"
    create_workspace(path, "richtige Passphrase").close()
    answers = iter(["falsch", "richtige Passphrase"])

    class ScriptedDialog:
        def __init__(self, *_args: object) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

        def passphrase(self) -> str:
            return next(answers)

    monkeypatch.setattr(launcher_module, "PassphraseDialog", ScriptedDialog)
    ws = WorkspaceLauncher().open_path(path)
    assert ws is not None and ws.encrypted
    ws.close()


def test_cancel_at_the_passphrase_prompt_opens_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ws.db"
    create_workspace(path, "richtige Passphrase").close()

    class Cancelled:
        def __init__(self, *_args: object) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(launcher_module, "PassphraseDialog", Cancelled)
    assert WorkspaceLauncher().open_path(path) is None


def test_the_desktop_program_disables_core_dumps_before_it_asks_for_anything(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    monkeypatch.setattr(crash_dumps, "disable_core_dumps", lambda: order.append("dumps off"))
    monkeypatch.setattr(WorkspaceLauncher, "start", lambda self, db: order.append("launcher"))
    # The machine's locale must not change the language of the tests that follow.
    monkeypatch.setattr(app_module, "install_translations", lambda app, locale: [])
    assert app_module.main([]) == 0  # the launcher gave no workspace: the program ends
    assert order == ["dumps off", "launcher"]
