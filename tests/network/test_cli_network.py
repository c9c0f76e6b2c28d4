"""``verbund pool show`` and ``verbund report funder`` on the demo workspace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli_runner import verbund


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-network") / "demo.db"
    result = verbund("demo", "--db", str(path), "--unverschluesselt")
    assert result.returncode == 0, result.stderr
    return path


def test_pool_show_json(demo_db: Path) -> None:
    result = verbund("pool", "show", "--db", str(demo_db), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["filter"]["region"] is None
    cells = data["zellen"]
    assert cells and {"kompetenz", "zielstufe", "personen", "betriebe"} <= set(cells[0])
    assert all(c["personen"] >= c["betriebe"] >= 1 for c in cells)


def test_pool_show_table_and_filters(demo_db: Path) -> None:
    result = verbund("pool", "show", "--db", str(demo_db), "--groesse", "ab_500")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Kompetenz\tZielstufe\tPersonen\tBetriebe"
    rows = [line.split("\t") for line in result.stdout.splitlines()[1:]]
    assert rows and all(row[3] == "1" for row in rows)  # one company of 500 or more in the demo
    bad = verbund("pool", "show", "--db", str(demo_db), "--von", "2026-13-01")
    assert bad.returncode == 2 and "kein Datum" in bad.stderr


def test_report_funder_in_three_formats(demo_db: Path, tmp_path: Path) -> None:
    csv_out = verbund(
        "report", "funder", "--db", str(demo_db), "--period", "2026-01..2026-12", "--format", "csv"
    )
    assert csv_out.returncode == 0, csv_out.stderr
    assert csv_out.stdout.startswith("tabelle;zeile;spalte;einheit;wert")
    assert "Möller" not in csv_out.stdout  # no company or person names
    pdf = tmp_path / "bericht.pdf"
    result = verbund(
        "report", "funder", "--db", str(demo_db), "--period", "2026-01..2026-12", "--out", str(pdf)
    )
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "bericht.xlsx"
    args = ("--period", "2026-01..2026-12", "--format", "xlsx", "--out", str(xlsx))
    assert verbund("report", "funder", "--db", str(demo_db), *args).returncode == 0
    assert "Regeln" in load_workbook(xlsx).sheetnames


def test_report_funder_bad_period_is_german(demo_db: Path) -> None:
    result = verbund("report", "funder", "--db", str(demo_db), "--period", "letztes Jahr", "--format", "csv")
    assert result.returncode == 2
    assert "Zeitraum" in result.stderr
    result = verbund("report", "funder", "--db", str(demo_db), "--period", "2026-01..2026-12")
    assert result.returncode == 2 and "--out" in result.stderr
