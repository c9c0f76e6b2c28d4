"""The company form's weighted headcount (§ 82 Abs. 6 SGB III): counts by weekly hours, typed as a person would."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QSpinBox
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from tests.ui.organisation.test_company_editor import select_by_filter
from tests.ui.shell.test_main_window import make_window
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.funding.company_funding_data import company_funding_data


def type_count(qtbot: QtBot, spin: QSpinBox, count: int) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(count))


def test_part_time_counts_give_the_weighted_headcount_that_is_saved(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    window.resize(1366, 768)
    select_by_filter(qtbot, window, "Bäckerei")
    company_id = window.company_actions.selected_company()
    assert company_id is not None
    dialog = window.company_actions.company_dialog(company_id)
    qtbot.addWidget(dialog)
    calculator = dialog.headcount_input
    type_count(qtbot, calculator.full_time, 45)
    type_count(qtbot, calculator.part_time[10], 1)  # 0.25
    type_count(qtbot, calculator.part_time[20], 3)  # 1.5
    type_count(qtbot, calculator.part_time[30], 3)  # 2.25
    assert dialog.headcount.text() == "49"
    type_count(qtbot, calculator.part_time[30], 4)  # 3.0 -> 49.75
    assert dialog.headcount.text() == "49,75"
    assert "= 49,75 Beschäftigte, gewichtet nach § 82 Abs. 6 SGB III" in calculator.result.text()
    type_text(qtbot, dialog.headcount_linked, "610,5")
    if os.environ.get("VERBUND_SCREENSHOTS"):
        dialog.show()
        dialog.grab().save(str(Path(os.environ["VERBUND_SCREENSHOTS"]) / "company_form_headcount.png"))
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window.company_actions.save_company(dialog, company_id)
    stored = company_funding_data(demo_ws, company_id)
    assert (stored.headcount, stored.headcount_linked) == (Decimal("49.75"), Decimal("610.5"))
    qtbot.waitUntil(lambda: not window.updating)  # the tree's data is read in a job after an edit
    assert window.company_overview.values()["Beschäftigte"] == "49,75"


def test_a_typed_weighted_headcount_off_the_quarter_steps_is_refused(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)
    select_by_filter(qtbot, window, "Bäckerei")
    company_id = window.company_actions.selected_company()
    assert company_id is not None
    dialog = window.company_actions.company_dialog(company_id)
    qtbot.addWidget(dialog)
    dialog.headcount.clear()
    type_text(qtbot, dialog.headcount, "8,3")
    dialog.try_accept()
    assert "Schritte von 0,25" in dialog.errors["headcount"].text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert company_funding_data(demo_ws, company_id).headcount == 8


def test_the_english_company_form_shows_and_reads_the_headcount_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    window = make_window(qtbot, demo_ws)
    select_by_filter(qtbot, window, "Bäckerei")
    company_id = window.company_actions.selected_company()
    assert company_id is not None
    language(QLocale(ENGLISH))
    dialog = window.company_actions.company_dialog(company_id)
    qtbot.addWidget(dialog)
    calculator = dialog.headcount_input
    type_count(qtbot, calculator.full_time, 49)
    type_count(qtbot, calculator.part_time[10], 3)  # 0.75
    assert dialog.headcount.text() == "49.75"
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window.company_actions.save_company(dialog, company_id)
    assert company_funding_data(demo_ws, company_id).headcount == Decimal("49.75")
