"""The desktop program's first log handler (before the first window) and its switch to the rotating file."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from verbund_desktop import logfile


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("VERBUND_LOG_DIR", str(tmp_path / "logs"))
    yield tmp_path / "logs"
    logfile.configure_logging()  # back to a rotating file (in the test's own folder), as other tests expect


def _lines(folder: Path) -> list[str]:
    logging.getLogger().handlers[-1].flush()
    return [
        line for path in sorted(folder.glob("verbund.log*")) for line in path.read_text("utf-8").splitlines()
    ]


def test_the_early_log_opens_the_file_only_at_the_first_record_and_writes_it(log_dir: Path) -> None:
    logfile.configure_early_logging()
    assert not log_dir.exists()  # nothing looked up or created before a record comes
    assert sys.excepthook is logfile._excepthook
    logging.getLogger("verbund_desktop.test").warning("früh: %d", 1)
    assert any(line.endswith("früh: 1") for line in _lines(log_dir))


def test_the_rotating_file_takes_over_without_losing_or_doubling_a_record(
    log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logfile, "_MAX_BYTES", 20_000)
    monkeypatch.setattr(logfile, "_BACKUPS", 50)
    logfile.configure_early_logging()
    log = logging.getLogger("verbund_desktop.test")
    log.info("vorher")
    count = 2_000
    started = threading.Event()

    def write() -> None:
        for number in range(count):
            log.info("Zeile %d", number)
            started.set()

    thread = threading.Thread(target=write)
    thread.start()
    started.wait()
    logfile.configure_logging()  # while the thread writes (or after it: the property holds either way)
    thread.join()
    log.info("nachher")
    lines = _lines(log_dir)
    numbers = sorted(int(line.rsplit(" ", 1)[1]) for line in lines if "Zeile " in line)
    assert numbers == list(range(count))
    assert sum("vorher" in line for line in lines) == 1 and sum("nachher" in line for line in lines) == 1
    assert len(list(log_dir.glob("verbund.log.*"))) >= 2  # ≈ 150 kB of lines: the rotating handler rotated


def test_the_early_log_does_not_import_the_rotating_handler_or_platformdirs(tmp_path: Path) -> None:
    probe = (
        "import logging, sys\n"
        "from verbund_desktop import logfile\n"
        "logfile.configure_early_logging()\n"
        "logging.getLogger('verbund_desktop.test').warning('früh')\n"
        "print('logging.handlers' in sys.modules, 'platformdirs' in sys.modules)\n"
        "logfile.configure_logging()\n"
        "print('logging.handlers' in sys.modules)\n"
    )
    env = {"VERBUND_LOG_DIR": str(tmp_path / "logs"), "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "False", "True"]
    assert "früh" in (tmp_path / "logs" / "verbund.log").read_text("utf-8")
