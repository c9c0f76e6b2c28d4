"""The bundled example training offers and the offers loader."""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from verbund_desktop.assessment.catalog import builtin_catalogs
from verbund_desktop.assessment.content_files import ContentError
from verbund_desktop.assessment.offers import (
    OfferCollection,
    OfferFormat,
    TrainingOfferDefinition,
    builtin_offers,
    load_offers,
)


def offers_document() -> dict[str, Any]:
    """A small valid offers document referring to the bundled DigComp catalogue."""
    return {
        "key": "test-angebote",
        "version": "1.0",
        "source": "Test",
        "licence": "CC BY 4.0",
        "note_de": "Beispiele",
        "offers": [
            {
                "key": "kurs-a",
                "provider": "Träger A (Beispiel)",
                "title": "Kurs A",
                "description": "",
                "competences": [
                    {"catalog_key": "digcomp-2.2", "competence_code": "4.1", "level_from": 2, "level_to": 4}
                ],
                "hours": 7.5,
                "cost_eur": "199.90",
                "format": "e_learning",
                "location": "Online",
                "start_dates": ["2027-03-01", "2027-01-15"],
                "azav_measure": False,
                "azav_provider": True,
                "is_example": True,
            }
        ],
    }


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def collection() -> OfferCollection:
    return builtin_offers()


def _fundable(offer: TrainingOfferDefinition) -> bool:
    return offer.hours > 120 and offer.azav_measure and offer.azav_provider


def test_builtin_offers_are_fictional_examples(collection: OfferCollection) -> None:
    assert 16 <= len(collection.offers) <= 24
    assert all(offer.is_example for offer in collection.offers)
    assert "erfunden" in collection.note_de
    providers = collection.providers()
    assert len(providers) >= 5
    assert all(name.endswith(("(Beispiel)", "(fiktiv)")) for name in providers)
    keys = [offer.key for offer in collection.offers]
    assert len(keys) == len(set(keys))


def test_builtin_offers_reference_existing_codes_and_levels(collection: OfferCollection) -> None:
    catalogs = {catalog.key: catalog for catalog in builtin_catalogs()}
    used_catalogs = set()
    for offer in collection.offers:
        assert offer.competences
        for competence in offer.competences:
            catalog = catalogs[competence.catalog_key]
            catalog.competence(competence.competence_code)
            assert catalog.min_level <= competence.level_from < competence.level_to <= catalog.max_level
            used_catalogs.add(catalog.key)
    assert used_catalogs == {"digcomp-2.2", "querschnitt-dqr"}


def test_builtin_offers_field_values(collection: OfferCollection) -> None:
    for offer in collection.offers:
        assert offer.start_dates and all(start.year == 2027 for start in offer.start_dates)
        assert list(offer.start_dates) == sorted(offer.start_dates)
        assert offer.cost_eur > 0 and offer.cost_eur.as_tuple().exponent == -2
        assert offer.hours > 0
        assert not offer.azav_measure or offer.azav_provider
        assert offer.title and offer.description and offer.location
    assert {offer.format for offer in collection.offers} == set(OfferFormat)


def test_builtin_offers_mix_fundable_short_and_unapproved(collection: OfferCollection) -> None:
    offers = collection.offers
    assert sum(1 for offer in offers if _fundable(offer)) >= 4
    assert sum(1 for offer in offers if offer.hours <= 40) >= 8
    assert sum(1 for offer in offers if not offer.azav_measure) >= 8
    # A long course without AZAV approval: more than 120 hours alone does not make an offer fundable.
    assert any(offer.hours > 120 and not offer.azav_measure for offer in offers)


def test_same_competence_step_offered_several_times_at_similar_conditions(
    collection: OfferCollection,
) -> None:
    by_step: dict[tuple[str, str, int, int], list[TrainingOfferDefinition]] = defaultdict(list)
    for offer in collection.offers:
        for c in offer.competences:
            by_step[(c.catalog_key, c.competence_code, c.level_from, c.level_to)].append(offer)

    def similar(group: list[TrainingOfferDefinition]) -> bool:
        hours = [offer.hours for offer in group]
        costs = [offer.cost_eur for offer in group]
        return max(hours) <= min(hours) * Decimal("1.25") and max(costs) <= min(costs) * Decimal("1.25")

    short_groups = [g for g in by_step.values() if len(g) >= 3 and similar(g)]
    fundable_groups = [g for g in by_step.values() if len(g) >= 2 and all(map(_fundable, g)) and similar(g)]
    assert short_groups, "no competence step offered by three providers at similar conditions"
    assert fundable_groups, "no competence step offered twice as fundable course at similar conditions"
    assert all(len({offer.provider for offer in group}) == len(group) for group in short_groups)


def test_offer_format_labels() -> None:
    assert [f.label_de for f in OfferFormat] == [
        "Präsenz",
        "Online",
        "Blended Learning",
        "Inhouse",
        "E-Learning",
    ]
    assert OfferFormat("e_learning") is OfferFormat.E_LEARNING


def test_load_offers_converts_types(tmp_path: Path) -> None:
    loaded = load_offers(write_json(tmp_path / "angebote.json", offers_document()), builtin_catalogs())
    offer = loaded.offer("kurs-a")
    assert offer.hours == Decimal("7.5")
    assert offer.cost_eur == Decimal("199.90")
    assert offer.format is OfferFormat.E_LEARNING
    assert offer.start_dates == (date(2027, 1, 15), date(2027, 3, 1))
    assert loaded.providers() == ("Träger A (Beispiel)",)
    with pytest.raises(KeyError):
        loaded.offer("fehlt")


def test_catalogue_checks_only_when_catalogues_given(tmp_path: Path) -> None:
    document = offers_document()
    document["offers"][0]["competences"][0]["competence_code"] = "9.9"
    path = write_json(tmp_path / "angebote.json", document)
    assert load_offers(path).offers[0].competences[0].competence_code == "9.9"
    with pytest.raises(ContentError, match=r"keine Kompetenz „9\.9“"):
        load_offers(path, builtin_catalogs())


def _competence(doc: dict[str, Any], **changes: Any) -> None:
    doc["offers"][0]["competences"][0].update(changes)


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (lambda d: _competence(d, level_to=9), "außerhalb der Skala 1–8"),
        (lambda d: _competence(d, level_from=0), "außerhalb der Skala 1–8"),
        (lambda d: _competence(d, level_from=4), "Ausgangsstufe kleiner als die Zielstufe"),
        (lambda d: _competence(d, catalog_key="esco"), "Kompetenzkatalog „esco“ ist nicht vorhanden"),
        (
            lambda d: d["offers"][0]["competences"].append(d["offers"][0]["competences"][0]),
            "mehrfach angegeben",
        ),
        (lambda d: d["offers"][0].update(start_dates=["2027-02-30"]), "kein gültiges Kalenderdatum"),
        (
            lambda d: d["offers"][0].update(start_dates=["2027-02-03", "2027-02-03"]),
            "Startdatum kommt mehrfach",
        ),
        (lambda d: d["offers"][0].update(azav_measure=True, azav_provider=False), "zugelassenen Träger"),
        (lambda d: d["offers"].append(copy.deepcopy(d["offers"][0])), "Angebotsschlüssel „kurs-a“"),
        (lambda d: d["offers"][0].update(cost_eur="1.890,00"), "Format"),
        (lambda d: d["offers"][0].update(cost_eur=1890), "Typ Text"),
        (lambda d: d["offers"][0].update(format="fernstudium"), "unzulässigen Wert"),
        (lambda d: d["offers"][0].update(hours=0), "größer als 0"),
        (lambda d: d["offers"][0].pop("is_example"), "Pflichtfeld „is_example“"),
    ],
)
def test_malformed_offers_raise_content_error(tmp_path: Path, breakage: Any, expected: str) -> None:
    document = offers_document()
    breakage(document)
    with pytest.raises(ContentError) as caught:
        load_offers(write_json(tmp_path / "angebote-kaputt.json", document), builtin_catalogs())
    assert type(caught.value) is ContentError
    assert "angebote-kaputt.json" in str(caught.value)
    assert expected in str(caught.value)


def test_nan_hours_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(offers_document()).replace('"hours": 7.5', '"hours": NaN'), encoding="utf-8")
    with pytest.raises(ContentError, match="Stundenzahl"):
        load_offers(path)
