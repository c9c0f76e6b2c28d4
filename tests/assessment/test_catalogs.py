"""Built-in competence catalogues and the catalogue loader."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from verbund_desktop.assessment.catalog import CatalogDefinition, builtin_catalogs, load_catalog
from verbund_desktop.assessment.content_files import ContentError
from verbund_desktop.resources import resource_path

# Copied character for character from domain.md §4 (DigComp 2.2, EUR 31006 EN).
DIGCOMP_AREAS = {
    "1": "Information and data literacy",
    "2": "Communication and collaboration",
    "3": "Digital content creation",
    "4": "Safety",
    "5": "Problem solving",
}
DIGCOMP_COMPETENCES = [
    ("1.1", "Browsing, searching and filtering data, information and digital content"),
    ("1.2", "Evaluating data, information and digital content"),
    ("1.3", "Managing data, information and digital content"),
    ("2.1", "Interacting through digital technologies"),
    ("2.2", "Sharing through digital technologies"),
    ("2.3", "Engaging in citizenship through digital technologies"),
    ("2.4", "Collaborating through digital technologies"),
    ("2.5", "Netiquette"),
    ("2.6", "Managing digital identity"),
    ("3.1", "Developing digital content"),
    ("3.2", "Integrating and re-elaborating digital content"),
    ("3.3", "Copyright and licences"),
    ("3.4", "Programming"),
    ("4.1", "Protecting devices"),
    ("4.2", "Protecting personal data and privacy"),
    ("4.3", "Protecting health and well-being"),
    ("4.4", "Protecting the environment"),
    ("5.1", "Solving technical problems"),
    ("5.2", "Identifying needs and technological responses"),
    ("5.3", "Creatively using digital technology"),
    ("5.4", "Identifying digital competence gaps"),
]
DIGCOMP_BANDS = {
    1: ("Grundlagen", "Foundation"),
    2: ("Grundlagen", "Foundation"),
    3: ("Mittelstufe", "Intermediate"),
    4: ("Mittelstufe", "Intermediate"),
    5: ("Fortgeschritten", "Advanced"),
    6: ("Fortgeschritten", "Advanced"),
    7: ("Hochspezialisiert", "Highly specialised"),
    8: ("Hochspezialisiert", "Highly specialised"),
}
# Transliterations that must never appear in German text (ä ö ü ß are required).
TRANSLITERATIONS = re.compile(
    r"\b(fuer|ueber|Ueber|koennen|moeglich\w*|Massnahme\w*|Aenderung\w*|groess\w*)\b"
)


def catalog_document() -> dict[str, Any]:
    """A small valid catalogue document; tests break one thing at a time."""
    return {
        "key": "test-katalog",
        "name": "Testkatalog",
        "version": "1.0",
        "source": "Testquelle",
        "licence": "CC BY 4.0",
        "attribution": "Eigene Testdaten",
        "translation_note_de": "",
        "levels": [
            {
                "value": 1,
                "label_de": "niedrig",
                "label_en": "low",
                "descriptor_de": "wenig",
                "band_de": "A",
                "band_en": "A",
            },
            {
                "value": 2,
                "label_de": "mittel",
                "label_en": "medium",
                "descriptor_de": "etwas",
                "band_de": "A",
                "band_en": "A",
            },
            {
                "value": 3,
                "label_de": "hoch",
                "label_en": "high",
                "descriptor_de": "viel",
                "band_de": "B",
                "band_en": "B",
            },
        ],
        "areas": [
            {
                "code": "X",
                "name_de": "Bereich X",
                "name_en": "Area X",
                "competences": [
                    {
                        "code": "X.1",
                        "name_de": "Eins",
                        "name_en": "One",
                        "description_de": "d",
                        "description_en": "e",
                    },
                    {
                        "code": "X.2",
                        "name_de": "Zwei",
                        "name_en": "Two",
                        "description_de": "d",
                        "description_en": "e",
                    },
                ],
            }
        ],
    }


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _catalog(key: str) -> CatalogDefinition:
    return next(catalog for catalog in builtin_catalogs() if catalog.key == key)


def test_builtin_catalogs_are_sorted_and_complete() -> None:
    keys = [catalog.key for catalog in builtin_catalogs()]
    assert keys == sorted(keys)
    assert {"digcomp-2.2", "querschnitt-dqr"} <= set(keys)


def test_digcomp_areas_and_competences_match_domain_guide() -> None:
    digcomp = _catalog("digcomp-2.2")
    assert {area.code: area.name_en for area in digcomp.areas} == DIGCOMP_AREAS
    assert [(c.code, c.name_en) for _area, c in digcomp.competences()] == DIGCOMP_COMPETENCES
    for area, competence in digcomp.competences():
        assert competence.code.split(".")[0] == area.code
        assert competence.name_de and competence.description_de and competence.description_en
        assert competence.name_de != competence.name_en or competence.name_en == "Netiquette"


def test_digcomp_has_eight_levels_in_four_bands() -> None:
    digcomp = _catalog("digcomp-2.2")
    assert (digcomp.key, digcomp.version) == ("digcomp-2.2", "2.2")
    assert [level.value for level in digcomp.levels] == list(range(1, 9))
    assert {level.value: (level.band_de, level.band_en) for level in digcomp.levels} == DIGCOMP_BANDS
    assert all(level.label_de and level.descriptor_de for level in digcomp.levels)


def test_digcomp_licence_attribution_and_translation_note() -> None:
    digcomp = _catalog("digcomp-2.2")
    assert digcomp.licence == "CC BY 4.0"
    for needed in ("DigComp 2.2", "Vuorikari", "Kluzer", "Punie", "JRC", "2022", "EUR 31006 EN"):
        assert needed in digcomp.attribution
    assert "https://creativecommons.org/licenses/by/4.0/" in digcomp.attribution
    assert "Änderungen" in digcomp.attribution
    assert "nicht amtliche Übersetzung" in digcomp.translation_note_de
    assert "Verbund-Desktop" in digcomp.translation_note_de


def test_querschnitt_catalogue_follows_dqr_structure() -> None:
    catalog = _catalog("querschnitt-dqr")
    assert catalog.name == "Überfachliche Kompetenzen (nach DQR-Struktur)"
    assert catalog.version == "1.0"
    assert catalog.licence == "CC BY 4.0, Verbund-Desktop-Projekt"
    assert [area.name_de for area in catalog.areas] == [
        "Fachkompetenz – Wissen",
        "Fachkompetenz – Fertigkeiten",
        "Sozialkompetenz",
        "Selbständigkeit",
        "Methodenkompetenz",
    ]
    for area in catalog.areas:
        assert 4 <= len(area.competences) <= 6
        for competence in area.competences:
            assert re.fullmatch(rf"{area.code}\.[1-9]", competence.code)
    names = {competence.name_de for _area, competence in catalog.competences()}
    assert {"Fachwissen im Arbeitsgebiet", "Problemlösen", "Teamarbeit", "Kommunikation"} <= names
    assert {"Eigenverantwortung", "Lernkompetenz", "Reflexivität", "Planung und Organisation"} <= names
    assert [(level.value, level.label_de) for level in catalog.levels] == [
        (0, "nicht vorhanden"),
        (1, "Grundkenntnisse"),
        (2, "unter Anleitung anwendbar"),
        (3, "selbständig anwendbar"),
        (4, "Expertise / kann anleiten"),
    ]
    assert all(level.descriptor_de for level in catalog.levels)


@pytest.mark.parametrize("catalog", builtin_catalogs(), ids=lambda catalog: catalog.key)
def test_every_builtin_scale_and_code_set_is_consistent(catalog: CatalogDefinition) -> None:
    values = [level.value for level in catalog.levels]
    assert values == list(range(values[0], values[0] + len(values)))
    assert (catalog.min_level, catalog.max_level) == (values[0], values[-1])
    assert all(level.label_de.strip() and level.label_en.strip() for level in catalog.levels)
    assert len({level.label_de for level in catalog.levels}) == len(values)
    codes = [competence.code for _area, competence in catalog.competences()]
    assert len(codes) == len(set(codes))
    assert len({area.code for area in catalog.areas}) == len(catalog.areas)


@pytest.mark.parametrize("folder", ["catalogs", "guides", "offers"])
def test_german_texts_use_umlauts_not_transliterations(folder: str) -> None:
    for path in resource_path(folder).glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert TRANSLITERATIONS.findall(text) == [], path.name


def test_competence_lookup_and_levels() -> None:
    digcomp = _catalog("digcomp-2.2")
    assert digcomp.competence("3.4").name_en == "Programming"
    assert digcomp.level(5).band_en == "Advanced"
    with pytest.raises(KeyError):
        digcomp.competence("9.9")
    with pytest.raises(KeyError):
        digcomp.level(0)


def test_to_json_dict_has_the_agreed_shape() -> None:
    catalog = _catalog("querschnitt-dqr")
    data = catalog.to_json_dict()
    assert set(data) == {"key", "name", "version", "licence", "source", "levels", "areas"}
    assert data["levels"][1] == {"value": 1, "label": "Grundkenntnisse"}
    first_area = data["areas"][0]
    assert set(first_area) == {"code", "name_de", "name_en", "competences"}
    assert set(first_area["competences"][0]) == {"code", "name_de", "name_en", "description_de"}
    assert sum(len(area["competences"]) for area in data["areas"]) == len(list(catalog.competences()))
    assert json.loads(json.dumps(data)) == data


def test_load_catalog_reads_a_valid_file(tmp_path: Path) -> None:
    catalog = load_catalog(write_json(tmp_path / "ok.json", catalog_document()))
    assert catalog.key == "test-katalog"
    assert isinstance(catalog.levels, tuple) and isinstance(catalog.areas[0].competences, tuple)
    assert [c.code for _a, c in catalog.competences()] == ["X.1", "X.2"]
    with pytest.raises(AttributeError):
        catalog.key = "anders"  # type: ignore[misc]


def _duplicate_competence(doc: dict[str, Any]) -> None:
    doc["areas"][0]["competences"][1]["code"] = "X.1"


def _duplicate_area(doc: dict[str, Any]) -> None:
    doc["areas"].append(
        dict(doc["areas"][0], competences=[dict(doc["areas"][0]["competences"][0], code="Y.1")])
    )


def _level_gap(doc: dict[str, Any]) -> None:
    doc["levels"][2]["value"] = 5


def _levels_descending(doc: dict[str, Any]) -> None:
    doc["levels"].reverse()


def _duplicate_level_label(doc: dict[str, Any]) -> None:
    doc["levels"][1]["label_de"] = "niedrig"


def _partial_bands(doc: dict[str, Any]) -> None:
    del doc["levels"][2]["band_de"]


def _split_band(doc: dict[str, Any]) -> None:
    doc["levels"][1]["band_de"] = doc["levels"][1]["band_en"] = "B"
    doc["levels"][2]["band_de"] = doc["levels"][2]["band_en"] = "A"


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (_duplicate_competence, "Kompetenzcode „X.1“ kommt mehrfach vor"),
        (_duplicate_area, "Bereichscode „X“ kommt mehrfach vor"),
        (_level_gap, "lückenlos aufsteigen"),
        (_levels_descending, "lückenlos aufsteigen"),
        (_duplicate_level_label, "Stufenbezeichnung „niedrig“"),
        (_partial_bands, "alle Stufen beide Angaben"),
        (_split_band, "nicht zusammenhängend"),
    ],
)
def test_semantic_problems_raise_content_error(tmp_path: Path, breakage: Any, expected: str) -> None:
    document = catalog_document()
    breakage(document)
    with pytest.raises(ContentError) as caught:
        load_catalog(write_json(tmp_path / "kaputt.json", document))
    assert "kaputt.json" in str(caught.value)
    assert expected in str(caught.value)
