"""Test-wide set-up: offscreen Qt, Hypothesis without time limits, no test touches the user's real data, and the
shared workspaces: one demo built per test process, copied for every test that wants one."""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests import pg, scheduling
from tests.workspaces import copy_of
from verbund_desktop.persistence import secret as secret_module
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.workspace.demo import create_demo_workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests must not depend on the machine's speed: no per-example deadline (Hypothesis' default is 200 ms)
# and no "too slow" health check. A test's own @settings(suppress_health_check=...) replaces this list, so those
# name too_slow themselves.
settings.register_profile("busy-machine", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("busy-machine")


# The pytest-timeout limit (pyproject: 300 s) catches hangs such as a modal dialog left open. Tests marked
# ``slow`` kill and restart child processes dozens of times; on a machine busy with other jobs that alone can
# take longer, so they get a limit that only a hang reaches.
SLOW_TEST_TIMEOUT = 3600


@pytest.hookimpl(trylast=True)  # after -m/-k deselection: the slices are those of the items that run
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    items[:] = scheduling.long_first(items, scheduling.worker_count(config))
    for item in items:
        if item.get_closest_marker("slow") is not None and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(SLOW_TEST_TIMEOUT))


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


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace (unencrypted: fast), built once per test process; never opened for writing."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    create_demo_workspace(path, None).close()
    return path


@pytest.fixture
def ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A fresh copy of the demo workspace, opened by the persistence layer (no writer lock). A test module that
    needs another workspace defines its own ``ws``."""
    workspace = open_workspace(copy_of(demo_template, tmp_path / "demo.db"))
    yield workspace
    workspace.close()


@functools.cache
def _pbkdf2(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac(
        "sha512", passphrase.encode("utf-8"), salt, secret_module.KDF_ITERATIONS, secret_module.KEY_BYTES
    )


@pytest.fixture
def derived_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each damaged copy has the demo's salt: its key is derived once for the whole sweep, not per command.

    This changes no check: SQLCipher still authenticates every page it reads with that key."""
    monkeypatch.setattr(
        secret_module,
        "derive_key",
        lambda passphrase, salt: secret_module.RawKey(_pbkdf2(passphrase, salt), salt),
    )


@pytest.fixture(scope="session", autouse=True)
def _stop_postgres() -> Iterator[None]:
    """The PostgreSQL servers tests/pg.py started in this process stop at the end of the session."""
    yield
    pg.stop_servers()
