"""Dates and numbers in the UI language: German as ``assessment.german`` writes them, English as QLocale does.

The UI language is the one the installed translation speaks: the English .qm translates the marker „de_DE“
to „en_GB“, so no global locale has to be set (and removing the translator brings German back). Every place
the UI shows a date, an amount, hours or a share goes through these functions; printed documents and the
fields a person types into stay German (their parsers read German).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from verbund_desktop.assessment import german

DASH = german.DASH


def ui_locale() -> QLocale:
    return QLocale(QCoreApplication.translate("UiLocale", "de_DE"))


def is_german() -> bool:
    return ui_locale().language() == QLocale.Language.German


def ui_date_format() -> str:
    """The display format of date fields (QDateEdit), which read back what they show."""
    return "dd.MM.yyyy" if is_german() else "dd/MM/yyyy"


def ui_date(day: date | None) -> str:
    """03.02.2026 in German, 03/02/2026 in (British) English; None → dash."""
    if day is None:
        return DASH
    if is_german():
        return german.format_date(day)
    return ui_locale().toString(QDate(day.year, day.month, day.day), ui_date_format())


def ui_datetime(moment: datetime, *, seconds: bool = False) -> str:
    """03.02.2026 14:05 in German, 03/02/2026 14:05 in English (local time; with ``seconds`` … 14:05:09)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    if is_german():
        return german.format_datetime(local, seconds=seconds)
    return (
        f"{ui_date(local.date())} {local:%H:%M:%S}" if seconds else f"{ui_date(local.date())} {local:%H:%M}"
    )


def ui_number(value: Decimal | int, decimals: int = 0) -> str:
    """1.234,50 in German, 1,234.50 in English."""
    if is_german():
        return german.format_number(value, decimals)
    return ui_locale().toString(float(value), "f", decimals)


def _trimmed(value: Decimal) -> str:
    """As many decimals as the value has (none trailing), in the UI language."""
    normal = value.normalize()
    decimals = max(0, -normal.as_tuple().exponent)  # type: ignore[operator]
    if is_german():
        return german.format_decimal(value)
    return ui_locale().toString(float(value), "f", decimals)


def ui_eur(amount: Decimal | int | None) -> str:
    """1.234,56 € in German, €1,234.56 in English; None → dash."""
    if amount is None:
        return DASH
    if is_german():
        return german.format_euro(amount)
    return ui_locale().toCurrencyString(float(amount), "€", 2)


def ui_percent(share: Decimal | int | None) -> str:
    """A fraction as a percentage to one decimal: 33,3 % in German, 33.3% in English; None → dash."""
    if share is None:
        return DASH
    if is_german():
        return german.format_percent(share)
    return f"{_trimmed((Decimal(share) * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP))}%"


def ui_hours(hours: Decimal | int | None) -> str:
    """Hours to one decimal, none trailing: 7,5 in German, 7.5 in English; None → dash."""
    if hours is None:
        return DASH
    return _trimmed(Decimal(hours).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
