"""``verbund check`` and ``verbund backup`` as whole commands (issue 11): one key derivation per file they
open, and none of the modules only other commands need (Alembic, the office's cryptography, the § 82 rules'
jsonschema, Qt, ReportLab) is imported. Counted, never timed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from verbund_desktop.cli.main import main
from verbund_desktop.persistence import secret
from verbund_desktop.persistence.engine import file_salt
from verbund_desktop.persistence.secret import RawKey
from verbund_desktop.services.workspace.demo import create_demo_workspace

KEY = "Prüfung und Sicherung 2026"
NOT_NEEDED = ("alembic", "cryptography", "jsonschema", "PySide6", "reportlab", "verbund_desktop.ui")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-cost") / "verbund.db"
    create_demo_workspace(path, KEY).close()
    return path


@pytest.fixture
def db(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "verbund.db"
    shutil.copy(template, path)
    monkeypatch.setenv("VERBUND_PASSPHRASE", KEY)
    return path


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    seen: list[bytes] = []
    real = secret.derive_key

    def counting(passphrase: str, salt: bytes) -> RawKey:
        seen.append(salt)
        return real(passphrase, salt)

    monkeypatch.setattr(secret, "derive_key", counting)
    return seen


def test_check_derives_the_key_once(
    db: Path, derivations: list[bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(db)]) == 0
    assert "Keine Probleme gefunden." in capsys.readouterr().out
    assert derivations == [file_salt(db)]


def test_backup_derives_once_per_file(
    db: Path, tmp_path: Path, derivations: list[bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sicherung.db"
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 0
    assert "geprüft (verschlüsselt" in capsys.readouterr().out
    # the workspace's salt, then the copy's own; the copy's verification reuses the second key
    assert derivations == [file_salt(db), file_salt(out)]


_PROBE = """
import json, sys
from verbund_desktop.cli.main import main
codes = [main(["check", "--db", sys.argv[1]]), main(["backup", "--db", sys.argv[1], "--out", sys.argv[2]])]
names = json.loads(sys.argv[3])
loaded = sorted(n for n in names if any(m == n or m.startswith(n + ".") for m in sys.modules))
print(json.dumps({"codes": codes, "loaded": loaded}))
"""


def test_check_and_backup_import_only_what_they_use(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "sicherung.db"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(db), str(out), json.dumps(NOT_NEEDED)],
        capture_output=True,
        text=True,
        env={**os.environ, "VERBUND_PASSPHRASE": KEY},
        check=True,
        timeout=300,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"codes": [0, 0], "loaded": []}
