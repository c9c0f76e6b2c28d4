"""Which start days give the same § 82 estimate: so that many measures are estimated once per distinct input.

An estimate (:func:`verbund_desktop.assessment.funding.estimate_funding`) reads the start of the measure only
for the rule set that covers it (§ 422 SGB III), its calendar year (the age from the birth year, the years since
the vocational qualification, a qualification year after the start) and which of the rule set's bonuses have
begun (``valid_from``); with no application date and no last funding given, the application is the day before
the start and cannot fail the start. Two such measures with the same start class and otherwise equal input get
the same estimate (``tests/assessment/test_funding_start.py`` checks it against the full estimate).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from verbund_desktop.assessment.funding_rules import FundingRuleError, FundingRuleSet, rule_set_for


def equivalent_start(start: date, rule_sets: Sequence[FundingRuleSet]) -> date:
    """The earliest day estimated exactly like ``start`` (no application date, no last funding given).

    It lies in the rule set that covers ``start``, in the same calendar year and after the same bonus starts;
    ``start`` itself when no rule set covers it (the estimate then fails with the start's own message)."""
    try:
        rule_set = rule_set_for(start, rule_sets)
    except FundingRuleError:
        return start
    bonus_starts = (bonus.valid_from for bonus in rule_set.bonuses if bonus.valid_from <= start)
    day = max(rule_set.valid_from, date(start.year, 1, 1), *bonus_starts)
    return day if rule_set_for(day, rule_sets) is rule_set else start
