"""No plaintext on disk: the encrypted demo workspace, its WAL and every kind of backup hold no employee's name."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from verbund_desktop.persistence.backup import (
    BackupKind,
    backup_dir_for,
    create_backup,
    migration_backup,
    rotating_backup,
)
from verbund_desktop.persistence.models import CompetencyRating, Employee
from verbund_desktop.persistence.restore import restore_into
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_reinterview
from verbund_desktop.services.workspace.demo import COMPANIES, create_demo_workspace

KEY = "Verschlüsselt im Zug 7"
NAMES = sorted({n for c in COMPANIES for p in c.people for n in (p.first, p.last, f"{p.first} {p.last}")})


def encodings(name: str) -> list[bytes]:
    """UTF-8, UTF-16 (both byte orders) and the \\u escapes JSON columns use for non-ASCII text."""
    forms = [name.encode("utf-8"), name.encode("utf-16-le"), name.encode("utf-16-be")]
    escaped = json.dumps(name).strip('"').encode("ascii")
    if escaped not in forms:
        forms.append(escaped)
    return forms


def hits(files: list[Path]) -> list[tuple[str, str]]:
    found = []
    for path in files:
        data = path.read_bytes()
        for name in NAMES:
            if any(form in data for form in encodings(name)):
                found.append((path.name, name))
    return found


def workspace_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix != ".json")


@pytest.fixture(scope="module")
def protected(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The encrypted demo with fresh changes in its WAL and one backup of every kind."""
    folder = tmp_path_factory.mktemp("at-rest")
    ws = create_demo_workspace(folder / "verbund.db", KEY)
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee).where(Employee.pseudonym_code == "BM-01")).one()
        person_id = person.id
    assessment = start_reinterview(ws, person_id, actor="Dr. Sabine Kröger")
    with ws.unit_of_work() as uow:
        rating = uow.session.scalars(
            select(CompetencyRating.id).where(CompetencyRating.assessment_id == assessment)
        ).first()
    assert rating is not None
    set_rating_field(ws, rating, RatingField.NOTE, "Jürgen Weiß möchte den Kurs", actor="Dr. Sabine Kröger")
    manual = create_backup(ws, folder / "manuell" / "sicherung.db").path
    rotating_backup(ws, BackupKind.DAILY)
    rotating_backup(ws, BackupKind.MANUAL)  # what Extras → Sicherung erstellen suggests
    migration_backup(ws.path, KEY, "0001_initial", backup_dir_for(ws.path))
    restore_into(ws, manual)  # leaves the replaced database aside in the backup folder
    set_rating_field(ws, rating, RatingField.NOTE, "Björn Müller und Jürgen Weiß", actor="Dr. Sabine Kröger")
    yield ws
    ws.close()


def test_the_workspace_its_wal_and_every_backup_hold_no_name(protected: Workspace) -> None:
    folder = protected.path.parent
    files = workspace_files(folder)
    names = {p.name for p in files}
    assert "verbund.db" in names and "verbund.db-wal" in names
    kinds = {k for k in BackupKind if any(f".{k.value}-" in n for n in names)}
    assert kinds == set(BackupKind)  # daily, migration, manual (rotating), before-restore
    assert (folder / "manuell" / "sicherung.db").exists()
    assert hits(files) == []
    for path in files:
        if path.suffix == ".db":
            assert path.read_bytes()[:16] != b"SQLite format 3\x00", path.name


def test_the_scan_finds_names_in_an_unencrypted_workspace(tmp_path: Path) -> None:
    """Positive control: the same scan sees the names when there is no encryption."""
    create_demo_workspace(tmp_path / "offen.db", None).close()
    found = {name for _, name in hits([tmp_path / "offen.db"])}
    assert found == set(NAMES)


def test_a_wrong_passphrase_on_backup_restore_and_passwd_exits_2_and_changes_nothing(
    protected: Workspace, tmp_path: Path
) -> None:
    # A closed workspace (the program is not running): the daily backup is one.
    closed = next(backup_dir_for(protected.path).glob("verbund.taeglich-*.db"))
    source = protected.path.parent / "manuell" / "sicherung.db"
    before = {p: p.read_bytes() for p in (closed, source)}
    env = {
        **_clean_env(),
        "VERBUND_PASSPHRASE": "falsche Passphrase",
        "VERBUND_NEW_PASSPHRASE": "neu und lang 1",
    }
    for args in (
        ["backup", "--db", str(closed), "--out", str(tmp_path / "x.db")],
        ["restore", "--db", str(closed), "--from", str(source)],
        ["passwd", "--db", str(closed)],
        ["export-person", "--db", str(closed), "--employee", "BM-01", "--out", str(tmp_path / "auskunft")],
        ["erase-person", "--db", str(closed), "--employee", "BM-01", "--yes"],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "verbund_desktop.cli.main", *args],
            capture_output=True,
            text=True,
            env=env,
        )
        assert result.returncode == 2, (args[0], result.stderr)
        assert "Passphrase" in result.stderr and "Traceback" not in result.stderr
    assert [p.name for p, data in before.items() if p.read_bytes() != data] == []
    assert not (tmp_path / "x.db").exists()
    assert not list((tmp_path / "auskunft").glob("*")) if (tmp_path / "auskunft").exists() else True


def _clean_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k not in ("VERBUND_DB", "VERBUND_PASSPHRASE")}
