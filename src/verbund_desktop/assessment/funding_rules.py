"""Dated § 82 SGB III rule sets: the data model, loading, schema and consistency checks.

Rules are data (``resources/funding/*.json``), never constants in code. A file is validated against
``rule-set.schema.json`` and then checked for consistency; any problem rejects the file as a whole with a
German message (:class:`FundingRuleError`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from verbund_desktop.assessment.content_files import describe_validation_error
from verbund_desktop.files import FileTooLargeError, read_limited_text
from verbund_desktop.resources import resource_path

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T")
R = TypeVar("R", bound="DataclassInstance")

RULE_SET_FILE_PATTERN = "sgb3-82-*.json"


class FundingRuleError(ValueError):
    """A rule set is malformed, inconsistent or does not cover a date; the message is German."""


class FactStatus(StrEnum):
    """How well a fact is backed: read in the named source, secondary source, or unverified."""

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"

    @property
    def label_de(self) -> str:
        return {
            FactStatus.VERIFIED: "in der Quelle geprüft",
            FactStatus.SECONDARY: "Angabe aus Sekundärquelle",
            FactStatus.UNVERIFIED: "ungeprüfte Angabe",
        }[self]


@dataclass(frozen=True)
class Fact(Generic[T]):
    """One value of a rule set with its status and a German note on where it comes from."""

    value: T
    status: FactStatus
    note_de: str


@dataclass(frozen=True)
class FundingConditions:
    """The eligibility conditions of one rule set."""

    min_hours_exclusive: Fact[int]
    min_years_since_qualification: Fact[int]
    min_years_since_last_funding: Fact[int]
    azav_measure_required: Fact[bool]
    azav_provider_required: Fact[bool]
    employer_obligation_excluded: Fact[bool]


@dataclass(frozen=True)
class ShareBand:
    """A funding share for companies with ``from_employees <= size < below_employees`` (None: open end)."""

    from_employees: int
    below_employees: int | None
    share: Decimal
    up_to: bool
    status: FactStatus
    note_de: str

    def contains(self, company_size: int) -> bool:
        return self.from_employees <= company_size and (
            self.below_employees is None or company_size < self.below_employees
        )

    @property
    def label_de(self) -> str:
        if self.below_employees is None:
            return f"ab {self.from_employees} Beschäftigte"
        return f"{self.from_employees} bis unter {self.below_employees} Beschäftigte"


@dataclass(frozen=True)
class OlderOrDisabledRule:
    """Full course costs for employees aged ``min_age``+ or severely disabled in smaller companies."""

    min_age: int
    below_employees: int
    course_cost_share: Decimal
    up_to: bool
    status: FactStatus
    note_de: str


@dataclass(frozen=True)
class NoQualificationRule:
    """Employees without a vocational qualification whose measure leads to one."""

    course_cost_share: Decimal
    wage_subsidy_share: Decimal
    wage_up_to: bool
    status: FactStatus
    note_de: str


class BonusKind(StrEnum):
    TRAINING_AGREEMENT = "training_agreement"
    STRUCTURAL_CHANGE = "structural_change"


@dataclass(frozen=True)
class BonusRule:
    """Percentage points added to the shares from ``valid_from``; ``applied=False`` marks an open point."""

    kind: BonusKind
    label_de: str
    points: Decimal
    valid_from: date
    applied: bool
    applies_to: tuple[str, ...]
    min_share: Decimal | None
    min_share_sme: Decimal | None
    sme_below_employees: int | None
    status: FactStatus
    note_de: str

    @property
    def applies_to_course_cost(self) -> bool:
        return "course_cost" in self.applies_to

    @property
    def applies_to_wage_subsidy(self) -> bool:
        return "wage_subsidy" in self.applies_to


@dataclass(frozen=True)
class FundingRuleSet:
    """One dated version of § 82 SGB III as the estimate applies it."""

    key: str
    title: str
    valid_from: date
    valid_to: date | None
    source: str
    validity_status: FactStatus
    validity_note_de: str
    conditions: FundingConditions
    course_cost_bands: tuple[ShareBand, ...]
    wage_subsidy_bands: tuple[ShareBand, ...]
    older_or_severely_disabled: OlderOrDisabledRule | None
    no_vocational_qualification: NoQualificationRule | None
    bonuses: tuple[BonusRule, ...]
    notes_de: tuple[str, ...] = ()

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def course_cost_band(self, company_size: int) -> ShareBand:
        return _band_for(self.course_cost_bands, company_size)

    def wage_subsidy_band(self, company_size: int) -> ShareBand:
        return _band_for(self.wage_subsidy_bands, company_size)

    @property
    def validity_de(self) -> str:
        if self.valid_to is None:
            return f"gültig ab {format_date_de(self.valid_from)}"
        return f"gültig vom {format_date_de(self.valid_from)} bis {format_date_de(self.valid_to)}"


def _band_for(bands: Sequence[ShareBand], company_size: int) -> ShareBand:
    for band in bands:
        if band.contains(company_size):
            return band
    raise FundingRuleError(f"Für die Betriebsgröße {company_size} enthält das Regelwerk keinen Fördersatz.")


# --- German formatting -------------------------------------------------------------------------------------


def format_date_de(day: date) -> str:
    """German date, e.g. ``26.11.2026``."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


# --- loading -----------------------------------------------------------------------------------------------


@cache
def builtin_rule_sets() -> tuple[FundingRuleSet, ...]:
    """The rule sets shipped in ``resources/funding/``, ordered by start of validity."""
    return load_rule_sets(sorted(resource_path("funding").glob(RULE_SET_FILE_PATTERN)))


def load_rule_sets(paths: Sequence[Path]) -> tuple[FundingRuleSet, ...]:
    """Load several rule sets; all or nothing: one bad file or overlapping validity rejects them all."""
    if not paths:
        raise FundingRuleError("Es wurde keine Regelwerk-Datei angegeben.")
    return check_rule_set_family([load_rule_set(path) for path in paths])


def check_rule_set_family(rule_sets: Sequence[FundingRuleSet]) -> tuple[FundingRuleSet, ...]:
    """Rule sets that are used together: unique keys, no overlapping validity; sorted by start of validity."""
    ordered = sorted(rule_sets, key=lambda rs: rs.valid_from)
    problems: list[str] = []
    seen: dict[str, FundingRuleSet] = {}
    for rule_set in ordered:
        if rule_set.key in seen:
            problems.append(f"Der Schlüssel „{rule_set.key}“ kommt in mehreren Regelwerken vor.")
        seen[rule_set.key] = rule_set
    for earlier, later in pairwise(ordered):
        if earlier.valid_to is None or later.valid_from <= earlier.valid_to:
            problems.append(
                f"Die Gültigkeit von „{earlier.key}“ ({earlier.validity_de}) überschneidet sich mit "
                f"„{later.key}“ ({later.validity_de})."
            )
    if problems:
        raise FundingRuleError("Regelwerke abgelehnt: " + " ".join(problems))
    return tuple(ordered)


def with_replacements(
    base: Sequence[FundingRuleSet], replacements: Sequence[FundingRuleSet]
) -> tuple[FundingRuleSet, ...]:
    """``base`` with each rule set of the same key replaced (a corrected set) and new keys added; checked whole."""
    by_key = {rs.key: rs for rs in base}
    for rule_set in replacements:
        by_key[rule_set.key] = rule_set
    return check_rule_set_family(list(by_key.values()))


def rule_set_for(start: date, rule_sets: Sequence[FundingRuleSet]) -> FundingRuleSet:
    """The rule set whose validity covers ``start``."""
    for rule_set in rule_sets:
        if rule_set.covers(start):
            return rule_set
    known = "; ".join(f"„{rs.title}“ {rs.validity_de}" for rs in rule_sets) or "keine"
    raise FundingRuleError(
        f"Für einen Maßnahmebeginn am {format_date_de(start)} liegt kein Regelwerk vor "
        f"(vorhandene Regelwerke: {known})."
    )


def load_rule_set(path: Path) -> FundingRuleSet:
    """Read, validate and check one rule set file; raise :class:`FundingRuleError` on any problem."""
    return rule_set_from_document(read_json_document(path, "rule-set.schema.json"), path.name)


def rule_set_from_document(document: dict[str, Any], name: str) -> FundingRuleSet:
    """Build and check a rule set from an already parsed, schema-valid document (e.g. one kept in a workspace)."""
    error = best_match(_validator("rule-set.schema.json").iter_errors(document))
    if error is not None:
        raise FundingRuleError(f"Regelwerk „{name}“ abgelehnt: {describe_validation_error(error)}")
    try:
        rule_set = _build_rule_set(document)
    except ValueError as exc:  # e.g. an impossible calendar date such as 2024-02-30
        raise FundingRuleError(f"Regelwerk „{name}“ abgelehnt: {exc}") from exc
    problems = check_rule_set(rule_set)
    if problems:
        raise FundingRuleError(f"Regelwerk „{name}“ abgelehnt: " + " ".join(problems))
    return rule_set


def read_json_document(path: Path, schema_name: str) -> dict[str, Any]:
    """Parse a JSON file and validate it against a schema in ``resources/funding``; German errors."""
    try:
        text = read_limited_text(path)
    except FileTooLargeError as exc:
        raise FundingRuleError(str(exc)) from exc
    except FileNotFoundError as exc:
        raise FundingRuleError(f"Die Datei „{path}“ wurde nicht gefunden.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise FundingRuleError(f"Die Datei „{path.name}“ kann nicht gelesen werden ({exc}).") from exc
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise FundingRuleError(f"Die Datei „{path.name}“ ist zu tief verschachtelt.") from exc
    except ValueError as exc:
        raise FundingRuleError(f"Die Datei „{path.name}“ enthält kein gültiges JSON: {exc}") from exc
    try:
        error = best_match(_validator(schema_name).iter_errors(document))
    except RecursionError as exc:
        raise FundingRuleError(f"Die Datei „{path.name}“ ist zu tief verschachtelt.") from exc
    if error is not None:
        raise FundingRuleError(
            f"Die Datei „{path.name}“ entspricht nicht dem Schema: {describe_validation_error(error)}"
        )
    assert isinstance(document, dict)  # guaranteed by the schema's top-level "type": "object"
    return document


def _reject_constant(name: str) -> object:
    raise ValueError(f"„{name}“ ist in JSON nicht erlaubt")


@cache
def _validator(schema_name: str) -> Draft202012Validator:
    schema = json.loads(resource_path("funding", schema_name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def parse_date(text: str) -> date:
    """Parse a schema-checked ``YYYY-MM-DD`` string; ValueError (German) for impossible dates."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"„{text}“ ist kein gültiges Kalenderdatum.") from None


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "int": int,
    "bool": bool,
    "str": str,
    "Decimal": Decimal,
    "date": parse_date,
    "FactStatus": FactStatus,
    "BonusKind": BonusKind,
    "tuple[str, ...]": tuple,
}


def build_record(cls: type[R], raw: Mapping[str, Any]) -> R:
    """Build a frozen record from a schema-checked JSON object whose keys equal the field names."""
    values: dict[str, Any] = {}
    for field in fields(cls):
        type_text = str(field.type)
        value = raw.get(field.name)
        if value is None and type_text.endswith(" | None"):
            values[field.name] = None
        else:
            values[field.name] = _CONVERTERS[type_text.removesuffix(" | None")](value)
    return cls(**values)


def _fact(raw: Mapping[str, Any]) -> Fact[Any]:
    return Fact(raw["value"], FactStatus(raw["status"]), raw["note_de"])


def _optional_record(cls: type[R], raw: Mapping[str, Any] | None) -> R | None:
    return None if raw is None else build_record(cls, raw)


def _build_rule_set(doc: dict[str, Any]) -> FundingRuleSet:
    special = doc["special_rules"]
    return FundingRuleSet(
        key=doc["key"],
        title=doc["title"],
        valid_from=parse_date(doc["valid_from"]),
        valid_to=None if doc["valid_to"] is None else parse_date(doc["valid_to"]),
        source=doc["source"],
        validity_status=FactStatus(doc["validity"]["status"]),
        validity_note_de=doc["validity"]["note_de"],
        conditions=FundingConditions(**{name: _fact(raw) for name, raw in doc["conditions"].items()}),
        course_cost_bands=tuple(build_record(ShareBand, raw) for raw in doc["course_cost_bands"]),
        wage_subsidy_bands=tuple(build_record(ShareBand, raw) for raw in doc["wage_subsidy_bands"]),
        older_or_severely_disabled=_optional_record(
            OlderOrDisabledRule, special["older_or_severely_disabled"]
        ),
        no_vocational_qualification=_optional_record(
            NoQualificationRule, special["no_vocational_qualification"]
        ),
        bonuses=tuple(build_record(BonusRule, raw) for raw in doc["bonuses"]),
        notes_de=tuple(doc.get("notes_de", ())),
    )


# --- consistency -------------------------------------------------------------------------------------------


def check_rule_set(rule_set: FundingRuleSet) -> list[str]:
    """German descriptions of every inconsistency in a rule set (empty when it is sound)."""
    problems: list[str] = []
    if rule_set.valid_to is not None and rule_set.valid_to < rule_set.valid_from:
        problems.append(
            f"Das Ende der Gültigkeit ({format_date_de(rule_set.valid_to)}) liegt vor ihrem Beginn "
            f"({format_date_de(rule_set.valid_from)})."
        )
    problems += _check_bands(rule_set.course_cost_bands, "Lehrgangskosten")
    problems += _check_bands(rule_set.wage_subsidy_bands, "Arbeitsentgeltzuschuss")
    records: list[tuple[str, object]] = [
        *((f"Lehrgangskosten, Band {i}", band) for i, band in enumerate(rule_set.course_cost_bands, 1)),
        *(
            (f"Arbeitsentgeltzuschuss, Band {i}", band)
            for i, band in enumerate(rule_set.wage_subsidy_bands, 1)
        ),
        ("Sonderregel ab 45 Jahren/Schwerbehinderung", rule_set.older_or_severely_disabled),
        ("Sonderregel ohne Berufsabschluss", rule_set.no_vocational_qualification),
        *((f"Zuschlag „{bonus.kind}“", bonus) for bonus in rule_set.bonuses),
    ]
    # Every Decimal in a rule set is a share or a number of percentage points: all lie within 0..1.
    problems += [
        f"{label}: Der Anteil „{name}“ = {value} liegt nicht zwischen 0 und 1 (0 % bis 100 %)."
        for label, record in records
        for name, value in (vars(record) if record is not None else {}).items()
        if isinstance(value, Decimal) and not Decimal(0) <= value <= Decimal(1)
    ]
    for bonus in rule_set.bonuses:
        if not rule_set.covers(bonus.valid_from):
            problems.append(
                f"Der Zuschlag „{bonus.kind}“ beginnt am {format_date_de(bonus.valid_from)}, "
                f"außerhalb der Gültigkeit des Regelwerks ({rule_set.validity_de})."
            )
        if bonus.kind is BonusKind.STRUCTURAL_CHANGE and None in (bonus.min_share, bonus.min_share_sme):
            problems.append("Der Zuschlag „structural_change“ braucht „min_share“ und „min_share_sme“.")
        if bonus.min_share_sme is not None and bonus.sme_below_employees is None:
            problems.append(f"Der Zuschlag „{bonus.kind}“ nennt „min_share_sme“ ohne „sme_below_employees“.")
    return problems


def _check_bands(bands: Sequence[ShareBand], what: str) -> list[str]:
    problems: list[str] = []
    expected_from = 0
    for index, band in enumerate(bands, start=1):
        if band.from_employees != expected_from:
            kind = (
                "überschneidet sich mit" if band.from_employees < expected_from else "lässt eine Lücke nach"
            )
            problems.append(
                f"{what}, Band {index}: Es beginnt bei {band.from_employees} Beschäftigten und {kind} dem "
                f"vorigen Band (erwartet: {expected_from}); Bänder müssen lückenlos bei 0 beginnen."
            )
        if band.below_employees is None:
            if index != len(bands):
                problems.append(f"{what}, Band {index}: Nur das letzte Band darf nach oben offen sein.")
            break
        if band.below_employees <= band.from_employees:
            problems.append(f"{what}, Band {index}: Die Obergrenze liegt nicht über der Untergrenze.")
        expected_from = band.below_employees
    else:
        problems.append(f"{what}: Das letzte Band muss nach oben offen sein (below_employees: null).")
    return problems
