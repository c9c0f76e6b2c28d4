"""Start days of one start class (same rule set, same year, same bonuses begun) give the same § 82 estimate."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from verbund_desktop.assessment.funding import FundingInput, builtin_rule_sets, estimate_funding
from verbund_desktop.assessment.funding_start import equivalent_start

RULE_SETS = builtin_rule_sets()
FIRST = RULE_SETS[0].valid_from


def _outcome(inp: FundingInput) -> object:
    try:
        return dataclasses.replace(estimate_funding(inp, RULE_SETS), application_date=None)
    except ValueError as exc:
        return type(exc)


@settings(max_examples=300, deadline=None)
@given(
    offset=st.integers(-400, 4000),
    size=st.sampled_from([Decimal(x) for x in ("8", "30", "49.75", "50", "120", "249.5", "300", "610")]),
    age=st.one_of(st.none(), st.integers(18, 67)),
    hours=st.sampled_from([Decimal(x) for x in ("16", "120", "121", "160")]),
    cost=st.sampled_from([Decimal(x) for x in ("0", "400", "2400.50")]),
    qualification=st.one_of(st.none(), st.integers(2015, 2030)),
    vocational=st.booleans(),
    disabled=st.booleans(),
    azav=st.booleans(),
    agreement=st.booleans(),
    share=st.one_of(st.none(), st.sampled_from([Decimal(x) for x in ("0.1", "0.2", "0.25", "0.5")])),
)
def test_the_first_day_of_a_start_class_is_estimated_like_every_day_of_it(
    offset: int,
    size: Decimal,
    age: int | None,
    hours: Decimal,
    cost: Decimal,
    qualification: int | None,
    vocational: bool,
    disabled: bool,
    azav: bool,
    agreement: bool,
    share: Decimal | None,
) -> None:
    start = FIRST + timedelta(days=offset)
    inp = FundingInput(
        start=start,
        company_size=size,
        age=age,
        hours=hours,
        course_cost=cost,
        qualification_year=qualification if vocational else None,
        has_vocational_qualification=vocational,
        severely_disabled=disabled,
        azav_measure=azav,
        azav_provider=azav,
        company_agreement=agreement,
        share_affected_by_change=share,
    )
    day = equivalent_start(start, RULE_SETS)
    assert day <= start and day.year == start.year
    assert _outcome(dataclasses.replace(inp, start=day)) == _outcome(inp)


def test_bonus_starts_and_rule_set_changes_begin_classes() -> None:
    for rule_set in RULE_SETS:
        assert equivalent_start(rule_set.valid_from, RULE_SETS) == rule_set.valid_from
        for bonus in rule_set.bonuses:
            assert equivalent_start(bonus.valid_from, RULE_SETS) == bonus.valid_from
    assert equivalent_start(date(1990, 5, 5), RULE_SETS) == date(1990, 5, 5)  # no rule set: unchanged
