"""Changing the passphrase (SQLCipher PRAGMA rekey) and encrypting an unencrypted workspace."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from verbund_desktop.persistence.backup import BackupKind, list_backups, rotating_backup, verify_backup
from verbund_desktop.persistence.errors import WorkspaceError, WrongPassphraseError
from verbund_desktop.persistence.models import CompetencyRating, Employee
from verbund_desktop.persistence.rekey import (
    change_passphrase,
    encrypt_workspace,
    passphrase_problem,
    rekey_file,
    verify_passphrase,
)
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.workspace.demo import create_demo_workspace

OLD = "Alte Passphrase 1"
NEW = "Neue Passphrase mit Ümläuten ß 2"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(ws: Workspace) -> tuple[int, int]:
    with ws.unit_of_work() as uow:
        return (
            uow.session.scalar(select(func.count(Employee.id))) or 0,
            uow.session.scalar(select(func.count(CompetencyRating.id))) or 0,
        )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rekey") / "verbund.db"
    create_demo_workspace(path, OLD).close()
    return path


@pytest.fixture
def ws(template: Path, tmp_path: Path) -> Iterator[Workspace]:
    shutil.copy(template, tmp_path / "verbund.db")
    workspace = open_workspace(tmp_path / "verbund.db", OLD)
    yield workspace
    workspace.close()


def test_change_passphrase_rekeys_the_file_and_its_backups_and_keeps_every_row(
    ws: Workspace, tmp_path: Path
) -> None:
    before = counts(ws)
    backup = rotating_backup(ws, BackupKind.DAILY).path
    foreign_key_backup = rotating_backup(ws, BackupKind.MANUAL).path
    rekey_file(foreign_key_backup, OLD, "Ganz andere Passphrase 3")  # e.g. from an older passphrase change
    change = change_passphrase(ws, OLD, NEW)
    assert change.backups_rekeyed == 1 and change.backups_skipped == (foreign_key_backup,)
    assert counts(ws) == before  # the same Workspace object reads the re-keyed file
    assert verify_passphrase(ws.path, NEW) and not verify_passphrase(ws.path, OLD)
    assert verify_backup(backup, NEW).encrypted
    with pytest.raises(WrongPassphraseError):
        verify_backup(backup, OLD)
    ws.close()
    reopened = open_workspace(tmp_path / "verbund.db", NEW)
    assert counts(reopened) == before
    reopened.close()


def test_a_wrong_old_passphrase_changes_nothing(ws: Workspace) -> None:
    ws.close()
    before = sha(ws.path)
    ws = open_workspace(ws.path, OLD)
    with pytest.raises(WrongPassphraseError, match="bisherige Passphrase ist falsch"):
        change_passphrase(ws, "falsch geraten", NEW)
    ws.close()
    assert sha(ws.path) == before
    assert verify_passphrase(ws.path, OLD)


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("kurz", "mindestens 8 Zeichen"),
        (" Leerzeichen vorne", "nicht mit Leerzeichen"),
        ("mit\x00Nullzeichen", "Nullzeichen"),
        (OLD, "dieselbe"),
    ],
)
def test_unusable_new_passphrases_are_refused(ws: Workspace, new: str, message: str) -> None:
    with pytest.raises(WorkspaceError, match=message):
        change_passphrase(ws, OLD, new)
    assert verify_passphrase(ws.path, OLD)


def test_passphrase_problem_accepts_long_unicode_passphrases() -> None:
    assert passphrase_problem(NEW) is None
    assert passphrase_problem("x" * 1000) is None


def test_verify_passphrase_never_raises_and_never_writes(ws: Workspace) -> None:
    ws.close()
    before = sha(ws.path)
    for attempt in ("", "\x00", "'; DROP TABLE employee; --", '"', OLD + " ", "ä" * 500):
        assert verify_passphrase(ws.path, attempt) is False
    assert verify_passphrase(ws.path, OLD) is True
    assert sha(ws.path) == before


def test_an_unencrypted_workspace_can_be_encrypted_in_place(tmp_path: Path) -> None:
    path = tmp_path / "offen.db"
    ws = create_demo_workspace(path, None)
    before = counts(ws)
    with pytest.raises(WorkspaceError, match="nicht verschlüsselt"):
        change_passphrase(ws, "", NEW)
    encrypt_workspace(ws, NEW)
    assert ws.encrypted and counts(ws) == before
    ws.close()
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    wal = Path(str(path) + "-wal")
    for data in (path.read_bytes(), wal.read_bytes() if wal.exists() else b""):
        assert "Weiß".encode() not in data and "Straßburger".encode() not in data
    assert list_backups(path) == []
    reopened = open_workspace(path, NEW)
    assert counts(reopened) == before
    reopened.close()
