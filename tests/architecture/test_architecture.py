"""The import contracts really bite: each one breaks when a module does what it forbids."""

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
    env = dict(os.environ, PYTHONPATH=str(package_parent), COLUMNS="250")  # contract names on one line
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


def broken_contracts(tmp_path: Path, module: str, source: str) -> list[str]:
    """The contracts that break when ``module`` (a path below the package) is added with ``source``."""
    copy = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "verbund_desktop", copy / "verbund_desktop")
    (copy / "verbund_desktop" / module).write_text(source + "  # noqa\n", encoding="utf-8")
    result = lint_imports(copy)
    assert result.returncode != 0, result.stdout
    return [line.split(" BROKEN")[0] for line in result.stdout.splitlines() if " BROKEN" in line]


@pytest.mark.parametrize("layer", ["assessment", "persistence", "report", "services"])
def test_contract_breaks_when_a_layer_imports_qt(tmp_path: Path, layer: str) -> None:
    broken = broken_contracts(tmp_path, f"{layer}/sneaky.py", "from PySide6 import QtCore")
    assert "Domain, persistence, services and reports import no Qt" in broken


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("assessment/sneaky.py", "from verbund_desktop.services.planning import plans"),
        ("persistence/sneaky.py", "from verbund_desktop.ui.common import context"),
        ("services/sneaky.py", "from verbund_desktop.cli import main"),
        ("crash_dumps.py", "from verbund_desktop.assessment import gaps"),
    ],
)
def test_the_layers_break_when_a_lower_layer_imports_a_higher_one(
    tmp_path: Path, module: str, source: str
) -> None:
    broken = broken_contracts(tmp_path, module, source)
    assert any(name.startswith("Layers, top to bottom") for name in broken)


def test_reports_may_not_read_the_database(tmp_path: Path) -> None:
    broken = broken_contracts(tmp_path, "report/sneaky.py", "from verbund_desktop.persistence import models")
    assert "Reports see view models only" in broken


@pytest.mark.parametrize(
    "source",
    ["from sqlalchemy import select", "from verbund_desktop.persistence.models import Employee"],
)
def test_the_ui_may_not_query_the_database_itself(tmp_path: Path, source: str) -> None:
    broken = broken_contracts(tmp_path, "ui/planning/sneaky.py", source)
    assert "UI and CLI reach the database only through services" in broken


def test_a_cycle_between_two_features_breaks_the_contract(tmp_path: Path) -> None:
    # planning already imports protection; protection importing planning closes a cycle
    broken = broken_contracts(
        tmp_path, "services/protection/sneaky.py", "from verbund_desktop.services.planning import plans"
    )
    assert "No cycles between sibling packages or modules" in broken
