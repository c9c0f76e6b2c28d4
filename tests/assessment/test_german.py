"""The one German formatter: the same rules for printouts, messages and the command line."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from verbund_desktop.assessment import funding_format, german
from verbund_desktop.report import formatting


def test_numbers_group_thousands_and_round_half_up() -> None:
    assert german.format_number(Decimal("1234.5"), 2) == "1.234,50"
    assert german.format_number(Decimal("1234567.125"), 2) == "1.234.567,13"
    assert german.format_number(Decimal("-0.004"), 2) == "0,00"
    assert german.format_number(999) == "999"
    assert german.format_decimal(Decimal("49.750")) == "49,75"
    assert german.format_decimal(1250) == "1.250"


def test_money_percent_hours_and_missing_values() -> None:
    assert german.format_euro(Decimal("1234.565")) == "1.234,57 €"
    assert german.format_euro(Decimal("-5")) == "-5,00 €"
    assert german.format_percent(Decimal("0.5")) == "50 %"
    assert german.format_percent(Decimal(1) / Decimal(3)) == "33,3 %"
    assert german.format_percent(Decimal("0.125")) == "12,5 %"
    assert german.format_hours(Decimal("7.50")) == "7,5"
    for missing in (german.format_euro(None), german.format_percent(None), german.format_hours(None)):
        assert missing == german.DASH


def test_dates_and_local_times() -> None:
    assert german.format_date(date(2026, 3, 1)) == "01.03.2026"
    naive = datetime(2026, 11, 26, 14, 5, 9)
    assert german.format_datetime(naive) == "26.11.2026 14:05"
    assert german.format_datetime(naive, seconds=True) == "26.11.2026 14:05:09"
    aware = datetime(2026, 11, 26, 14, 5, tzinfo=UTC)
    assert german.format_datetime(aware) == german.format_datetime(aware.astimezone().replace(tzinfo=None))
    assert german.format_period(date(2026, 3, 1), None) == "ab 01.03.2026"


@given(st.decimals(min_value=0, max_value=1, allow_nan=False, places=6))
def test_the_plan_and_the_calculator_print_the_same_percentage(share: Decimal) -> None:
    # Before: the PDF printed 33,3 % and the calculator 33,33 % for the same share.
    assert (
        formatting.format_share(share) == funding_format.format_share(share) == german.format_percent(share)
    )


@given(st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, places=2))
def test_money_reads_back_as_the_same_amount(amount: Decimal) -> None:
    text = german.format_euro(amount)
    assert Decimal(text.removesuffix(" €").replace(".", "").replace(",", ".")) == amount
    assert formatting.format_eur(amount) == funding_format.format_euro(amount) == text
