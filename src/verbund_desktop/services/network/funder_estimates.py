"""The funder's estimated course-cost funding, computed once per class of inputs instead of once per measure.

Measures whose kind, cost, AZAV approval, person flags and consent are equal, whose start days fall in the same
start class (:func:`verbund_desktop.assessment.funding_start.equivalent_start`: same rule set, same year, same
bonuses begun) and whose age, company size, hours, qualification year and share affected fall on the same side
of every threshold of that rule set (:func:`verbund_desktop.assessment.funding_classes.estimate_class`) get the
same § 82 course-cost estimate, so each class is estimated once, by the single-person estimate itself
(:func:`estimate_measure`) on the class's first day. Inputs without a class (refused by the input check) are keyed
on their own values, as before.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from verbund_desktop.assessment.funding import FundingRuleSet, builtin_rule_sets
from verbund_desktop.assessment.funding_classes import estimate_class
from verbund_desktop.assessment.funding_start import equivalent_start
from verbund_desktop.services.planning.plan_funding import FundingPerson, estimate_measure

_ZERO = Decimal(0)


class CourseFundingEstimates:
    """``funding(person, kind=…, …)``: the estimated course-cost subsidy (0 when not eligible or no estimate)."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.estimated = 0  # how many estimates were computed (the rest came from the classes)
        self._known: dict[tuple[Any, ...], Decimal] = {}
        self._builtin: tuple[FundingRuleSet, ...] | None = None
        self._classes: dict[tuple[int, date], date] = {}  # (rule sets, start) → the start class's first day

    def funding(
        self,
        person: FundingPerson,
        *,
        kind: str,
        hours: Decimal | None,
        cost: Decimal | None,
        azav: bool,
        start: date | None,
    ) -> Decimal:
        rule_sets = person.rule_sets
        if rule_sets is None:
            self._builtin = rule_sets = self._builtin or builtin_rule_sets()
        day = self._class_day(start if start is not None else self.today, rule_sets)
        key = (
            id(person.rule_sets),
            person.has_vocational_qualification,
            person.severely_disabled,
            person.company_agreement,
            person.funding_consent,
            kind,
            cost,
            azav,
            day,
            self._grouped(person, rule_sets, hours, day),
        )
        known = self._known.get(key)
        if known is None:
            self.estimated += 1
            est = estimate_measure(
                person, kind=kind, hours=hours, cost=cost, azav=azav, start=day, today=self.today
            ).estimate
            known = est.course_cost_subsidy if est is not None and est.eligible else _ZERO
            self._known[key] = known
        return known

    @staticmethod
    def _grouped(
        person: FundingPerson, rule_sets: tuple[FundingRuleSet, ...], hours: Decimal | None, day: date
    ) -> tuple[Any, ...]:
        """The class of the inputs the rule set only compares against thresholds, else their own values."""
        classed = estimate_class(
            rule_sets,
            start=day,
            company_size=person.company_size,
            age=person.age_at(day),
            hours=hours,
            qualification_year=person.qualification_year if person.has_vocational_qualification else None,
            share_affected=person.share_affected,
        )
        if classed is not None:
            return ("klasse", *classed)
        return (
            "werte",
            person.company_size,
            person.birth_year,
            person.qualification_year,
            person.share_affected,
            hours,
        )

    def _class_day(self, start: date, rule_sets: tuple[FundingRuleSet, ...]) -> date:
        """:func:`equivalent_start`, once per start day and rule sets (grouped measures share a few days)."""
        key = (id(rule_sets), start)
        day = self._classes.get(key)
        if day is None:
            day = self._classes[key] = equivalent_start(start, rule_sets)
        return day
