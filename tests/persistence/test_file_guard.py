"""The workspace file replaced, moved or deleted under a running program: no commit "succeeds" into nowhere,
nothing reported as saved is lost, and the file that took its place stays as it is."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from verbund_desktop.persistence.backup import create_backup
from verbund_desktop.persistence.errors import WorkspaceFileChangedError
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.organisation.companies import CompanyInput, create_company
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.workspace_service import create_new

KEY = "Datei unter den Füßen 2026"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add(ws: Workspace, name: str) -> None:
    create_company(ws, CompanyInput(name=name, headcount="12"), actor="Test")


def names(path: Path) -> list[str]:
    ws = open_workspace(path, KEY)
    try:
        return sorted(c.name for c in Directory(ws).companies(include_archived=True))
    finally:
        ws.close()


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = create_new(
        tmp_path / "verbund.db", KEY, network_name="Verbund Nord", advisor_name="Jörg Weiß"
    )
    yield workspace
    workspace.close()


def test_a_moved_file_refuses_the_save_and_the_retry_succeeds_once_it_is_back(ws: Workspace) -> None:
    add(ws, "Bäckerei Öztürk")
    aside = ws.path.with_name("woanders.db")
    os.replace(ws.path, aside)
    with pytest.raises(WorkspaceFileChangedError) as err:
        add(ws, "Schreinerei Groß")
    assert "nicht mehr da" in str(err.value) and "NICHT gespeichert" in str(err.value)
    os.replace(aside, ws.path)
    add(ws, "Schreinerei Groß")  # the advisor saves again: now it is stored
    ws.close()
    assert names(ws.path) == ["Bäckerei Öztürk", "Schreinerei Groß"]


def test_a_deleted_file_refuses_every_save_and_is_not_created_again(ws: Workspace) -> None:
    add(ws, "Bäckerei Öztürk")
    ws.path.unlink()
    for _ in range(2):
        with pytest.raises(WorkspaceFileChangedError, match="gelöscht oder verschoben"):
            add(ws, "Schreinerei Groß")
    ws.close()
    assert not ws.path.exists()


def test_a_backup_put_in_its_place_is_detected_and_left_byte_identical(ws: Workspace, tmp_path: Path) -> None:
    backup = tmp_path / "sicherung.db"
    create_backup(ws, backup)
    add(ws, "Bäckerei Öztürk")  # saved after the backup: must survive in the file moved aside
    aside = tmp_path / "beiseite.db"
    os.replace(ws.path, aside)
    shutil.copyfile(backup, ws.path)
    before = sha(ws.path)
    with pytest.raises(WorkspaceFileChangedError, match="durch eine andere ersetzt"):
        add(ws, "Schreinerei Groß")
    ws.close()
    assert sha(ws.path) == before
    assert names(ws.path) == []
    assert names(aside) == ["Bäckerei Öztürk"]


def test_a_backup_copied_over_the_open_file_is_detected(ws: Workspace, tmp_path: Path) -> None:
    backup = tmp_path / "sicherung.db"
    create_backup(ws, backup)
    add(ws, "Bäckerei Öztürk")
    shutil.copyfile(backup, ws.path)  # same file id, other content (what a file manager's "replace" may do)
    before = sha(ws.path)
    with pytest.raises(WorkspaceFileChangedError, match="ersetzt"):
        add(ws, "Schreinerei Groß")
    ws.close()  # closing checkpoints nothing into the copied-in file: the WAL was emptied after every commit
    assert sha(ws.path) == before
    assert names(ws.path) == []  # the backup as it was, readable


def test_a_file_cut_short_under_the_program_is_detected(ws: Workspace) -> None:
    add(ws, "Bäckerei Öztürk")
    with ws.path.open("r+b") as fh:
        fh.truncate(ws.path.stat().st_size - 4096)
    with pytest.raises(WorkspaceFileChangedError, match="kürzer"):
        add(ws, "Schreinerei Groß")


def test_ordinary_saves_are_not_disturbed_by_the_guard(ws: Workspace) -> None:
    for number in range(30):  # enough to let the file grow through checkpoints
        add(ws, f"Betrieb {number:02d}")
    ws.close()
    assert len(names(ws.path)) == 30
