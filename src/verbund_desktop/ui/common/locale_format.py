"""Dates and numbers in the UI language: German as ``assessment.german`` writes them, English as QLocale does.

The UI language is the one the installed translation speaks: the English .qm translates the marker „de_DE“
to „en_GB“, so no global locale has to be set (and removing the translator brings German back). Every place
the UI shows a date, an amount, hours or a share goes through these functions; printed documents stay German.
Fields a person types into show the UI language too (``ui_date_field``, ``ui_decimal_field``), and what is
typed there goes to the services as the German text their parsers read (``domain_date_text``,
``domain_number_text``).
"""

from __future__ import annotations

import re
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


def ui_decimal(value: Decimal | int) -> str:
    """A number with as many decimals as it has: 1.234,5 in German, 1,234.5 in English."""
    return _trimmed(Decimal(value))


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


def ui_date_hint() -> str:
    """The placeholder of a date input field: TT.MM.JJJJ in German, DD/MM/YYYY in English."""
    return QCoreApplication.translate("UiLocale", "TT.MM.JJJJ")


def ui_date_field(day: date | None) -> str:
    """The text of a date input field: as ``ui_date``, but blank for no date."""
    return "" if day is None else ui_date(day)


def ui_decimal_field(value: Decimal | int | None, *, money: bool = False) -> str:
    """The text of a number input field: money to two decimals (1.234,50 / 1,234.50), hours as 7,5 / 7.5."""
    if value is None:
        return ""
    if is_german():
        return german.format_number(value, 2) if money else german.format_hours(value)
    return ui_number(value, 2) if money else ui_hours(value)


def ui_headcount(value: Decimal | int) -> str:
    """A weighted headcount as its field shows it: 49,75 in German, 49.75 in English, 1250 in both — without a
    thousands separator, which the headcount's parser refuses (a company of 1.250 could not be saved again)."""
    text = f"{Decimal(value).normalize():f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return text.replace(".", ",") if is_german() else text


def domain_date_text(text: str) -> str:
    """A typed date as the German text the services parse: 22/03/2027 → 22.03.2027 in the English UI.

    Text that is no date in the UI's format goes on unchanged, so the service refuses it with its own
    message and nothing changes; the German UI passes everything unchanged.
    """
    cleaned = text.strip()
    if is_german() or not cleaned:
        return text
    day = QDate.fromString(cleaned, "d/M/yyyy")
    if not day.isValid():
        return text
    return german.format_date(date(day.year(), day.month(), day.day()))


def domain_number_text(text: str) -> str:
    """A typed number as the German text the services parse: 1,234.50 → 1.234,50 in the English UI.

    The separators are the UI locale's; text that is no number written that way goes on unchanged (the
    service then reads or refuses it), and the German UI passes everything unchanged.
    """
    cleaned = text.strip().replace("€", "").replace("\u00a0", "").replace(" ", "")
    if is_german() or not cleaned:
        return text
    locale = ui_locale()
    group, point = re.escape(locale.groupSeparator()), re.escape(locale.decimalPoint())
    if not re.fullmatch(rf"-?\d{{1,3}}({group}\d{{3}})+({point}\d+)?|-?\d+({point}\d+)?", cleaned):
        return text
    marker = "\x00"
    return (
        cleaned.replace(locale.groupSeparator(), marker)
        .replace(locale.decimalPoint(), ",")
        .replace(marker, ".")
    )
