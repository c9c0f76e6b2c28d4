"""§ 82 SGB III funding estimates from dated rule sets, and information on the Qualifizierungsgeld.

An estimate is never a decision: every :class:`FundingEstimate` carries a note that says "Schätzung",
names the rule set and the date it applies from, and lists every reason in German.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from verbund_desktop.assessment.funding_rules import (
    BonusKind,
    BonusRule,
    FactStatus,
    FundingRuleError,
    FundingRuleSet,
    build_record,
    builtin_rule_sets,
    format_date_de,
    load_rule_set,
    load_rule_sets,
    parse_date,
    read_json_document,
    rule_set_for,
)
from verbund_desktop.resources import resource_path

from .errors import UserError

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
MIN_AGE, MAX_AGE = 14, 80
MAX_INPUT_NUMBER = Decimal(1_000_000_000)  # no course, wage or hour count comes near a billion
EARLIEST_QUALIFICATION_YEAR = 1940


class FundingInputError(UserError, ValueError):
    """Impossible input for an estimate; ``problems`` holds every German message."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("Die Angaben sind nicht möglich: " + " ".join(problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class FundingInput:
    """What the estimate needs about the employee, the company and the measure."""

    start: date
    company_size: int  # headcount including linked companies
    age: int | None
    hours: Decimal
    course_cost: Decimal
    monthly_wage: Decimal | None = None
    months_release: Decimal | None = None
    qualification_year: int | None = None
    has_vocational_qualification: bool = True
    leads_to_qualification: bool = False
    last_funding: date | None = None
    severely_disabled: bool = False
    azav_measure: bool = True
    azav_provider: bool = True
    company_agreement: bool = False
    share_affected_by_change: Decimal | None = None
    employer_training_obligation: bool = False  # training the employer must provide by law -> ineligible


@dataclass(frozen=True)
class FundingEstimate:
    """The estimated § 82 funding for one measure; ``reasons`` explain every outcome in German."""

    eligible: bool
    reasons: tuple[str, ...]
    rule_set: FundingRuleSet
    course_cost_share: Decimal
    course_cost_subsidy: Decimal
    wage_subsidy_share: Decimal
    wage_subsidy: Decimal | None
    note: str

    def to_json_dict(self) -> dict[str, Any]:
        """Plain JSON values: shares as fractions (0.5), amounts in euros rounded to cents or null."""
        return {
            "eligible": self.eligible,
            "reasons": list(self.reasons),
            "rule_set": self.rule_set.key,
            "course_cost_share": float(self.course_cost_share),
            "course_cost_subsidy": float(self.course_cost_subsidy.quantize(_CENT, rounding=ROUND_HALF_UP)),
            "wage_subsidy_share": float(self.wage_subsidy_share),
            "wage_subsidy": None
            if self.wage_subsidy is None
            else float(self.wage_subsidy.quantize(_CENT, rounding=ROUND_HALF_UP)),
            "note": self.note,
        }


def format_euro(amount: Decimal) -> str:
    """German money format rounded to cents, e.g. ``1.234,56 €``."""
    cents = amount.quantize(_CENT, rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{abs(cents):.2f}".partition(".")
    sign = "-" if cents < 0 else ""
    return f"{sign}{int(whole):,}".replace(",", ".") + f",{fraction} €"


def format_share(share: Decimal) -> str:
    """A fraction as German percent: ``Decimal("0.5")`` → ``50 %``, ``Decimal("0.555")`` → ``55,5 %``."""
    return _number_de(share * 100) + " %"


def _number_de(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _years(count: int) -> str:
    return f"{count} Jahr" if count == 1 else f"{count} Jahre"


def _status(status: FactStatus) -> str:
    """A tag for facts from secondary sources or unverified ones; verified facts need none."""
    return "" if status is FactStatus.VERIFIED else f" [{status.label_de}]"


def validate_funding_input(inp: FundingInput) -> list[str]:
    """German messages for impossible inputs (empty when the input can be estimated)."""
    problems: list[str] = []
    numbers = {
        "Die Stundenzahl": inp.hours,
        "Die Lehrgangskosten": inp.course_cost,
        "Das Monatsentgelt": inp.monthly_wage,
        "Die Freistellungsdauer in Monaten": inp.months_release,
        "Der Anteil der vom Wandel betroffenen Beschäftigten": inp.share_affected_by_change,
    }
    for label, value in numbers.items():
        if value is not None and not value.is_finite():
            problems.append(f"{label} ist keine gültige Zahl.")
        elif value is not None and value < 0:
            problems.append(f"{label} darf nicht negativ sein.")
        elif value is not None and value > MAX_INPUT_NUMBER:
            # Decimal computes with 28 digits; far larger amounts could not be rounded to the cent.
            problems.append(f"Zu groß: {label} kann höchstens 1 Milliarde betragen.")
    if inp.hours.is_finite() and inp.hours == 0:
        problems.append("Die Stundenzahl muss größer als 0 sein.")
    if inp.company_size < 1:
        problems.append("Der Betrieb muss mindestens 1 Beschäftigte/n haben.")
    if inp.age is not None and not MIN_AGE <= inp.age <= MAX_AGE:
        problems.append(f"Das Alter {inp.age} ist nicht möglich (erlaubt: {MIN_AGE} bis {MAX_AGE} Jahre).")
    if (inp.monthly_wage is None) != (inp.months_release is None):
        problems.append(
            "Für den Arbeitsentgeltzuschuss werden Monatsentgelt und Freistellungsmonate gemeinsam benötigt."
        )
    share = inp.share_affected_by_change
    if share is not None and share.is_finite() and share > 1:
        problems.append("Der Anteil der vom Wandel betroffenen Beschäftigten darf höchstens 100 % betragen.")
    if inp.qualification_year is not None:
        if not inp.has_vocational_qualification:
            problems.append("Ein Abschlussjahr ist angegeben, obwohl kein Berufsabschluss vorliegt.")
        if inp.qualification_year > inp.start.year:
            problems.append(
                f"Das Abschlussjahr {inp.qualification_year} liegt nach dem Maßnahmebeginn "
                f"({format_date_de(inp.start)})."
            )
        elif inp.qualification_year < EARLIEST_QUALIFICATION_YEAR:
            problems.append(f"Das Abschlussjahr {inp.qualification_year} ist nicht plausibel.")
    if inp.last_funding is not None and inp.last_funding > inp.start:
        problems.append(
            f"Die letzte Förderung ({format_date_de(inp.last_funding)}) liegt nach dem Maßnahmebeginn "
            f"({format_date_de(inp.start)})."
        )
    return problems


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
        f"Schätzung nach „{rule_set.title}“ ({rule_set.validity_de}; Quelle: {rule_set.source}). "
        "Keine Förderzusage: maßgeblich ist allein die Entscheidung der Agentur für Arbeit."
    )
    failures = _failed_conditions(inp, rule_set)
    if failures:
        no_wage = inp.monthly_wage is None or inp.months_release is None
        return FundingEstimate(
            False, tuple(failures), rule_set, _ZERO, _ZERO, _ZERO, None if no_wage else _ZERO, note
        )
    reasons: list[str] = []
    course_share, wage_share = _shares(inp, rule_set, reasons)
    course_subsidy = (course_share * inp.course_cost).quantize(_CENT, rounding=ROUND_HALF_UP)
    reasons.append(
        f"Zuschuss zu den Lehrgangskosten: {format_share(course_share)} von {format_euro(inp.course_cost)} "
        f"= {format_euro(course_subsidy)}."
    )
    wage_subsidy: Decimal | None = None
    if inp.monthly_wage is not None and inp.months_release is not None:
        wage_subsidy = (wage_share * inp.monthly_wage * inp.months_release).quantize(
            _CENT, rounding=ROUND_HALF_UP
        )
        reasons.append(
            f"Arbeitsentgeltzuschuss: {format_share(wage_share)} von {format_euro(inp.monthly_wage)} "
            f"× {_number_de(inp.months_release)} Monate Freistellung = {format_euro(wage_subsidy)}."
        )
    else:
        reasons.append("Arbeitsentgeltzuschuss nicht berechnet: Monatsentgelt und Freistellungsdauer fehlen.")
    reasons.append(
        "Vorausgesetzt wird, dass die Maßnahme über eine kurzfristige, rein arbeitsplatzbezogene Anpassung "
        "hinausgeht (nicht geprüft)."
    )
    return FundingEstimate(
        True, tuple(reasons), rule_set, course_share, course_subsidy, wage_share, wage_subsidy, note
    )


def _failed_conditions(inp: FundingInput, rule_set: FundingRuleSet) -> list[str]:
    cond = rule_set.conditions
    failures: list[str] = []
    min_hours = cond.min_hours_exclusive.value
    if inp.hours <= min_hours:
        failures.append(
            f"Die Maßnahme umfasst {_number_de(inp.hours)} Stunden; gefördert werden nur Maßnahmen mit mehr "
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
    if inp.last_funding is not None and inp.last_funding > _years_before(inp.start, window):
        failures.append(
            f"Die letzte Förderung nach § 82 SGB III ({format_date_de(inp.last_funding)}) liegt weniger als "
            f"{_years(window)} vor dem Maßnahmebeginn ({format_date_de(inp.start)})."
            f"{_status(cond.min_years_since_last_funding.status)}"
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


def _shares(inp: FundingInput, rule_set: FundingRuleSet, reasons: list[str]) -> tuple[Decimal, Decimal]:
    """Course-cost and wage-subsidy shares after bands, special rules and bonuses; appends the reasons."""
    size = inp.company_size
    course_band, wage_band = rule_set.course_cost_band(size), rule_set.wage_subsidy_band(size)
    course_share, wage_share = course_band.share, wage_band.share
    for what, band in (("Lehrgangskosten", course_band), ("Arbeitsentgeltzuschuss", wage_band)):
        reasons.append(
            f"{what}: Betrieb mit {size} Beschäftigten (Band „{band.label_de}“): "
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
    for bonus in rule_set.bonuses:
        if not _bonus_condition_met(bonus, inp):
            continue
        if inp.start < bonus.valid_from:
            reasons.append(
                f"{bonus.label_de}: gilt erst ab {format_date_de(bonus.valid_from)}, nicht angerechnet."
            )
        elif not bonus.applied:
            reasons.append(f"{bonus.label_de}: nicht angerechnet. {bonus.note_de}{_status(bonus.status)}")
        else:
            if bonus.applies_to_course_cost:
                course_share = min(_ONE, course_share + bonus.points)
            if bonus.applies_to_wage_subsidy:
                wage_share = min(_ONE, wage_share + bonus.points)
            reasons.append(f"{bonus.label_de}: angerechnet (höchstens 100 %).{_status(bonus.status)}")
    return course_share, wage_share


def _bonus_condition_met(bonus: BonusRule, inp: FundingInput) -> bool:
    if bonus.kind is BonusKind.TRAINING_AGREEMENT:
        return inp.company_agreement
    share = inp.share_affected_by_change
    if share is None or bonus.min_share is None:
        return False
    sme = bonus.sme_below_employees is not None and inp.company_size < bonus.sme_below_employees
    threshold = bonus.min_share_sme if sme and bonus.min_share_sme is not None else bonus.min_share
    return share >= threshold


# --- Qualifizierungsgeld (§§ 82a–c SGB III): information only -------------------------------------------


@dataclass(frozen=True)
class QualifizierungsgeldCondition:
    kind: str
    text_de: str
    status: FactStatus
    min_share: Decimal | None = None
    min_share_sme: Decimal | None = None
    sme_below_employees: int | None = None
    declaration_below_employees: int | None = None


@dataclass(frozen=True)
class QualifizierungsgeldInfo:
    """The conditions in German, whether each is met (None: cannot be judged from the input), and a note."""

    conditions: tuple[str, ...]
    met: tuple[bool | None, ...]
    note: str


@cache
def _qualifizierungsgeld_rules() -> tuple[dict[str, Any], tuple[QualifizierungsgeldCondition, ...]]:
    path = resource_path("funding", "qualifizierungsgeld-2024.json")
    document = read_json_document(path, "qualifizierungsgeld.schema.json")
    conditions = tuple(build_record(QualifizierungsgeldCondition, raw) for raw in document["conditions"])
    return document, conditions


def qualifizierungsgeld_info(
    company_size: int, share_affected: Decimal | None, has_agreement: bool, start: date
) -> QualifizierungsgeldInfo:
    """Which Qualifizierungsgeld conditions the company data meet; information only, no amount."""
    if company_size < 1:
        raise FundingInputError(["Der Betrieb muss mindestens 1 Beschäftigte/n haben."])
    if share_affected is not None and not (share_affected.is_finite() and _ZERO <= share_affected <= _ONE):
        raise FundingInputError(
            ["Der Anteil der betroffenen Beschäftigten muss zwischen 0 und 100 % liegen."]
        )
    document, conditions = _qualifizierungsgeld_rules()
    valid_from = parse_date(document["valid_from"])
    valid_to = None if document["valid_to"] is None else parse_date(document["valid_to"])
    met: list[bool | None] = []
    for condition in conditions:
        if condition.kind == "structural_change_share" and condition.min_share is not None:
            threshold = condition.min_share
            sme_limit = condition.sme_below_employees
            if condition.min_share_sme is not None and sme_limit is not None and company_size < sme_limit:
                threshold = condition.min_share_sme
            met.append(None if share_affected is None else share_affected >= threshold)
        elif condition.kind == "agreement":
            declaration_limit = condition.declaration_below_employees or 0
            met.append(True if has_agreement else (None if company_size < declaration_limit else False))
        elif condition.kind == "start_date":
            met.append(valid_from <= start and (valid_to is None or start <= valid_to))
        else:
            met.append(None)
    note = (
        f"{document['note_de']} Höhe: {format_share(Decimal(document['rate']))} des ausgefallenen "
        f"Nettoentgelts, mit Kind {format_share(Decimal(document['rate_with_child']))}. "
        f"Quelle: {document['source']} ({FactStatus(document['status']).label_de})."
    )
    return QualifizierungsgeldInfo(tuple(c.text_de for c in conditions), tuple(met), note)
