"""Issue 14: in the English UI all numbers and dates stayed German. The UI's one formatter speaks the UI
language: German as the domain writes it, English (British) as QLocale does."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from tests.support.plan_support import employee_id
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from tests.ui.windows import make_window
from verbund_desktop.assessment.funding_format import parse_weighted_headcount
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.common import locale_format as fmt
from verbund_desktop.ui.planning.plan_editor import PlanEditor
from verbund_desktop.ui.planning.plan_model import Column


def test_german_ui_formats_as_the_domain_does(qapp: object) -> None:
    assert fmt.ui_date(date(2027, 3, 22)) == "22.03.2027"
    assert fmt.ui_datetime(datetime(2027, 3, 22, 14, 5, 9), seconds=True) == "22.03.2027 14:05:09"
    assert fmt.ui_eur(Decimal("1234.5")) == "1.234,50 €"
    assert fmt.ui_percent(Decimal(1) / 3) == "33,3 %"
    assert fmt.ui_hours(Decimal("7.5")) == "7,5"
    assert fmt.ui_number(Decimal("2.35"), 1) == "2,4"
    assert fmt.ui_eur(None) == fmt.ui_date(None) == "–"
    assert fmt.ui_date_format() == "dd.MM.yyyy"


def test_english_ui_formats_as_qlocale_does(language: Install) -> None:  # noqa: F811
    language(QLocale(ENGLISH))
    assert fmt.ui_date(date(2027, 3, 22)) == "22/03/2027"
    assert fmt.ui_datetime(datetime(2027, 3, 22, 14, 5, 9), seconds=True) == "22/03/2027 14:05:09"
    assert fmt.ui_eur(Decimal("1234.5")) == "€1,234.50"
    assert fmt.ui_percent(Decimal(1) / 3) == "33.3%"
    assert fmt.ui_percent(Decimal("0.5")) == "50%"
    assert fmt.ui_hours(Decimal(160)) == "160"
    assert fmt.ui_hours(Decimal("7.5")) == "7.5"
    assert fmt.ui_number(Decimal("1234.5"), 2) == "1,234.50"
    assert fmt.ui_date_format() == "dd/MM/yyyy"  # date fields (consent, audit filter) show and read it


@pytest.mark.parametrize(
    ("english", "start", "cost"), [(False, "22.03.2027", "780,00 €"), (True, "22/03/2027", "€780.00")]
)
def test_the_plan_table_shows_dates_and_money_in_the_ui_language(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    english: bool,
    start: str,
    cost: str,
) -> None:
    if english:
        language(QLocale(ENGLISH))
    window = make_window(qtbot, demo_ws)
    assert window.select("employee", employee_id(demo_ws, "BM-02"))
    tabs = window.employee_tabs
    index = next(i for i in range(tabs.count()) if isinstance(tabs.widget(i), PlanEditor))
    tabs.setCurrentIndex(index)
    editor = tabs.widget(index)
    assert isinstance(editor, PlanEditor)
    model = editor.model
    rows = [
        (model.index(r, Column.START).data(), model.index(r, Column.COST).data())
        for r in range(model.rowCount())
    ]
    assert (start, cost) in rows
    assert model.index(0, Column.START).data(Qt.ItemDataRole.EditRole).isValid()  # editing keeps a QDate


def test_typed_text_reaches_the_services_in_german(language: Install) -> None:  # noqa: F811
    assert fmt.domain_date_text("22.03.2027") == "22.03.2027"  # the German UI passes everything on
    assert fmt.domain_number_text("1.234,50") == "1.234,50"
    language(QLocale(ENGLISH))
    assert fmt.domain_date_text(" 22/03/2027 ") == "22.03.2027"
    assert fmt.domain_date_text("1/3/2027") == "01.03.2027"
    assert fmt.domain_date_text("31/02/2027") == "31/02/2027"  # no date: the service refuses it
    assert fmt.domain_number_text("1,234.50") == "1.234,50"
    assert fmt.domain_number_text("€1,234.50") == "1.234,50"
    assert fmt.domain_number_text("7.5") == "7,5"
    assert fmt.domain_number_text("1,234,567") == "1.234.567"
    assert fmt.domain_number_text("1,2,3") == "1,2,3"  # no number: the service refuses it
    assert fmt.domain_number_text("") == ""
    assert (fmt.ui_decimal_field(Decimal("1234.5"), money=True), fmt.ui_decimal_field(Decimal("7.50"))) == (
        "1,234.50",
        "7.5",
    )
    assert fmt.ui_date_field(None) == fmt.ui_decimal_field(None) == ""


def test_headcounts_show_without_thousands_separator(language: Install) -> None:  # noqa: F811
    assert (
        fmt.ui_headcount(Decimal("49.75")),
        fmt.ui_headcount(1250),
        fmt.ui_headcount(Decimal("50.0")),
    ) == (
        "49,75",
        "1250",
        "50",
    )
    assert parse_weighted_headcount(fmt.ui_headcount(1250)) == 1250  # what the field shows can be saved again
    language(QLocale(ENGLISH))
    assert (
        fmt.ui_headcount(Decimal("49.750")),
        fmt.ui_headcount(1250),
        fmt.ui_headcount(Decimal("50.0")),
    ) == (
        "49.75",
        "1250",
        "50",
    )
