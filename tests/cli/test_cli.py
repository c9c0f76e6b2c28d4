"""The `verbund` command, mostly in-process (``tests/cli_runner.py``); the entry point itself as a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import verbund, verbund_process

DIGCOMP_AREAS = {
    "1": "Information and data literacy",
    "2": "Communication and collaboration",
    "3": "Digital content creation",
    "4": "Safety",
    "5": "Problem solving",
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = verbund_process("demo", "--db", str(path), env={"VERBUND_PASSPHRASE": "Testpassphrase 1"})
    assert result.returncode == 0, result.stderr
    return path


def test_catalog_list_names_both_catalogues() -> None:
    result = verbund_process("catalog", "list")
    assert result.returncode == 0
    assert "digcomp-2.2" in result.stdout and "querschnitt-dqr" in result.stdout


def test_catalog_show_json_has_the_documented_shape() -> None:
    result = verbund("catalog", "show", "digcomp-2.2", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"key", "name", "version", "licence", "source", "levels", "areas"}
    assert data["key"] == "digcomp-2.2" and "CC BY 4.0" in data["licence"]
    assert [lv["value"] for lv in data["levels"]] == list(range(1, 9))
    assert all(set(lv) == {"value", "label"} for lv in data["levels"])
    assert {a["code"]: a["name_en"] for a in data["areas"]} == DIGCOMP_AREAS
    competences = [c for a in data["areas"] for c in a["competences"]]
    assert len(competences) == 21
    assert all(set(c) == {"code", "name_de", "name_en", "description_de"} for c in competences)
    assert all(set(a) == {"code", "name_de", "name_en", "competences"} for a in data["areas"])


def test_unknown_catalogue_is_a_german_error_with_exit_2() -> None:
    result = verbund("catalog", "show", "gibt-es-nicht")
    assert result.returncode == 2
    assert "Unbekannter Katalog" in result.stderr and "Traceback" not in result.stderr


def test_demo_then_check_reports_revision_and_counts(demo_db: Path) -> None:
    result = verbund("check", "--db", str(demo_db), env={"VERBUND_PASSPHRASE": "Testpassphrase 1"})
    assert result.returncode == 0, result.stderr
    assert "Integritätsprüfung: ok" in result.stdout
    counts = dict(
        line.strip().split(": ")
        for line in result.stdout.splitlines()
        if line.startswith("  ") and ": " in line
    )
    assert int(counts["company"]) == 3
    assert int(counts["employee"]) >= 12
    assert int(counts["competency_assessment"]) >= 12
    assert int(counts["company_interview"]) == 3
    assert int(counts["development_plan"]) >= 12
    assert int(counts["training_offer"]) >= 16


def test_demo_refuses_to_overwrite(demo_db: Path) -> None:
    before = demo_db.read_bytes()
    result = verbund("demo", "--db", str(demo_db), env={"VERBUND_PASSPHRASE": "Testpassphrase 1"})
    assert result.returncode == 2
    assert "gibt es schon" in result.stderr
    assert demo_db.read_bytes() == before


def test_db_from_environment_variable(demo_db: Path) -> None:
    result = verbund(
        "list", "betriebe", env={"VERBUND_DB": str(demo_db), "VERBUND_PASSPHRASE": "Testpassphrase 1"}
    )
    assert result.returncode == 0, result.stderr
    assert "Bäckerei Möller GmbH" in result.stdout


def test_wrong_passphrase_exit_2_and_file_unchanged(demo_db: Path) -> None:
    before = demo_db.read_bytes()
    result = verbund("check", "--db", str(demo_db), env={"VERBUND_PASSPHRASE": "falsch"})
    assert result.returncode == 2
    assert "Passphrase ist falsch" in result.stderr and "Traceback" not in result.stderr
    assert demo_db.read_bytes() == before


def test_missing_database_is_a_german_error(tmp_path: Path) -> None:
    result = verbund("check", "--db", str(tmp_path / "fehlt.db"))
    assert result.returncode == 2
    assert "gibt es nicht" in result.stderr and "Traceback" not in result.stderr


def test_unreadable_database_is_a_german_error(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    result = verbund("check", "--db", str(bad))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "verbund: Fehler:" in result.stderr


def test_encrypted_demo_without_passphrase_and_without_terminal_is_refused(tmp_path: Path) -> None:
    result = verbund("demo", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    assert "VERBUND_PASSPHRASE" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_bad_arguments_exit_2_in_german() -> None:
    result = verbund_process("check", "--gibtsnicht")
    assert result.returncode == 2
    assert "Unbekannte Angaben" in result.stderr and "Traceback" not in result.stderr
    result = verbund()
    assert result.returncode == 2 and "fehlen" in result.stderr


def test_german_help() -> None:
    result = verbund_process("--help")
    assert result.returncode == 0
    assert "Datenbank" in result.stdout and "Kataloge" in result.stdout
    assert result.stdout.startswith("Aufruf: verbund")
    for english in ("usage:", "show this help", "options:", "positional arguments"):
        assert english not in result.stdout
    sub = verbund("check", "--help")
    assert "Diese Hilfe zeigen und beenden." in sub.stdout and "Optionen:" in sub.stdout
