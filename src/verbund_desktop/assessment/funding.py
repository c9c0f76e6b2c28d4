"""§ 82 SGB III funding estimates from dated rule sets, and information on the Qualifizierungsgeld.

An estimate is never a decision: every :class:`FundingEstimate` carries a note that says "Schätzung",
names the rule set and the date it applies from, and lists every reason in German. The rule set is chosen by
the start of the measure (§ 422 SGB III); the waiting period is counted back from the application date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from verbund_desktop.assessment.funding_classes import structural_change_threshold
from verbund_desktop.assessment.funding_format import (
    FundingInputError,
    format_euro,
    format_headcount,
    format_share,
    number_de,
)
from verbund_desktop.assessment.funding_input import FundingInput, validate_funding_input
from verbund_desktop.assessment.funding_rules import (
    BonusKind,
    BonusRule,
    FactStatus,
    FundingRuleError,
    FundingRuleSet,
    builtin_rule_sets,
    format_date_de,
    load_rule_set,
    load_rule_sets,
    rule_set_for,
)
from verbund_desktop.assessment.qualifizierungsgeld import QualifizierungsgeldInfo, qualifizierungsgeld_info

__all__ = [
    "FundingEstimate",
    "FundingInput",
    "FundingInputError",
    "FundingRuleError",
    "FundingRuleSet",
    "QualifizierungsgeldInfo",
    "builtin_rule_sets",
    "estimate_funding",
    "format_date_de",
    "format_euro",
    "format_headcount",
    "format_share",
    "load_rule_set",
    "load_rule_sets",
    "qualifizierungsgeld_info",
    "rule_set_for",
    "validate_funding_input",
]

_CENT = Decimal("0.01")
_ZERO = Decimal(0)
_ONE = Decimal(1)


@dataclass(frozen=True)
class FundingEstimate:
    """The estimated § 82 funding for one measure; ``reasons`` explain every outcome in German.

    ``wage_subsidy_share`` includes Kann-Leistungen at their maximum; ``wage_subsidy_share_without_discretionary``
    leaves them out. ``wage_subsidy_base`` is the monthly base (wage plus flat employer social-security share).
    """

    eligible: bool
    reasons: tuple[str, ...]
    rule_set: FundingRuleSet
    course_cost_share: Decimal
    course_cost_subsidy: Decimal
    wage_subsidy_share: Decimal
    wage_subsidy: Decimal | None
    note: str
    application_date: date | None = None
    last_funded_participation_end: date | None = None
    company_size: Decimal | None = None
    wage_subsidy_base: Decimal | None = None
    employer_social_security_rate: Decimal | None = None
    wage_subsidy_share_without_discretionary: Decimal = _ZERO
    wage_subsidy_without_discretionary: Decimal | None = None
    discretionary: tuple[str, ...] = ()  # labels of Kann-Leistungen included at their maximum

    @property
    def wage_subsidy_is_maximum(self) -> bool:
        return (
            bool(self.discretionary)
            and self.wage_subsidy_share > self.wage_subsidy_share_without_discretionary
        )

    def to_json_dict(self) -> dict[str, Any]:
        """Plain JSON values: shares as fractions (0.5), amounts in euros rounded to cents or null."""
        return {
            "eligible": self.eligible,
            "reasons": list(self.reasons),
            "rule_set": self.rule_set.key,
            "course_cost_share": float(self.course_cost_share),
            "course_cost_subsidy": _euro_json(self.course_cost_subsidy),
            "wage_subsidy_share": float(self.wage_subsidy_share),
            "wage_subsidy": _euro_json(self.wage_subsidy),
            "note": self.note,
            "application_date": None if self.application_date is None else self.application_date.isoformat(),
            "last_funded_participation_end": None
            if self.last_funded_participation_end is None
            else self.last_funded_participation_end.isoformat(),
            "company_size": None if self.company_size is None else float(self.company_size),
            "wage_subsidy_base_monthly": _euro_json(self.wage_subsidy_base),
            "employer_social_security_rate": None
            if self.employer_social_security_rate is None
            else float(self.employer_social_security_rate),
            "wage_subsidy_is_maximum": self.wage_subsidy_is_maximum,
            "wage_subsidy_share_without_discretionary": float(self.wage_subsidy_share_without_discretionary),
            "wage_subsidy_without_discretionary": _euro_json(self.wage_subsidy_without_discretionary),
            "discretionary": list(self.discretionary),
        }


def _euro_json(amount: Decimal | None) -> float | None:
    return None if amount is None else float(amount.quantize(_CENT, rounding=ROUND_HALF_UP))


def _years(count: int) -> str:
    return f"{count} Jahr" if count == 1 else f"{count} Jahre"


def _status(status: FactStatus) -> str:
    """A tag for facts from secondary sources or unverified ones; verified facts need none."""
    return "" if status is FactStatus.VERIFIED else f" [{status.label_de}]"


def estimate_funding(inp: FundingInput, rule_sets: Sequence[FundingRuleSet] | None = None) -> FundingEstimate:
    """Estimate § 82 SGB III funding with the rule set valid at ``inp.start`` (built-in sets when None).

    Raises:
        FundingInputError: the input is impossible (a ValueError with every German message).
        FundingRuleError: no rule set covers the start date.
    """
    problems = validate_funding_input(inp)
    if problems:
        raise FundingInputError(problems)
    rule_set = rule_set_for(inp.start, builtin_rule_sets() if rule_sets is None else rule_sets)
    note = (
        f"Schätzung nach „{rule_set.title}“ ({rule_set.validity_de}; Quelle: {rule_set.source}); "
        "das Regelwerk richtet sich nach dem Maßnahmebeginn (§ 422 SGB III). "
        "Keine Förderzusage: maßgeblich ist allein die Entscheidung der Agentur für Arbeit."
    )
    common: dict[str, Any] = {
        "application_date": inp.application,
        "last_funded_participation_end": inp.last_funding,
        "company_size": Decimal(inp.company_size),
    }
    failures = _failed_conditions(inp, rule_set)
    if failures:
        zero_wage = None if inp.monthly_wage is None or inp.months_release is None else _ZERO
        return FundingEstimate(
            False, tuple(failures), rule_set, _ZERO, _ZERO, _ZERO, zero_wage, note,
            wage_subsidy_without_discretionary=zero_wage, **common,
        )  # fmt: skip
    reasons: list[str] = []
    shares = _shares(inp, rule_set, reasons)
    course_subsidy = (shares.course * inp.course_cost).quantize(_CENT, rounding=ROUND_HALF_UP)
    reasons.append(
        f"Zuschuss zu den Lehrgangskosten: {format_share(shares.course)} von {format_euro(inp.course_cost)} "
        f"= {format_euro(course_subsidy)}."
    )
    wage = _wage_subsidy(inp, rule_set, shares, reasons)
    reasons.append(
        "Vorausgesetzt wird, dass die Maßnahme über eine kurzfristige, rein arbeitsplatzbezogene Anpassung "
        "hinausgeht (nicht geprüft)."
    )
    return FundingEstimate(
        True, tuple(reasons), rule_set, shares.course, course_subsidy, shares.wage, wage.amount, note,
        wage_subsidy_base=wage.base, employer_social_security_rate=wage.employer_rate,
        wage_subsidy_share_without_discretionary=shares.wage_without_discretionary,
        wage_subsidy_without_discretionary=wage.amount_without_discretionary,
        discretionary=shares.discretionary, **common,
    )  # fmt: skip


@dataclass(frozen=True)
class _Shares:
    course: Decimal
    wage: Decimal
    wage_without_discretionary: Decimal
    discretionary: tuple[str, ...]


@dataclass(frozen=True)
class _Wage:
    amount: Decimal | None
    amount_without_discretionary: Decimal | None
    base: Decimal | None
    employer_rate: Decimal | None


def _wage_subsidy(inp: FundingInput, rule_set: FundingRuleSet, shares: _Shares, reasons: list[str]) -> _Wage:
    """The wage subsidy on the wage plus the flat employer social-security share (§ 82 Abs. 3 S. 3)."""
    base_rule = rule_set.wage_subsidy_base
    rate = None if base_rule is None else base_rule.employer_social_security_flat_rate
    if inp.monthly_wage is None or inp.months_release is None:
        reasons.append("Arbeitsentgeltzuschuss nicht berechnet: Monatsentgelt und Freistellungsdauer fehlen.")
        return _Wage(None, None, None, rate)
    base = inp.monthly_wage if rate is None else inp.monthly_wage * (_ONE + rate)
    if base_rule is not None and rate is not None:
        reasons.append(
            f"Bemessungsgrundlage: {format_euro(inp.monthly_wage)} Arbeitsentgelt zuzüglich pauschaliertem "
            f"Arbeitgeberanteil am Gesamtsozialversicherungsbeitrag ({format_share(rate)}) = "
            f"{format_euro(base)} im Monat.{_status(base_rule.status)}"
        )
    amount = (shares.wage * base * inp.months_release).quantize(_CENT, rounding=ROUND_HALF_UP)
    minimum = (shares.wage_without_discretionary * base * inp.months_release).quantize(
        _CENT, rounding=ROUND_HALF_UP
    )
    text = (
        f"Arbeitsentgeltzuschuss: {format_share(shares.wage)} von {format_euro(base)} "
        f"× {number_de(inp.months_release)} {'Monat' if inp.months_release == 1 else 'Monate'} Freistellung "
        f"= {format_euro(amount)}"
    )
    if amount != minimum:
        text += (
            f" (Höchstwert mit Kann-Leistung; ohne sie {format_share(shares.wage_without_discretionary)} "
            f"= {format_euro(minimum)})"
        )
    reasons.append(text + ".")
    return _Wage(amount, minimum, base.quantize(_CENT, rounding=ROUND_HALF_UP), rate)


def _failed_conditions(inp: FundingInput, rule_set: FundingRuleSet) -> list[str]:
    cond = rule_set.conditions
    failures: list[str] = []
    min_hours = cond.min_hours_exclusive.value
    if inp.hours <= min_hours:
        failures.append(
            f"Die Maßnahme umfasst {number_de(inp.hours)} Stunden; gefördert werden nur Maßnahmen mit mehr "
            f"als {min_hours} Stunden.{_status(cond.min_hours_exclusive.status)}"
        )
    min_years = cond.min_years_since_qualification.value
    if inp.has_vocational_qualification and inp.qualification_year is not None:
        elapsed = inp.start.year - inp.qualification_year
        if elapsed < min_years:
            failures.append(
                f"Der Berufsabschluss ({inp.qualification_year}) liegt bei Maßnahmebeginn erst "
                f"{_years(elapsed)} zurück; in der Regel muss er mindestens {_years(min_years)} zurückliegen."
                f"{_status(cond.min_years_since_qualification.status)}"
            )
    window = cond.min_years_since_last_funding.value
    if inp.last_funding is not None and inp.last_funding > _years_before(inp.application, window):
        failures.append(
            f"Die letzte nach § 82 SGB III geförderte Teilnahme endete am {format_date_de(inp.last_funding)}, "
            f"weniger als {_years(window)} vor der Antragstellung ({format_date_de(inp.application)})."
            f"{_status(cond.min_years_since_last_funding.status)}"
        )
    before_start = cond.application_before_start
    if before_start is not None and before_start.value and inp.application >= inp.start:
        failures.append(
            f"Der Antrag ({format_date_de(inp.application)}) muss vor dem Maßnahmebeginn "
            f"({format_date_de(inp.start)}) gestellt werden (§ 324 Abs. 1 SGB III); über Ausnahmen "
            f"entscheidet die Agentur für Arbeit.{_status(before_start.status)}"
        )
    if cond.azav_measure_required.value and not inp.azav_measure:
        failures.append(
            "Die Maßnahme ist nicht nach AZAV für die Förderung zugelassen."
            f"{_status(cond.azav_measure_required.status)}"
        )
    if cond.azav_provider_required.value and not inp.azav_provider:
        failures.append(
            f"Der Bildungsträger ist nicht nach AZAV zugelassen.{_status(cond.azav_provider_required.status)}"
        )
    if cond.employer_obligation_excluded.value and inp.employer_training_obligation:
        failures.append(
            "Zu dieser Weiterbildung ist der Arbeitgeber gesetzlich verpflichtet; solche Maßnahmen sind "
            f"von der Förderung ausgeschlossen.{_status(cond.employer_obligation_excluded.status)}"
        )
    return failures


def _years_before(day: date, years: int) -> date:
    if day.year - years < 1:
        return date.min
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _shares(inp: FundingInput, rule_set: FundingRuleSet, reasons: list[str]) -> _Shares:
    """Course-cost and wage-subsidy shares after bands, special rules and bonuses; appends the reasons."""
    size = Decimal(inp.company_size)
    course_band, wage_band = rule_set.course_cost_band(size), rule_set.wage_subsidy_band(size)
    course_share, wage_share = course_band.share, wage_band.share
    for what, band in (("Lehrgangskosten", course_band), ("Arbeitsentgeltzuschuss", wage_band)):
        reasons.append(
            f"{what}: Betrieb mit {format_headcount(size)} Beschäftigten (Band „{band.label_de}“): "
            f"{'bis zu ' if band.up_to else ''}{format_share(band.share)}.{_status(band.status)}"
        )
    if inp.has_vocational_qualification and inp.qualification_year is None:
        reasons.append(
            "Das Jahr des Berufsabschlusses ist nicht angegeben; angenommen wird, dass er mindestens "
            f"{_years(rule_set.conditions.min_years_since_qualification.value)} zurückliegt."
        )
    no_qual = rule_set.no_vocational_qualification
    if not inp.has_vocational_qualification and inp.leads_to_qualification and no_qual is not None:
        course_share = max(course_share, no_qual.course_cost_share)
        wage_share = max(wage_share, no_qual.wage_subsidy_share)
        reasons.append(
            "Sonderregel: kein Berufsabschluss, die Maßnahme führt zu einem Abschluss – Lehrgangskosten "
            f"{format_share(no_qual.course_cost_share)}, Arbeitsentgeltzuschuss "
            f"{'bis zu ' if no_qual.wage_up_to else ''}{format_share(no_qual.wage_subsidy_share)}."
            f"{_status(no_qual.status)}"
        )
    elif not inp.has_vocational_qualification:
        reasons.append(
            "Kein Berufsabschluss und die Maßnahme führt nicht zu einem Abschluss: geschätzt mit den Sätzen "
            "nach Betriebsgröße; die Agentur für Arbeit entscheidet im Einzelfall [ungeprüfte Annahme]."
        )
    older = rule_set.older_or_severely_disabled
    is_older = inp.age is not None and older is not None and inp.age >= older.min_age
    if older is not None and (is_older or inp.severely_disabled):
        who = " und ".join(
            text
            for flag, text in (
                (is_older, f"{older.min_age} Jahre oder älter"),
                (inp.severely_disabled, "schwerbehindert"),
            )
            if flag
        )
        if size < older.below_employees:
            course_share = max(course_share, older.course_cost_share)
            reasons.append(
                f"Sonderregel: Beschäftigte/r {who} in einem Betrieb mit weniger als {older.below_employees} "
                f"Beschäftigten – Lehrgangskosten {'bis zu ' if older.up_to else ''}"
                f"{format_share(older.course_cost_share)}; Arbeitsentgeltzuschuss nach Betriebsgröße."
                f"{_status(older.status)}"
            )
        else:
            reasons.append(
                f"Die Sonderregel für Beschäftigte ({who}) gilt nur in Betrieben mit weniger als "
                f"{older.below_employees} Beschäftigten und wird hier nicht angewendet."
                f"{_status(older.status)}"
            )
    return _with_bonuses(inp, rule_set, course_share, wage_share, reasons)


def _with_bonuses(
    inp: FundingInput,
    rule_set: FundingRuleSet,
    course_share: Decimal,
    wage_share: Decimal,
    reasons: list[str],
) -> _Shares:
    """Add the bonuses whose condition holds; a Kann-Leistung is added as the maximum and named as such."""
    wage_without_discretionary = wage_share
    discretionary: list[str] = []
    for bonus in rule_set.bonuses:
        if not _bonus_condition_met(bonus, inp):
            continue
        if inp.start < bonus.valid_from:
            reasons.append(
                f"{bonus.label_de}: gilt erst ab {format_date_de(bonus.valid_from)}, nicht angerechnet."
            )
            continue
        if not bonus.applied:
            reasons.append(f"{bonus.label_de}: nicht angerechnet. {bonus.note_de}{_status(bonus.status)}")
            continue
        if bonus.applies_to_course_cost:
            course_share = min(_ONE, course_share + bonus.points)
        if bonus.applies_to_wage_subsidy:
            wage_share = min(_ONE, wage_share + bonus.points)
            if not bonus.discretionary:
                wage_without_discretionary = min(_ONE, wage_without_discretionary + bonus.points)
        source = f" ({bonus.source})" if bonus.source else ""
        if bonus.discretionary:
            discretionary.append(bonus.label_de)
            reasons.append(
                f"{bonus.label_de}{source}: als Höchstwert eingerechnet (höchstens 100 %); ob die "
                f"Kann-Leistung gewährt wird, entscheidet die Agentur für Arbeit nach Ermessen.{_status(bonus.status)}"
            )
        else:
            reasons.append(f"{bonus.label_de}{source}: angerechnet (höchstens 100 %).{_status(bonus.status)}")
    return _Shares(course_share, wage_share, wage_without_discretionary, tuple(discretionary))


def _bonus_condition_met(bonus: BonusRule, inp: FundingInput) -> bool:
    if bonus.kind is BonusKind.TRAINING_AGREEMENT:
        return inp.company_agreement
    share = inp.share_affected_by_change
    threshold = structural_change_threshold(bonus, inp.company_size)
    return share is not None and threshold is not None and share >= threshold
