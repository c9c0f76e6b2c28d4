"""Test-wide set-up: offscreen Qt, Hypothesis without time limits, and no test touches the user's real data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests must not depend on the machine's speed: no per-example deadline (Hypothesis' default is 200 ms)
# and no "too slow" health check. A test's own @settings(suppress_health_check=...) replaces this list, so those
# name too_slow themselves.
settings.register_profile("busy-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("busy-machine")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("VERBUND_LOG_DIR", str(home / "logs"))
    monkeypatch.delenv("VERBUND_DB", raising=False)
    monkeypatch.delenv("VERBUND_PASSPHRASE", raising=False)
    yield


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parents[1]
