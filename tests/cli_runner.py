"""The `verbund` command for tests: in this process (fast), or as a real process through its installed entry point.

In-process runs call ``cli.main.main`` with the environment, working folder, stdin and output of a fresh process:
the environment is exactly the caller's plus ``env`` (``VERBUND_DB`` and ``VERBUND_PASSPHRASE`` removed unless
given), stdin is empty and no terminal, and ``SystemExit`` (argparse's usage errors, ``--help``) becomes the exit
code. A few tests keep the real process, because the entry point itself is their subject.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from verbund_desktop.cli.main import main

_CLEARED = ("VERBUND_DB", "VERBUND_PASSPHRASE")


@dataclass(frozen=True)
class CliResult:
    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _process_like(env: dict[str, str] | None, cwd: Path | None) -> Iterator[None]:
    saved_env, saved_cwd, saved_stdin = dict(os.environ), os.getcwd(), sys.stdin
    try:
        for name in _CLEARED:
            os.environ.pop(name, None)
        os.environ.update(env or {})
        if cwd is not None:
            os.chdir(cwd)
        sys.stdin = io.StringIO("")
        yield
    finally:
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def verbund(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> CliResult:
    """Run one command in this process."""
    out, err = io.StringIO(), io.StringIO()
    with _process_like(env, cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return CliResult(code, out.getvalue(), err.getvalue())


def verbund_process(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run one command as a real process through the installed ``verbund`` script."""
    script = Path(sys.executable).with_name("verbund")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "verbund_desktop.cli"]
    full_env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    full_env.update(env or {})
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, env=full_env, stdin=subprocess.DEVNULL, cwd=cwd
    )
