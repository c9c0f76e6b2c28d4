"""The layering contract really bites: a Qt import in the domain, persistence or reports breaks it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def lint_imports(package_parent: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("lint-imports")
    env = dict(os.environ, PYTHONPATH=str(package_parent))
    return subprocess.run(
        [str(script), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
        cwd=package_parent,
    )


def test_contract_holds_for_the_real_tree() -> None:
    result = lint_imports(ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("layer", ["assessment", "persistence", "report", "services"])
def test_contract_breaks_when_a_layer_imports_qt(tmp_path: Path, layer: str) -> None:
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "verbund_desktop", copy / "verbund_desktop")
    (copy / "verbund_desktop" / layer / "sneaky.py").write_text("from PySide6 import QtCore  # noqa\n")
    result = lint_imports(copy)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
