"""Time from process start until the main window shows the demo workspace, against a bare PySide6 window."""

from __future__ import annotations

import os
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


def _run(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning the process until it reports its window as shown (both print one line then)."""
    start = time.perf_counter()
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait(timeout=120)
    if not line.startswith("shown") or proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} did not report a shown window: {line!r}, exit {proc.returncode}")
    return elapsed


def run(repeat: int = 5) -> list[Row]:
    from verbund_desktop.services.workspace.demo import create_demo_workspace

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VERBUND_EXIT_AFTER_SHOW="1")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        create_demo_workspace(db, "Bench-Passphrase 1").close()
        env["VERBUND_PASSPHRASE"] = "Bench-Passphrase 1"
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        app_cmd = [sys.executable, "-m", "verbund_desktop", "--db", str(db)]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        _run(bare_cmd, env)  # warm the file cache for both
        _run(app_cmd, env)
        bare = median([_run(bare_cmd, env) for _ in range(repeat)])
        app = median([_run(app_cmd, env) for _ in range(repeat)])
    ratio = app / bare
    return [
        ("bare PySide6 window (baseline)", bare, f"median of {repeat}"),
        ("main window with demo workspace", app, f"median of {repeat}; ratio {ratio:.2f}× (target ≤ 3×)"),
    ]
