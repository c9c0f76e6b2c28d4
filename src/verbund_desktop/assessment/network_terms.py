"""The network's words as data: company size bands, joint-course statuses, the cost split per seat. Pure Python.

The size bands follow the § 82 SGB III bands in force since 1 April 2024 (under 50, 50 to 499, 500 and more,
weighted headcount including linked companies); they group figures only, the funding itself is estimated by
:mod:`verbund_desktop.assessment.funding` with each company's own size.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum


@dataclass(frozen=True)
class SizeBand:
    key: str
    label_de: str
    low: Decimal  # inclusive
    high: Decimal | None  # exclusive; None: no upper bound


SIZE_BANDS = (
    SizeBand("unter_50", "unter 50 Beschäftigte", Decimal(0), Decimal(50)),
    SizeBand("50_499", "50 bis 499 Beschäftigte", Decimal(50), Decimal(500)),
    SizeBand("ab_500", "ab 500 Beschäftigte", Decimal(500), None),
)
SIZE_BAND_SOURCE = "Größenklassen nach § 82 SGB III (Fassung ab 1. April 2024)"


def size_band(key: str) -> SizeBand:
    for band in SIZE_BANDS:
        if band.key == key:
            return band
    raise KeyError(key)


def band_of(headcount: Decimal) -> SizeBand:
    for band in SIZE_BANDS:
        if headcount >= band.low and (band.high is None or headcount < band.high):
            return band
    return SIZE_BANDS[0]


class CourseStatus(StrEnum):
    PLANNING = "planung"
    CONFIRMED = "bestaetigt"
    RUNNING = "laeuft"
    COMPLETED = "abgeschlossen"
    CANCELLED = "abgesagt"

    @property
    def label_de(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    CourseStatus.PLANNING: "in Planung",
    CourseStatus.CONFIRMED: "bestätigt",
    CourseStatus.RUNNING: "läuft",
    CourseStatus.COMPLETED: "abgeschlossen",
    CourseStatus.CANCELLED: "abgesagt",
}

# Which status may follow which; a cancelled or completed course stays as it is.
NEXT_STATUSES = {
    CourseStatus.PLANNING: (CourseStatus.CONFIRMED, CourseStatus.CANCELLED),
    CourseStatus.CONFIRMED: (CourseStatus.RUNNING, CourseStatus.PLANNING, CourseStatus.CANCELLED),
    CourseStatus.RUNNING: (CourseStatus.COMPLETED, CourseStatus.CANCELLED),
    CourseStatus.COMPLETED: (),
    CourseStatus.CANCELLED: (),
}

# What a seat's plan measure becomes when the course changes status.
MEASURE_STATUS_FOR = {
    CourseStatus.PLANNING: "geplant",
    CourseStatus.CONFIRMED: "angemeldet",
    CourseStatus.RUNNING: "laeuft",
    CourseStatus.COMPLETED: "abgeschlossen",
    CourseStatus.CANCELLED: "abgebrochen",
}

SEAT_PROPOSED = "vorgeschlagen"
SEAT_CONFIRMED = "bestaetigt"


def cost_per_seat(total: Decimal, min_seats: int, taken: int) -> Decimal:
    """The course costs split evenly over the seats taken, at least over the minimum the course needs to run."""
    divisor = max(min_seats, taken, 1)
    return (total / divisor).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


DEFAULT_FOLLOW_UP_MONTHS = 6


def add_months(day_year: int, day_month: int, day: int, months: int) -> tuple[int, int, int]:
    """(year, month, day) ``months`` later, the day clipped to the month's end (31 Aug + 6 → 28/29 Feb)."""
    index = day_year * 12 + (day_month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    days_in = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return year, month, min(day, days_in)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
