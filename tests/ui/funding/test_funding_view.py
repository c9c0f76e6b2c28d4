"""The company tab „Förderung“ for the demo's Südwest Logistik AG, typed as an advisor would (§ 82 SGB III)."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from tests.ui.printing.test_batch_print import company_tab
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.funding.funding_view import FundingView


def test_agreement_gives_30_percent_and_the_kann_maximum_is_named(qtbot: QtBot, demo_ws: Workspace) -> None:
    window, view = company_tab(qtbot, demo_ws, "Südwest Logistik AG", "Förderung")
    window.resize(1366, 768)
    assert isinstance(view, FundingView)
    assert view.size_edit.text() == "610" and view.agreement_box.isChecked()
    info = view.qualifizierungsgeld.toPlainText()
    # § 82a Abs. 2: the establishment (320) counts, not the group (610); § 320 Abs. 1a: the employer pays out
    assert "Südwest Logistik AG: 320 Beschäftigte im Betrieb" in info
    assert "Der Arbeitgeber errechnet es und zahlt es an die Beschäftigten aus" in info
    for edit, text in (
        (view.start_edit, "01.09.2026"),
        (view.application_edit, "15.06.2026"),
        (view.hours_edit, "200"),
        (view.cost_edit, "4.000,00"),
        (view.qualification_edit, "2004"),
        (view.last_funding_edit, "01.06.2024"),
        (view.wage_edit, "3.000,00"),
        (view.months_edit, "1"),
    ):
        edit.setFocus()
        type_text(qtbot, edit, text)
    qtbot.keyClick(view.months_edit, Qt.Key.Key_Return)
    result = view.result.toPlainText()
    assert "Voraussichtlich förderfähig" in result
    assert "Lehrgangskosten: 30 % = 1.200,00 €" in result  # § 82 Abs. 2 S. 2 Nr. 2 + Abs. 4 S. 1
    assert "Arbeitsentgeltzuschuss: 30 % = 1.080,00 €" in result  # Abs. 3 S. 3 base 3,600 €, Abs. 4 S. 2
    assert "Kann-Leistung als Höchstwert eingerechnet; ohne sie: 25 % = 900,00 €" in result
    assert "Antragstellung: 15.06.2026" in result
    if os.environ.get("VERBUND_SCREENSHOTS"):
        window.grab().save(str(Path(os.environ["VERBUND_SCREENSHOTS"]) / "funding_view.png"))
    # ended more than two years before the start but less than two years before the application: not eligible
    view.application_edit.clear()
    type_text(qtbot, view.application_edit, "15.06.2026")
    view.last_funding_edit.clear()
    type_text(qtbot, view.last_funding_edit, "16.06.2024")
    qtbot.keyClick(view.last_funding_edit, Qt.Key.Key_Return)
    assert "weniger als 2 Jahre vor der Antragstellung (15.06.2026)" in view.result.toPlainText()


def test_a_weighted_size_with_comma_is_accepted_and_a_bad_one_explained(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    _window, view = company_tab(qtbot, demo_ws, "Bäckerei Möller GmbH", "Förderung")
    assert isinstance(view, FundingView)
    view.size_edit.clear()
    type_text(qtbot, view.size_edit, "49,75")
    for edit, text in ((view.start_edit, "01.09.2026"), (view.hours_edit, "200"), (view.cost_edit, "2.000")):
        edit.setFocus()
        type_text(qtbot, edit, text)
    estimate = view.estimate()
    assert estimate is not None and estimate.course_cost_share == 1  # 49.75 < 50 (§ 82 Abs. 6)
    view.size_edit.clear()
    type_text(qtbot, view.size_edit, "49,6")
    assert view.estimate() is None
    assert "Schritte von 0,25" in view.result.toPlainText()


def test_the_english_ui_reads_english_dates_and_amounts(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    _window, view = company_tab(qtbot, demo_ws, "Bäckerei Möller GmbH", "Förderung")
    assert isinstance(view, FundingView)
    language(QLocale(ENGLISH))
    view.size_edit.clear()
    type_text(qtbot, view.size_edit, "49.75")
    for edit, text in (
        (view.start_edit, "01/09/2026"),
        (view.application_edit, "15/6/2026"),
        (view.hours_edit, "200"),
        (view.cost_edit, "2,400.50"),
    ):
        edit.setFocus()
        type_text(qtbot, edit, text)
    entry = view.funding_input()
    assert (entry.start, entry.application_date) == (date(2026, 9, 1), date(2026, 6, 15))
    assert (entry.company_size, entry.hours, entry.course_cost) == (
        Decimal("49.75"),
        Decimal(200),
        Decimal("2400.50"),
    )
