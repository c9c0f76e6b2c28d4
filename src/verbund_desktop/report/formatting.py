"""German number, money, date and text formatting for printed documents."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

DASH = "–"
_CENT = Decimal("0.01")


def _group_thousands(digits: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return ".".join(groups)


def format_number(value: Decimal | int, decimals: int = 0) -> str:
    """``Decimal("1234.5"), 2`` → ``"1.234,50"``; rounds half up; ``-0`` prints as ``0``."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    text = f"{abs(rounded):.{decimals}f}"
    whole, _, fraction = text.partition(".")
    result = _group_thousands(whole)
    if fraction:
        result += "," + fraction
    return sign + result


def format_eur(amount: Decimal | int | None) -> str:
    """``Decimal("1234.56")`` → ``"1.234,56 €"``; ``None`` → ``"–"``."""
    if amount is None:
        return DASH
    return f"{format_number(amount, 2)} €"


def format_share(share: Decimal | None) -> str:
    """A fraction as a percentage: ``Decimal("0.5")`` → ``"50 %"``, ``Decimal("0.125")`` → ``"12,5 %"``."""
    if share is None:
        return DASH
    percent = (Decimal(share) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    decimals = 0 if percent == percent.to_integral_value() else 1
    return f"{format_number(percent, decimals)} %"


def format_hours(hours: Decimal | int | None) -> str:
    """Hours without trailing zeros: ``Decimal("160")`` → ``"160"``, ``Decimal("7.5")`` → ``"7,5"``."""
    if hours is None:
        return DASH
    value = Decimal(hours)
    decimals = 0 if value == value.to_integral_value() else 1
    return format_number(value, decimals)


def format_date(value: date | None) -> str:
    """``date(2026, 11, 26)`` → ``"26.11.2026"``; ``None`` → ``"–"``."""
    if value is None:
        return DASH
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


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


def format_level(level: int | None) -> str:
    return DASH if level is None else str(level)


def yes_no(value: bool) -> str:
    return "ja" if value else "nein"


def or_dash(text: str) -> str:
    """The text itself, or a dash when nothing was recorded."""
    return text.strip() or DASH


def markup(text: str) -> str:
    """Escape free text for a ReportLab Paragraph; keep line breaks."""
    return escape(text.strip()).replace("\n", "<br/>")


def paragraphs_of(text: str) -> list[str]:
    """Split free text at blank lines into paragraphs (escaped for ReportLab markup)."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [markup(block) for block in blocks if block]
