"""Issue 14: the services' and the domain's messages in the English UI, German unchanged in the German UI.

The user's steps: a wrong date in the measure form, an impossible headcount in the company form, a duplicate
department, a bad import file, a sync conflict; and the catalogue of templates is complete (every ``Message`` of the services
and the domain is listed for translation, nothing listed is gone)."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

import verbund_desktop
from tests.ui.keyboard import type_text
from tests.ui.offers.test_offers_ui import boxes, import_offers  # noqa: F401 (the fixture)
from tests.ui.organisation.test_company_editor import company_row, select_by_filter
from tests.ui.planning.test_english_entry import english_editor, enter, first_measure
from tests.ui.planning.test_plan_editor import open_editor, warnings  # noqa: F401 (the fixture)
from tests.ui.shell.test_main_window import make_window
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from tests.ui.sync.test_sync_ui import conflict_on_b, open_dialog
from verbund_desktop.assessment.errors import Message
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning.plan_values import PlanError
from verbund_desktop.services.sync.conflict_texts import COLUMN_LABELS, KIND_TEXTS, TABLE_LABELS
from verbund_desktop.ui.common.service_message_catalogue import SERVICE_MESSAGES
from verbund_desktop.ui.common.service_messages import ui_message, user_message
from verbund_desktop.ui.organisation.company_dialogs import DepartmentsDialog

SOURCE = Path(verbund_desktop.__file__).parent
CATALOGUE_FILES = (
    "service_message_catalogue.py",
    "service_message_catalogue_more.py",
    "service_message_catalogue_english.py",
    "service_message_catalogue_english3.py",
    "service_message_catalogue_desk.py",
)
BAD_SHEET = (
    "anbieter_id;anbieter;kurs_id;titel;stunden;kosten_eur;beginn\nA1;Akademie;K1;Excel;viele;5;31.02.2027\n"
)


def _literals(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def _templates_below_the_ui() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        if path.relative_to(SOURCE).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message" and node.args:
                for text in _literals(node.args[0]):
                    found.setdefault(text, str(path.relative_to(SOURCE)))
    return found


def _string_constants() -> set[str]:
    catalogues = {SOURCE / "ui" / "common" / name for name in CATALOGUE_FILES}
    return {
        node.value
        for path in SOURCE.rglob("*.py")
        if path not in catalogues
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def test_every_message_template_of_the_services_is_listed_for_translation() -> None:
    missing = {
        text: where for text, where in _templates_below_the_ui().items() if text not in SERVICE_MESSAGES
    }
    assert not missing


def test_nothing_listed_is_gone_from_the_program() -> None:
    constants = _string_constants()
    assert [text for text in SERVICE_MESSAGES if text not in constants] == []


def test_a_message_is_its_german_text_and_keeps_its_parameters() -> None:
    text = Message(
        "{what} {day} ist nicht plausibel (erlaubt: 2000 bis 2100).",
        what=Message("Das Ende"),
        day=date(1990, 1, 1),
    )
    assert text == "Das Ende 01.01.1990 ist nicht plausibel (erlaubt: 2000 bis 2100)."
    assert str(PlanError(Message("{limit} €", limit=Decimal(1000000)))) == "1.000.000 €"


def test_english_parameters_and_german_left_whole(qapp: object, language: Install) -> None:  # noqa: F811
    language(QLocale(ENGLISH))
    text = Message(
        "{what} {day} ist nicht plausibel (erlaubt: 2000 bis 2100).",
        what=Message("Das Ende"),
        day=date(1990, 1, 1),
    )
    assert ui_message(text) == "The end 01/01/1990 is not plausible (allowed: 2000 to 2100)."
    unknown = Message("Ein Satz ohne Übersetzung mit {day}.", day=date(1990, 1, 1))
    assert ui_message(unknown) == "Ein Satz ohne Übersetzung mit 01.01.1990."  # never half translated
    assert user_message(PlanError("Bitte Text eingeben.")) == "Please enter text."


def test_a_wrong_date_in_the_english_measure_form_is_refused_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    warnings: list[str],  # noqa: F811
) -> None:
    editor = english_editor(qtbot, demo_ws, language)
    assert editor.state is not None
    before = first_measure(demo_ws, editor.state.plan_id)
    enter(qtbot, editor.form.start_edit, "31/02/2027")
    assert warnings[-1] == "The start: “31/02/2027” is not a valid date (DD/MM/YYYY)."
    enter(qtbot, editor.form.cost_edit, "2,000,000")
    assert warnings[-1] == "The costs are implausibly high (at most €1,000,000)."
    assert first_measure(demo_ws, editor.state.plan_id) == before


def test_an_end_before_the_start_is_refused_in_english_with_english_dates(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    warnings: list[str],  # noqa: F811
) -> None:
    editor = english_editor(qtbot, demo_ws, language)
    assert editor.state is not None
    enter(qtbot, editor.form.start_edit, "22/03/2027")
    enter(qtbot, editor.form.end_edit, "01/03/2027")
    assert warnings[-1] == "The end (01/03/2027) lies before the start (22/03/2027)."


def test_the_german_measure_form_says_it_in_german(
    qtbot: QtBot,
    demo_ws: Workspace,
    warnings: list[str],  # noqa: F811
) -> None:
    _window, editor = open_editor(qtbot, demo_ws, "MS-02")
    editor.tabs.setCurrentIndex(1)
    enter(qtbot, editor.form.start_edit, "31.02.2027")
    assert warnings[-1] == "Der Beginn: „31.02.2027“ ist kein gültiges Datum (TT.MM.JJJJ)."


def test_an_impossible_headcount_is_refused_in_english(
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
    dialog.headcount.clear()
    type_text(qtbot, dialog.headcount, "8.3")
    dialog.headcount_linked.clear()
    type_text(qtbot, dialog.headcount_linked, "5")
    dialog.try_accept()
    assert dialog.errors["headcount"].text() == (
        "The company: 8.3 employees is not possible; part-time employees count 0.25, 0.5 or 0.75 under "
        "§ 82 (6) SGB III (steps of 0.25)."
    )
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_german_company_form_is_unchanged(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    select_by_filter(qtbot, window, "Bäckerei")
    company_id = window.company_actions.selected_company()
    assert company_id is not None
    dialog = window.company_actions.company_dialog(company_id)
    qtbot.addWidget(dialog)
    dialog.headcount.clear()
    type_text(qtbot, dialog.headcount, "8,3")
    dialog.try_accept()
    assert dialog.errors["headcount"].text() == (
        "Der Betrieb: Die Zahl der Beschäftigten 8,3 ist nicht möglich; Teilzeitkräfte zählen nach § 82 Abs. 6 "
        "SGB III mit 0,25, 0,5 oder 0,75 (Schritte von 0,25)."
    )


def test_a_duplicate_department_is_refused_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    window = make_window(qtbot, demo_ws)
    language(QLocale(ENGLISH))
    dialog = DepartmentsDialog(window.context, company_row(demo_ws, "Bäckerei Möller GmbH")["id"], window)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name, "backstube")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.error.text() == "The department “backstube” already exists in this company."


def test_a_bad_import_file_is_refused_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    boxes: list[str],  # noqa: F811
    language: Install,  # noqa: F811
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_ws)
    language(QLocale(ENGLISH))
    bad = tmp_path / "angebote.csv"
    bad.write_text(BAD_SHEET, encoding="utf-8")
    assert import_offers(qtbot, window, bad) is None
    assert boxes[-1] == (
        "The file “angebote.csv” was not imported; nothing was changed:\n"
        "– Row 2, column “stunden”: “viele” is not a valid number.\n"
        "– Row 2, column “beginn”: “31.02.2027” is not a valid date (DD.MM.YYYY or YYYY-MM-DD)."
    )


def test_the_same_file_in_the_german_ui(
    qtbot: QtBot,
    demo_ws: Workspace,
    boxes: list[str],  # noqa: F811
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_ws)
    bad = tmp_path / "angebote.csv"
    bad.write_text(BAD_SHEET, encoding="utf-8")
    assert import_offers(qtbot, window, bad) is None
    assert boxes[-1] == (
        "Die Datei „angebote.csv“ wurde nicht eingelesen, es wurde nichts geändert:\n"
        "– Zeile 2, Spalte „stunden“: „viele“ ist keine gültige Zahl.\n"
        "– Zeile 2, Spalte „beginn“: „31.02.2027“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)."
    )


def test_every_conflict_text_and_label_is_listed_for_translation() -> None:
    labels = [*KIND_TEXTS.values(), *TABLE_LABELS.values(), *COLUMN_LABELS.values()]
    assert [label for label in labels if label not in SERVICE_MESSAGES] == []


def test_the_english_conflicts_dialog_describes_the_conflict_in_english(
    qtbot: QtBot,
    demo_template: Path,
    tmp_path: Path,
    language: Install,  # noqa: F811
) -> None:
    _office, a, b, _person = conflict_on_b(demo_template, tmp_path)
    try:
        language(QLocale(ENGLISH))
        dialog = open_dialog(qtbot, b)
        assert dialog.list.item(0).text() == (
            "Person: The same field was changed here and at the coordination office."
        )
        assert dialog.explanation.text() == "The same field was changed here and at the coordination office."
        assert dialog.table.item(0, 0).text() == "Notes"
    finally:
        a.close()
        b.close()
