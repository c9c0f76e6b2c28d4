"""A restored workspace always ends with the current passphrase and encryption, on the command line as in the
desktop program (one service, ``restore_backup`` with the workspace's passphrase as target)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from verbund_desktop.cli.main import main
from verbund_desktop.files import is_plain_sqlite
from verbund_desktop.persistence.backup import BackupError, create_backup
from verbund_desktop.persistence.rekey import change_passphrase, verify_passphrase
from verbund_desktop.persistence.restore import restore_backup
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.organisation.companies import CompanyInput, create_company
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.workspace_service import create_new

OLD = "Alte Passphrase 2025"
KEY = "Jetzige Passphrase 2026"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make(path: Path, key: str | None, company: str) -> None:
    ws = create_new(path, key, network_name="Verbund West", advisor_name="Jörg Weiß")
    create_company(ws, CompanyInput(name=company, headcount="8"), actor="Test")
    ws.close()


def companies(path: Path, key: str | None) -> list[str]:
    ws = open_workspace(path, key)
    try:
        return [c.name for c in Directory(ws).companies()]
    finally:
        ws.close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_restore_of_a_plain_backup_encrypts_it_with_the_current_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, plain = tmp_path / "verbund.db", tmp_path / "alt-unverschluesselt.db"
    make(db, KEY, "Jetzt GmbH")
    make(plain, None, "Damals GmbH")
    monkeypatch.setenv("VERBUND_PASSPHRASE", KEY)
    code, out, err = run(capsys, "restore", "--db", str(db), "--from", str(plain))
    assert code == 0, err
    assert "unverschlüsselt" in out and "jetzigen Passphrase verschlüsselt" in out
    assert not is_plain_sqlite(db) and verify_passphrase(db, KEY)
    assert companies(db, KEY) == ["Damals GmbH"]
    assert is_plain_sqlite(plain)  # the backup itself is left as it was


def test_cli_restore_of_a_backup_from_before_a_passphrase_change_ends_with_the_current_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, backup = tmp_path / "verbund.db", tmp_path / "extern" / "sicherung.db"
    make(db, OLD, "Damals GmbH")
    ws = open_workspace(db, OLD)
    create_backup(ws, backup)
    change_passphrase(ws, OLD, KEY)
    ws.close()
    before = sha(backup)
    monkeypatch.setenv("VERBUND_PASSPHRASE", KEY)
    monkeypatch.setenv("VERBUND_BACKUP_PASSPHRASE", OLD)
    code, out, err = run(capsys, "restore", "--db", str(db), "--from", str(backup))
    assert code == 0, err
    assert "frühere Passphrase" in out
    assert verify_passphrase(db, KEY) and not verify_passphrase(db, OLD)
    assert companies(db, KEY) == ["Damals GmbH"] and sha(backup) == before


def test_cli_restore_refuses_a_passphrase_that_does_not_open_the_current_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, backup = tmp_path / "verbund.db", tmp_path / "sicherung.db"
    make(db, KEY, "Jetzt GmbH")
    make(backup, OLD, "Damals GmbH")
    before = sha(db)
    monkeypatch.setenv("VERBUND_PASSPHRASE", OLD)  # opens the backup, not the workspace
    code, _, err = run(capsys, "restore", "--db", str(db), "--from", str(backup))
    assert code == 2 and "öffnet den jetzigen Arbeitsbereich" in err and "nichts geändert" in err
    assert sha(db) == before and not (tmp_path / "Sicherungen").exists()


def test_a_plain_backup_without_a_passphrase_never_replaces_an_encrypted_workspace(tmp_path: Path) -> None:
    db, plain = tmp_path / "verbund.db", tmp_path / "alt.db"
    make(db, KEY, "Jetzt GmbH")
    make(plain, None, "Damals GmbH")
    before = sha(db)
    with pytest.raises(BackupError, match="unverschlüsselt, der Arbeitsbereich aber verschlüsselt"):
        restore_backup(db, plain, None)
    assert sha(db) == before and companies(db, KEY) == ["Jetzt GmbH"]
