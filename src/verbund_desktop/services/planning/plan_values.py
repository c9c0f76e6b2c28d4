"""Checking and parsing the values of plans and measures; every refusal is a German sentence."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from verbund_desktop.assessment.errors import Message, UserError
from verbund_desktop.assessment.errors import as_message as label
from verbund_desktop.assessment.measures import MeasureStatus
from verbund_desktop.persistence.models import MEASURE_KINDS, MEASURE_STATUSES

EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)
MAX_HOURS = Decimal(5000)
MAX_COST = Decimal(1_000_000)
MAX_LINE = 200
_CENT = Decimal("0.01")
_GERMAN_NUMBER = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$")
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")

STATUS_BY_LABEL = {status.label: status.value for status in MeasureStatus}
NUMBER_LABELS = {
    "hours": "Die Stundenzahl",
    "release_hours": "Die Freistellung",
    "cost_eur": "Die Kosten",
    "monthly_pay_eur": "Das Monatsentgelt",
}
EURO_FIELDS = ("cost_eur", "monthly_pay_eur")
TEXT_LABELS = {
    "provider": "Der Träger",
    "format": "Das Format",
    "responsibility": "Die Verantwortung",
    "pooled_note": "Die Verbundmaßnahme",
}


class PlanError(UserError, ValueError):
    """A plan action is refused; the message is a German sentence for the user."""


# „… ist unplausibel hoch“ by (plural subject, euro): the limit is a Decimal, written 1.000.000 in German.
_TOO_HIGH = {
    (False, False): "{what} ist unplausibel hoch (höchstens {limit} Stunden).",
    (False, True): "{what} ist unplausibel hoch (höchstens {limit} €).",
    (True, False): "{what} sind unplausibel hoch (höchstens {limit} Stunden).",
    (True, True): "{what} sind unplausibel hoch (höchstens {limit} €).",
}


def parse_decimal_de(text: str, what: str = "Der Wert") -> Decimal | None:
    """German number text („1.234,56“, „160“, „7,5“, also „7.5“) → Decimal; blank → None."""
    cleaned = text.strip().replace("€", "").replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if "," not in cleaned and cleaned.count(".") == 1 and not re.fullmatch(r"-?\d{1,3}\.\d{3}", cleaned):
        cleaned = cleaned.replace(".", ",")  # „7.5“ typed with a decimal point
    if not _GERMAN_NUMBER.match(cleaned):
        raise PlanError(
            Message("{what}: „{text}“ ist keine Zahl (z. B. 1.234,56).", what=label(what), text=text.strip())
        )
    try:
        return Decimal(cleaned.replace(".", "").replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        raise PlanError(
            Message("{what}: „{text}“ ist keine Zahl.", what=label(what), text=text.strip())
        ) from None


def parse_date_de(text: str, what: str = "Das Datum") -> date | None:
    """„26.11.2026“ (or ISO „2026-11-26“) → date; blank → None."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _GERMAN_DATE.match(cleaned)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        return date.fromisoformat(cleaned)
    except ValueError:
        raise PlanError(
            Message("{what}: „{text}“ ist kein gültiges Datum (TT.MM.JJJJ).", what=label(what), text=cleaned)
        ) from None


def _date(name: str, value: Any) -> date | None:
    what = Message(
        {
            "start_date": "Der Beginn",
            "end_date": "Das Ende",
            "review_date": "Der Überprüfungstermin",
        }.get(name, "Das Datum")
    )
    if isinstance(value, str):
        value = parse_date_de(value, what)
    if value is None:
        return None
    if not isinstance(value, date):
        raise PlanError(Message("{what} ist kein Datum.", what=label(what)))
    if not EARLIEST <= value <= LATEST:
        raise PlanError(
            Message("{what} {day} ist nicht plausibel (erlaubt: 2000 bis 2100).", what=label(what), day=value)
        )
    return value


def _number(name: str, value: Any) -> Decimal | None:
    what = Message(NUMBER_LABELS[name])
    plural = name == "cost_eur"  # „Die Kosten sind …“
    if isinstance(value, str):
        value = parse_decimal_de(value, what)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise PlanError(Message("{what} sind keine Zahl." if plural else "{what} ist keine Zahl.", what=what))
    number = Decimal(value)
    if not number.is_finite():
        raise PlanError(
            Message(
                "{what} sind keine gültige Zahl." if plural else "{what} ist keine gültige Zahl.", what=what
            )
        )
    if number < 0:
        raise PlanError(
            Message(
                "{what} dürfen nicht negativ sein." if plural else "{what} darf nicht negativ sein.",
                what=what,
            )
        )
    euro = name in EURO_FIELDS
    limit = MAX_COST if euro else MAX_HOURS
    if number > limit:
        raise PlanError(Message(_TOO_HIGH[plural, euro], what=what, limit=limit))
    if number != number.quantize(_CENT):
        raise PlanError(Message("{what}: bitte höchstens zwei Nachkommastellen angeben.", what=what))
    return number.quantize(_CENT)


def _text(name: str, value: Any, *, limit: int | None = MAX_LINE) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise PlanError("Bitte Text eingeben.")
    text = value.strip()
    if limit is not None and len(text) > limit:
        what = Message(TEXT_LABELS.get(name, "Der Text"))
        raise PlanError(Message("{what} ist zu lang (höchstens {limit} Zeichen).", what=what, limit=limit))
    return text


def check_measure_value(name: str, value: Any) -> Any:
    """The cleaned value of one measure field; raises PlanError with a German message."""
    if name == "title":
        title = _text(name, value)
        if not title:
            raise PlanError("Bitte einen Titel für die Maßnahme angeben.")
        return title
    if name == "kind":
        if value not in MEASURE_KINDS:
            raise PlanError(Message("Unbekannte Art der Maßnahme „{kind}“.", kind=value))
        return value
    if name == "status":
        status = STATUS_BY_LABEL.get(value, value) if isinstance(value, str) else value
        if status not in MEASURE_STATUSES:
            allowed = ", ".join(STATUS_BY_LABEL)
            raise PlanError(f"Unbekannter Status „{value}“; möglich: {allowed}.")
        return status
    if name in ("start_date", "end_date"):
        return _date(name, value)
    if name in NUMBER_LABELS:
        return _number(name, value)
    if name == "azav":
        if not isinstance(value, bool):
            raise PlanError("AZAV-Zulassung: bitte ja oder nein angeben.")
        return value
    if name == "note":
        return _text(name, value, limit=None)
    if name in TEXT_LABELS:
        return _text(name, value)
    raise PlanError(f"Das Feld „{name}“ gibt es bei einer Maßnahme nicht.")


def check_plan_value(name: str, value: Any) -> Any:
    if name == "review_date":
        return _date(name, value)
    if name in ("starting_point", "goals", "responsibilities"):
        return _text(name, value, limit=None)
    raise PlanError(f"Das Feld „{name}“ gibt es im Plan nicht.")
