"""A selected branch of the ESCO skills pillar as a versioned competence catalogue with the 0–4 scale.

Input: the ESCO CSV (German) with the columns conceptType, conceptUri, preferredLabel, description and
broaderUri (the skills and skill groups joined with their broader relation; several URIs separated by line
breaks or "|"). The branch is a skill group or skill URI: its direct sub-groups become the catalogue's areas,
every skill below a sub-group (at any depth) one of its competences; skills directly below the branch form an
area named after the branch. Labels and descriptions are taken over unchanged; each competence keeps its URI.
ESCO is © European Union, CC BY 4.0: the catalogue carries the attribution, which the program shows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from verbund_desktop.assessment.catalog import (
    AreaDefinition,
    CatalogDefinition,
    CompetenceDefinition,
    builtin_catalogs,
)
from verbund_desktop.assessment.errors import Message
from verbund_desktop.assessment.offer_import import OfferImportError

ESCO_LICENCE = "CC BY 4.0"
ESCO_SOURCE = (
    "ESCO – European Skills, Competences, Qualifications and Occupations, https://esco.ec.europa.eu/"
)
SCALE_CATALOG = "querschnitt-dqr"  # the program's 0–4 scale, shared with the cross-cutting catalogue
REQUIRED_COLUMNS = ("conceptUri", "preferredLabel")
# The broader concept: "broaderUri" in a joined file and in broaderRelationsSkillPillar_<lang>.csv,
# "broaderConceptUri" in the collection files.
BROADER_COLUMNS = ("broaderUri", "broaderConceptUri")
MAX_CONCEPTS = 50_000  # the whole skills pillar has about 14,000 skills and 600 groups
_VERSION = re.compile(r"v(\d+\.\d+(?:\.\d+)?)")
_SPLIT = re.compile(r"[\n|]+")


@dataclass(frozen=True)
class EscoConcept:
    uri: str
    concept_type: str
    label: str
    description: str
    broader: tuple[str, ...]
    row: int
    code: str = ""  # a skill group's code such as "S8.2"

    @property
    def is_group(self) -> bool:
        return self.concept_type.lower() == "skillgroup"


@dataclass(frozen=True)
class EscoSelection:
    """The catalogue built from a branch, and each competence code's ESCO URI."""

    catalog: CatalogDefinition
    uris: dict[str, str]  # competence code → concept URI
    branch_uri: str


def esco_version_from_name(name: str) -> str | None:
    """The ESCO version named in a download's file or folder name (``ESCO dataset - v1.2.0 - …``)."""
    match = _VERSION.search(name)
    return match.group(1) if match else None


def read_esco_concepts(data: bytes, file_label: str) -> list[EscoConcept]:
    """The concepts of an ESCO CSV; OfferImportError naming the rows at fault."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OfferImportError(file_label, ["Die ESCO-Datei ist nicht UTF-8-kodiert."]) from None
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise OfferImportError(
                file_label, [Message("Zeile 1: Spalten fehlen: {missing}.", missing=", ".join(missing))]
            )
        concepts, problems = _concepts(reader)
    except csv.Error as err:
        raise OfferImportError(
            file_label, [Message("Die CSV-Datei ist fehlerhaft ({why}).", why=str(err))]
        ) from None
    if problems:
        raise OfferImportError(file_label, problems)
    return concepts


def _concepts(reader: Iterable[dict[str | None, str | None]]) -> tuple[list[EscoConcept], list[str]]:
    concepts: list[EscoConcept] = []
    problems: list[str] = []
    seen: set[str] = set()
    for number, row in enumerate(reader, start=2):
        if number > MAX_CONCEPTS + 1:
            problems.append(Message("Die Datei enthält mehr als {count} Konzepte.", count=MAX_CONCEPTS))
            break
        if None in row:
            problems.append(Message("Zeile {number}: mehr Werte als Spalten.", number=number))
            continue
        uri = (row.get("conceptUri") or "").strip()
        label = " ".join((row.get("preferredLabel") or "").split())
        if not uri.startswith("http") or not label:
            problems.append(Message("Zeile {number}: conceptUri oder preferredLabel fehlt.", number=number))
            continue
        if uri in seen:
            problems.append(
                Message("Zeile {number}: Das Konzept {uri} kommt mehrfach vor.", number=number, uri=uri)
            )
            continue
        seen.add(uri)
        broader_text = next((row.get(c) for c in BROADER_COLUMNS if row.get(c)), "") or ""
        broader = tuple(u.strip() for u in _SPLIT.split(broader_text) if u.strip())
        concepts.append(
            EscoConcept(
                uri=uri,
                concept_type=(row.get("conceptType") or "").strip(),
                label=label,
                description=(row.get("description") or "").strip(),
                broader=broader,
                row=number,
                code=(row.get("code") or "").strip()[:20],
            )
        )
    return concepts, problems


def read_esco_relations(data: bytes, file_label: str) -> dict[str, tuple[str, ...]]:
    """conceptUri → its broader URIs, from ``broaderRelationsSkillPillar_<lang>.csv``."""
    relations: dict[str, list[str]] = {}
    for concept in _csv_columns(data, file_label, ("conceptUri", "broaderUri")):
        relations.setdefault(concept[0], []).append(concept[1])
    return {uri: tuple(broader) for uri, broader in relations.items()}


def _csv_columns(data: bytes, file_label: str, columns: Sequence[str]) -> list[tuple[str, ...]]:
    """The ``columns`` of every row of a UTF-8 CSV (for the relation file); OfferImportError when unusable."""
    try:
        reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise OfferImportError(
                file_label, [Message("Zeile 1: Spalten fehlen: {missing}.", missing=", ".join(missing))]
            )
        rows = [tuple((row.get(c) or "").strip() for c in columns) for row in reader]
    except (UnicodeDecodeError, csv.Error) as err:
        raise OfferImportError(
            file_label, [Message("Die CSV-Datei ist nicht lesbar ({why}).", why=type(err).__name__)]
        ) from None
    if len(rows) > 10 * MAX_CONCEPTS:
        raise OfferImportError(
            file_label, [Message("Die Datei enthält mehr als {count} Zeilen.", count=10 * MAX_CONCEPTS)]
        )
    return rows


def with_broader(concepts: Sequence[EscoConcept], relations: dict[str, tuple[str, ...]]) -> list[EscoConcept]:
    """``concepts`` with their broader URIs from the relation file (joined by conceptUri)."""
    return [replace(c, broader=c.broader + relations.get(c.uri, ())) for c in concepts]


def select_collection(
    concepts: Sequence[EscoConcept], name: str, version: str, file_label: str
) -> EscoSelection:
    """Every skill of a collection file (``digitalSkillsCollection_de.csv`` …) as one area named ``name``."""
    skills = [c for c in concepts if not c.is_group]
    if not skills:
        raise OfferImportError(file_label, ["Die Sammlung enthält keine Fertigkeiten."])
    key = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "sammlung"
    collection = EscoConcept(
        uri=f"sammlung:{key}", concept_type="SkillGroup", label=name, description="", broader=(), row=0
    )
    return _selection(collection, [(collection, skills)], version, key=f"esco-{key}")


def select_branch(
    concepts: Sequence[EscoConcept], branch_uri: str, version: str, file_label: str
) -> EscoSelection:
    """The catalogue for the branch ``branch_uri`` of ESCO ``version``; OfferImportError if it has no skills."""
    by_uri = {c.uri: c for c in concepts}
    branch = by_uri.get(branch_uri)
    if branch is None:
        raise OfferImportError(
            file_label, [Message("Die Datei enthält kein Konzept mit der URI {uri}.", uri=branch_uri)]
        )
    children: dict[str, list[EscoConcept]] = {}
    for concept in concepts:
        for parent in concept.broader:
            children.setdefault(parent, []).append(concept)
    placed: set[str] = set()
    areas: list[tuple[EscoConcept, list[EscoConcept]]] = []
    direct = [c for c in children.get(branch.uri, []) if not c.is_group]
    if not branch.is_group:
        direct = [branch, *direct]
    for group in [c for c in children.get(branch.uri, []) if c.is_group]:
        areas.append((group, _skills_below(group.uri, children, placed)))
    own = [c for c in direct if c.uri not in placed]
    placed.update(c.uri for c in own)
    own += _skills_below(branch.uri, children, placed, skip_groups=True)
    if own:
        areas.append((branch, own))
    areas = [(group, skills) for group, skills in areas if skills]
    if not areas:
        raise OfferImportError(
            file_label,
            [
                Message(
                    "Unter „{label}“ ({uri}) liegen keine Fertigkeiten.", label=branch.label, uri=branch_uri
                )
            ],
        )
    return _selection(branch, areas, version)


def _skills_below(
    uri: str, children: dict[str, list[EscoConcept]], placed: set[str], *, skip_groups: bool = False
) -> list[EscoConcept]:
    """Every skill below ``uri`` (depth first, in file order) not placed in an earlier area yet."""
    found: list[EscoConcept] = []
    stack = list(reversed(children.get(uri, [])))
    visited: set[str] = set()
    while stack:
        concept = stack.pop()
        if concept.uri in visited or (skip_groups and concept.is_group):
            continue
        visited.add(concept.uri)
        if not concept.is_group and concept.uri not in placed:
            placed.add(concept.uri)
            found.append(concept)
        stack.extend(reversed(children.get(concept.uri, [])))
    return found


def _code(uri: str, used: set[str]) -> str:
    tail = uri.rstrip("/").rsplit("/", 1)[-1]
    code = tail[:8] if tail[:8] not in used else tail
    used.add(code)
    return code


def _selection(
    branch: EscoConcept, areas: list[tuple[EscoConcept, list[EscoConcept]]], version: str, *, key: str = ""
) -> EscoSelection:
    scale = next(c for c in builtin_catalogs() if c.key == SCALE_CATALOG).levels
    used: set[str] = set()
    uris: dict[str, str] = {}
    area_definitions = []
    for group, skills in areas:
        competences = []
        for skill in skills:
            code = _code(skill.uri, used)
            uris[code] = skill.uri
            competences.append(CompetenceDefinition(code, skill.label, "", skill.description, ""))
        area_code = group.code if group.code and group.code not in used else _code(group.uri, used)
        used.add(area_code)
        area_definitions.append(AreaDefinition(area_code, group.label, "", tuple(competences)))
    catalog = CatalogDefinition(
        key=key or f"esco-{_code(branch.uri, set())}",
        name=f"ESCO: {branch.label}",
        version=version,
        source=f"{ESCO_SOURCE} (Version {version}), "
        + (f"Zweig {branch.uri}" if not key else f"Sammlung „{branch.label}“"),
        licence=ESCO_LICENCE,
        attribution=(
            f"ESCO – European Skills, Competences, Qualifications and Occupations, Version {version}, © Europäische "
            f"Union, Lizenz CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Ausgewählt: „{branch.label}“; "
            "Bezeichnungen und Beschreibungen unverändert übernommen, Stufenskala 0–4 von Verbund Desktop ergänzt."
        ),
        translation_note_de="",
        levels=scale,
        areas=tuple(area_definitions),
    )
    return EscoSelection(catalog, uris, branch.uri)
