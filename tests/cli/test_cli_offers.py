"""`verbund offers import` and `verbund offers list`, with and without --json."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli_runner import verbund
from tests.support.offers import OPENQCAT_FULL, OPENQCAT_UPDATE, SHEET_CSV
from tests.workspaces import copy_of


@pytest.fixture
def db(demo_template: Path, tmp_path: Path) -> Path:
    return copy_of(demo_template, tmp_path / "demo.db")


def test_import_prints_what_changed_and_list_shows_the_offers(db: Path) -> None:
    result = verbund("offers", "import", str(OPENQCAT_FULL), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "3 neu, 0 geändert" in result.stdout and "Kompetenzen zu prüfen: 3" in result.stdout
    result = verbund("offers", "import", str(OPENQCAT_UPDATE), "--db", str(db), "--json")
    answer = json.loads(result.stdout)
    assert answer["ok"] and (answer["neu"], answer["geaendert"], answer["zurueckgezogen"]) == (1, 2, 1)
    listing = json.loads(verbund("offers", "list", "--db", str(db), "--json").stdout)
    imported = {row["kurs_id"]: row for row in listing if row["anbieter_id"] == "100234"}
    assert set(imported) == {"K-4711", "K-4712", "K-4713", "K-4720"}
    assert imported["K-4713"]["zurueckgezogen"] and not imported["K-4711"]["kompetenzen_bestaetigt"]
    assert imported["K-4711"]["termine"] == [
        {"start": "2027-09-06", "end": "2027-09-10", "id": "K-4711-2"},
        {"start": "2027-11-08", "end": "2027-11-12", "id": "K-4711-3"},
    ]
    assert (
        imported["K-4711"]["abschluss"] == "Trägerzertifikat" and imported["K-4711"]["ort"] == "Musterhausen"
    )
    active = verbund("offers", "list", "--db", str(db), "--aktive").stdout
    assert "100234/K-4711" in active and "100234/K-4713" not in active


def test_a_refused_file_gives_its_problems_as_json_and_changes_nothing(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "angebote.csv"
    shutil.copy(SHEET_CSV, bad)
    bad.write_text(bad.read_text(encoding="utf-8").replace(";95,00;", ";neunzig;"), encoding="utf-8")
    before = db.read_bytes()
    result = verbund("offers", "import", str(bad), "--db", str(db), "--json")
    assert result.returncode == 2
    answer = json.loads(result.stdout)
    assert answer["ok"] is False and "nichts geändert" in answer["fehler"]
    assert answer["probleme"] == ["Zeile 2, Spalte „kosten_eur“: „neunzig“ ist keine gültige Zahl."]
    plain = verbund("offers", "import", str(bad), "--db", str(db))
    assert plain.returncode == 2 and "Zeile 2, Spalte „kosten_eur“" in plain.stderr
    assert db.read_bytes() == before


def test_the_official_structure_imports_without_hours_and_the_xsd_option_is_applied(
    db: Path, tmp_path: Path
) -> None:
    from tests.services.offers.test_openqcat_official import OWN_XSD
    from tests.support.offers import OFFICIAL_FULL, OFFICIAL_UPDATE

    xsd = tmp_path / "eigenes.xsd"
    xsd.write_bytes(OWN_XSD)
    result = verbund("offers", "import", str(OFFICIAL_FULL), "--xsd", str(xsd), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "3 neu" in result.stdout and "keine Stundenzahl" in result.stdout
    answer = json.loads(verbund("offers", "import", str(OFFICIAL_UPDATE), "--db", str(db), "--json").stdout)
    assert answer["ok"] and (answer["neu"], answer["zurueckgezogen"], answer["vollkatalog"]) == (1, 1, False)
    listing = json.loads(verbund("offers", "list", "--db", str(db), "--json").stdout)
    imported = {row["kurs_id"]: row for row in listing if row["anbieter_id"] == "900111"}
    assert imported["K-100"]["stunden"] is None and imported["K-100"]["dauer"] == "bis 3 Tage"
    assert imported["K-300"]["zurueckgezogen"]
    refused = verbund("offers", "import", str(OFFICIAL_UPDATE), "--xsd", str(xsd), "--db", str(db), "--json")
    assert refused.returncode == 2
    answer = json.loads(refused.stdout)
    assert not answer["ok"] and any("UPDATE_CATALOG" in p for p in answer["probleme"])
