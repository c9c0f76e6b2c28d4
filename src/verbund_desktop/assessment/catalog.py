"""Competence catalogues (Kompetenzkataloge): areas, competences and one level scale, loaded from JSON files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from verbund_desktop.assessment.content_files import (
    ContentError,
    builtin_files,
    find_duplicates,
    load_json_document,
)

CATALOG_SCHEMA = "catalog"


@dataclass(frozen=True)
class LevelDefinition:
    """One step of a catalogue's proficiency scale, e.g. DigComp level 3 in the band "Intermediate"."""

    value: int
    label_de: str
    label_en: str
    descriptor_de: str
    band_de: str | None = None
    band_en: str | None = None


@dataclass(frozen=True)
class CompetenceDefinition:
    code: str
    name_de: str
    name_en: str
    description_de: str
    description_en: str


@dataclass(frozen=True)
class AreaDefinition:
    code: str
    name_de: str
    name_en: str
    competences: tuple[CompetenceDefinition, ...]


@dataclass(frozen=True)
class CatalogDefinition:
    """A versioned competence framework. Every rating stores ``key`` and ``version`` of the catalogue it used."""

    key: str
    name: str
    version: str
    source: str
    licence: str
    attribution: str
    translation_note_de: str
    levels: tuple[LevelDefinition, ...]
    areas: tuple[AreaDefinition, ...]

    def competences(self) -> Iterator[tuple[AreaDefinition, CompetenceDefinition]]:
        """All competences in catalogue order, each with the area it belongs to."""
        for area in self.areas:
            for competence in area.competences:
                yield area, competence

    def competence(self, code: str) -> CompetenceDefinition:
        """The competence with ``code``; raises KeyError if the catalogue has none."""
        for _area, competence in self.competences():
            if competence.code == code:
                return competence
        raise KeyError(code)

    def level(self, value: int) -> LevelDefinition:
        """The level with ``value``; raises KeyError if the scale has none."""
        for level in self.levels:
            if level.value == value:
                return level
        raise KeyError(value)

    @property
    def min_level(self) -> int:
        return self.levels[0].value

    @property
    def max_level(self) -> int:
        return self.levels[-1].value

    def to_json_dict(self) -> dict[str, Any]:
        """A compact, JSON-compatible snapshot (e.g. stored alongside ratings or shown in reports)."""
        return {
            "key": self.key,
            "name": self.name,
            "version": self.version,
            "licence": self.licence,
            "source": self.source,
            "levels": [{"value": level.value, "label": level.label_de} for level in self.levels],
            "areas": [
                {
                    "code": area.code,
                    "name_de": area.name_de,
                    "name_en": area.name_en,
                    "competences": [
                        {
                            "code": competence.code,
                            "name_de": competence.name_de,
                            "name_en": competence.name_en,
                            "description_de": competence.description_de,
                        }
                        for competence in area.competences
                    ],
                }
                for area in self.areas
            ],
        }


def load_catalog(path: Path) -> CatalogDefinition:
    """Read, validate and check one catalogue file; raises ContentError on any problem."""
    document = load_json_document(path, CATALOG_SCHEMA)
    levels = tuple(_level(item) for item in document["levels"])
    areas = tuple(_area(item) for item in document["areas"])
    catalog = CatalogDefinition(
        key=document["key"],
        name=document["name"],
        version=document["version"],
        source=document["source"],
        licence=document["licence"],
        attribution=document["attribution"],
        translation_note_de=document.get("translation_note_de", ""),
        levels=levels,
        areas=areas,
    )
    problem = catalog_problem(catalog)
    if problem is not None:
        raise ContentError.in_file(path, problem)
    return catalog


@cache
def builtin_catalogs() -> tuple[CatalogDefinition, ...]:
    """All catalogues shipped in ``resources/catalogs``, sorted by key."""
    catalogs = [load_catalog(path) for path in builtin_files("catalogs")]
    return tuple(sorted(catalogs, key=lambda catalog: catalog.key))


def catalog_problem(catalog: CatalogDefinition) -> str | None:
    """The first semantic problem of a catalogue as a German sentence, or None if it is consistent."""
    return _level_problem(catalog.levels) or _code_problem(catalog)


def _level_problem(levels: tuple[LevelDefinition, ...]) -> str | None:
    for previous, level in pairwise(levels):
        if level.value != previous.value + 1:
            return (
                f"Die Stufenwerte müssen lückenlos aufsteigen; auf Stufe {previous.value} folgt {level.value} "
                f"statt {previous.value + 1}."
            )
    duplicates = find_duplicates(level.label_de for level in levels)
    if duplicates:
        return f"Die Stufenbezeichnung „{duplicates[0]}“ kommt mehrfach vor."
    with_band = [level for level in levels if level.band_de is not None or level.band_en is not None]
    if not with_band:
        return None
    if len(with_band) != len(levels) or any(
        level.band_de is None or level.band_en is None for level in levels
    ):
        return "Wenn Stufen zu Niveaubereichen (band_de/band_en) gehören, müssen alle Stufen beide Angaben haben."
    finished: set[str] = set()
    for previous, level in pairwise(levels):
        if level.band_de != previous.band_de:
            finished.add(str(previous.band_de))
            if level.band_de in finished:
                return f"Der Niveaubereich „{level.band_de}“ ist nicht zusammenhängend."
        elif level.band_en != previous.band_en:
            return f"Der Niveaubereich „{level.band_de}“ hat uneinheitliche englische Bezeichnungen."
    return None


def _code_problem(catalog: CatalogDefinition) -> str | None:
    duplicate_areas = find_duplicates(area.code for area in catalog.areas)
    if duplicate_areas:
        return f"Der Bereichscode „{duplicate_areas[0]}“ kommt mehrfach vor."
    duplicate_competences = find_duplicates(competence.code for _area, competence in catalog.competences())
    if duplicate_competences:
        return f"Der Kompetenzcode „{duplicate_competences[0]}“ kommt mehrfach vor."
    return None


def _level(item: dict[str, Any]) -> LevelDefinition:
    return LevelDefinition(
        value=int(item["value"]),
        label_de=item["label_de"],
        label_en=item["label_en"],
        descriptor_de=item["descriptor_de"],
        band_de=item.get("band_de"),
        band_en=item.get("band_en"),
    )


def _area(item: dict[str, Any]) -> AreaDefinition:
    return AreaDefinition(
        code=item["code"],
        name_de=item["name_de"],
        name_en=item["name_en"],
        competences=tuple(
            CompetenceDefinition(
                code=competence["code"],
                name_de=competence["name_de"],
                name_en=competence["name_en"],
                description_de=competence["description_de"],
                description_en=competence["description_en"],
            )
            for competence in item["competences"]
        ),
    )
