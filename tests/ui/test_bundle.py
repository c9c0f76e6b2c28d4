"""The installer bundle (packaging/verbund_desktop.spec, `make bundle`): built from this checkout (or reused when it
is newer than every source file), then used as an advisor's laptop would: an encrypted demo, a plan printed,
the desktop program started offscreen, a printout sent through the program's print path and compared.

One test, not several: under pytest-xdist the steps must not build the bundle twice at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "verbund-desktop"
SOURCES = ("src", "resources", "packaging", "pyproject.toml", "constraints.txt")
PASSPHRASE = "Bündel-Probe 2026, lang genug!"

pytestmark = pytest.mark.slow


def executable(name: str) -> Path:
    return BUNDLE / (f"{name}.exe" if os.name == "nt" else name)


def newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
        newest = max([newest, *(p.stat().st_mtime for p in files if "__pycache__" not in p.parts)])
    return newest


def ensure_bundle() -> None:
    """Build unless every executable is newer than every source file (a fresh clone always builds)."""
    names = ("verbund-desktop", "verbund", "verbund-druckprobe")
    if (
        all(executable(n).is_file() for n in names)
        and min(executable(n).stat().st_mtime for n in names) > newest_source()
    ):
        return
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller")]
    built = subprocess.run(
        [*command, str(ROOT / "packaging" / "verbund_desktop.spec")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-4000:]


def run(name: str, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(executable(name)), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"{name} {args}: {result.stdout}\n{result.stderr}"
    return result


def test_the_bundle_creates_a_demo_prints_a_plan_and_starts_offscreen(tmp_path: Path) -> None:
    ensure_bundle()
    internal = BUNDLE / "_internal" / "verbund_desktop"
    for part in (
        ("resources", "fonts", "DejaVuSans.ttf"),
        ("resources", "translations", "verbund_desktop_en.qm"),
        ("resources", "catalogs", "digcomp-2.2.json"),
        ("persistence", "migrations", "env.py"),
    ):
        assert internal.joinpath(*part).is_file(), part
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "VERBUND_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": "",  # nothing of the checkout may leak into the bundle
    }
    db = tmp_path / "demo.db"

    created = run("verbund", "demo", "--db", str(db), env=env, cwd=tmp_path)
    assert "verschlüsselt" in created.stdout and db.read_bytes()[:16] != b"SQLite format 3\x00"  # SQLCipher
    assert (
        "Keine Probleme gefunden." in run("verbund", "check", "--db", str(db), env=env, cwd=tmp_path).stdout
    )

    out = tmp_path / "pläne"
    out.mkdir()
    run("verbund", "plan", "print", "--all", "--out", str(out), "--db", str(db), env=env, cwd=tmp_path)
    plans = sorted(out.glob("Entwicklungsplan *.pdf"))
    assert len(plans) == 14
    document = pypdf.PdfReader(plans[0])
    text = " ".join(page.extract_text() for page in document.pages)
    assert "Individueller Entwicklungsplan" in text and f"Seite 1 von {len(document.pages)}" in text
    fonts = {str(font) for page in document.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts  # the embedded DejaVu fonts came along

    shown = run("verbund-desktop", "--db", str(db), env={**env, "VERBUND_EXIT_AFTER_SHOW": "1"}, cwd=tmp_path)
    assert "shown_after_s=" in shown.stdout

    probe = run(
        "verbund-druckprobe", str(plans[0]), "--pdf", str(tmp_path / "gedruckt.pdf"), env=env, cwd=tmp_path
    )
    lines = probe.stdout.splitlines()
    assert len(lines) == len(document.pages) and all(": gleich (" in line for line in lines)
