"""Core dumps are disabled at start (Linux: RLIMIT_CORE 0 and not dumpable), by the app and the CLI alike."""

from __future__ import annotations

import subprocess
import sys

import pytest

from verbund_desktop import crash_dumps
from verbund_desktop.cli import main as cli

PROBE = """
import ctypes, ctypes.util, resource
from verbund_desktop.crash_dumps import disable_core_dumps
result = disable_core_dumps()
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
print(result.core_limit_zero, result.not_dumpable, resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))
"""


def test_a_process_that_disabled_dumps_has_no_core_limit_and_is_not_dumpable() -> None:
    # In a child process: the test runner itself stays as it is.
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.split(maxsplit=2)[:2] == ["True", "True"]
    assert out.stdout.strip().endswith("(0, 0) 0")  # PR_GET_DUMPABLE answers 0


def test_the_cli_disables_dumps_before_anything_else(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(crash_dumps, "disable_core_dumps", lambda: calls.append("dumps off"))
    assert cli.main(["catalog", "list"]) == 0
    assert calls == ["dumps off"] and "digcomp-2.2" in capsys.readouterr().out
