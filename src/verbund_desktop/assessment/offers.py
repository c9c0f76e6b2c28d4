"""Training offers (Weiterbildungsangebote): provider, competences addressed, hours, cost, format, dates, AZAV."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from verbund_desktop.assessment.catalog import CatalogDefinition, builtin_catalogs
from verbund_desktop.assessment.content_files import ContentError, find_duplicates, load_json_document
from verbund_desktop.resources import resource_path

OFFERS_SCHEMA = "offers"
# An offer imported from openQCAT has no hours until its review: it may not be planned, estimated or suggested.
MISSING_HOURS_DE = (
    "Für dieses Angebot fehlen noch die Unterrichtsstunden (openQCAT enthält keine Stundenzahl): bitte erst "
    "unter Angebote › Angebote prüfen … eintragen."
)
BUILTIN_OFFERS_FILE = "beispielangebote.json"


class OfferFormat(StrEnum):
    PRAESENZ = "praesenz"
    ONLINE = "online"
    BLENDED = "blended"
    INHOUSE = "inhouse"
    E_LEARNING = "e_learning"

    @property
    def label_de(self) -> str:
        return _FORMAT_LABELS_DE[self]


_FORMAT_LABELS_DE = {
    OfferFormat.PRAESENZ: "Präsenz",
    OfferFormat.ONLINE: "Online",
    OfferFormat.BLENDED: "Blended Learning",
    OfferFormat.INHOUSE: "Inhouse",
    OfferFormat.E_LEARNING: "E-Learning",
}


@dataclass(frozen=True)
class OfferCompetence:
    """A competence an offer develops, from one level to a higher one of the catalogue's scale."""

    catalog_key: str
    competence_code: str
    level_from: int
    level_to: int


@dataclass(frozen=True)
class TrainingOfferDefinition:
    key: str
    provider: str
    title: str
    description: str
    competences: tuple[OfferCompetence, ...]
    hours: Decimal
    cost_eur: Decimal
    format: OfferFormat
    location: str
    start_dates: tuple[date, ...]
    azav_measure: bool
    azav_provider: bool
    is_example: bool


@dataclass(frozen=True)
class OfferCollection:
    key: str
    version: str
    source: str
    licence: str
    note_de: str
    offers: tuple[TrainingOfferDefinition, ...]

    def offer(self, key: str) -> TrainingOfferDefinition:
        """The offer with ``key``; raises KeyError if the collection has none."""
        for offer in self.offers:
            if offer.key == key:
                return offer
        raise KeyError(key)

    def providers(self) -> tuple[str, ...]:
        """The distinct provider names, sorted."""
        return tuple(sorted({offer.provider for offer in self.offers}))


def load_offers(path: Path, catalogs: Sequence[CatalogDefinition] = ()) -> OfferCollection:
    """Read, validate and check one offers file; raises ContentError on any problem.

    When ``catalogs`` are given, every competence an offer names must exist in one of them and its levels must lie
    within that catalogue's scale.
    """
    document = load_json_document(path, OFFERS_SCHEMA)
    duplicates = find_duplicates(item["key"] for item in document["offers"])
    if duplicates:
        raise ContentError.in_file(path, f"Der Angebotsschlüssel „{duplicates[0]}“ kommt mehrfach vor.")
    offers: list[TrainingOfferDefinition] = []
    for item in document["offers"]:
        problem = _raw_offer_problem(item)
        if problem is not None:
            raise ContentError.in_file(path, f"Angebot „{item['key']}“: {problem}")
        offer = _offer(item)
        problem = _offer_problem(offer, catalogs)
        if problem is not None:
            raise ContentError.in_file(path, f"Angebot „{offer.key}“: {problem}")
        offers.append(offer)
    return OfferCollection(
        key=document["key"],
        version=document["version"],
        source=document["source"],
        licence=document["licence"],
        note_de=document["note_de"],
        offers=tuple(offers),
    )


@cache
def builtin_offers() -> OfferCollection:
    """The bundled example offers, checked against the bundled catalogues."""
    return load_offers(resource_path("offers", BUILTIN_OFFERS_FILE), builtin_catalogs())


def _raw_offer_problem(item: dict[str, Any]) -> str | None:
    for text in item["start_dates"]:
        try:
            date.fromisoformat(text)
        except ValueError:
            return f"Das Startdatum „{text}“ ist kein gültiges Kalenderdatum."
    return None


def _offer(item: dict[str, Any]) -> TrainingOfferDefinition:
    return TrainingOfferDefinition(
        key=item["key"],
        provider=item["provider"],
        title=item["title"],
        description=item["description"],
        competences=tuple(
            OfferCompetence(
                catalog_key=entry["catalog_key"],
                competence_code=entry["competence_code"],
                level_from=int(entry["level_from"]),
                level_to=int(entry["level_to"]),
            )
            for entry in item["competences"]
        ),
        hours=Decimal(str(item["hours"])),
        cost_eur=Decimal(item["cost_eur"]),
        format=OfferFormat(item["format"]),
        location=item["location"],
        start_dates=tuple(sorted(date.fromisoformat(text) for text in item["start_dates"])),
        azav_measure=item["azav_measure"],
        azav_provider=item["azav_provider"],
        is_example=item["is_example"],
    )


def _offer_problem(offer: TrainingOfferDefinition, catalogs: Sequence[CatalogDefinition]) -> str | None:
    if not offer.hours.is_finite():  # NaN passes every JSON-Schema bound
        return "Die Stundenzahl ist keine gültige Zahl."
    if offer.azav_measure and not offer.azav_provider:
        return "Eine AZAV-zugelassene Maßnahme setzt einen zugelassenen Träger voraus (azav_provider)."
    if len(set(offer.start_dates)) != len(offer.start_dates):
        return "Ein Startdatum kommt mehrfach vor."
    targets = find_duplicates(f"{c.catalog_key} {c.competence_code}" for c in offer.competences)
    if targets:
        return f"Die Kompetenz „{targets[0]}“ ist mehrfach angegeben."
    by_key = {catalog.key: catalog for catalog in catalogs}
    for competence in offer.competences:
        where = f"{competence.catalog_key} {competence.competence_code}"
        if competence.level_from >= competence.level_to:
            return f"Bei „{where}“ muss die Ausgangsstufe kleiner als die Zielstufe sein."
        if not catalogs:
            continue
        catalog = by_key.get(competence.catalog_key)
        if catalog is None:
            return f"Der Kompetenzkatalog „{competence.catalog_key}“ ist nicht vorhanden."
        try:
            catalog.competence(competence.competence_code)
        except KeyError:
            return f"Der Katalog „{catalog.key}“ enthält keine Kompetenz „{competence.competence_code}“."
        if competence.level_from < catalog.min_level or competence.level_to > catalog.max_level:
            return (
                f"Bei „{where}“ liegen die Stufen {competence.level_from}–{competence.level_to} außerhalb der "
                f"Skala {catalog.min_level}–{catalog.max_level}."
            )
    return None
