"""The main window's build on the UI thread, with and without the enum warm-up before it (issue 11).

PySide6 creates its Python enum types once per process, so each measurement is a fresh interpreter: the modules
a start imports, the passphrase dialog shown, then (warm-up on) ``EnumWarmup`` run until it stops by itself, and
the main window built and shown on the network-scale workspace (the demo when ``bench.scale`` is missing), its
data read beforehand as the opening worker does. Pairs run back to back (the machine's load moves); medians.
Also reported: the longest turn of the event loop the warm-up took (its slice).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Row, median

PAIRS = 3

PROBE = """
import enum, gc, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.workspace_service import open_existing
from verbund_desktop.ui.protection import backup_dialogs
from verbund_desktop.ui.protection.passphrase import PassphraseDialog
from verbund_desktop.ui.shell.enum_warmup import EnumWarmup
from verbund_desktop.ui.shell.main_window import MainWindow
db, passphrase, warm = Path(sys.argv[1]), sys.argv[2] or None, sys.argv[3] == "1"
ws = open_existing(db, passphrase)
snapshot = Directory(ws).snapshot()
dialog = PassphraseDialog(db.name, "", None)
dialog.show()
app.processEvents()
slices = [0.0]
if warm:
    warmup = EnumWarmup()
    turn = warmup._turn
    def timed():
        t = time.perf_counter(); turn(); slices.append(time.perf_counter() - t)
    warmup._timer.timeout.disconnect()
    warmup._timer.timeout.connect(timed)
    warmup.start()
    while warmup.running:
        app.processEvents()
def qt_enums():
    return {id(o) for o in gc.get_objects() if isinstance(o, enum.EnumType) and o.__module__.startswith("PySide6.")}
before = qt_enums()
dialog.close()
start = time.perf_counter()
window = MainWindow(ws, snapshot=snapshot)
window.show()
app.processEvents()
built = time.perf_counter() - start
print("result", built, max(slices), len(qt_enums() - before), flush=True)
"""


def _workspace(tmp: Path) -> tuple[Path, str]:
    try:
        from bench.scale import scale_copy  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        from verbund_desktop.services.workspace.demo import create_demo_workspace

        db = tmp / "demo.db"
        create_demo_workspace(db, None).close()
        return db, ""
    path, passphrase = scale_copy(tmp)
    return Path(path), str(passphrase)


def _one(db: Path, passphrase: str, warm: bool) -> tuple[float, float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db), passphrase, "1" if warm else "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("result"))
    _, built, longest, created = line.split()
    return float(built), float(longest), int(created)


def run() -> list[Row]:
    cold: list[tuple[float, float, int]] = []
    warm: list[tuple[float, float, int]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        db, passphrase = _workspace(Path(tmp_name))
        for _ in range(PAIRS):
            cold.append(_one(db, passphrase, warm=False))
            warm.append(_one(db, passphrase, warm=True))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return [
        (
            "build and show the main window, no warm-up (baseline)",
            median([c[0] for c in cold]),
            f"{cold[0][2]} enum types created in the build; load {load:.1f}",
        ),
        (
            "build and show the main window after the enum warm-up",
            median([w[0] for w in warm]),
            f"{max(w[2] for w in warm)} enum types created in the build",
        ),
        ("the warm-up's longest turn of the event loop", max(w[1] for w in warm), f"{PAIRS} runs"),
    ]


if __name__ == "__main__":
    from bench.common import print_table

    print_table("Main window build and the enum warm-up", run())
