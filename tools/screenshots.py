"""Retake every screenshot of the README and the docs under a real X server: `make screenshots`.

Starts Xvfb (display :99, else the next free one) at 1366×768×24 unless ``--display`` names a running server,
then runs the program's windows once per language in a process of their own (``tools/screenshot_scenes.py``,
``QT_QPA_PLATFORM=xcb``), each on a fresh demo workspace in a temporary folder with its own settings, and
saves the PNGs into ``docs/screenshots`` (English ones with ``-en``). Prints one line per image.

    .venv/bin/python tools/screenshots.py [--out DIR] [--lang de,en] [--display :99]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = "1366x768x24"


def _free_display() -> str:
    for number in range(99, 140):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f":{number}"
    raise SystemExit("Kein freies X-Display zwischen :99 und :139.")


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("Xvfb fehlt (Debian/Ubuntu: apt-get install xvfb).")
    display = _free_display()
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", SIZE, "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
    deadline = time.monotonic() + 30
    while not socket.exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise SystemExit(f"Xvfb {display} ist nicht gestartet.")
        time.sleep(0.1)
    return server, display


def run_language(lang: str, out: Path, display: str) -> int:
    with tempfile.TemporaryDirectory(prefix=f"verbund-shots-{lang}-") as home:
        env = dict(os.environ)
        env.update(
            {
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "HOME": home,  # settings, data and documents of this run stay in the temporary folder
                "XDG_CONFIG_HOME": str(Path(home) / "config"),
                "XDG_DATA_HOME": str(Path(home) / "data"),
                "XDG_CACHE_HOME": str(Path(home) / "cache"),
                "LANG": "en_GB.UTF-8" if lang == "en" else "de_DE.UTF-8",
                "LANGUAGE": "",
                "LC_ALL": "",
                "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src"), env.get("PYTHONPATH", "")]),
            }
        )
        env.pop("QT_SCALE_FACTOR", None)
        scenes = ROOT / "tools" / "screenshot_scenes.py"
        command = [sys.executable, str(scenes), "--lang", lang, "--out", str(out), "--workdir", home]
        return subprocess.run(command, env=env, cwd=home, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="de,en", help="comma-separated: de, en")
    parser.add_argument("--display", help="use this running X server instead of starting Xvfb")
    args = parser.parse_args()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    server = None
    display = args.display
    if display is None:
        server, display = start_xvfb()
    try:
        failed = [lang for lang in args.lang.split(",") if run_language(lang.strip(), out, display) != 0]
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    if failed:
        print(f"Fehlgeschlagen: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
