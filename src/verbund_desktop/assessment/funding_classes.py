"""Which inputs give the same § 82 course-cost estimate: so that the funder's figures estimate once per class.

:func:`verbund_desktop.assessment.funding.estimate_funding` compares five of its inputs only against the
thresholds of the rule set that covers the start; it uses no other property of them for the course-cost share,
the course-cost subsidy or the eligibility:

- the **age** against the special rule's ``min_age`` (and ``MIN_AGE``/``MAX_AGE`` in the input check);
- the **company size** against each course-cost and wage-subsidy band, the special rule's ``below_employees``
  and each structural-change bonus's ``sme_below_employees`` (and the headcount check);
- the **hours** against ``min_hours_exclusive`` (and the input check);
- the **year of the vocational qualification** against the start year less ``min_years_since_qualification``
  (and the input check);
- the **share affected by structural change** against each structural-change bonus's threshold.

:func:`estimate_class` maps these five to the outcome of each such comparison, read from the rule set's own
thresholds (so a new or corrected rule set is classed by its own numbers). Two inputs equal in every other field
(start, course cost, the flags) and in their class get the same course-cost share, subsidy and eligibility
(``tests/assessment/test_funding_classes.py`` checks it against the full estimate, each threshold's both sides
and every shipped rule set). An input outside the ordinary domain (one the input check refuses, a size in no
band, a start no rule set covers) has no class (``None``): the caller keys such an input on its own values.
The German reasons of two inputs of one class may differ (they name the age or the size); the class is only
for figures that use the amounts.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from decimal import Decimal

from verbund_desktop.assessment.funding_format import validate_headcount
from verbund_desktop.assessment.funding_input import (
    EARLIEST_QUALIFICATION_YEAR,
    MAX_AGE,
    MAX_INPUT_NUMBER,
    MIN_AGE,
)
from verbund_desktop.assessment.funding_model import BonusKind, BonusRule, FundingRuleSet, ShareBand
from verbund_desktop.assessment.funding_rules import FundingRuleError, rule_set_for


def structural_change_threshold(bonus: BonusRule, company_size: Decimal) -> Decimal | None:
    """The share of staff affected from which a structural-change bonus applies (None: never)."""
    if bonus.min_share is None:
        return None
    sme = bonus.sme_below_employees is not None and company_size < bonus.sme_below_employees
    return bonus.min_share_sme if sme and bonus.min_share_sme is not None else bonus.min_share


def estimate_class(
    rule_sets: Sequence[FundingRuleSet],
    *,
    start: date,
    company_size: Decimal,
    age: int | None,
    hours: Decimal | None,
    qualification_year: int | None,
    share_affected: Decimal | None,
) -> tuple[Hashable, ...] | None:
    """The outcome of every threshold comparison of these inputs under the rule set covering ``start``.

    ``qualification_year`` as the estimate gets it (None without a vocational qualification). None: no class,
    key the input on its values."""
    try:
        rule_set = rule_set_for(start, rule_sets)
    except FundingRuleError:
        return None
    company_size = Decimal(company_size)
    size = _size_class(rule_set, company_size)
    ages = _age_class(rule_set, age)
    hour = _hours_class(rule_set, hours)
    qualified = _qualification_class(rule_set, start, qualification_year)
    share = _share_class(rule_set, company_size, share_affected)
    if size is None or ages is None or hour is None or qualified is None or share is None:
        return None
    return rule_set.key, size, ages, hour, qualified, share


def _band(bands: Sequence[ShareBand], size: Decimal) -> int | None:
    return next((pos for pos, band in enumerate(bands) if band.contains(size)), None)


def _size_class(rule_set: FundingRuleSet, size: Decimal) -> tuple[Hashable, ...] | None:
    if validate_headcount(size):
        return None
    course, wage = _band(rule_set.course_cost_bands, size), _band(rule_set.wage_subsidy_bands, size)
    if course is None or wage is None:
        return None
    older = rule_set.older_or_severely_disabled
    smaller = None if older is None else size < older.below_employees
    sme = tuple(
        bonus.sme_below_employees is not None and size < bonus.sme_below_employees
        for bonus in rule_set.bonuses
    )
    return course, wage, smaller, sme


def _age_class(rule_set: FundingRuleSet, age: int | None) -> tuple[Hashable, ...] | None:
    if age is None:
        return ("unbekannt",)
    if not MIN_AGE <= age <= MAX_AGE:
        return None
    older = rule_set.older_or_severely_disabled
    return ("bekannt", None if older is None else age >= older.min_age)


def _hours_class(rule_set: FundingRuleSet, hours: Decimal | None) -> bool | None:
    if hours is None or not hours.is_finite() or not 0 < hours <= MAX_INPUT_NUMBER:
        return None
    return hours <= rule_set.conditions.min_hours_exclusive.value


def _qualification_class(
    rule_set: FundingRuleSet, start: date, year: int | None
) -> tuple[Hashable, ...] | None:
    if year is None:
        return ("keins",)
    if year > start.year or year < EARLIEST_QUALIFICATION_YEAR:
        return None
    return ("jahr", start.year - year < rule_set.conditions.min_years_since_qualification.value)


def _share_class(
    rule_set: FundingRuleSet, size: Decimal, share: Decimal | None
) -> tuple[Hashable, ...] | None:
    if share is None:
        return ("keiner",)
    if not share.is_finite() or not 0 <= share <= 1:
        return None
    thresholds = (
        structural_change_threshold(bonus, size)
        for bonus in rule_set.bonuses
        if bonus.kind is not BonusKind.TRAINING_AGREEMENT
    )
    return ("anteil", *(None if t is None else share >= t for t in thresholds))
