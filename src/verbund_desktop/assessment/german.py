"""The one German formatter for numbers, money, percentages and dates: every printout, message and the CLI use it.

Rules, once: thousands are grouped with a dot and decimals follow a comma (``1.234,5``); money has two decimals
and the euro sign after a narrow gap (``1.234,50 €``); a percentage is shown to one decimal place with a
trailing zero dropped (``50 %``, ``33,3 %``), so the printed plan and the calculator agree; rounding is half up;
a missing value is a dash. The desktop program's English interface formats with ``QLocale`` instead; this module
is the German source language.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

DASH = "–"


def _group_thousands(digits: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ".".join(groups)


def _german(text: str) -> str:
    """``"-1234.50"`` (Python's notation) in German: ``"-1.234,50"``; ``-0`` prints as ``0``."""
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if sign and not whole.strip("0") and not fraction.strip("0"):
        sign = ""
    return sign + _group_thousands(whole) + ("," + fraction if fraction else "")


def format_number(value: Decimal | int, decimals: int = 0) -> str:
    """``Decimal("1234.5"), 2`` → ``"1.234,50"``; rounds half up."""
    quantum = Decimal(1).scaleb(-decimals)
    return _german(f"{Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP):f}")


def format_decimal(value: Decimal | int) -> str:
    """As many decimals as the value has, none trailing: ``49.750`` → ``"49,75"``, ``1250`` → ``"1.250"``."""
    text = f"{Decimal(value).normalize():f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _german(text)


def format_euro(amount: Decimal | int | None) -> str:
    """``Decimal("1234.56")`` → ``"1.234,56 €"``; ``None`` → ``"–"``."""
    return DASH if amount is None else f"{format_number(amount, 2)} €"


def format_percent(share: Decimal | int | None) -> str:
    """A fraction as a percentage to one decimal: ``0.5`` → ``"50 %"``, ``1/3`` → ``"33,3 %"``; None → dash."""
    if share is None:
        return DASH
    percent = (Decimal(share) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{format_decimal(percent)} %"


def format_hours(hours: Decimal | int | None) -> str:
    """Hours to one decimal, none trailing: ``160`` → ``"160"``, ``7.5`` → ``"7,5"``; None → dash."""
    if hours is None:
        return DASH
    return format_decimal(Decimal(hours).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def format_date(value: date | None) -> str:
    """``date(2026, 11, 26)`` → ``"26.11.2026"``; a datetime shows its (local) day; None → dash."""
    if value is None:
        return DASH
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def format_datetime(value: datetime | None, *, seconds: bool = False) -> str:
    """Local time: ``"26.11.2026 14:05"`` (with ``seconds``: ``"… 14:05:09"``); an aware value is converted to the
    machine's time zone first; None → dash."""
    if value is None:
        return DASH
    local = value.astimezone() if value.tzinfo is not None else value
    clock = f"{local.hour:02d}:{local.minute:02d}" + (f":{local.second:02d}" if seconds else "")
    return f"{format_date(local)} {clock}"


def format_period(start: date | None, end: date | None) -> str:
    """A date range, open ends allowed: ``"01.03.2026 – 15.04.2026"``, ``"ab 01.03.2026"``."""
    if start is None and end is None:
        return DASH
    if start is None:
        return f"bis {format_date(end)}"
    if end is None:
        return f"ab {format_date(start)}"
    if start == end:
        return format_date(start)
    return f"{format_date(start)} – {format_date(end)}"
