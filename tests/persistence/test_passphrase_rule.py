"""One passphrase rule for the app and the CLI; passphrases with quotes and umlauts key the file correctly."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, text

from tests.cli.test_cli import verbund
from verbund_desktop.assessment.passphrase_rule import (
    MIN_PASSPHRASE_LENGTH,
    PassphraseProblem,
    check_passphrase,
    passphrase_problem,
    passphrase_strength,
)
from verbund_desktop.persistence.engine import raw_connect
from verbund_desktop.persistence.errors import WrongPassphraseError
from verbund_desktop.persistence.rekey import passphrase_problem as rekey_rule
from verbund_desktop.persistence.rekey import verify_passphrase
from verbund_desktop.persistence.workspace import create_workspace, open_workspace
from verbund_desktop.services.workspace.check import check_workspace

TRICKY = 'Schlüssel "Ärger"; it\'s Öl – ß'


@pytest.mark.parametrize(
    ("passphrase", "problem"),
    [
        ("x", PassphraseProblem.TOO_SHORT),
        ("a" * (MIN_PASSPHRASE_LENGTH - 1), PassphraseProblem.TOO_SHORT),
        ("gutes lan\x00ges Wort", PassphraseProblem.NUL_CHARACTER),
        (" mit Leerzeichen vorn", PassphraseProblem.OUTER_SPACES),
        ("mit Leerzeichen hinten ", PassphraseProblem.OUTER_SPACES),
        ("a" * MIN_PASSPHRASE_LENGTH, None),
        (TRICKY, None),
    ],
)
def test_the_rule(passphrase: str, problem: PassphraseProblem | None) -> None:
    assert check_passphrase(passphrase) is problem
    assert (passphrase_problem(passphrase) is None) == (problem is None)
    assert rekey_rule(passphrase) == passphrase_problem(passphrase)  # re-keying uses the same rule


def test_strength_grows_with_length() -> None:
    scores = [passphrase_strength("wort" * n) for n in range(1, 7)]
    assert scores == sorted(scores) and scores[0] == 0 and scores[-1] >= 2
    assert passphrase_strength("Kurz1!") == 0
    assert passphrase_strength("Drei Hunde tanzen 2 Tango!") == 4


def test_the_cli_refuses_a_one_character_passphrase_for_a_new_workspace(tmp_path: Path) -> None:
    result = verbund("demo", "--db", str(tmp_path / "demo.db"), env={"VERBUND_PASSPHRASE": "x"})
    assert result.returncode == 2
    assert f"Die Passphrase muss mindestens {MIN_PASSPHRASE_LENGTH} Zeichen lang sein." in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "demo.db").exists()


def test_the_cli_refuses_outer_spaces_like_the_app(tmp_path: Path) -> None:
    result = verbund("demo", "--db", str(tmp_path / "demo.db"), env={"VERBUND_PASSPHRASE": " lang genug "})
    assert result.returncode == 2
    assert "nicht mit Leerzeichen beginnen oder enden" in result.stderr
    assert not (tmp_path / "demo.db").exists()


def test_quotes_semicolons_and_umlauts_create_and_reopen_a_workspace(tmp_path: Path) -> None:
    """The workspace engine and our own connections (backup, rekey, checks) must derive the same key."""
    path = tmp_path / "verbund.db"
    ws = create_workspace(path, TRICKY)
    with ws.engine.begin() as conn:
        conn.execute(text("CREATE TABLE merker (wert TEXT)"))
        conn.execute(text("INSERT INTO merker VALUES ('bleibt')"))
    ws.close()
    conn = raw_connect(path, TRICKY)  # our quoting, not SQLAlchemy's
    try:
        assert conn.execute("SELECT wert FROM merker").fetchall() == [("bleibt",)]
    finally:
        conn.close()
    assert verify_passphrase(path, TRICKY)
    reopened = open_workspace(path, TRICKY)
    try:
        with reopened.engine.connect() as conn2:
            assert conn2.execute(text("SELECT wert FROM merker")).scalar_one() == "bleibt"
        assert check_workspace(reopened).encrypted
    finally:
        reopened.close()
    before = path.read_bytes()
    for wrong in ('Schlüssel "Ärger"; it\'s Öl – ss', TRICKY.replace('"', "'"), TRICKY + " "):
        assert not verify_passphrase(path, wrong)
        with pytest.raises(WrongPassphraseError):
            open_workspace(path, wrong)
    assert path.read_bytes() == before


def test_sqlalchemys_sqlcipher_dialect_keys_a_quote_like_our_connections(tmp_path: Path) -> None:
    """SQLAlchemy 2.0.35–2.0.49 build ``pragma key="%s"``: a ``"`` in the passphrase breaks or changes the key,
    so a file keyed by SQLAlchemy would not open elsewhere; hence ``SQLAlchemy>=2.0.50`` in pyproject.toml."""
    path = tmp_path / "dialekt.db"
    engine = create_engine(URL.create("sqlite+pysqlcipher", password=TRICKY, database=str(path)))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE merker (wert TEXT)"))
        conn.execute(text("INSERT INTO merker VALUES ('gleich')"))
    engine.dispose()
    raw = raw_connect(path, TRICKY)
    try:
        assert raw.execute("SELECT wert FROM merker").fetchall() == [("gleich",)]
    finally:
        raw.close()


def test_verbund_check_says_whether_the_file_is_encrypted(tmp_path: Path) -> None:
    secret, plain = tmp_path / "geheim.db", tmp_path / "offen.db"
    env = {"VERBUND_PASSPHRASE": TRICKY}
    assert verbund("demo", "--db", str(secret), env=env).returncode == 0
    assert verbund("demo", "--db", str(plain), "--unverschluesselt").returncode == 0
    encrypted = verbund("check", "--db", str(secret), env=env)
    unencrypted = verbund("check", "--db", str(plain))
    assert encrypted.returncode == 0 and unencrypted.returncode == 0, encrypted.stderr + unencrypted.stderr
    assert "Verschlüsselung: ja (SQLCipher, mit Passphrase geschützt)" in encrypted.stdout.splitlines()
    assert any(line.startswith("Verschlüsselung: NEIN") for line in unencrypted.stdout.splitlines())
