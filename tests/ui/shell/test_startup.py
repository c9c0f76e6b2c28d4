"""Start-up: the first window a person sees needs only Qt; the database layer is imported in the background."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the real program in a fresh interpreter. The first dialog records which heavy modules are imported when
# it is about to show, then is cancelled. The background import is switched off, so the record shows what the
# way to the dialog itself needs (with it on, the thread may or may not have got there yet).
PROBE = """
import sys
from PySide6.QtWidgets import QDialog
from verbund_desktop.ui.shell import preload
from verbund_desktop.ui.protection.passphrase import PassphraseDialog
from verbund_desktop.ui.shell.welcome import WelcomeDialog
HEAVY = ("sqlalchemy", "sqlcipher3", "alembic", "verbund_desktop.persistence.models",
         "verbund_desktop.services", "verbund_desktop.ui.shell.main_window", "reportlab")
def exec_(self):
    loaded = [name for name in HEAVY if name in sys.modules]
    print("dialog", type(self).__name__, "heavy:", ",".join(loaded) or "none", flush=True)
    return QDialog.DialogCode.Rejected
PassphraseDialog.exec = exec_
WelcomeDialog.exec = exec_
preload.start = lambda *args: None
from verbund_desktop.ui.shell.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def _first_dialog(db: Path, home: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    env.pop("VERBUND_PASSPHRASE", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return next(line for line in done.stdout.splitlines() if line.startswith("dialog"))


@pytest.mark.parametrize("exists", [True, False], ids=["passphrase dialog", "welcome dialog"])
def test_the_first_dialog_shows_before_sqlalchemy_the_models_or_the_main_window_are_imported(
    tmp_path: Path, exists: bool
) -> None:
    db = tmp_path / "verbund.db"
    if exists:
        db.write_bytes(os.urandom(4096))  # not an SQLite header: an encrypted workspace to the launcher
    line = _first_dialog(db, tmp_path / "home")
    expected = "PassphraseDialog" if exists else "WelcomeDialog"
    assert line == f"dialog {expected} heavy: none"


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
