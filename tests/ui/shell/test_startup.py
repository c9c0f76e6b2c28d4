"""Start-up: the first window a person sees needs only Qt; the database layer is imported in the background."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the real program in a fresh interpreter. The first dialog records which heavy modules are imported when
# it is about to show, then is cancelled. The background import is switched off, so the record shows what the
# way to the dialog itself needs (with it on, the thread may or may not have got there yet). The welcome
# dialog's module is patched only when the launcher imports it, so the passphrase dialog's record shows
# whether the program imported it.
PROBE = """
import sys
from PySide6.QtWidgets import QDialog
from verbund_desktop.ui.shell import launcher, preload
from verbund_desktop.ui.protection.passphrase import PassphraseDialog
HEAVY = ("sqlalchemy", "sqlcipher3", "alembic", "verbund_desktop.persistence.models",
         "verbund_desktop.services", "verbund_desktop.ui.shell.main_window", "reportlab")
# Not heavy, but not needed for the passphrase dialog (each a few to 30 ms under load): the rotating log file's
# module (socket, pickle, queue), platformdirs (the workspace is given), the welcome and file dialogs, the
# failure explanations (job runner, prompts, message catalogue), and the Qt namespace, QEvent (its ≈ 180 event
# types), the progress and file dialogs' classes, whose Python types PySide6 creates when they are first taken
# from their module. Also the German formats (decimal, datetime), the busy indicator's worker, the job runner
# with the daily backup, and the questions and channel of a workspace held by another start (instance, getpass):
# all needed only after Enter; and dataclasses (the few records on the way are named tuples).
DEFERRED = ("logging.handlers", "socket", "pickle", "platformdirs", "platform",
            "verbund_desktop.ui.shell.welcome", "verbund_desktop.ui.common.folders",
            "verbund_desktop.ui.common.operations", "decimal", "datetime", "getpass", "dataclasses",
            "verbund_desktop.ui.common.busy", "verbund_desktop.ui.common.jobs",
            "verbund_desktop.ui.shell.daily_backup", "verbund_desktop.ui.shell.instance")
QT_TYPES = ("Qt", "QEvent", "QProgressDialog", "QFileDialog")
def created(name):
    from PySide6 import QtCore, QtWidgets
    return name in vars(QtCore if name in ("Qt", "QEvent") else QtWidgets)  # a lazy type is in the module's namespace only once it was taken
def exec_(self):
    loaded = [name for name in HEAVY if name in sys.modules]
    print("dialog", type(self).__name__, "heavy:", ",".join(loaded) or "none", flush=True)
    deferred = [name for name in DEFERRED if name in sys.modules] + [name for name in QT_TYPES if created(name)]
    print("deferred", type(self).__name__, ",".join(deferred) or "none", flush=True)
    return QDialog.DialogCode.Rejected
PassphraseDialog.exec = exec_
original_welcome = launcher.WorkspaceLauncher.welcome
def welcome(self, path):
    from verbund_desktop.ui.shell.welcome import WelcomeDialog
    WelcomeDialog.exec = exec_
    return original_welcome(self, path)
launcher.WorkspaceLauncher.welcome = welcome
preload.start = lambda *args: None
from verbund_desktop.ui.shell.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def _run_probe(probe: str, db: Path, home: Path) -> list[str]:
    """``probe`` in a fresh interpreter (the start as a person makes it), its output lines."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    env.pop("VERBUND_PASSPHRASE", None)
    done = subprocess.run(
        [sys.executable, "-c", probe, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.splitlines()


def _first_dialog(db: Path, home: Path) -> list[str]:
    return [line for line in _run_probe(PROBE, db, home) if line.startswith(("dialog", "deferred"))]


@pytest.mark.parametrize("exists", [True, False], ids=["passphrase dialog", "welcome dialog"])
def test_the_first_dialog_shows_before_sqlalchemy_the_models_or_the_main_window_are_imported(
    tmp_path: Path, exists: bool
) -> None:
    db = tmp_path / "verbund.db"
    if exists:
        db.write_bytes(os.urandom(4096))  # not an SQLite header: an encrypted workspace to the launcher
    lines = _first_dialog(db, tmp_path / "home")
    expected = "PassphraseDialog" if exists else "WelcomeDialog"
    assert lines[0] == f"dialog {expected} heavy: none"


def test_the_passphrase_dialog_shows_before_the_rotating_log_platformdirs_and_the_other_dialogs(
    tmp_path: Path,
) -> None:
    db = tmp_path / "verbund.db"
    db.write_bytes(os.urandom(4096))
    lines = _first_dialog(db, tmp_path / "home")
    assert lines[1] == "deferred PassphraseDialog none"


def test_the_welcome_dialog_needs_only_its_own_modules_and_the_file_dialog(tmp_path: Path) -> None:
    lines = _first_dialog(tmp_path / "verbund.db", tmp_path / "home")
    assert lines[1] == (
        "deferred WelcomeDialog verbund_desktop.ui.shell.welcome,verbund_desktop.ui.common.folders,dataclasses,"
        "QFileDialog"  # dataclasses: its StartRequest
    )


def test_the_background_import_loads_what_opening_needs_and_wait_joins_it() -> None:
    probe = (
        "import sys\n"
        "from verbund_desktop.ui.shell import preload\n"
        "preload.start(('verbund_desktop.services.workspace.workspace_service',))\n"
        "preload.wait()\n"
        "print('sqlalchemy' in sys.modules, 'verbund_desktop.persistence.models' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["True", "True"]


def test_the_main_window_leaves_the_sync_client_and_cryptography_until_the_advisor_syncs() -> None:
    # ≈ 18 MiB of every window's memory (httpx with click, and rich where installed; cryptography).
    probe = (
        "import sys\n"
        "import verbund_desktop.ui.shell.main_window\n"
        "print([name for name in ('httpx', 'cryptography', 'click') if name in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"


# The background imports hold the GIL most of the time: begun before the first dialog, they took ≈ 25 ms
# from the dialog's own set-up. They begin once the dialog is painted (and the enum warm-up after them).
PAINT_PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from verbund_desktop.ui.shell import launcher, preload
from verbund_desktop.ui.protection.passphrase import PassphraseDialog
painted = []
class Paints(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            painted.append(preload._thread is None)  # not begun yet while the dialog paints
        return False
paints = Paints()
def exec_(self):
    print("before show:", preload._thread is not None, flush=True)
    self.installEventFilter(paints)
    self.show()
    QApplication.processEvents()  # the show's own events; the first paint may follow in a later turn
    def check():
        if preload._thread is None:
            QTimer.singleShot(10, check)
            return
        print("after paint:", painted[:1] == [True], flush=True)
        self.reject()
    QTimer.singleShot(0, check)
    return QDialog.exec(self)
PassphraseDialog.exec = exec_
launcher.WorkspaceLauncher.welcome = lambda self, path: None
from verbund_desktop.ui.shell.app import main
code = main(["--db", sys.argv[1]])
preload.wait()
print("preloaded:", "sqlalchemy" in sys.modules, flush=True)
sys.exit(code)
"""


def test_the_background_imports_begin_only_once_the_first_dialog_is_painted(tmp_path: Path) -> None:
    db = tmp_path / "verbund.db"
    db.write_bytes(os.urandom(4096))
    output = _run_probe(PAINT_PROBE, db, tmp_path / "home")
    lines = [line for line in output if line.endswith(("True", "False"))]
    assert lines == ["before show: False", "after paint: True", "preloaded: True"]


# The first dialog says itself when it is painted: an event filter would make PySide6 create the Python type of
# every event the dialog gets (all of QEvent's ≈ 50 subclasses with their enums, a few ms of its show()).
EVENT_TYPES_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog
from verbund_desktop.ui.shell import launcher, preload
from verbund_desktop.ui.protection.passphrase import PassphraseDialog
started = []
preload.start = lambda *args: started.append(True)
def exec_(self):
    self.show()
    def check():
        if not started:  # begun on the turn after the first paint
            QTimer.singleShot(10, check)
            return
        from PySide6 import QtCore, QtGui
        taken = [name for name in ("QChildEvent", "QTimerEvent") if name in vars(QtCore)]
        taken += [name for name in ("QShowEvent", "QExposeEvent", "QResizeEvent") if name in vars(QtGui)]
        print("event types:", ",".join(taken) or "none", flush=True)
        self.reject()
    QTimer.singleShot(0, check)
    return QDialog.exec(self)
PassphraseDialog.exec = exec_
launcher.WorkspaceLauncher.welcome = lambda self, path: None
from verbund_desktop.ui.shell.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_the_first_dialog_is_on_screen_and_the_imports_begun_without_creating_the_event_types(
    tmp_path: Path,
) -> None:
    db = tmp_path / "verbund.db"
    db.write_bytes(os.urandom(4096))
    output = _run_probe(EVENT_TYPES_PROBE, db, tmp_path / "home")
    assert [line for line in output if line.startswith("event types")] == ["event types: none"]


# PySide6 reads the source of every module imported after it and linecache keeps the lines (≈ 11.6 MiB at
# network scale); the main window drops them once built (ui/shell/source_lines.py): ≈ 20 MiB of the peak.
SOURCES_PROBE = """
import linecache, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.ui.shell.main_window import MainWindow
def held():
    return sum(1 for name in linecache.cache if "sqlalchemy" in name or "verbund_desktop" in name)
before = held()
window = MainWindow(open_workspace(Path(sys.argv[1])))
print(before > 100, held())
"""


def test_the_main_window_drops_the_module_sources_pyside6_read_while_importing(
    demo_template: Path, tmp_path: Path
) -> None:
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", SOURCES_PROBE, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.split()[-2:] == ["True", "0"], done.stdout
