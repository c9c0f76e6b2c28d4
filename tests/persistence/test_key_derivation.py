"""One key derivation per open (issues 9 and 11): the raw key ``x'<key><salt>'`` derived in Python opens the
file, a wrong passphrase still fails with the usual message, and backups get a salt of their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from verbund_desktop.persistence import engine, secret
from verbund_desktop.persistence.backup import create_backup, verify_backup
from verbund_desktop.persistence.engine import file_salt, readonly_connect
from verbund_desktop.persistence.errors import WrongPassphraseError
from verbund_desktop.persistence.secret import Passphrase, RawKey, derive_key
from verbund_desktop.services.workspace.check import check_workspace
from verbund_desktop.services.workspace.demo import create_demo_workspace
from verbund_desktop.services.workspace.workspace_service import open_existing, prepare_key

PASSPHRASE = "Schlüssel für den Test 7"


@pytest.fixture(scope="module")
def encrypted_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("encrypted") / "demo.db"
    create_demo_workspace(path, PASSPHRASE).close()
    return path


def _copy(template: Path, folder: Path) -> Path:
    target = folder / "demo.db"
    target.write_bytes(template.read_bytes())
    return target


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The salts of every key derivation in Python, and a guard that no connection is keyed with the text."""
    seen: list[bytes] = []
    real = secret.derive_key

    def counting(passphrase: str, salt: bytes) -> RawKey:
        seen.append(salt)
        return real(passphrase, salt)

    real_key = engine._key

    def raw_only(conn: Any, key: str | RawKey) -> None:
        assert isinstance(key, RawKey), "a connection was keyed with the passphrase: SQLCipher derived again"
        real_key(conn, key)

    monkeypatch.setattr(secret, "derive_key", counting)
    monkeypatch.setattr(engine, "_key", raw_only)
    return seen


def test_the_raw_key_from_python_opens_the_file(encrypted_demo: Path) -> None:
    salt = file_salt(encrypted_demo)
    assert salt is not None and len(salt) == 16
    conn = readonly_connect(encrypted_demo, derive_key(PASSPHRASE, salt))
    try:
        assert conn.execute("SELECT count(*) FROM employee").fetchone()[0] == 14
    finally:
        conn.close()


def test_a_wrong_passphrase_still_fails_with_the_german_message(encrypted_demo: Path, tmp_path: Path) -> None:
    path = _copy(encrypted_demo, tmp_path)
    before = path.read_bytes()
    with pytest.raises(WrongPassphraseError, match="Die Passphrase ist falsch"):
        open_existing(path, "eine ganz andere Passphrase")
    with pytest.raises(WrongPassphraseError, match="Die Passphrase ist falsch"):
        open_existing(path, prepare_key(path, "eine ganz andere Passphrase"))
    assert path.read_bytes() == before


def test_open_check_and_backup_derive_once_each(
    encrypted_demo: Path, tmp_path: Path, derivations: list[bytes]
) -> None:
    path = _copy(encrypted_demo, tmp_path)
    ws = open_existing(path, PASSPHRASE)
    try:
        assert derivations == [file_salt(path)]  # the read-only check and the working connection share it
        assert check_workspace(ws).ok
        backup = create_backup(ws, tmp_path / "sicherung.db")
        # one more for the backup's own salt; the copy's verification reuses that key
        assert len(derivations) == 2 and derivations[1] == file_salt(backup.path)
    finally:
        ws.close()


def test_a_prepared_key_makes_the_open_derive_nothing(
    encrypted_demo: Path, tmp_path: Path, derivations: list[bytes]
) -> None:
    path = _copy(encrypted_demo, tmp_path)
    held = prepare_key(path, PASSPHRASE)
    assert len(derivations) == 1
    ws = open_existing(path, held)
    try:
        assert len(derivations) == 1
        with ws.unit_of_work() as uow:
            assert uow.session.connection().exec_driver_sql("SELECT count(*) FROM company").scalar() == 3
    finally:
        ws.close()
    assert held.cleared  # closing the workspace zeroes the passphrase and its derived key


def test_a_backup_has_its_own_salt_and_opens_with_the_passphrase(
    encrypted_demo: Path, tmp_path: Path
) -> None:
    path = _copy(encrypted_demo, tmp_path)
    ws = open_existing(path, PASSPHRASE)
    try:
        backup = create_backup(ws, tmp_path / "sicherung.db")
    finally:
        ws.close()
    assert file_salt(backup.path) != file_salt(path)  # the file guard never takes it for the workspace
    assert verify_backup(backup.path, PASSPHRASE).encrypted
    with pytest.raises(WrongPassphraseError):
        verify_backup(backup.path, "nicht die Passphrase")


def test_clearing_the_passphrase_zeroes_its_keys() -> None:
    held = Passphrase(PASSPHRASE)
    key = held.key_for(b"0123456789abcdef")
    assert held.key_for(b"0123456789abcdef") is key
    held.clear()
    assert key.cleared and held.cleared
    assert "verborgen" in repr(key)
