"""English UI through Qt translations: the committed .ts is complete, the .qm matches it, English shows
when the translator is installed, and German stays the default."""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import verbund_desktop.ui as ui_package
from tests.support.plan_support import company_id, employee_id
from verbund_desktop.assessment.gaps import Priority
from verbund_desktop.assessment.matching import FORMAT_LABELS_DE
from verbund_desktop.persistence.backup import BackupKind
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.resources import resource_path
from verbund_desktop.services.competency.assessment_sheets import FIELD_LABELS_DE, STATUS_LABELS_DE
from verbund_desktop.services.planning import plan_queries
from verbund_desktop.services.planning.printing import BatchResult
from verbund_desktop.services.protection import audit_view, erasure, privacy
from verbund_desktop.services.protection.consent import METHOD_LABELS_DE, PURPOSE_LABELS_DE
from verbund_desktop.ui.common.i18n import DOMAIN_LABELS, domain_label
from verbund_desktop.ui.funding.funding_view import FundingView
from verbund_desktop.ui.organisation.directory_model import NodeKind
from verbund_desktop.ui.planning.plan_editor import PlanEditor
from verbund_desktop.ui.planning.plan_model import MEASURE_LABELS, Column
from verbund_desktop.ui.printing.batch_print import summary_text
from verbund_desktop.ui.protection.audit_view import AuditTableModel
from verbund_desktop.ui.protection.passphrase import PassphraseDialog, strength_hint
from verbund_desktop.ui.protection.settings_dialog import SettingsDialog
from verbund_desktop.ui.shell.app import install_translations
from verbund_desktop.ui.shell.main_window import MainWindow

UI_DIR = Path(ui_package.__file__).parent
TS_FILE = resource_path("translations", "verbund_desktop_en.ts")
QM_FILE = resource_path("translations", "verbund_desktop_en.qm")
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
INACTIVE = {"vanished", "obsolete"}


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")]


def _fill_tool() -> ModuleType:
    path = Path(__file__).resolve().parents[3] / "tools" / "fill_translations.py"
    spec = importlib.util.spec_from_file_location("fill_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Install = Callable[[QLocale], list[QTranslator]]


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Install]:
    """Installs the translators ``install_translations`` chooses; always removes them again."""
    installed: list[QTranslator] = []

    def _install(locale: QLocale) -> list[QTranslator]:
        translators = install_translations(qapp, locale)
        installed.extend(translators)
        return translators

    yield _install
    for translator in installed:
        qapp.removeTranslator(translator)


def _window(qtbot: QtBot, ws: Workspace) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _tab_titles(window: MainWindow) -> tuple[list[str], list[str]]:
    company = [window.company_tabs.tabText(i) for i in range(window.company_tabs.count())]
    employee = [window.employee_tabs.tabText(i) for i in range(window.employee_tabs.count())]
    return company, employee


# -- (a) English with the translator installed -------------------------------------------------------------
def test_english_translator_turns_menus_tabs_and_dialogs_english(
    qtbot: QtBot, demo_ws: Workspace, language: Install
) -> None:
    translators = language(ENGLISH)
    assert any(Path(t.filePath()).name == "verbund_desktop_en.qm" for t in translators)
    window = _window(qtbot, demo_ws)
    assert _menu_titles(window) == [
        "&File",
        "&Edit",
        "&View",
        "&Company",
        "&Tools",
        "Offe&rs",
        "S&ync",
        "&Help",
    ]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert [a.text() for a in file_menu.actions() if a.text()][:2] == ["&New workspace …", "&Open …"]
    company_tabs, employee_tabs = _tab_titles(window)
    assert company_tabs[:3] == ["Overview", "Needs analysis", "Role profiles"]
    assert "Report" in company_tabs
    assert employee_tabs[:3] == ["Overview", "Competency interview", "History"]
    assert "Data protection" in employee_tabs

    window.select(NodeKind.EMPLOYEE, window.directory.employees()[0].id)
    values = window.employee_overview.values()
    assert "Pseudonym code" in values and "Job title" in values
    assert window.employee_overview.box.title() == "Employee"

    passphrase = PassphraseDialog("demo.db", parent=window)
    assert passphrase.windowTitle() == "Unlock workspace"
    settings = SettingsDialog(window.context, window.protection.lock, window)
    assert settings.windowTitle() == "Settings"
    assert strength_hint("kurz")[1] == "Too short: at least 8 characters."
    assert [AuditTableModel().headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == [
        "Time",
        "Who",
        "Object",
    ]


def _open_tab(tabs: QTabWidget, title: str) -> QWidget:
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert title in titles, titles
    tabs.setCurrentIndex(titles.index(title))
    return tabs.widget(titles.index(title))


def _accelerator(text: str) -> str:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else ""


def test_plan_tab_funding_tab_and_batch_print_entry_are_english(
    qtbot: QtBot, demo_ws: Workspace, language: Install
) -> None:
    language(ENGLISH)
    window = _window(qtbot, demo_ws)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    entries = [a.text() for a in file_menu.actions() if a.text()]
    assert entries[-2:] == ["Print all &development plans …", "E&xit"]  # found the English „&Datei“ menu
    assert len({_accelerator(text) for text in entries}) == len(entries)
    assert window.batch_print_action.statusTip() == (
        "Print the current plan of every employee on a printer or write them as PDF files into a folder"
    )

    assert window.select(NodeKind.EMPLOYEE, employee_id(demo_ws, "MS-02"))
    editor = _open_tab(window.employee_tabs, "Development plan")
    assert isinstance(editor, PlanEditor) and editor.state is not None
    assert editor.title.text() == "Development plan"
    assert editor.version_box.currentText() == "Version 1 – in progress"
    assert " · competency interview of " in editor.state_label.text()
    assert editor.state_label.text().endswith(" · version 1 in progress; every entry is saved at once.")
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == [
        "&Gaps and suggestions",
        "&Measures",
        "Starting point and g&oals",
    ]
    assert editor.print_button.toolTip() == "Print (Ctrl+P) – the printed version is frozen"
    assert editor.document_title() == "Development plan MS-02 (version 1)"
    headers = [editor.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers[:4] == ["No.", "Measure", "Gaps", "Start"] and headers[-1] == "Funding (estimate)"
    assert editor.model.index(0, Column.STATUS).data() == editor.form.status_box.currentText() == "planned"
    assert "\nType: Course\n" in editor.model.index(0, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    gaps = [editor.suggestions.gap_list.item(i).text() for i in range(editor.suggestions.gap_list.count())]
    assert gaps[0].split("\n")[1].startswith("    current 1 → target 4, priority High · 1 measure")
    assert any(gap.endswith(", priority High · no measure yet") for gap in gaps)

    assert window.select(NodeKind.COMPANY, company_id(demo_ws, "Bäckerei Möller GmbH"))
    funding = _open_tab(window.company_tabs, "Funding")
    assert isinstance(funding, FundingView)
    assert funding.title.text() == "Funding – Bäckerei Möller GmbH"
    info = funding.qualifizierungsgeld.toPlainText()
    assert info.startswith(
        "Bäckerei Möller GmbH: 8 employees in the establishment (without linked companies); "
    )
    assert "✔ met" in info and "erfüllt" not in info
    assert funding.estimate() is None
    assert funding.result.toPlainText() == "Please enter the start of the measure (DD/MM/YYYY)."
    for edit, text in (
        (funding.start_edit, "01/03/2027"),
        (funding.hours_edit, "160"),
        (funding.cost_edit, "2,400.00"),
        (funding.qualification_edit, "2004"),
    ):
        edit.setText(text)
    assert funding.estimate() is not None
    result = funding.result.toPlainText()
    assert (
        result.startswith("Probably eligible for funding – estimate under “")
        and ", as of 01.04.2024" in result
    )
    assert "Course costs: 100 % = 2.400,00 €" in result and "Wage subsidy: 75 % = not calculated" in result

    out = Path("plans")
    summary = summary_text(BatchResult((out / "a.pdf",), ("BM-09: keine Einwilligung",), True), out)
    assert summary == (
        f"1 development plan saved in {out}.\nCancelled: the remaining plans were not printed.\n"
        "Not printed:\n• BM-09: keine Einwilligung"
    )


def test_plural_and_domain_labels_follow_the_english_translator(language: Install) -> None:
    assert QCoreApplication.translate("AuditView", "%n Einträge", "", 1) == "1 Einträge"  # German source
    language(ENGLISH)
    assert QCoreApplication.translate("AuditView", "%n Einträge", "", 1) == "1 entry"
    assert QCoreApplication.translate("AuditView", "%n Einträge", "", 7) == "7 entries"
    assert domain_label(Priority.HIGH.label_de) == "High"
    assert domain_label("a label nobody translated") == "a label nobody translated"


# -- (b) the committed .ts is complete -----------------------------------------------------------------------
def test_every_message_in_the_ts_has_a_finished_translation() -> None:
    messages = _messages()
    assert len(messages) > 500  # the whole UI, not a stub
    problems = _fill_tool().problems
    open_messages = []
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") not in INACTIVE, f"stale message in {context}: {source!r}"
        if translation.get("type") == "unfinished":
            open_messages.append((context, source))
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert not problems(source, form), (context, source, form, problems(source, form))
    assert open_messages == []


def test_the_ts_speaks_german_to_english() -> None:
    root = ET.parse(TS_FILE).getroot()
    assert root.get("sourcelanguage", "").startswith("de")
    assert root.get("language", "").startswith("en")


def test_every_domain_label_the_ui_shows_is_marked_for_translation() -> None:
    labels = [
        *(p.label_de for p in Priority),
        *FIELD_LABELS_DE.values(),
        *STATUS_LABELS_DE.values(),
        *METHOD_LABELS_DE.values(),
        *PURPOSE_LABELS_DE.values(),
        *privacy.PURPOSE_LABELS.values(),
        *privacy.STATUS_LABELS.values(),
        *(kind.label for kind in BackupKind),
        *audit_view.ENTITY_LABELS.values(),
        *audit_view.ACTION_LABELS.values(),
        *audit_view.FIELD_LABELS.values(),
        *erasure.REASON_LABELS.values(),
        *erasure.DOCUMENT_ACTIONS.values(),
    ]
    assert [label for label in labels if label not in DOMAIN_LABELS] == []


def test_every_measure_label_the_plan_editor_shows_is_marked_for_translation() -> None:
    labels = [
        *plan_queries.KIND_LABELS_DE.values(),
        *plan_queries.STATUS_LABELS_DE.values(),
        *FORMAT_LABELS_DE.values(),
    ]
    assert [label for label in labels if label not in MEASURE_LABELS] == []


def _message_keys(ts_file: Path) -> set[tuple[str, str, str, bool]]:
    root = ET.parse(ts_file).getroot()
    return {
        (
            ctx.findtext("name") or "",
            m.findtext("source") or "",
            m.findtext("comment") or "",
            m.get("numerus") == "yes",
        )
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_the_committed_ts_holds_exactly_the_messages_of_the_source(tmp_path: Path) -> None:
    """pyside6-lupdate (as ``make translations`` runs it) finds no message the .ts lacks, and no more."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate" + (".exe" if os.name == "nt" else ""))
    assert lupdate.exists(), "pyside6-lupdate comes with PySide6"
    fresh = tmp_path / "fresh.ts"
    command = [str(lupdate), "-extensions", "py", "-no-obsolete", "-source-language", "de_DE"]
    command += ["-target-language", "en", str(UI_DIR), "-ts", str(fresh)]
    subprocess.run(command, check=True, capture_output=True)
    in_source, in_ts = _message_keys(fresh), _message_keys(TS_FILE)
    assert len(in_source) > 500
    assert sorted(in_source - in_ts) == [], "new UI texts: run `make translations` and commit the .ts and .qm"
    assert sorted(in_ts - in_source) == [], "texts gone from the UI: run `make translations`"


def _marked_literals(path: Path) -> Iterator[tuple[int, str | None, str]]:
    """(line, context or None for tr(), source) of every literal passed to tr(), translate() or QT_TRANSLATE_NOOP."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        literals = [
            a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args
        ]
        if name == "tr" and literals[0] is not None:
            yield node.lineno, None, literals[0]
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(literals) >= 2 and None not in literals[:2]:
            yield node.lineno, literals[0], str(literals[1])


def test_lupdate_extracts_every_literal_the_ui_marks() -> None:
    """lupdate's Python parser silently skips some calls, e.g. translate() with a count like ``gap.count``."""
    keys = _message_keys(TS_FILE)
    pairs = {(context, source) for context, source, _comment, _numerus in keys}
    sources = {source for _context, source in pairs}
    missed = [
        (path.name, line, source)
        for path in sorted(UI_DIR.rglob("*.py"))
        for line, context, source in _marked_literals(path)
        if (source not in sources if context is None else (context, source) not in pairs)
    ]
    assert len(pairs) > 500
    assert missed == []


# -- (c) the committed .qm is the compiled .ts -----------------------------------------------------------------
def test_the_qm_holds_exactly_the_translations_of_the_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    for context, message in _messages():
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if forms:
            assert translator.translate(context, source, comment, 1) == forms[0], (context, source)
            assert translator.translate(context, source, comment, 2) == forms[1], (context, source)
        else:
            assert translator.translate(context, source, comment) == translation.text, (context, source)


def test_the_qm_is_what_lrelease_makes_of_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease" + (".exe" if os.name == "nt" else ""))
    if not lrelease.exists():  # the content check above still compares every message
        assert QM_FILE.stat().st_size > 0
        return
    out = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(TS_FILE), "-qm", str(out)], check=True)
    assert out.read_bytes() == QM_FILE.read_bytes(), "run `make translations` and commit the .qm"


# -- (d) German stays the default ---------------------------------------------------------------------------
@pytest.mark.parametrize("locale", [GERMAN, QLocale(QLocale.Language.French, QLocale.Country.France)])
def test_without_an_english_locale_the_ui_stays_german(
    qtbot: QtBot, demo_ws: Workspace, language: Install, locale: QLocale
) -> None:
    """Runs after the English tests above: a translator left installed would show here too."""
    translators = language(locale)
    assert [t for t in translators if Path(t.filePath()).parent == QM_FILE.parent] == []
    window = _window(qtbot, demo_ws)
    assert _menu_titles(window) == [
        "&Datei",
        "&Bearbeiten",
        "&Ansicht",
        "Be&trieb",
        "E&xtras",
        "Angeb&ote",
        "S&ynchronisation",
        "&Hilfe",
    ]
    assert _tab_titles(window)[0][:2] == ["Überblick", "Bedarfsanalyse"]
    # Qt's own texts follow the German UI instead of falling back to English.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
