"""The start-up bench measures the program as installed: its modules loaded from bytecode, as the baseline's are."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from bench.bench_startup import compile_bytecode, measured_package


def test_the_measured_package_is_the_other_checkout_when_one_is_given(tmp_path: Path) -> None:
    assert measured_package({"BENCH_STARTUP_SRC": str(tmp_path)}) == tmp_path / "verbund_desktop"
    here = measured_package({})
    assert (here / "ui" / "shell" / "app.py").is_file()


def test_the_package_is_compiled_even_where_the_interpreter_writes_no_bytecode(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    modules = [package / "__init__.py", package / "sub" / "__init__.py", package / "sub" / "mod.py"]
    for module in modules:
        module.write_text("VALUE = 1\n")
    assert compile_bytecode(package)
    for module in modules:
        assert Path(importlib.util.cache_from_source(str(module))).is_file()
    # An interpreter that writes no bytecode (-B) still imports it: a source changed behind the bytecode's back
    # (same size and time) is not read.
    stat = modules[2].stat()
    modules[2].write_text("VALUE = 2\n")
    os.utime(modules[2], ns=(stat.st_atime_ns, stat.st_mtime_ns))
    done = subprocess.run(
        [sys.executable, "-B", "-c", "import pkg.sub.mod as m; print(m.VALUE)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "1"
