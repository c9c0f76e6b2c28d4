"""Start-up against a bare PySide6 window started the same way (paired runs, medians, ratios).

Three figures, each from a fresh process: the first window a person sees (the passphrase dialog of an
encrypted workspace), the time from Enter in that dialog to the main window on screen on the first open of
the day (a fresh copy of the workspace without backups each run), and the bare window as the baseline. The
probes patch only the dialog's ``exec`` (to report and answer it), so they measure the program's real start.

``BENCH_STARTUP_SRC=/path/to/other/src`` runs the same probes against another checkout (before/after figures).

The program's modules are compiled to bytecode first, as installing it does (a wheel's install, the PyInstaller
bundle): the baseline's modules (PySide6, the standard library) load from bytecode, and where
``PYTHONDONTWRITEBYTECODE`` is set (these sessions' machine) a source checkout never gets any, so each start
compiled the ≈ 30 modules on the way to the dialog from source (≈ 15–20 ms CPU that no installed program pays).
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Row, median

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1280, 760)
def done():
    print("shown", flush=True)
    app.quit()
w.show()
QTimer.singleShot(0, done)
app.exec()
"""

# The program with its passphrase dialog answered: "cancel" reports the dialog on screen and cancels;
# "open" types the passphrase after 3 s (as a person would) and reports the seconds from Enter until the main
# window's ``shown`` signal.
PROBE = """
import os, sys, time
if os.environ.get("BENCH_STARTUP_SRC"):
    sys.path.insert(0, os.environ["BENCH_STARTUP_SRC"])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from verbund_desktop.ui.protection.passphrase import PassphraseDialog
from verbund_desktop.ui.shell import app as app_module
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher
MODE = sys.argv[2]
TYPING_MS = 3000
entered = []
def exec_(self):
    self.show()
    if MODE == "open":  # a person needs seconds to type a passphrase; the background imports run meanwhile
        def enter():
            self.edit.setText(os.environ["BENCH_PASSPHRASE"])
            entered.append(time.perf_counter())
            self.accept()
        QTimer.singleShot(TYPING_MS, enter)
    else:
        QTimer.singleShot(0, lambda: (print("shown", flush=True), self.reject()))
    return QDialog.exec(self)
PassphraseDialog.exec = exec_
# Offered after a cancelled passphrase: declined (as a rejected welcome dialog), without importing that dialog,
# which the program itself does not import on the way to the passphrase dialog.
WorkspaceLauncher.welcome = lambda self, path: None
original_show = app_module.DesktopApplication.show
def show(self, window):
    def report():  # the main window's own `shown` signal (its showEvent): the window is on screen
        print(f"shown {time.perf_counter() - entered[0]:.4f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)
    window.shown.connect(report)
    original_show(self, window)
app_module.DesktopApplication.show = show
sys.exit(app_module.main(["--db", sys.argv[1]]))
"""


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from spawning the process until it reports ``shown``, and the rest of that line."""
    start = time.perf_counter()
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait(timeout=300)
    if not line.startswith("shown") or proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} did not report a shown window: {line!r}, exit {proc.returncode}")
    return elapsed, line[len("shown") :].strip()


def _open_after_enter(template: Path, env: dict[str, str], run_dir: Path) -> float:
    """Enter → main window, first open of the day: a fresh copy and fresh data folders (no backup yet)."""
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    db = run_dir / template.name
    shutil.copy(template, db)
    fresh = dict(env, XDG_DATA_HOME=str(run_dir / "data"), XDG_CONFIG_HOME=str(run_dir / "config"))
    _, rest = _run([sys.executable, "-c", PROBE, str(db), "open"], fresh)
    return float(rest)


def workspace(tmp: Path) -> tuple[Path, str]:
    """The workspace to start with: the network-scale one when ``bench.scale`` is there, else the demo."""
    try:
        from bench.scale import scale_workspace  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        from verbund_desktop.services.workspace.demo import create_demo_workspace

        db = tmp / "demo.db"
        create_demo_workspace(db, "Bench-Passphrase 1").close()
        return db, "Bench-Passphrase 1"
    path, passphrase = scale_workspace()
    return Path(path), str(passphrase)


def measured_package(env: dict[str, str]) -> Path:
    """The ``verbund_desktop`` package the probes import: ``BENCH_STARTUP_SRC``'s, else this interpreter's."""
    other = env.get("BENCH_STARTUP_SRC")
    if other:
        return Path(other) / "verbund_desktop"
    spec = importlib.util.find_spec("verbund_desktop")
    assert spec is not None and spec.submodule_search_locations is not None
    return Path(next(iter(spec.submodule_search_locations)))


def compile_bytecode(package: Path) -> bool:
    """Compile ``package``'s modules to bytecode beside them (``__pycache__``), as an installation has them; up
    to date ones are kept. Written even under ``PYTHONDONTWRITEBYTECODE``, which only stops the interpreter
    writing bytecode as it imports, not reading it. True when every module compiled."""
    return bool(compileall.compile_dir(str(package), quiet=1))


def _load() -> str:
    """The machine's load average (1, 5, 15 min) where the platform reports it: the figures depend on it."""
    try:
        return "load average " + ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except (AttributeError, OSError):  # Windows
        return "load average unknown"


def run(repeat: int = 7) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        db, passphrase = workspace(tmp)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BENCH_PASSPHRASE=passphrase)
        env.pop("VERBUND_PASSPHRASE", None)
        env["XDG_CONFIG_HOME"] = str(tmp / "config")
        compile_bytecode(measured_package(env))  # as installed; the baseline's modules have theirs
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        dialog_cmd = [sys.executable, "-c", PROBE, str(db), "cancel"]
        _run(bare_cmd, env)  # warm the file cache for both
        _run(dialog_cmd, env)
        bare: list[float] = []
        dialog: list[float] = []
        for _ in range(repeat):  # paired: the machine's load hits both alike
            bare.append(_run(bare_cmd, env)[0])
            dialog.append(_run(dialog_cmd, env)[0])
        load_before = _load()
        opened = [_open_after_enter(db, env, tmp / "run") for _ in range(max(3, repeat // 2))]
    load_after = _load()
    ratio = median(dialog) / median(bare)
    return [
        ("bare PySide6 window (baseline)", median(bare), f"median of {repeat}; {load_before}"),
        ("first window: passphrase dialog", median(dialog), f"paired; ratio {ratio:.2f}× (target ≤ 1.5×)"),
        (
            f"Enter → main window, first open of the day ({db.name})",
            median(opened),
            f"median of {len(opened)}; {median(opened) / median(bare):.2f}× the bare window (target ≤ 1.5 s); "
            f"{load_after}",
        ),
    ]


if __name__ == "__main__":  # ``python -m bench.bench_startup``: this table alone
    from bench.common import print_table

    print_table("Start-up", run())
