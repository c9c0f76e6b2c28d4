"""Inputs of one estimate class get exactly the course-cost estimate their full inputs give.

The thresholds are read from the rule sets (every shipped one, and one with other numbers), never written here:
each threshold is tried on both sides, then random inputs. Equal classes with equal other fields must give the
same eligibility, course-cost share and subsidy; the class must also tell apart what the estimate tells apart
(else the check would hold trivially for a class that merges nothing or everything).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Hashable, Iterator, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from verbund_desktop.assessment.funding import FundingInput, builtin_rule_sets, estimate_funding
from verbund_desktop.assessment.funding_classes import estimate_class
from verbund_desktop.assessment.funding_format import HEADCOUNT_STEP, MAX_HEADCOUNT
from verbund_desktop.assessment.funding_input import (
    EARLIEST_QUALIFICATION_YEAR,
    MAX_AGE,
    MAX_INPUT_NUMBER,
    MIN_AGE,
)
from verbund_desktop.assessment.funding_model import BonusKind, FundingRuleSet

SHIPPED = builtin_rule_sets()
CENT = Decimal("0.01")
GROUPED = ("company_size", "age", "hours", "qualification_year", "share_affected_by_change")


def _other_numbers() -> tuple[FundingRuleSet, ...]:
    """The shipped family with the newest rule set's thresholds moved and a structural-change bonus added."""
    *older, newest = SHIPPED
    structural = next(b for rs in SHIPPED for b in rs.bonuses if b.kind is BonusKind.STRUCTURAL_CHANGE)
    assert newest.older_or_severely_disabled is not None
    changed = dataclasses.replace(
        newest,
        key="test-other-numbers",
        course_cost_bands=tuple(
            dataclasses.replace(
                band,
                from_employees=band.from_employees * 2,
                below_employees=None if band.below_employees is None else band.below_employees * 2 + 7,
            )
            for band in newest.course_cost_bands
        ),
        older_or_severely_disabled=dataclasses.replace(
            newest.older_or_severely_disabled, min_age=52, below_employees=333
        ),
        conditions=dataclasses.replace(
            newest.conditions,
            min_hours_exclusive=dataclasses.replace(newest.conditions.min_hours_exclusive, value=77),
            min_years_since_qualification=dataclasses.replace(
                newest.conditions.min_years_since_qualification, value=6
            ),
        ),
        bonuses=(
            *newest.bonuses,
            dataclasses.replace(
                structural,
                valid_from=newest.valid_from + timedelta(days=100),
                min_share=Decimal("0.37"),
                min_share_sme=Decimal("0.13"),
                sme_below_employees=61,
            ),
        ),
    )
    return (*older, changed)


FAMILIES = (SHIPPED, _other_numbers())


def _starts(rule_set: FundingRuleSet) -> list[date]:
    """The first day of each start class in the first years of the rule set's validity, and its last day."""
    last = rule_set.valid_to or rule_set.valid_from + timedelta(days=3 * 365)
    days = {rule_set.valid_from, last, *(b.valid_from for b in rule_set.bonuses)}
    days |= {date(year, 1, 1) for year in range(rule_set.valid_from.year + 1, last.year + 1)}
    return sorted(d for d in days if rule_set.covers(d))


def _around(*values: Decimal | int | None, step: Decimal = Decimal(1)) -> list[Any]:
    out: set[Any] = set()
    for value in values:
        if value is not None:
            out |= {value - step, value, value + step}
    return sorted(out)


def _grids(rule_set: FundingRuleSet, start: date) -> dict[str, list[Any]]:
    """Each grouped input's values: both sides of each of the rule set's thresholds, the input check's limits."""
    older = rule_set.older_or_severely_disabled
    structural = [b for b in rule_set.bonuses if b.kind is not BonusKind.TRAINING_AGREEMENT]
    size_thresholds = [
        *(b.from_employees for b in (*rule_set.course_cost_bands, *rule_set.wage_subsidy_bands)),
        *(b.below_employees for b in (*rule_set.course_cost_bands, *rule_set.wage_subsidy_bands)),
        None if older is None else older.below_employees,
        *(b.sme_below_employees for b in structural),
    ]
    shares = [t for b in structural for t in (b.min_share, b.min_share_sme)]
    min_years = rule_set.conditions.min_years_since_qualification.value
    min_hours = rule_set.conditions.min_hours_exclusive.value
    return {
        "company_size": [
            *_around(*(Decimal(t) for t in size_thresholds if t is not None), step=HEADCOUNT_STEP),
            Decimal("0.1"),
            Decimal(7),
            MAX_HEADCOUNT,
            MAX_HEADCOUNT + HEADCOUNT_STEP,
        ],
        "age": [None, *_around(MIN_AGE, MAX_AGE, None if older is None else older.min_age), 33],
        "hours": [
            Decimal(0),
            *_around(Decimal(min_hours), step=Decimal("0.5")),
            Decimal(min_hours + 300),
            *_around(MAX_INPUT_NUMBER),
        ],
        "qualification_year": [
            None,
            *_around(start.year - min_years, start.year, EARLIEST_QUALIFICATION_YEAR),
            start.year - 20,
        ],
        "share_affected_by_change": [
            None,
            *_around(Decimal(0), Decimal(1), *(Decimal(t) for t in shares if t is not None), step=CENT),
            Decimal("0.5"),
        ],
    }


def _outcome(inp: FundingInput, rule_sets: Sequence[FundingRuleSet]) -> Hashable:
    try:
        est = estimate_funding(inp, rule_sets)
    except ValueError:
        return "refused"
    return est.eligible, est.course_cost_share, est.course_cost_subsidy


def _class(inp: FundingInput, rule_sets: Sequence[FundingRuleSet]) -> Hashable:
    return estimate_class(
        rule_sets,
        start=inp.start,
        company_size=inp.company_size,
        age=inp.age,
        hours=inp.hours,
        qualification_year=inp.qualification_year,
        share_affected=inp.share_affected_by_change,
    )


def _contexts(
    grids: dict[str, list[Any]], rule_sets: Sequence[FundingRuleSet], start: date
) -> Iterator[FundingInput]:
    """Inputs that take each class of each grouped input at least once (row i: the i-th class of each, cycled),
    each with every combination of the flags that switch rules on or off."""
    base = FundingInput(
        start=start, company_size=Decimal(1), age=None, hours=Decimal(1), course_cost=Decimal(1)
    )
    per_class: dict[str, list[Any]] = {}
    for name, values in grids.items():
        seen: dict[Hashable, Any] = {}
        for value in values:
            seen.setdefault(_class(dataclasses.replace(base, **{name: value}), rule_sets), value)
        per_class[name] = [v for k, v in seen.items() if k is not None]
    rows = max(len(v) for v in per_class.values())
    for row, (vocational, disabled, agreement) in itertools.product(
        range(rows), itertools.product((True, False), repeat=3)
    ):
        size, age, hours, year, share = (per_class[n][row % len(per_class[n])] for n in GROUPED)
        yield FundingInput(
            start=start,
            company_size=size,
            age=age,
            hours=hours,
            course_cost=Decimal("1234.56"),
            qualification_year=year if vocational else None,
            has_vocational_qualification=vocational,
            severely_disabled=disabled,
            company_agreement=agreement,
            share_affected_by_change=share,
        )


def _check_one_field(
    context: FundingInput, name: str, values: list[Any], rule_sets: Sequence[FundingRuleSet]
) -> set[Hashable]:
    """Every value of one grouped input in the context: one outcome per class. Returns the outcomes seen."""
    by_class: dict[Hashable, Hashable] = {}
    outcomes: set[Hashable] = set()
    for value in values:
        if name == "qualification_year" and not context.has_vocational_qualification:
            value = None  # the estimate gets no year without a qualification
        inp = dataclasses.replace(context, **{name: value})
        key, outcome = _class(inp, rule_sets), _outcome(inp, rule_sets)
        outcomes.add(outcome)
        if key is None:
            continue
        assert by_class.setdefault(key, outcome) == outcome, (name, value, inp)
    return outcomes


def test_each_threshold_of_each_rule_set_both_sides() -> None:
    """Exhaustive over the boundary grids: in each context, each grouped input's values of one class give one
    outcome. By changing one input at a time (the class of each is its own, the share's reads the size's class),
    any two inputs of one class are linked by such steps, so they get the same outcome."""
    told_apart: dict[str, int] = dict.fromkeys(GROUPED, 0)
    for rule_sets in FAMILIES:
        for rule_set in rule_sets:
            for start in _starts(rule_set):
                grids = _grids(rule_set, start)
                for context in _contexts(grids, rule_sets, start):
                    for name in GROUPED:
                        outcomes = _check_one_field(context, name, grids[name], rule_sets)
                        told_apart[name] += len(outcomes - {"refused"}) > 1
    assert all(told_apart.values()), told_apart  # each input changes some estimate: the grids reach its rules


def _same_class_value(
    draw: Callable[..., Any], grid: list[Any], value: Any, key: Callable[[Any], Hashable]
) -> Any:
    """Another value of the grid (or the value itself) in the same class as ``value``."""
    mine = key(value)
    return draw(st.sampled_from([v for v in grid if key(v) == mine] or [value]))


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_random_inputs_of_one_class_get_the_same_estimate(data: st.DataObject) -> None:
    rule_sets = data.draw(st.sampled_from(FAMILIES))
    rule_set = data.draw(st.sampled_from(rule_sets))
    start = data.draw(
        st.one_of(
            st.sampled_from(_starts(rule_set)),
            st.dates(rule_set.valid_from, rule_set.valid_to or rule_set.valid_from + timedelta(days=2000)),
        )
    )
    grids = _grids(rule_set, start)
    extra = {
        "company_size": st.integers(1, 4000).map(lambda n: Decimal(n) * HEADCOUNT_STEP),
        "age": st.one_of(st.none(), st.integers(MIN_AGE - 3, MAX_AGE + 3)),
        "hours": st.decimals(Decimal(0), Decimal(400), places=2),
        "qualification_year": st.one_of(st.none(), st.integers(1935, start.year + 2)),
        "share_affected_by_change": st.one_of(st.none(), st.decimals(Decimal(0), Decimal(1), places=3)),
    }
    vocational = data.draw(st.booleans())
    first = {n: data.draw(st.one_of(st.sampled_from(grids[n]), extra[n])) for n in GROUPED}
    flags = {
        "has_vocational_qualification": vocational,
        "severely_disabled": data.draw(st.booleans()),
        "company_agreement": data.draw(st.booleans()),
        "azav_measure": (azav := data.draw(st.booleans())),
        "azav_provider": azav,
    }
    cost = data.draw(st.decimals(Decimal(0), Decimal(20000), places=2))

    def inp(values: dict[str, Any]) -> FundingInput:
        year = values["qualification_year"] if vocational else None
        return FundingInput(start=start, course_cost=cost, **{**values, "qualification_year": year}, **flags)

    x = inp(first)
    if _class(x, rule_sets) is None:
        return
    second = dict(first)
    for name in GROUPED:  # each input moved to another value of its own class (the size's first)
        candidates = [*grids[name], data.draw(extra[name])]
        second[name] = _same_class_value(
            data.draw, candidates, first[name], lambda v, n=name: _class(inp({**second, n: v}), rule_sets)
        )
    y = inp(second)
    assert _class(y, rule_sets) == _class(x, rule_sets)
    assert _outcome(y, rule_sets) == _outcome(x, rule_sets), (x, y)


def test_a_start_no_rule_set_covers_and_refused_inputs_have_no_class() -> None:
    kw: dict[str, Any] = {"company_size": Decimal(30), "age": 40, "hours": Decimal(200)}
    kw |= {"qualification_year": 2000, "share_affected": None}
    assert estimate_class(SHIPPED, start=date(1990, 1, 1), **kw) is None
    assert estimate_class(SHIPPED, start=date(2026, 1, 1), **kw) is not None
    for wrong in (
        {"company_size": Decimal("0.1")},
        {"age": MAX_AGE + 1},
        {"hours": Decimal(0)},
        {"hours": None},
        {"qualification_year": 2027},
        {"share_affected": Decimal("1.01")},
    ):
        assert estimate_class(SHIPPED, start=date(2026, 1, 1), **(kw | wrong)) is None, wrong
