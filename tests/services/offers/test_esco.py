"""ESCO: a branch of the skills CSV becomes a versioned catalogue with URIs, the 0–4 scale and the attribution."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from tests.cli_runner import verbund
from tests.support.offers import DATA, offer_state
from tests.workspaces import copy_of
from verbund_desktop.assessment.offer_import import OfferImportError
from verbund_desktop.persistence.models import Competence, CompetenceCatalog
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.offers.esco_catalogue import import_esco_branch, import_esco_collection
from verbund_desktop.services.offers.offer_review import offers_to_review

ESCO_SAMPLE = DATA / "esco" / "esco-skills-sample_de.csv"


def sample_uri(name: str) -> str:
    """The invented URI of a concept of the sample (see tests/data/esco/README.md)."""
    return "http://data.europa.eu/esco/skill/" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"verbund-sample-{name}"))


def test_a_branch_becomes_a_catalogue_with_areas_uris_and_attribution(ws: Workspace) -> None:
    result = import_esco_branch(ws, ESCO_SAMPLE, sample_uri("S8"), version="1.2.0", actor="Test")
    assert (result.areas, result.competences, result.version) == (3, 7, "1.2.0")
    assert "© Europäische Union" in result.attribution and "CC BY 4.0" in result.attribution
    with ws.unit_of_work() as uow:
        catalog = uow.session.scalars(
            select(CompetenceCatalog).where(CompetenceCatalog.key == result.key)
        ).one()
        assert [lv.value for lv in catalog.levels] == [0, 1, 2, 3, 4] and not catalog.builtin
        assert catalog.attribution == result.attribution and "Version 1.2.0" in catalog.source
        assert [a.name_de for a in catalog.areas] == [
            "Metall bearbeiten und verbinden",
            "Fahrzeuge und Fördergeräte führen",
            "mit Maschinen und Spezialausrüstung arbeiten",
        ]
        assert catalog.areas[0].code == "S8.2"
        competences = {
            c.name_de: c
            for c in uow.session.scalars(select(Competence).where(Competence.catalog_id == catalog.id))
        }
        uris = {name: c.uri for name, c in competences.items()}
        assert competences["WIG-Schweißen"].description_de == (  # the German description, unchanged
            "Wolfram-Inertgas-Schweißen an Stahl, Edelstahl und Aluminium mit sauberer Naht ausführen."
        )
    assert uris["WIG-Schweißen"] == sample_uri("tig")  # narrower skills come along
    assert "Tabellenkalkulationssoftware verwenden" not in uris  # another branch


def test_a_new_esco_version_coexists_and_the_same_one_is_refused(ws: Workspace) -> None:
    import_esco_branch(ws, ESCO_SAMPLE, sample_uri("S8.2"), version="1.1.2", actor="Test")
    import_esco_branch(ws, ESCO_SAMPLE, sample_uri("S8.2"), version="1.2.0", actor="Test")
    before = offer_state(ws)
    with pytest.raises(OfferImportError, match="schon geladen"):
        import_esco_branch(ws, ESCO_SAMPLE, sample_uri("S8.2"), version="1.2.0", actor="Test")
    assert offer_state(ws) == before
    with ws.unit_of_work() as uow:
        versions = uow.session.scalars(
            select(CompetenceCatalog.version).where(CompetenceCatalog.key.like("esco-%"))
        ).all()
    assert sorted(versions) == ["1.1.2", "1.2.0"]


def test_esco_competences_are_suggested_for_technical_offers(ws: Workspace, tmp_path: Path) -> None:
    from datetime import date

    from tests.support.offers import sheet_rows, xlsx_bytes
    from verbund_desktop.services.offers.catalogue_import import import_offer_file

    import_esco_branch(ws, ESCO_SAMPLE, sample_uri("S8"), version="1.2.0", actor="Test")
    rows = [sheet_rows()[0], list(sheet_rows()[1])]
    rows[1][2], rows[1][3] = "27-201", "WIG-Schweißen für Einsteiger"
    rows[1][4] = "Wolfram-Inertgas-Schweißen an Stahl und Aluminium, saubere Naht, Lichtbogen einstellen."
    path = tmp_path / "schweissen.xlsx"
    path.write_bytes(xlsx_bytes([list(r) for r in rows]))
    import_offer_file(ws, path, actor="Test", today=date.today())
    item = next(i for i in offers_to_review(ws) if i.title.startswith("WIG"))
    ticked = [(c.name, c.min_level, c.max_level) for c in item.choices if c.checked]
    assert ("WIG-Schweißen", 0, 4) in ticked


@pytest.mark.parametrize(
    ("branch", "version", "expected"),
    [
        ("http://data.europa.eu/esco/skill/unbekannt", "1.2.0", "kein Konzept mit der URI"),
        (sample_uri("S8"), None, "ESCO-Version ist aus dem Dateinamen nicht erkennbar"),
    ],
)
def test_unknown_branch_or_version_is_refused(
    ws: Workspace, branch: str, version: str | None, expected: str
) -> None:
    with pytest.raises(OfferImportError, match=expected):
        import_esco_branch(ws, ESCO_SAMPLE, branch, version=version, actor="Test")


def test_cli_import_esco_with_version_from_the_download_folder(demo_template: Path, tmp_path: Path) -> None:
    db = copy_of(demo_template, tmp_path / "demo.db")
    folder = tmp_path / "ESCO dataset - v1.2.0 - classification - de - csv"
    folder.mkdir()
    csv_file = folder / "skills_de.csv"
    csv_file.write_bytes(ESCO_SAMPLE.read_bytes())
    result = verbund(
        "catalog", "import-esco", str(csv_file), "--branch", sample_uri("S8.3"), "--db", str(db), "--json"
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["ok"] and answer["version"] == "1.2.0" and answer["kompetenzen"] == 2
    listed = json.loads(verbund("catalog", "imported", "--db", str(db), "--json").stdout)
    assert [(c["version"], c["kompetenzen"]) for c in listed] == [("1.2.0", 2)]
    assert "© Europäische Union" in listed[0]["lizenzhinweis"]
    plain = verbund("catalog", "import-esco", str(csv_file), "--branch", sample_uri("S8.3"), "--db", str(db))
    assert plain.returncode == 2 and "schon geladen" in plain.stderr
    refused = verbund("catalog", "import-esco", str(csv_file), "--branch", "x", "--db", str(db), "--json")
    assert refused.returncode == 2 and json.loads(refused.stdout)["probleme"] == [
        "Die Datei enthält kein Konzept mit der URI x."
    ]


DOWNLOAD = DATA / "esco" / "download-sample"


def test_the_unpacked_download_is_joined_from_its_files(ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "ESCO dataset - v1.2.0 - classification - de - csv"
    shutil.copytree(DOWNLOAD, folder)
    for path in (folder, folder / "skills_de.csv"):
        result = import_esco_branch(ws, path, sample_uri("S8.2"), version=None, actor="Test")
        assert (result.version, result.competences) == ("1.2.0", 4)
        with ws.unit_of_work() as uow:
            uow.session.execute(delete(CompetenceCatalog).where(CompetenceCatalog.key == result.key))
            uow.commit()


def test_a_collection_becomes_one_catalogue(ws: Workspace) -> None:
    result = import_esco_collection(
        ws, DOWNLOAD / "digitalSkillsCollection_de.csv", version="1.2.0", actor="Test"
    )
    assert (result.name, result.areas, result.competences) == ("ESCO: Digitale Fertigkeiten", 1, 3)
    assert result.key == "esco-digitale-fertigkeiten"


def test_cli_imports_a_collection(demo_template: Path, tmp_path: Path) -> None:
    db = copy_of(demo_template, tmp_path / "demo.db")
    collection = str(DOWNLOAD / "digitalSkillsCollection_de.csv")
    result = verbund(
        "catalog", "import-esco", collection, "--collection", "--esco-version", "1.2.0", "--db", str(db)
    )
    assert result.returncode == 0, result.stderr
    assert "3 Kompetenzen" in result.stdout and "© Europäische Union" in result.stdout
    both = verbund("catalog", "import-esco", collection, "--collection", "--branch", "x", "--db", str(db))
    assert both.returncode == 2
