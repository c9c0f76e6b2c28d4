"""German formatting of amounts, shares, hours and dates in printed documents."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from verbund_desktop.report.formatting import (
    format_date,
    format_eur,
    format_hours,
    format_number,
    format_period,
    format_share,
    markup,
    paragraphs_of,
)
from verbund_desktop.report.styles import fit_text, text_width


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("1234.56"), "1.234,56 €"),
        (Decimal("0"), "0,00 €"),
        (Decimal("999.999"), "1.000,00 €"),
        (Decimal("1234567.8"), "1.234.567,80 €"),
        (Decimal("0.005"), "0,01 €"),
        (Decimal("-1234.5"), "-1.234,50 €"),
        (Decimal("-0.001"), "0,00 €"),
        (12, "12,00 €"),
        (None, "–"),
    ],
)
def test_format_eur(amount: Decimal | int | None, expected: str) -> None:
    assert format_eur(amount) == expected


@pytest.mark.parametrize(
    ("share", "expected"),
    [
        (Decimal("0.5"), "50 %"),
        (Decimal(1), "100 %"),
        (Decimal("0.25"), "25 %"),
        (Decimal("0.125"), "12,5 %"),
        (Decimal("0.7501"), "75 %"),
        (Decimal(0), "0 %"),
        (None, "–"),
    ],
)
def test_format_share(share: Decimal | None, expected: str) -> None:
    assert format_share(share) == expected


def test_format_number_groups_thousands_and_rounds_half_up() -> None:
    assert format_number(Decimal("1234.5"), 2) == "1.234,50"
    assert format_number(Decimal("2.5")) == "3"
    assert format_number(1000000) == "1.000.000"
    assert format_number(Decimal("123")) == "123"


def test_format_hours_drops_trailing_zeros() -> None:
    assert format_hours(Decimal("160.00")) == "160"
    assert format_hours(Decimal("7.5")) == "7,5"
    assert format_hours(Decimal("1200")) == "1.200"
    assert format_hours(None) == "–"


def test_format_date_and_period() -> None:
    assert format_date(date(2026, 11, 26)) == "26.11.2026"
    assert format_date(date(2027, 1, 4)) == "04.01.2027"
    assert format_date(None) == "–"
    start, end = date(2026, 3, 1), date(2026, 4, 15)
    assert format_period(start, end) == "01.03.2026 – 15.04.2026"
    assert format_period(start, None) == "ab 01.03.2026"
    assert format_period(None, end) == "bis 15.04.2026"
    assert format_period(start, start) == "01.03.2026"
    assert format_period(None, None) == "–"


def test_markup_escapes_reportlab_tags_and_keeps_line_breaks() -> None:
    assert markup("Müller & Söhne <GmbH>\nZeile 2") == "Müller &amp; Söhne &lt;GmbH&gt;<br/>Zeile 2"
    assert paragraphs_of("Erster Absatz\n\n\nZweiter & letzter\r\n\r\n") == [
        "Erster Absatz",
        "Zweiter &amp; letzter",
    ]
    assert paragraphs_of("  \n\n ") == []


def test_fit_text_shortens_with_ellipsis_to_the_width() -> None:
    text = "Maximilian von Lößnitz-Überhäuser"
    assert fit_text(text, 1000, 8) == text
    short = fit_text(text, 60, 8)
    assert short.endswith("…")
    assert text.startswith(short[:-1])
    assert text_width(short, 8) <= 60
