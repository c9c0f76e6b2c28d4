"""The test network, built once per test process and copied for each test that wants it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.network.network_data import network_template
from tests.workspaces import copy_of
from verbund_desktop.persistence.workspace import Workspace, open_workspace


@pytest.fixture(scope="session")
def network_file(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return network_template(tmp_path_factory.mktemp("network-template"), demo_template)


@pytest.fixture
def net(network_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(copy_of(network_file, tmp_path / "network.db"))
    yield workspace
    workspace.close()
