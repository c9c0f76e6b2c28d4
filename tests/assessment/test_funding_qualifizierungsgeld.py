"""Qualifizierungsgeld (§§ 82a–c SGB III): information from the data file, no amount."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from verbund_desktop.assessment.funding import FundingInputError, qualifizierungsgeld_info

START = date(2024, 6, 1)


def met_by_topic(
    company_size: int, share: Decimal | None, agreement: bool, start: date = START
) -> dict[str, bool | None]:
    info = qualifizierungsgeld_info(company_size, share, agreement, start)
    assert len(info.conditions) == len(info.met)
    topics = {"Strukturwandelbedingter": "share", "Betriebsvereinbarung": "agreement", "Beginn": "start"}
    result: dict[str, bool | None] = {}
    for text, met in zip(info.conditions, info.met, strict=True):
        for word, topic in topics.items():
            if text.startswith(word):
                result[topic] = met
    return result


@pytest.mark.parametrize(
    ("size", "share", "expected"),
    [
        (100, Decimal("0.10"), True),  # below 250 employees: 10 % suffice
        (100, Decimal("0.09"), False),
        (249, Decimal("0.10"), True),
        (250, Decimal("0.10"), False),  # from 250 employees: 20 % needed
        (250, Decimal("0.20"), True),
        (100, None, None),  # unknown share: cannot be judged
    ],
)
def test_structural_change_share_threshold(size: int, share: Decimal | None, expected: bool | None) -> None:
    assert met_by_topic(size, share, True)["share"] is expected


@pytest.mark.parametrize(
    ("size", "agreement", "expected"),
    [(100, True, True), (100, False, False), (9, False, None), (10, False, False)],
)
def test_agreement_or_written_declaration_below_ten(
    size: int, agreement: bool, expected: bool | None
) -> None:
    assert met_by_topic(size, Decimal("0.5"), agreement)["agreement"] is expected


def test_start_date_from_april_2024() -> None:
    assert met_by_topic(100, Decimal("0.5"), True, date(2024, 3, 31))["start"] is False
    assert met_by_topic(100, Decimal("0.5"), True, date(2024, 4, 1))["start"] is True


def test_note_gives_the_rates_and_the_source_but_no_amount() -> None:
    info = qualifizierungsgeld_info(100, Decimal("0.3"), True, START)
    assert "60 %" in info.note and "67 %" in info.note
    assert "BGBl. 2023 I Nr. 191" in info.note
    assert "keine Schätzung eines Betrags" in info.note
    assert None in info.met  # conditions about the measure and the person are left to the advisor


def test_impossible_company_data_are_rejected() -> None:
    with pytest.raises(FundingInputError, match="mindestens 0,25"):
        qualifizierungsgeld_info(0, None, False, START)
    with pytest.raises(FundingInputError, match="zwischen 0 und 100 %"):
        qualifizierungsgeld_info(10, Decimal("1.5"), False, START)


@pytest.mark.parametrize(
    ("establishment", "share", "expected"),
    [
        # § 82a Abs. 2: the 250 threshold counts the establishment covered by the agreement, not the group;
        # a 240-staff Betrieb of a 610-staff group needs 10 %, not 20 %.
        (Decimal(240), Decimal("0.10"), True),
        (Decimal("249.75"), Decimal("0.10"), True),  # § 82 Abs. 6 weights apply to the count
        (Decimal(250), Decimal("0.10"), False),
    ],
)
def test_thresholds_count_the_establishment(establishment: Decimal, share: Decimal, expected: bool) -> None:
    assert met_by_topic(establishment, share, True)["share"] is expected  # type: ignore[arg-type]


def test_employer_pays_it_out_and_it_excludes_82_for_the_same_course() -> None:
    info = qualifizierungsgeld_info(100, Decimal("0.3"), True, START)
    assert (
        "Der Arbeitgeber errechnet es und zahlt es an die Beschäftigten aus (§ 320 Abs. 1a SGB III)"
        in info.note
    )
    assert "von der Agentur für Arbeit an die Beschäftigten gezahlt" not in info.note
    assert any("nicht zugleich eine Förderung nach § 82" in text for text in info.conditions)
    assert any("nicht die des Konzerns" in text for text in info.notes_de)
