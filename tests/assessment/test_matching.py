"""Carrier-neutral ranking of offers for a gap, and measures other than courses."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from verbund_desktop.assessment.matching import (
    NON_COURSE_MEASURES,
    FundingContext,
    GapRef,
    OfferCandidate,
    rank_offers,
    suggest_non_course_measures,
)

TODAY = date(2027, 1, 15)
GAP = GapRef("digcomp-2.2", "1.1", current=2, target=4, priority=1)


def offer(**changes: Any) -> OfferCandidate:
    base = OfferCandidate(
        offer_key="bildungswerk-a-001",
        provider="Bildungswerk A (Beispiel)",
        title="Informationen finden und bewerten",
        competences=(("digcomp-2.2", "1.1", 2, 4),),
        hours=Decimal("40"),
        cost_eur=Decimal("900"),
        format="praesenz",
        start_dates=(date(2027, 3, 1),),
        azav_measure=True,
        azav_provider=True,
    )
    return dataclasses.replace(base, **changes)


def keys(ranked: list[Any]) -> list[str]:
    return [r.offer.offer_key for r in ranked]


def test_offer_not_addressing_the_competence_is_excluded() -> None:
    other_competence = offer(offer_key="x", competences=(("digcomp-2.2", "4.1", 2, 4),))
    other_catalog = offer(offer_key="y", competences=(("querschnitt-dqr", "1.1", 2, 4),))
    match = offer(offer_key="z")
    assert keys(rank_offers(GAP, [other_competence, other_catalog, match], today=TODAY)) == ["z"]
    assert rank_offers(GAP, [other_competence], today=TODAY) == []


def test_better_coverage_ranks_higher() -> None:
    full = offer(offer_key="full", title="Kurs", competences=(("digcomp-2.2", "1.1", 2, 4),))
    half = offer(offer_key="half", title="Kurs", competences=(("digcomp-2.2", "1.1", 3, 4),))
    too_high = offer(offer_key="high", title="Kurs", competences=(("digcomp-2.2", "1.1", 5, 7),))
    ranked = rank_offers(GAP, [too_high, half, full], today=TODAY)
    assert keys(ranked) == ["full", "half", "high"]
    assert [r.coverage for r in ranked] == [Decimal(1), Decimal("0.5"), Decimal(0)]
    assert any("Setzt Stufe 3 voraus" in reason for reason in ranked[1].reasons_de)


def test_cheaper_offer_ranks_higher() -> None:
    cheap = offer(offer_key="cheap", cost_eur=Decimal("500"))
    dear = offer(offer_key="dear", cost_eur=Decimal("1500"))
    ranked = rank_offers(GAP, [dear, cheap], today=TODAY)
    assert keys(ranked) == ["cheap", "dear"]
    assert ranked[0].net_cost == Decimal("500")


def test_cost_counts_after_the_funding_estimate() -> None:
    fundable = offer(offer_key="fundable", cost_eur=Decimal("3000"), hours=Decimal("160"))
    not_approved = offer(
        offer_key="plain",
        cost_eur=Decimal("2000"),
        hours=Decimal("160"),
        azav_measure=False,
        azav_provider=False,
    )
    assert keys(rank_offers(GAP, [fundable, not_approved], today=TODAY)) == ["plain", "fundable"]
    context = FundingContext(company_size=30, age=35, qualification_year=2010)
    ranked = rank_offers(GAP, [fundable, not_approved], today=TODAY, funding_context=context)
    assert keys(ranked) == ["fundable", "plain"]
    first, second = ranked
    assert first.funding is not None and first.funding.eligible
    assert first.net_cost == Decimal("0.00")  # fewer than 50 employees: 100 % of course costs (2024 rule set)
    assert second.funding is not None and not second.funding.eligible
    assert second.net_cost == Decimal("2000")
    assert any("Schätzung" in reason for reason in first.reasons_de)
    assert any("nicht nach § 82 SGB III förderfähig" in reason for reason in second.reasons_de)


def test_wage_subsidy_is_estimated_from_release_hours() -> None:
    context = FundingContext(
        company_size=100, age=30, monthly_wage=Decimal("3200"), monthly_working_hours=Decimal("160")
    )
    (ranked,) = rank_offers(GAP, [offer(hours=Decimal("240"))], today=TODAY, funding_context=context)
    assert ranked.funding is not None
    # § 82 Abs. 3 S. 3: 50 % × (3,200 € + 20 % flat employer share) × 1.5 months
    assert ranked.funding.wage_subsidy == Decimal("2880.00")


def test_unestimable_funding_is_reported_not_fatal() -> None:
    context = FundingContext(company_size=100, age=99)
    (ranked,) = rank_offers(GAP, [offer()], today=TODAY, funding_context=context)
    assert ranked.funding is None
    assert any("Förderung nicht schätzbar" in reason for reason in ranked.reasons_de)


def test_preferred_format_and_earlier_start_rank_higher() -> None:
    online = offer(offer_key="online", format="online")
    presence = offer(offer_key="presence", format="praesenz")
    assert keys(rank_offers(GAP, [presence, online], today=TODAY, preferred_formats=["online"])) == [
        "online",
        "presence",
    ]
    soon = offer(offer_key="soon", start_dates=(date(2027, 2, 1), date(2026, 12, 1)))
    later = offer(offer_key="later", start_dates=(date(2027, 9, 1),))
    ranked = rank_offers(GAP, [later, soon], today=TODAY)
    assert keys(ranked) == ["soon", "later"]
    assert any("01.02.2027" in reason for reason in ranked[0].reasons_de)


def test_reasons_are_german_and_not_empty() -> None:
    context = FundingContext(company_size=100, age=30)
    for ranked in rank_offers(
        GAP, [offer(), offer(hours=Decimal("200"))], today=TODAY, funding_context=context
    ):
        assert ranked.reasons_de
        assert all(reason.strip() for reason in ranked.reasons_de)
        text = " ".join(ranked.reasons_de)
        assert "Kompetenz" in text and "Kosten" in text and "Stunden" in text
        assert "€" in text


def test_scores_are_bounded() -> None:
    for ranked in rank_offers(GAP, [offer(), offer(cost_eur=Decimal("0"), hours=Decimal("1"))], today=TODAY):
        assert Decimal(0) <= ranked.score <= Decimal(100)


# --- the provider never influences the order -----------------------------------------------------------

provider_names = st.text(min_size=1, max_size=12)
offer_contents = st.tuples(
    st.sampled_from(["Datenkompetenz", "Recherche kompakt", "Informationen bewerten"]),
    st.sampled_from([(2, 4), (3, 4), (1, 5)]),
    st.sampled_from([Decimal("40"), Decimal("160")]),
    st.sampled_from([Decimal("900"), Decimal("1200")]),
    st.sampled_from(["praesenz", "online"]),
)


def build(contents: list[tuple[Any, ...]], providers: list[str]) -> list[OfferCandidate]:
    return [
        offer(
            offer_key=f"{provider}-{index}",  # offer keys often carry the provider's name
            provider=provider,
            title=title,
            competences=(("digcomp-2.2", "1.1", *levels),),
            hours=hours,
            cost_eur=cost,
            format=offer_format,
        )
        for index, ((title, levels, hours, cost, offer_format), provider) in enumerate(
            zip(contents, providers, strict=True)
        )
    ]


def without_provider(ranked: list[Any]) -> list[tuple[Any, ...]]:
    return [(r.score, dataclasses.replace(r.offer, provider="", offer_key="")) for r in ranked]


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_renaming_or_swapping_providers_does_not_change_the_order(data: st.DataObject) -> None:
    contents = data.draw(st.lists(offer_contents, min_size=2, max_size=6))
    providers = data.draw(st.lists(provider_names, min_size=len(contents), max_size=len(contents)))
    renamed = data.draw(st.lists(provider_names, min_size=len(contents), max_size=len(contents)))
    swapped = data.draw(st.permutations(providers))
    context = FundingContext(company_size=100, age=40)
    results = [
        without_provider(rank_offers(GAP, build(contents, names), today=TODAY, funding_context=context))
        for names in (providers, renamed, swapped)
    ]
    assert results[0] == results[1] == results[2]


def test_equal_offers_keep_a_provider_independent_order() -> None:
    a = offer(offer_key="zzz-anbieter-1", provider="Zeta Akademie (Beispiel)", title="Kurs B")
    b = offer(offer_key="aaa-anbieter-2", provider="Alpha Schule (Beispiel)", title="Kurs A")
    first = [r.offer.title for r in rank_offers(GAP, [a, b], today=TODAY)]
    swapped = [
        dataclasses.replace(a, provider=b.provider, offer_key=b.offer_key),
        dataclasses.replace(b, provider=a.provider, offer_key=a.offer_key),
    ]
    assert first == ["Kurs A", "Kurs B"]
    assert [r.offer.title for r in rank_offers(GAP, swapped, today=TODAY)] == first
    assert (
        a.content_digest() == dataclasses.replace(a, provider="Andere", offer_key="anders").content_digest()
    )
    assert a.content_digest() != dataclasses.replace(a, cost_eur=Decimal("901")).content_digest()


# --- measures other than courses ------------------------------------------------------------------------


def test_non_course_measures_are_the_five_german_options() -> None:
    assert [m.label_de for m in NON_COURSE_MEASURES] == [
        "Einarbeitung/Training am Arbeitsplatz",
        "Mentoring",
        "Job-Rotation",
        "E-Learning (selbstgesteuert)",
        "Kurs eines Partnerbetriebs im Verbund",
    ]
    assert all(m.description_de.strip() for m in NON_COURSE_MEASURES)


def test_small_gap_suggests_on_the_job_first_and_large_gap_a_partner_course() -> None:
    small = suggest_non_course_measures(GapRef("digcomp-2.2", "1.1", 3, 4, 2))
    large = suggest_non_course_measures(GapRef("digcomp-2.2", "1.1", 1, 5, 2))
    assert small[0].measure.key == "on_the_job"
    assert large[0].measure.key == "partner_course"
    for suggestions in (small, large):
        assert {s.measure.key for s in suggestions} == {m.key for m in NON_COURSE_MEASURES}
        assert all(s.rationale_de.strip() for s in suggestions)
    assert small[0].rationale_de != large[-1].rationale_de


def test_high_priority_is_mentioned_and_no_gap_needs_no_measure() -> None:
    urgent = suggest_non_course_measures(GapRef("digcomp-2.2", "1.1", 2, 4, 1))
    assert "Hohe Priorität" in urgent[0].rationale_de
    assert suggest_non_course_measures(GapRef("digcomp-2.2", "1.1", 4, 4, 1)) == []
    assert suggest_non_course_measures(GapRef("digcomp-2.2", "1.1", 5, 4, 1)) == []
