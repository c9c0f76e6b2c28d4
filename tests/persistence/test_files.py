"""Files we write and read: atomic private writes (also on a full disk), private folders, size limits, safe names.

The mode and ``/dev/zero`` tests are POSIX tests (CI runs on Linux); on Windows the modes do not apply.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import uuid
from pathlib import Path
from typing import BinaryIO

import pytest
from sqlalchemy import func, select

from verbund_desktop import files
from verbund_desktop.assessment.clean_names import MAX_FILE_NAME, safe_file_name
from verbund_desktop.assessment.content_files import ContentError, load_json_document
from verbund_desktop.assessment.funding_rules import FundingRuleError, read_json_document
from verbund_desktop.files import FileTooLargeError, ensure_private_dir, read_limited, write_atomic
from verbund_desktop.persistence.backup import create_backup
from verbund_desktop.persistence.models import AuditEvent, Employee
from verbund_desktop.persistence.workspace import Workspace, create_workspace, open_workspace
from verbund_desktop.services.planning.printing import PrintError, write_pdf
from verbund_desktop.services.protection.person_data import export_person


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def first_employee(ws: Workspace) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        return uow.session.scalars(select(Employee.id).order_by(Employee.pseudonym_code)).first()


def audit_count(ws: Workspace) -> int:
    with ws.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


class DiskFull:
    """``os.fsync`` fails with ENOSPC from call ``fail_at`` on: a disk that fills up during the write."""

    def __init__(self, fail_at: int) -> None:
        self.calls = 0
        self.fail_at = fail_at
        self.real = os.fsync

    def __call__(self, fd: int) -> None:
        self.calls += 1
        if self.calls >= self.fail_at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.real(fd)


def test_write_atomic_replaces_the_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


def test_a_full_disk_keeps_the_old_file_and_leaves_no_partial_one(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"complete old version")

    def half_then_full(handle: BinaryIO) -> None:
        handle.write("Vertraulich: Hälfte".encode())
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(OSError) as caught:
        write_atomic(target, half_then_full)
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"complete old version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_write_pdf_on_a_full_disk_is_a_german_error_without_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files.os, "fsync", DiskFull(1))
    with pytest.raises(PrintError, match="kann nicht geschrieben werden"):
        write_pdf(tmp_path / "out" / "Plan.pdf", b"%PDF-1.4 personal data")
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("fail_at", [1, 2])
def test_art15_export_on_a_full_disk_leaves_no_file_and_no_audit_entry(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    out = tmp_path / "auskunft"
    out.mkdir()
    before = audit_count(ws)
    monkeypatch.setattr(files.os, "fsync", DiskFull(fail_at))  # 1: the JSON fails, 2: the PDF fails
    with pytest.raises(ValueError, match="Die Auskunft kann nicht gespeichert werden"):
        export_person(ws, first_employee(ws), out, actor="Beraterin")
    monkeypatch.undo()
    assert list(out.iterdir()) == []
    assert audit_count(ws) == before


def test_art15_export_files_are_private(ws: Workspace, tmp_path: Path) -> None:
    exported = export_person(ws, first_employee(ws), tmp_path, actor="Beraterin")
    assert mode(exported.json_path) == 0o600 and mode(exported.pdf_path) == 0o600
    assert json.loads(exported.json_path.read_text(encoding="utf-8"))["person"]


def test_folders_we_create_are_0700_and_existing_ones_stay(tmp_path: Path) -> None:
    (tmp_path / "da").mkdir(mode=0o755)
    os.chmod(tmp_path / "da", 0o755)
    ensure_private_dir(tmp_path / "da" / "neu" / "tiefer")
    assert mode(tmp_path / "da") == 0o755
    assert mode(tmp_path / "da" / "neu") == 0o700 and mode(tmp_path / "da" / "neu" / "tiefer") == 0o700


def test_database_wal_shm_and_backups_are_private(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        ws = create_workspace(tmp_path / "neu" / "verbund.db", "Testpassphrase 1")
        try:
            with ws.engine.connect() as conn:  # the WAL and SHM files exist while a connection is open
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
                side_files = [p for p in (tmp_path / "neu").iterdir() if p.name != "verbund.db"]
                assert {p.name for p in side_files} >= {"verbund.db-wal", "verbund.db-shm"}
                assert all(mode(p) == 0o600 for p in side_files)
            backup = create_backup(ws, tmp_path / "Sicherungen" / "manuell.db")
        finally:
            ws.close()
    finally:
        os.umask(old_umask)
    assert mode(tmp_path / "neu") == 0o700 and mode(tmp_path / "neu" / "verbund.db") == 0o600
    assert mode(tmp_path / "Sicherungen") == 0o700 and mode(backup.path) == 0o600


def test_opening_a_workspace_made_world_readable_by_an_old_version_tightens_it(
    demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "alt.db"
    shutil.copy(demo_template, path)
    os.chmod(path, 0o644)
    open_workspace(path).close()
    assert mode(path) == 0o600


def test_dev_zero_is_refused_without_reading_it_all() -> None:
    with pytest.raises(FileTooLargeError, match="„zero“ ist zu groß"):
        read_limited(Path("/dev/zero"), limit=1024)
    with pytest.raises(FundingRuleError, match="zu groß"):
        read_json_document(Path("/dev/zero"), "rule-set.schema.json")
    with pytest.raises(ContentError, match="zu groß"):
        load_json_document(Path("/dev/zero"), "catalog")


def test_a_huge_content_file_is_refused_with_a_german_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "katalog.json"
    big.write_text(json.dumps({"key": "x" * 5000}), encoding="utf-8")
    assert read_limited(big, limit=10_000) == big.read_bytes()
    monkeypatch.setattr(files, "CONTENT_FILE_LIMIT", 4096)
    monkeypatch.setattr(files.read_limited, "__defaults__", (4096,))
    with pytest.raises(ContentError) as caught:
        load_json_document(big, "catalog")
    assert (
        str(caught.value) == "Die Datei „katalog.json“ ist zu groß (mehr als 4 KiB) und wird nicht gelesen."
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CON", "_CON"),
        ("nul.pdf", "_nul.pdf"),
        ("COM1.txt", "_COM1.txt"),
        ("Lpt9", "_Lpt9"),
        ('a<b>c:d"e/f\\g|h?i*j.pdf', "a_b_c_d_e_f_g_h_i_j.pdf"),
        ("Bericht. . .", "Bericht"),
        ("Schröder‮fdp.exe", "Schröderfdp.exe"),
        ("Mül\u200bler", "Müller"),
        ("", "Dokument"),
        ("...", "Dokument"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),
    ],
)
def test_file_names_are_safe_on_windows(raw: str, expected: str) -> None:
    assert safe_file_name(raw) == expected


def test_long_file_names_are_cut_but_keep_their_extension() -> None:
    name = safe_file_name("Entwicklungsplan " + "Ä" * 300 + ".pdf")
    assert len(name) == MAX_FILE_NAME and name.endswith("Ä.pdf")
