"""Peak memory (maximum resident set size) of a process that works with the network-scale workspace, next to a
bare PySide6 window's process measured in the same run (issue 11: ≤ 250 MB at 300 companies).

The measured process opens the scale workspace (``bench.scale``, a copy), reads the tree's data as the opening
worker does, shows the main window with every company and person, selects the largest company, shows its report
tab and builds its company report (view model and PDF), then prints its own peak: ``VmHWM`` where Linux has it
(``ru_maxrss`` of a child keeps the parent's peak across fork and exec there: inside ``make bench``, after the
benchmarks that ran in the parent, both processes reported the parent's 310 MiB), else ``ru_maxrss``. POSIX only.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Row

_NOT_A_TIME = float("nan")  # print_table leaves the time column empty

_PEAK = """
def _peak_kib():  # the process's own high-water mark: ru_maxrss keeps the parent's across fork and exec on Linux
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

_BARE = (
    _PEAK
    + """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.show(); app.processEvents()
print(_peak_kib())
"""
)

_SCALE = (
    _PEAK
    + """
import sys, time
from pathlib import Path
from verbund_desktop import malloc_arenas
malloc_arenas.use_one_arena()  # as the program's main() does, before any thread
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bench.scale import scale_copy
from verbund_desktop.report import build_company_report
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.workspace_service import open_existing
from verbund_desktop.ui.shell.main_window import MainWindow
path, passphrase = scale_copy(Path(sys.argv[1]))
ws = open_existing(Path(path), str(passphrase))
window = MainWindow(ws, snapshot=Directory(ws).snapshot())
window.show()
while window.filling.running:
    app.processEvents()
biggest = max(window.directory.companies(), key=lambda c: c.employee_count)
window.select("company", biggest.id)
tabs = window.company_tabs
tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Bericht"))
end = time.perf_counter() + 1.0
while time.perf_counter() < end or window.jobs.running:
    app.processEvents()
    time.sleep(0.005)
pdf = build_company_report(company_report_view(ws, biggest.id))
assert pdf.startswith(b"%PDF")
window.close()
ws.close()
print(_peak_kib(), biggest.employee_count)
"""
)


def _peak_mib(code: str, *args: str) -> tuple[float, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parent.parent
    env["PYTHONPATH"] = os.pathsep.join([str(root), str(root / "src"), env.get("PYTHONPATH", "")])
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return int(out[0]) / 1024, out[1:]  # Linux reports KiB


def run() -> list[Row]:
    if sys.platform == "win32":
        return []
    bare, _ = _peak_mib(_BARE)
    rows: list[Row] = [("bare PySide6 window process (baseline): peak RSS", _NOT_A_TIME, f"{bare:.0f} MiB")]
    try:
        import bench.scale  # noqa: F401
    except ImportError:
        return rows
    with tempfile.TemporaryDirectory() as tmp:
        peak, extra = _peak_mib(_SCALE, tmp)
    rows.append(
        (
            "scale workspace: main window, largest company, its report: peak RSS",
            _NOT_A_TIME,
            f"{peak:.0f} MiB = {peak / bare:.1f}× bare ({extra[0]} people); target ≤ 250 MB",
        )
    )
    return rows
