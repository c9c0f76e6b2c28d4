"""Words a person uses (issue 14, fifth item): the audit trail shows no internal keys."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.support.plan_support import company_id, employee_id
from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace, create_workspace
from verbund_desktop.services.needs import company_interview as interview
from verbund_desktop.services.planning import plans
from verbund_desktop.services.planning.plan_queries import plan_state
from verbund_desktop.services.protection import audit_words
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.protection.audit_view import AuditDialog, AuditTableModel
from verbund_desktop.ui.shell import launcher as launcher_module
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher
from verbund_desktop.ui.shell.main_window import MainWindow

ACTOR = "Dr. Sabine Kröger"


def test_audit_trail_names_every_action_and_field_in_words(qtbot: QtBot, demo_ws: Workspace) -> None:
    state = plan_state(demo_ws, employee_id(demo_ws, "MS-02"))
    assert state is not None
    plans.freeze_plan(demo_ws, state.plan_id, actor=ACTOR)
    plans.set_plan_field(demo_ws, state.plan_id, "starting_point", "Neu im Lager.", actor=ACTOR)
    company = company_id(demo_ws, "Südwest Logistik AG")
    draft = interview.start_interview(demo_ws, company, actor=ACTOR)
    interview.save_answer(demo_ws, draft.id, "fachkraefteengpass", True, actor=ACTOR)

    dialog = AuditDialog(WorkspaceContext(demo_ws, ACTOR))
    qtbot.addWidget(dialog)
    model = dialog.view.model
    actions = [model.index(r, AuditTableModel.ACTION).data() for r in range(model.rowCount())]
    fields = [model.index(r, AuditTableModel.FIELD).data() for r in range(model.rowCount())]
    assert "Plan gedruckt und festgeschrieben" in actions and "Ausgangslage" in fields
    assert any(f.startswith("Frage „Haben Sie derzeit Schwierigkeiten") for f in fields)
    leaked = {a for a in actions if "." in a or "_" in a} | {f for f in fields if "_" in f or "interner" in f}
    assert not leaked


def test_an_interview_answer_is_named_by_its_question() -> None:
    assert audit_words.field_words("fachkraefteengpass", {}).startswith("Frage „")
    assert audit_words.field_words("something_new", {}) == "(interner Name: something_new)"


def lock_message(window: MainWindow) -> str:
    screen = window.protection.lock.lock_screen
    assert screen is not None
    return " ".join(label.text() for label in screen.findChildren(QLabel))


def test_the_lock_screen_says_why_it_is_locked(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    qtbot.keyClick(window.tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.protection.lock.is_locked
    assert "Strg+L" in lock_message(window) and "Inaktivität" not in lock_message(window)
    qtbot.mouseClick(window.protection.lock.lock_screen.button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    assert not window.protection.lock.is_locked

    window.protection.lock.set_timeout_seconds(0.05)  # then nobody touches anything
    qtbot.waitUntil(lambda: window.protection.lock.is_locked)
    assert "nach längerer Inaktivität" in lock_message(window)


class ScriptedPassphrase:
    """The passphrase prompt answered by a person: a wrong passphrase, then „Abbrechen“."""

    answers: ClassVar[list[str | None]] = []
    shown: ClassVar[int] = 0

    def __init__(self, *_args: object) -> None:
        ScriptedPassphrase.shown += 1
        self._answer = ScriptedPassphrase.answers.pop(0)

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Rejected if self._answer is None else QDialog.DialogCode.Accepted

    def passphrase(self) -> str:
        return self._answer or ""


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"restore": [], "warning": []}
    ScriptedPassphrase.shown = 0
    monkeypatch.setattr(launcher_module, "PassphraseDialog", ScriptedPassphrase)
    monkeypatch.setattr(
        launcher_module, "offer_restore", lambda _p, _path, text, **_k: seen["restore"].append(text)
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: seen["warning"].append(text))
    return seen


def test_cancelling_after_a_wrong_passphrase_offers_no_restore(
    tmp_path: Path, prompts: dict[str, list[str]]
) -> None:
    path = tmp_path / "ws.db"
    create_workspace(path, "richtige Passphrase").close()
    ScriptedPassphrase.answers = ["falsch", None]
    assert WorkspaceLauncher().open_path(path) is None
    assert ScriptedPassphrase.shown == 2 and prompts["restore"] == []


def test_a_pdf_chosen_as_workspace_gets_a_clear_message_not_a_passphrase_prompt(
    tmp_path: Path, prompts: dict[str, list[str]]
) -> None:
    pdf = tmp_path / "Entwicklungsplan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 7)
    before = pdf.read_bytes()
    assert WorkspaceLauncher().open_path(pdf) is None
    assert ScriptedPassphrase.shown == 0
    assert len(prompts["warning"]) == 1 and "kein Arbeitsbereich" in prompts["warning"][0]
    assert "PDF" in prompts["warning"][0] and pdf.read_bytes() == before
