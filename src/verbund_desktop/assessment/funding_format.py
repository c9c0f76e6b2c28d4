"""The weighted headcount of § 82 Abs. 6 SGB III, shared by estimate and forms.

Part-time staff count 0.25 (up to 10 hours a week), 0.5 (up to 20) or 0.75 (up to 30); a headcount is
therefore a multiple of 0.25, e.g. 49.75. Forms and the command line accept "49,75" and "49.75".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from verbund_desktop.assessment.errors import Message, UserError, as_message

# Re-exported: the funding code's names for the one German formatter.
from verbund_desktop.assessment.german import format_decimal
from verbund_desktop.assessment.german import format_decimal as number_de
from verbund_desktop.assessment.german import format_euro as format_euro
from verbund_desktop.assessment.german import format_percent as format_share

__all__ = [
    "HEADCOUNT_STEP",
    "FundingInputError",
    "format_euro",
    "format_headcount",
    "format_share",
    "number_de",
    "parse_weighted_headcount",
    "validate_headcount",
    "weighted_headcount",
]

HEADCOUNT_STEP = Decimal("0.25")
# Weekly hours up to which a part-time employee counts with the given weight (§ 82 Abs. 6 SGB III).
PART_TIME_WEIGHTS: tuple[tuple[int, Decimal], ...] = (
    (10, Decimal("0.25")),
    (20, Decimal("0.5")),
    (30, Decimal("0.75")),
)
_HEADCOUNT_TEXT = re.compile(r"\d{1,7}([.,]\d{1,2})?")


class FundingInputError(UserError, ValueError):
    """Impossible input for an estimate; ``problems`` holds every German message."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(Message("Die Angaben sind nicht möglich: {problems}", problems=_joined(problems)))
        self.problems = tuple(problems)


def _joined(problems: Sequence[str]) -> Message:
    """The problems one after another, each translated on its own in the UI (German: joined by a space)."""
    joined = as_message(problems[0] if problems else "")
    for problem in problems[1:]:
        joined = Message("{first} {second}", first=joined, second=as_message(problem))
    return joined


def format_headcount(value: Decimal | int) -> str:
    """A weighted headcount in German, e.g. ``49,75``."""
    return format_decimal(Decimal(value))


MAX_HEADCOUNT = Decimal("9999999.75")


def validate_headcount(value: Decimal, who: str = "Der Betrieb") -> list[str]:
    """German messages when ``value`` is no possible weighted headcount (positive, steps of 0,25)."""
    if not value.is_finite():
        return [Message("{who}: Die Zahl der Beschäftigten ist keine gültige Zahl.", who=as_message(who))]
    if value <= 0:
        return [
            Message(
                "{who} muss mindestens 0,25 Beschäftigte haben (eine Teilzeitkraft bis 10 Wochenstunden).",
                who=as_message(who),
            )
        ]
    if value > MAX_HEADCOUNT:  # the column is NUMERIC(9, 2): PostgreSQL (the office) refuses more
        return [
            Message(
                "{who}: {count} Beschäftigte sind mehr, als gespeichert werden kann.",
                who=as_message(who),
                count=value,
            )
        ]
    if value % HEADCOUNT_STEP != 0:
        return [
            Message(
                "{who}: Die Zahl der Beschäftigten {count} ist nicht möglich; Teilzeitkräfte zählen "
                "nach § 82 Abs. 6 SGB III mit 0,25, 0,5 oder 0,75 (Schritte von 0,25).",
                who=as_message(who),
                count=value,
            )
        ]
    return []


def parse_weighted_headcount(text: str | int | Decimal) -> Decimal:
    """A weighted headcount from "49,75", "49.75", "50" or a number; ValueError with a German message."""
    if isinstance(text, bool):
        raise ValueError("Die Zahl der Beschäftigten ist keine Zahl.")
    if isinstance(text, int | Decimal):
        value = Decimal(text)
    else:
        cleaned = text.strip().replace("\u202f", "").replace(" ", "")
        if not _HEADCOUNT_TEXT.fullmatch(cleaned):
            raise ValueError(
                Message(
                    "„{text}“ ist keine Zahl der Beschäftigten (z. B. 50 oder 49,75; ohne Tausenderpunkt).",
                    text=text,
                )
            )
        try:
            value = Decimal(cleaned.replace(",", "."))
        except InvalidOperation:
            raise ValueError(Message("„{text}“ ist keine Zahl.", text=text)) from None
    problems = validate_headcount(value, "Der Betrieb")
    if problems:
        raise ValueError(problems[0])
    return value.normalize() if value % 1 else Decimal(int(value))


def weighted_headcount(full_time: int, part_time_by_limit: dict[int, int]) -> Decimal:
    """Full-time staff count 1; part-time staff count by their weekly hours (keys 10, 20, 30).

    ``part_time_by_limit`` maps an upper limit of weekly hours to a number of people; staff above 30 hours
    count as full-time and belong in ``full_time``.
    """
    weights = dict(PART_TIME_WEIGHTS)
    unknown = set(part_time_by_limit) - set(weights)
    if unknown or full_time < 0 or any(n < 0 for n in part_time_by_limit.values()):
        raise ValueError("Die Zahlen der Voll- und Teilzeitkräfte müssen ganze Zahlen ab 0 sein.")
    total = Decimal(full_time) + sum(
        (weights[limit] * count for limit, count in part_time_by_limit.items()), Decimal(0)
    )
    return total.normalize() if total % 1 else Decimal(int(total))
