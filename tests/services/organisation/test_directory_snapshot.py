"""``Directory.snapshot`` (read in a worker for F5 and the first window) returns exactly what the tree's three
separate reads return, from any thread."""

from __future__ import annotations

import threading

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.directory import Directory, DirectorySnapshot


def test_the_snapshot_is_the_network_its_companies_and_their_people(ws: Workspace) -> None:
    directory = Directory(ws)
    got: list[DirectorySnapshot] = []
    worker = threading.Thread(target=lambda: got.append(directory.snapshot()))
    worker.start()
    worker.join()
    assert got == [DirectorySnapshot(directory.network(), directory.companies(), directory.employees())]
    assert got[0].network is not None and got[0].companies and got[0].employees
