"""A second instance (a real second process: the ``verbund`` command) restores, re-keys and erases while the
first has the workspace open: refused with a German message, nothing changed, and the first keeps saving."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from verbund_desktop.persistence.backup import create_backup, list_backups
from verbund_desktop.persistence.errors import WorkspaceLockedError
from verbund_desktop.persistence.rekey import verify_passphrase
from verbund_desktop.persistence.restore import restore_backup
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.organisation.companies import (
    CompanyInput,
    EmployeeInput,
    create_company,
    create_employee,
)
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.workspace_service import create_new

KEY = "Zwei Fenster 2026"
NEW_KEY = "Ganz andere Passphrase 7"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VERBUND_PASSPHRASE": KEY, "VERBUND_NEW_PASSPHRASE": NEW_KEY}
    return subprocess.run(
        [sys.executable, "-m", "verbund_desktop.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def add(ws: Workspace, name: str) -> None:
    create_company(ws, CompanyInput(name=name, headcount="30"), actor="Test")


def people(path: Path) -> list[str]:
    ws = open_workspace(path, KEY)
    try:
        return [e.pseudonym_code for e in Directory(ws).employees(include_archived=True)]
    finally:
        ws.close()


def company_names(path: Path, key: str = KEY) -> list[str]:
    ws = open_workspace(path, key)
    try:
        return sorted(c.name for c in Directory(ws).companies(include_archived=True))
    finally:
        ws.close()


@pytest.fixture
def first(tmp_path: Path) -> Iterator[Workspace]:
    """The first instance, opened as the desktop program opens it (holding the writer lock)."""
    ws = create_new(tmp_path / "verbund.db", KEY, network_name="Verbund Süd", advisor_name="Jörg Weiß")
    yield ws
    ws.close()


def assert_refused(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result.stderr
    assert "ist gerade in Verbund Desktop" in result.stderr and "geöffnet" in result.stderr
    assert "Es wurde nichts geändert." in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_restore_rekey_and_erase_from_a_second_process_are_refused(first: Workspace, tmp_path: Path) -> None:
    add(first, "Vor der Sicherung GmbH")
    company = Directory(first).companies()[0].id
    person = EmployeeInput(first_name="Änne", last_name="Schröder", pseudonym_code="VS-01")
    create_employee(first, company, person, actor="Test")
    backup = tmp_path / "sicherung.db"
    create_backup(first, backup)
    add(first, "Nach der Sicherung KG")
    backups_before = [b.path for b in list_backups(first.path)]

    assert_refused(cli("restore", "--db", str(first.path), "--from", str(backup)))
    add(first, "Nach dem Restore-Versuch AG")
    assert_refused(cli("passwd", "--db", str(first.path)))
    add(first, "Nach dem Passwd-Versuch eG")
    assert_refused(cli("erase-person", "--db", str(first.path), "--employee", "VS-01", "--yes"))
    add(first, "Nach dem Lösch-Versuch OHG")

    assert [b.path for b in list_backups(first.path)] == backups_before  # nothing moved aside
    first.close()
    assert verify_passphrase(first.path, KEY) and not verify_passphrase(first.path, NEW_KEY)
    assert company_names(first.path) == [
        "Nach dem Lösch-Versuch OHG",
        "Nach dem Passwd-Versuch eG",
        "Nach dem Restore-Versuch AG",
        "Nach der Sicherung KG",
        "Vor der Sicherung GmbH",
    ]
    assert people(first.path) == ["VS-01"]


def test_reading_commands_work_read_only_while_the_first_is_open(first: Workspace) -> None:
    add(first, "Bäckerei Öztürk")
    result = cli("list", "betriebe", "--db", str(first.path))
    assert result.returncode == 0 and "Bäckerei Öztürk" in result.stdout
    assert "nur lesend geöffnet" in result.stderr
    add(first, "Schreinerei Groß")  # the first instance is not disturbed
    first.close()
    assert company_names(first.path) == ["Bäckerei Öztürk", "Schreinerei Groß"]


def test_the_command_line_takes_over_after_the_first_instance_closed(
    first: Workspace, tmp_path: Path
) -> None:
    backup = tmp_path / "sicherung.db"
    create_backup(first, backup)
    add(first, "Nach der Sicherung KG")
    first.close()
    result = cli("restore", "--db", str(first.path), "--from", str(backup))
    assert result.returncode == 0, result.stderr
    assert company_names(first.path) == []
    aside = next(p for p in list_backups(first.path) if "vor-wiederherstellung" in p.path.name)
    assert company_names(aside.path) == ["Nach der Sicherung KG"]


def test_a_restore_in_this_process_is_refused_while_a_second_process_holds_the_workspace(
    first: Workspace, tmp_path: Path
) -> None:
    backup = tmp_path / "sicherung.db"
    create_backup(first, backup)
    path = first.path
    first.close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; "
            "from verbund_desktop.services.workspace.workspace_service import open_existing; "
            "ws = open_existing(Path(sys.argv[1]), sys.argv[2]); print('offen', flush=True); "
            "sys.stdin.readline(); ws.close()",
            str(path),
            KEY,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "offen"
        before = path.read_bytes()
        with pytest.raises(WorkspaceLockedError, match=f"Prozess {holder.pid}"):
            restore_backup(path, backup, KEY, target_passphrase=KEY)
        assert path.read_bytes() == before
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.stdout.close()
        holder.wait(timeout=120)
