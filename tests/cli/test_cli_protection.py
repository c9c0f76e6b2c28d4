"""``verbund backup|restore|passwd|export-person|erase-person``: German messages, exit codes, files untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from verbund_desktop.cli.main import main
from verbund_desktop.persistence.models import Company
from verbund_desktop.persistence.rekey import verify_passphrase
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.workspace.demo import create_demo_workspace

KEY = "Kommandozeile 2026"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-protection") / "verbund.db"
    create_demo_workspace(path, KEY).close()
    return path


@pytest.fixture
def db(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "verbund.db"
    shutil.copy(template, path)
    monkeypatch.setenv("VERBUND_PASSPHRASE", KEY)
    yield path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def listed_people(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    code, out, _ = run(capsys, "list", "beschaeftigte", "--db", str(db))
    assert code == 0
    return out


def test_backup_then_restore_round_trip(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "sicherung.db"
    code, out, _ = run(capsys, "backup", "--db", str(db), "--out", str(backup))
    assert code == 0 and "geprüft (verschlüsselt" in out
    assert verify_passphrase(backup, KEY)
    before = sha(backup)
    code, _, err = run(capsys, "backup", "--db", str(db), "--out", str(backup))
    assert code == 2 and "nicht überschrieben" in err and sha(backup) == before

    code, _, _ = run(capsys, "erase-person", "--db", str(db), "--employee", "BM-01", "--yes")
    assert code == 0 and "Weiß, Jürgen" not in listed_people(capsys, db)
    code, out, _ = run(capsys, "restore", "--db", str(db), "--from", str(backup))
    assert code == 0 and "bisherige Stand wurde aufbewahrt" in out
    assert "Weiß, Jürgen" in listed_people(capsys, db)
    aside = next((db.parent / "Sicherungen").glob("verbund.vor-wiederherstellung-*.db"))
    assert verify_passphrase(aside, KEY)


def test_restore_from_a_damaged_file_exits_2_and_keeps_the_database(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "kaputt.db"
    damaged.write_bytes(db.read_bytes()[:5000])
    before = sha(db)
    code, _, err = run(capsys, "restore", "--db", str(db), "--from", str(damaged))
    assert code == 2 and err.startswith("verbund: Fehler:") and sha(db) == before
    code, _, err = run(capsys, "restore", "--db", str(db), "--from", str(tmp_path / "fehlt.db"))
    assert code == 2 and "gibt es nicht" in err


def test_passwd_changes_the_passphrase_from_the_environment(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VERBUND_NEW_PASSPHRASE", "kurz")
    before = sha(db)
    code, _, err = run(capsys, "passwd", "--db", str(db))
    assert code == 2 and "mindestens 8 Zeichen" in err and sha(db) == before
    monkeypatch.delenv("VERBUND_NEW_PASSPHRASE")
    code, _, err = run(capsys, "passwd", "--db", str(db))
    assert code == 2 and "VERBUND_NEW_PASSPHRASE" in err and sha(db) == before
    monkeypatch.setenv("VERBUND_NEW_PASSPHRASE", "Eine neue, lange Passphrase")
    code, out, _ = run(capsys, "passwd", "--db", str(db))
    assert code == 0 and "Passphrase geändert" in out
    assert verify_passphrase(db, "Eine neue, lange Passphrase") and not verify_passphrase(db, KEY)


def test_passwd_encrypts_an_unencrypted_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "offen.db"
    create_demo_workspace(path, None).close()
    monkeypatch.delenv("VERBUND_PASSPHRASE", raising=False)
    monkeypatch.setenv("VERBUND_NEW_PASSPHRASE", "Jetzt verschlüsselt 1")
    code, out, _ = run(capsys, "passwd", "--db", str(path))
    assert code == 0 and "jetzt verschlüsselt" in out
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert verify_passphrase(path, "Jetzt verschlüsselt 1")


def test_export_person_writes_json_and_pdf(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "auskunft" / "neu"
    code, out, _ = run(capsys, "export-person", "--db", str(db), "--employee", "MS-01", "--out", str(out_dir))
    assert code == 0 and "Auskunft (PDF)" in out
    (json_file,) = out_dir.glob("Auskunft-MS-01-*.json")
    assert json.loads(json_file.read_text("utf-8"))["person"]["nachname"] == "Straßburger"
    assert len(list(out_dir.glob("Auskunft-MS-01-*.pdf"))) == 1
    code, _, err = run(capsys, "export-person", "--db", str(db), "--employee", "XX-99", "--out", str(out_dir))
    assert code == 2 and "Keine Person" in err


def test_erase_person_needs_yes(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sha(db)
    code, _, err = run(capsys, "erase-person", "--db", str(db), "--employee", "SL-02")
    assert code == 2 and "--yes" in err and sha(db) == before
    code, out, _ = run(capsys, "erase-person", "--db", str(db), "--employee", "SL-02", "--yes")
    assert code == 0 and "Person gelöscht" in out and "Sicherungen" in out
    assert "Yıldız" not in listed_people(capsys, db)
    code, _, err = run(capsys, "erase-person", "--db", str(db), "--employee", "SL-02", "--yes")
    assert code == 2 and "Keine Person" in err


def test_the_commands_run_as_a_real_process_with_german_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "verbund_desktop.cli.main", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    for command in ("backup", "restore", "passwd", "export-person", "erase-person"):
        assert command in result.stdout
    assert "Sicherung" in result.stdout and "Art. 15 DSGVO" in result.stdout


def _company_notes(db: Path, text: str | None = None) -> str:
    """Read (or first set) the notes of Özlem Yıldız's company, through a workspace opened like the CLI does."""
    ws = open_workspace(db, KEY)
    try:
        with ws.unit_of_work() as uow:
            company = uow.session.scalars(select(Company).where(Company.name.like("Südwest%"))).one()
            if text is not None:
                company.notes = text
                uow.commit()
            return company.notes
    finally:
        ws.close()


def test_erase_person_lists_unsure_mentions_and_leaves_them_unless_told(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _company_notes(db, "Özlem kommt später. Frau Yildiz hat zugesagt.")
    code, out, err = run(capsys, "erase-person", "--db", str(db), "--employee", "SL-02")
    assert code == 2 and "--yes" in err and "[Özlem]" in out and "nur der Vorname" in out
    assert _company_notes(db) == "Özlem kommt später. Frau Yildiz hat zugesagt."
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    code, out, _ = run(capsys, "erase-person", "--db", str(db), "--employee", "SL-02", "--yes")
    assert code == 0 and "Unsichere Erwähnungen (1; sie sind stehen geblieben)" in out and "[Özlem]" in out
    assert _company_notes(db) == "Özlem kommt später. [gelöscht] hat zugesagt."
    code, out, _ = run(
        capsys, "erase-person", "--db", str(copy), "--employee", "SL-02", "--yes", "--alle-erwaehnungen"
    )
    assert code == 0 and "Unsichere" not in out
    assert _company_notes(copy) == "[gelöscht] kommt später. [gelöscht] hat zugesagt."
