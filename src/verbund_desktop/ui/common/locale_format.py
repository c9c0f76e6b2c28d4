"""Dates and numbers in the UI language: German as ``assessment.german`` writes them, English as QLocale does.

The UI language is the one the installed translation speaks: the English .qm translates the marker „de_DE“
to „en_GB“, so no global locale has to be set (and removing the translator brings German back).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from verbund_desktop.assessment import german


def ui_locale() -> QLocale:
    return QLocale(QCoreApplication.translate("UiLocale", "de_DE"))


def is_german() -> bool:
    return ui_locale().language() == QLocale.Language.German


def ui_date(day: date) -> str:
    """03.02.2026 in German, 03/02/2026 in (British) English."""
    if is_german():
        return german.format_date(day)
    return ui_locale().toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")


def ui_datetime(moment: datetime) -> str:
    """03.02.2026 14:05 in German, 03/02/2026 14:05 in English (local time)."""
    local = moment.astimezone()
    if is_german():
        return german.format_datetime(local)
    return f"{ui_date(local.date())} {local:%H:%M}"


def ui_number(value: Decimal | int, decimals: int = 0) -> str:
    """1.234,50 in German, 1,234.50 in English."""
    if is_german():
        return german.format_number(value, decimals)
    return ui_locale().toString(float(value), "f", decimals)
