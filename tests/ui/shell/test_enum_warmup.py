"""The main window's PySide6 enum types are created while the passphrase dialog waits, on the UI thread."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.patience import PatientQtBot
from verbund_desktop.ui.common.painted import PaintedDialog
from verbund_desktop.ui.shell import enum_warmup
from verbund_desktop.ui.shell.enum_warmup import HEAVY_CLASS, EnumWarmup, by_owner
from verbund_desktop.ui.shell.window_enums import WINDOW_ENUMS

# A fresh interpreter (this one has long created every Qt type): the modules a start imports, the passphrase
# dialog, the warm-up until it stops by itself, then the count of enum types the window build creates.
PROBE = """
import enum, gc, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.demo import create_demo_workspace
from verbund_desktop.services.workspace.workspace_service import open_existing
from verbund_desktop.ui.protection import backup_dialogs
from verbund_desktop.ui.protection.passphrase import PassphraseDialog
from verbund_desktop.ui.shell.enum_warmup import HEAVY_CLASS, EnumWarmup, by_owner
from verbund_desktop.ui.shell.main_window import MainWindow
db = Path(tempfile.mkdtemp()) / "demo.db"
create_demo_workspace(db, None).close()
ws = open_existing(db, None)
snapshot = Directory(ws).snapshot()
dialog = PassphraseDialog("verbund.db", "", None)
dialog.show()
warmup = EnumWarmup(budget_s=0.0)
warmup.start()
while warmup.running:
    app.processEvents()
def qt_enums():
    return {id(o) for o in gc.get_objects() if isinstance(o, enum.EnumType) and o.__module__.startswith("PySide6.")}
before = qt_enums()
dialog.close()
window = MainWindow(ws, snapshot=snapshot)
window.show()
app.processEvents()
print("warmup", warmup.done, warmup.turns, warmup.touched, "new", len(qt_enums() - before), flush=True)
window.close()
ws.close()
"""


def test_after_the_warm_up_the_main_window_build_creates_no_enum_type() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("warmup"))
    _, finished, turns, touched, _, new = line.split()
    assert finished == "True"
    classes = len(by_owner(WINDOW_ENUMS))
    assert int(turns) == classes  # one class per turn with no budget: the event loop turned between them
    assert int(touched) == classes
    assert new == "0"


def test_the_warm_up_runs_in_turns_of_the_event_loop_and_stops_by_itself(qapp: QApplication) -> None:
    entries = [
        ("PySide6.QtCore", "Qt.AlignmentFlag"),
        ("no.such.module", "X.Y"),
        ("PySide6.QtCore", "QTimer"),
    ]
    warmup = EnumWarmup(entries, budget_s=0.0, busy=lambda: False)
    warmup.start()
    assert warmup.running and warmup.touched == 0  # nothing runs inside start()
    while warmup.running:
        qapp.processEvents()
    assert warmup.done and warmup.turns == 3
    assert warmup.touched == 2  # a module that is not loaded is skipped, never imported
    assert "no.such.module" not in sys.modules
    warmup.start()  # once only
    assert not warmup.running


def test_a_class_with_many_enums_gets_a_turn_of_its_own(qapp: QApplication) -> None:
    style = [("PySide6.QtWidgets", f"QStyle.E{i}") for i in range(HEAVY_CLASS)]
    entries = [("PySide6.QtCore", "Qt.AlignmentFlag"), *style, ("PySide6.QtCore", "QEvent.Type")]
    warmup = EnumWarmup(entries, budget_s=60.0, busy=lambda: False)  # a budget that never runs out
    warmup.start()
    while warmup.running:
        qapp.processEvents()
    assert warmup.turns == 3 and warmup.touched == 3


def test_the_warm_up_waits_while_the_background_imports_run(qapp: QApplication) -> None:
    busy = [True]
    warmup = EnumWarmup([("PySide6.QtCore", "QTimer")], budget_s=0.0, busy=lambda: busy[0])
    warmup.start()
    for _ in range(3):
        warmup._turn()
    assert warmup.turns == 0 and warmup.running
    busy[0] = False
    while warmup.running:
        qapp.processEvents()
    assert warmup.done and warmup.touched == 1


@pytest.mark.parametrize("dialog_class", [QDialog, PaintedDialog], ids=["watched", "says so itself"])
def test_the_background_imports_and_the_warm_up_start_only_once_the_dialog_is_painted(
    qtbot: PatientQtBot, monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog]
) -> None:
    warmup = EnumWarmup([("PySide6.QtCore", "QTimer")], busy=lambda: False)
    monkeypatch.setattr(enum_warmup, "_warmup", warmup)
    started: list[bool] = []
    monkeypatch.setattr(enum_warmup.preload, "start", lambda: started.append(warmup.running))
    dialog = dialog_class()
    qtbot.addWidget(dialog)
    enum_warmup.warm_while_shown(dialog)
    QApplication.processEvents()
    assert not warmup.running and not warmup.done and not started
    dialog.show()
    qtbot.waitUntil(lambda: warmup.done)
    assert warmup.touched == 1
    assert started == [False]  # the imports begun once, before the warm-up (which waits while they run)
