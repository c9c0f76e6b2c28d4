"""Dated § 82 SGB III rule sets: the data model, loading, schema and consistency checks.

Rules are data (``resources/funding/*.json``), never constants in code. A file is validated against
``rule-set.schema.json`` and then checked for consistency; any problem rejects the file as a whole with a
German message (:class:`FundingRuleError`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from datetime import date
from decimal import Decimal
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from verbund_desktop.assessment.content_files import describe_validation_error
from verbund_desktop.assessment.errors import InputError, Message, as_message, message_of, too_large_message
from verbund_desktop.assessment.funding_model import (
    BonusKind,
    BonusRule,
    Fact,
    FactStatus,
    FundingConditions,
    FundingRuleError,
    FundingRuleSet,
    NoQualificationRule,
    OlderOrDisabledRule,
    ShareBand,
    WageBaseRule,
    format_date_de,
)
from verbund_desktop.files import FileTooLargeError, read_limited_text
from verbund_desktop.resources import resource_path

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")

__all__ = [
    "BonusKind",
    "BonusRule",
    "Fact",
    "FactStatus",
    "FundingConditions",
    "FundingRuleError",
    "FundingRuleSet",
    "NoQualificationRule",
    "OlderOrDisabledRule",
    "ShareBand",
    "WageBaseRule",
    "build_record",
    "builtin_rule_sets",
    "check_rule_set",
    "check_rule_set_family",
    "format_date_de",
    "load_rule_set",
    "load_rule_sets",
    "parse_date",
    "read_json_document",
    "rule_set_for",
    "rule_set_from_document",
    "with_replacements",
]

RULE_SET_FILE_PATTERN = "sgb3-82-*.json"


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
            problems.append(
                Message("Der Schlüssel „{key}“ kommt in mehreren Regelwerken vor.", key=rule_set.key)
            )
        seen[rule_set.key] = rule_set
    for earlier, later in pairwise(ordered):
        if earlier.valid_to is None or later.valid_from <= earlier.valid_to:
            problems.append(
                Message(
                    "Die Gültigkeit von „{earlier}“ ({earlier_validity}) überschneidet sich mit „{later}“ "
                    "({later_validity}).",
                    earlier=earlier.key,
                    earlier_validity=earlier.validity,
                    later=later.key,
                    later_validity=later.validity,
                )
            )
    if problems:
        raise FundingRuleError(Message("Regelwerke abgelehnt: {problems}", problems=joined(problems)))
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
    named = [Message("„{title}“ {validity}", title=rs.title, validity=rs.validity) for rs in rule_sets]
    raise FundingRuleError(
        Message(
            "Für einen Maßnahmebeginn am {start} liegt kein Regelwerk vor (vorhandene Regelwerke: {known}).",
            start=start,
            known=joined(named, "; ") if named else Message("keine"),
        )
    )


def joined(parts: Sequence[str], separator: str = " ") -> Message:
    """Sentences (or parts) one after the other as one message part, each translated by the UI on its own;
    a plain text among them is looked up as it is."""
    fields = {f"p{index}": as_message(part) for index, part in enumerate(parts)}
    return Message(separator.join(f"{{{name}}}" for name in fields), **fields)


def load_rule_set(path: Path) -> FundingRuleSet:
    """Read, validate and check one rule set file; raise :class:`FundingRuleError` on any problem."""
    return rule_set_from_document(read_json_document(path, "rule-set.schema.json"), path.name)


def rule_set_from_document(document: dict[str, Any], name: str) -> FundingRuleSet:
    """Build and check a rule set from an already parsed, schema-valid document (e.g. one kept in a workspace)."""
    error = best_match(_validator("rule-set.schema.json").iter_errors(document))
    if error is not None:
        raise FundingRuleError(_refused(name, describe_validation_error(error)))
    try:
        rule_set = _build_rule_set(document)
    except ValueError as exc:  # e.g. an impossible calendar date such as 2024-02-30
        raise FundingRuleError(_refused(name, message_of(exc))) from exc
    problems = check_rule_set(rule_set)
    if problems:
        raise FundingRuleError(_refused(name, joined(problems)))
    return rule_set


def _refused(name: str, why: str) -> Message:
    return Message("Regelwerk „{name}“ abgelehnt: {why}", name=name, why=as_message(why))


def read_json_document(path: Path, schema_name: str) -> dict[str, Any]:
    """Parse a JSON file and validate it against a schema in ``resources/funding``; German errors."""
    try:
        text = read_limited_text(path)
    except FileTooLargeError as exc:
        raise FundingRuleError(too_large_message(exc)) from exc
    except FileNotFoundError as exc:
        raise FundingRuleError(Message("Die Datei „{path}“ wurde nicht gefunden.", path=str(path))) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise FundingRuleError(
            Message("Die Datei „{name}“ kann nicht gelesen werden ({why}).", name=path.name, why=str(exc))
        ) from exc
    try:
        document = json.loads(text, parse_constant=_reject_constant)
    except RecursionError as exc:
        raise FundingRuleError(
            Message("Die Datei „{name}“ ist zu tief verschachtelt.", name=path.name)
        ) from exc
    except ValueError as exc:
        raise FundingRuleError(
            Message(
                "Die Datei „{name}“ enthält kein gültiges JSON: {why}", name=path.name, why=message_of(exc)
            )
        ) from exc
    try:
        error = best_match(_validator(schema_name).iter_errors(document))
    except RecursionError as exc:
        raise FundingRuleError(
            Message("Die Datei „{name}“ ist zu tief verschachtelt.", name=path.name)
        ) from exc
    if error is not None:
        raise FundingRuleError(
            Message(
                "Die Datei „{name}“ entspricht nicht dem Schema: {why}",
                name=path.name,
                why=as_message(describe_validation_error(error)),
            )
        )
    assert isinstance(document, dict)  # guaranteed by the schema's top-level "type": "object"
    return document


def _reject_constant(name: str) -> object:
    raise InputError(Message("„{name}“ ist in JSON nicht erlaubt", name=name))


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
        raise InputError(Message("„{text}“ ist kein gültiges Kalenderdatum.", text=text)) from None


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
    return Fact(raw["value"], FactStatus(raw["status"]), raw["note_de"], raw.get("source"))


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
        validity_source=doc["validity"].get("source"),
        wage_subsidy_base=_optional_record(WageBaseRule, doc.get("wage_subsidy_base")),
    )


# --- consistency -------------------------------------------------------------------------------------------


def check_rule_set(rule_set: FundingRuleSet) -> list[str]:
    """German descriptions of every inconsistency in a rule set (empty when it is sound), as messages."""
    problems: list[str] = []
    if rule_set.valid_to is not None and rule_set.valid_to < rule_set.valid_from:
        problems.append(
            Message(
                "Das Ende der Gültigkeit ({end}) liegt vor ihrem Beginn ({start}).",
                end=rule_set.valid_to,
                start=rule_set.valid_from,
            )
        )
    course, wage = Message("Lehrgangskosten"), Message("Arbeitsentgeltzuschuss")
    problems += _check_bands(rule_set.course_cost_bands, course)
    problems += _check_bands(rule_set.wage_subsidy_bands, wage)
    records: list[tuple[Message, object]] = [
        *((_band(course, i), band) for i, band in enumerate(rule_set.course_cost_bands, 1)),
        *((_band(wage, i), band) for i, band in enumerate(rule_set.wage_subsidy_bands, 1)),
        (Message("Sonderregel ab 45 Jahren/Schwerbehinderung"), rule_set.older_or_severely_disabled),
        (Message("Sonderregel ohne Berufsabschluss"), rule_set.no_vocational_qualification),
        (Message("Bemessungsgrundlage des Arbeitsentgeltzuschusses"), rule_set.wage_subsidy_base),
        *((Message("Zuschlag „{kind}“", kind=bonus.kind), bonus) for bonus in rule_set.bonuses),
    ]
    # Every Decimal in a rule set is a share or a number of percentage points: all lie within 0..1.
    problems += [
        Message(
            "{label}: Der Anteil „{name}“ = {value} liegt nicht zwischen 0 und 1 (0 % bis 100 %).",
            label=label,
            name=name,
            value=str(value),  # as written in the file
        )
        for label, record in records
        for name, value in (vars(record) if record is not None else {}).items()
        if isinstance(value, Decimal) and not Decimal(0) <= value <= Decimal(1)
    ]
    for bonus in rule_set.bonuses:
        if not rule_set.covers(bonus.valid_from):
            problems.append(
                Message(
                    "Der Zuschlag „{kind}“ beginnt am {start}, außerhalb der Gültigkeit des Regelwerks "
                    "({validity}).",
                    kind=bonus.kind,
                    start=bonus.valid_from,
                    validity=rule_set.validity,
                )
            )
        if bonus.kind is BonusKind.STRUCTURAL_CHANGE and None in (bonus.min_share, bonus.min_share_sme):
            problems.append("Der Zuschlag „structural_change“ braucht „min_share“ und „min_share_sme“.")
        if bonus.min_share_sme is not None and bonus.sme_below_employees is None:
            problems.append(
                Message(
                    "Der Zuschlag „{kind}“ nennt „min_share_sme“ ohne „sme_below_employees“.", kind=bonus.kind
                )
            )
    return problems


def _band(what: Message, index: int) -> Message:
    return Message("{what}, Band {index}", what=what, index=index)


def _check_bands(bands: Sequence[ShareBand], what: Message) -> list[str]:
    problems: list[str] = []
    expected_from = 0
    for index, band in enumerate(bands, start=1):
        where = _band(what, index)
        if band.from_employees != expected_from:
            problems.append(
                Message(
                    "{where}: Es beginnt bei {start} Beschäftigten und überschneidet sich mit dem vorigen Band "
                    "(erwartet: {expected}); Bänder müssen lückenlos bei 0 beginnen."
                    if band.from_employees < expected_from
                    else "{where}: Es beginnt bei {start} Beschäftigten und lässt eine Lücke nach dem vorigen "
                    "Band (erwartet: {expected}); Bänder müssen lückenlos bei 0 beginnen.",
                    where=where,
                    start=band.from_employees,
                    expected=expected_from,
                )
            )
        if band.below_employees is None:
            if index != len(bands):
                problems.append(
                    Message("{where}: Nur das letzte Band darf nach oben offen sein.", where=where)
                )
            break
        if band.below_employees <= band.from_employees:
            problems.append(Message("{where}: Die Obergrenze liegt nicht über der Untergrenze.", where=where))
        expected_from = band.below_employees
    else:
        problems.append(
            Message("{what}: Das letzte Band muss nach oben offen sein (below_employees: null).", what=what)
        )
    return problems
