"""Suggesting competences from an offer's text: transparent stem matching, compounds found inside words."""

from __future__ import annotations

from verbund_desktop.assessment.catalog import builtin_catalogs
from verbund_desktop.assessment.offer_mapping import CompetenceText, stems, suggest_competences

DIGCOMP = [
    CompetenceText(catalog.key, competence.code, competence.name_de, competence.description_de)
    for catalog in builtin_catalogs()
    if catalog.key.startswith("digcomp")
    for _area, competence in catalog.competences()
]


def test_stems_fold_umlauts_and_drop_common_words() -> None:
    assert stems("Geräte schützen und Daten") == {"gerate", "schutz", "daten"}


def test_a_compound_word_finds_the_competence_inside_it() -> None:
    found = suggest_competences(
        "Datenschutz im Büro", "Personenbezogene Daten nach der DSGVO schützen.", DIGCOMP
    )
    assert found[0].code == "4.2" and {"daten", "schutz", "person"} <= set(found[0].matched)


def test_unrelated_text_suggests_nothing() -> None:
    assert (
        suggest_competences(
            "Gabelstaplerschein", "Fahrausweis für Flurförderzeuge nach DGUV 308-001.", DIGCOMP
        )
        == ()
    )


def test_the_limit_and_order_are_kept() -> None:
    found = suggest_competences(
        "Digitale Zusammenarbeit und Datenschutz",
        "Zusammenarbeiten im Team, Kommunikation, Geräte schützen, personenbezogene Daten schützen.",
        DIGCOMP,
        limit=2,
    )
    assert len(found) == 2 and found[0].score >= found[1].score
