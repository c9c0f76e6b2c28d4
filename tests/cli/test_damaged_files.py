"""The sweep of damaged files through every CLI command: no traceback, the message that names the real cause,
and no file changed (hash before and after).

Variants of an encrypted demo workspace (184 pages of 4 KiB): a bit flipped in every page and truncation at every
page boundary (each through `check` and, in turn, one more command; three pages through every command), zeroed
tails, a read-only folder, a full disk (fault injection: SQLite's SQLITE_FULL for every write statement, for
re-keying and for the online backup, and ENOSPC half-way through every file the program writes) and a file whose
write lock another process holds.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import Engine, event

from tests.support.damage import (
    PAGE,
    digest,
    flip_bit,
    folder_state,
    read_only,
    truncate,
    zero_tail,
)
from verbund_desktop import files as files_module
from verbund_desktop.cli.main import main
from verbund_desktop.persistence import backup as backup_module
from verbund_desktop.persistence import rekey as rekey_module
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.demo import create_demo_workspace

KEY = "Sweep-Passphrase 1"


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str, str]:
    """The bytes of an encrypted demo, with one company id and one employee id in it."""
    path = tmp_path_factory.mktemp("sweep") / "demo.db"
    ws = create_demo_workspace(path, KEY)
    directory = Directory(ws)
    company = directory.companies()[0].id
    employee = directory.employees()[0].id
    ws.close()
    return path.read_bytes(), str(company), str(employee)


@pytest.fixture(autouse=True)
def _passphrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERBUND_PASSPHRASE", KEY)
    monkeypatch.setenv("VERBUND_NEW_PASSPHRASE", "Neue Sweep-Passphrase 2")


def commands(db: Path, out: Path, company: str, employee: str) -> dict[str, list[str]]:
    d = ["--db", str(db)]
    return {
        "check": ["check", *d],
        "list betriebe": ["list", "betriebe", *d],
        "list beschaeftigte": ["list", "beschaeftigte", *d],
        "backup": ["backup", *d, "--out", str(out / "kopie.db")],
        "export-person": ["export-person", *d, "--employee", employee, "--out", str(out)],
        "erase-person": ["erase-person", *d, "--employee", employee, "--yes"],
        "plan print": ["plan", "print", *d, "--all", "--out", str(out)],
        "report company": ["report", "company", *d, "--company", company, "--out", str(out / "b.pdf")],
        "passwd": ["passwd", *d],
    }


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_clean_failure(code: int, out: str, err: str, cause: str) -> None:
    """A failure of the command: exit 2 (or 1 for a check that found damage), the German cause, no trace."""
    text = out + err
    assert "Traceback" not in text and "sqlite" not in text.lower() and "SQL" not in text
    assert "interner Fehler" not in text, text
    assert code in (1, 2), text
    assert cause in text, text


def sweep(
    variant: bytes,
    names: list[str],
    tmp_path: Path,
    original: tuple[bytes, str, str],
    capsys: pytest.CaptureFixture[str],
    cause: str,
) -> None:
    _data, company, employee = original
    folder, out = tmp_path / "ws", tmp_path / "out"
    folder.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    db = folder / "demo.db"
    db.write_bytes(variant)
    for name in names:
        before = folder_state(folder)
        code, stdout, stderr = run(commands(db, out, company, employee)[name], capsys)
        after = folder_state(folder)
        if code == 0:
            # The damage lies in pages this command does not read: then it may succeed (a write command
            # legitimately changes the file), but `check` must never call a damaged file healthy.
            assert name != "check", stdout
            continue
        assert_clean_failure(code, stdout, stderr, cause)
        if name == "plan print" and after != before:
            # Printing several plans commits each printed version with its PDF; the plans printed before the
            # damaged one stay printed (and recorded), so the file may change — but only with PDFs written.
            assert list(out.glob("*.pdf")), stderr
            continue
        assert after == before, name  # not a byte changed, no file left behind
        assert not (out / "kopie.db").exists() and not list(out.glob("*.part"))


ALL_COMMANDS = [
    "check",
    "list betriebe",
    "list beschaeftigte",
    "backup",
    "export-person",
    "erase-person",
    "plan print",
    "report company",
    "passwd",
]


@pytest.mark.parametrize("page", [0, 1, 40])
def test_a_damaged_page_through_every_command(
    original: tuple[bytes, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], page: int
) -> None:
    sweep(flip_bit(original[0], page), ALL_COMMANDS, tmp_path, original, capsys, "beschädigt")


@pytest.mark.parametrize("pages", [1, 8, 64])
def test_zeroed_tails_through_every_command(
    original: tuple[bytes, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], pages: int
) -> None:
    sweep(zero_tail(original[0], pages), ALL_COMMANDS, tmp_path, original, capsys, "beschädigt")


def test_a_read_only_folder_is_named_as_such_not_as_a_wrong_passphrase(
    original: tuple[bytes, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, out = tmp_path / "ws", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    db = folder / "demo.db"
    db.write_bytes(original[0])
    before = folder_state(folder)
    with read_only(folder):
        for name, argv in commands(db, out, original[1], original[2]).items():
            code, stdout, stderr = run(argv, capsys)
            if code == 0:  # a command that only reads may work on a read-only medium
                assert name not in ("erase-person", "passwd")
                continue
            assert_clean_failure(code, stdout, stderr, "schreibgeschützt")
            assert "Passphrase" not in stderr
    assert folder_state(folder) == before


@pytest.fixture
def full_disk() -> Iterator[None]:
    """Every write statement fails as SQLite fails on a full disk (SQLITE_FULL)."""

    def _full(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            error = sqlcipher3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13
            raise error

    event.listen(Engine, "before_cursor_execute", _full)
    yield
    event.remove(Engine, "before_cursor_execute", _full)


def test_a_full_disk_during_erasure_and_demo_creation(
    original: tuple[bytes, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], full_disk: None
) -> None:
    folder = tmp_path / "ws"
    folder.mkdir()
    db = folder / "demo.db"
    db.write_bytes(original[0])
    before = folder_state(folder)
    code, out, err = run(["erase-person", "--db", str(db), "--employee", original[2], "--yes"], capsys)
    assert_clean_failure(code, out, err, "Der Datenträger")
    assert folder_state(folder) == before
    new = tmp_path / "neu" / "demo.db"
    code, out, err = run(["demo", "--db", str(new)], capsys)
    assert_clean_failure(code, out, err, "Der Datenträger")
    assert not new.exists()  # no half-filled demo in the way of the next try


def test_a_write_lock_held_by_another_process_is_named(
    original: tuple[bytes, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.db"
    db.write_bytes(original[0])
    other = sqlcipher3.connect(str(db), isolation_level=None)
    other.execute(f"PRAGMA key = '{KEY}'")
    other.execute("BEGIN IMMEDIATE")  # like a second program in the middle of a save
    try:
        code, out, err = run(["erase-person", "--db", str(db), "--employee", original[2], "--yes"], capsys)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert_clean_failure(code, out, err, "von einem anderen Programm beschrieben")
    assert digest(db) == digest_of(original[0], tmp_path)


def digest_of(data: bytes, tmp_path: Path) -> str:
    copy = tmp_path / "copy.bin"
    copy.write_bytes(data)
    return digest(copy)


def test_the_error_codes_are_read_from_the_driver_not_from_the_statement() -> None:
    from verbund_desktop.persistence.errors import DiskFullError, WorkspaceBusyError, describe_failure

    locked = sqlite3.OperationalError("database is locked")
    assert isinstance(describe_failure(locked, "a.db"), WorkspaceBusyError)
    full = sqlite3.OperationalError("database or disk is full")
    assert isinstance(describe_failure(full, "a.db"), DiskFullError)
    assert describe_failure(sqlite3.IntegrityError("CHECK constraint failed: x"), "a.db") is None
    assert describe_failure(ValueError("zwölf"), "a.db") is None


def test_a_half_upgraded_file_is_named_and_left_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Creation or an upgrade killed half-way: the program's tables exist, but no revision was recorded."""
    from verbund_desktop.persistence.workspace import create_workspace

    folder = tmp_path / "ws"
    db = folder / "halb.db"
    create_workspace(db, KEY).close()
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = '{KEY}'")
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    before = folder_state(folder)
    for argv in (["check", "--db", str(db)], ["list", "betriebe", "--db", str(db)]):
        code, out, err = run(argv, capsys)
        assert_clean_failure(code, out, err, "unvollständig")
    assert folder_state(folder) == before  # and no "pre-migration" backup of the broken file was made
    assert not (folder / "Sicherungen").exists()


class _FullDiskFile:
    """A file on a disk that fills up: the first write gets half of its bytes in, then ENOSPC."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(bytes(data)[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FullDiskFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def _copy_onto_a_full_disk(_src: Path, dest: Path, *_: Any, **__: Any) -> None:
    """SQLite's online backup meeting a full disk: some pages of the copy written, then SQLITE_FULL."""
    dest.with_name(dest.name + ".part").write_bytes(bytes(4096))
    _stop_after_first_step()


class _FullDiskRawConnection:
    """A raw SQLite connection (as re-keying uses one) on a full disk: rewriting the pages fails."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, statement: str, *args: Any) -> Any:
        if statement.upper().startswith(("PRAGMA REKEY", "SELECT SQLCIPHER_EXPORT")):
            _stop_after_first_step()
        return self._conn.execute(statement, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _stop_after_first_step() -> None:
    error = sqlcipher3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13
    raise error


@pytest.fixture
def full_disk_everywhere(full_disk: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk for the database's writes, for files the program writes (PDFs, exports) and for backups."""
    real_fdopen = files_module.os.fdopen
    monkeypatch.setattr(files_module.os, "fdopen", lambda *a, **k: _FullDiskFile(real_fdopen(*a, **k)))
    monkeypatch.setattr(backup_module, "_copy", _copy_onto_a_full_disk)
    real_connect = rekey_module.raw_connect
    monkeypatch.setattr(
        rekey_module, "raw_connect", lambda *a, **k: _FullDiskRawConnection(real_connect(*a, **k))
    )


def test_a_full_disk_through_every_command(
    original: tuple[bytes, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    full_disk_everywhere: None,
) -> None:
    """Every command that writes says the disk is full; the workspace and the output folder stay as they were."""
    folder, out = tmp_path / "ws", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    db = folder / "demo.db"
    db.write_bytes(original[0])
    before = folder_state(folder)
    writers = []
    for name, argv in commands(db, out, original[1], original[2]).items():
        code, stdout, stderr = run(argv, capsys)
        if code == 0:  # reading needs no space
            assert name in ("check", "list betriebe", "list beschaeftigte"), (name, stdout)
            continue
        writers.append(name)
        assert_clean_failure(code, stdout, stderr, "Datenträger")
        assert folder_state(folder) == before, name
        assert not list(out.iterdir()), (name, list(out.iterdir()))  # no half-written file left behind
    assert set(writers) == set(ALL_COMMANDS) - {"check", "list betriebe", "list beschaeftigte"}


SWEEP_PARTS = 6


def _check_and_one_more(page: int) -> list[str]:
    """`check` reads every page; each other command takes every ninth page, so all of them meet damage spread
    over the whole file (every command on every page would take about 8 minutes of CPU here)."""
    other = ALL_COMMANDS[page % len(ALL_COMMANDS)]
    return ["check"] if other == "check" else ["check", other]


DAMAGES = {"bit": (flip_bit, "beschädigt"), "cut": (truncate, "abgeschnitten")}


@pytest.mark.parametrize("damage", DAMAGES)
@pytest.mark.parametrize("part", range(SWEEP_PARTS))
def test_every_page_damaged_through_check_and_the_commands_in_turn(
    damage: str,
    part: int,
    original: tuple[bytes, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    derived_once: None,
) -> None:
    """A bit flipped in every page, and a cut at every page boundary (part ``part`` of them)."""
    damaged, cause = DAMAGES[damage]
    data = original[0]
    for page in range(part, len(data) // PAGE, SWEEP_PARTS):
        sweep(
            damaged(data, page),
            _check_and_one_more(page),
            tmp_path / f"{damage}{page}",
            original,
            capsys,
            cause,
        )
