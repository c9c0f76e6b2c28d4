"""Issue 14 (branch desk5): the sentences of the advisor's desk that were still German in the English UI.

Each test does what the advisor does where the UI shows the sentence and reads the box as the UI shows it, in
the English UI and in the German one (which says exactly what it said before)."""

from __future__ import annotations

import ast
import importlib
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import verbund_desktop
from tests.support.logos import logo_file
from tests.ui.organisation.test_company_editor import company_row
from tests.ui.planning.test_plan_editor import warnings  # noqa: F401 (the fixture)
from tests.ui.protection.test_audit_words import prompts  # noqa: F401 (the fixture)
from tests.ui.protection.test_consent_ui import add_person, modal, purposes_of
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from tests.ui.windows import make_window
from verbund_desktop.assessment.errors import Message, UserError
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.needs import company_interview as interview
from verbund_desktop.services.needs.interview_record import RECORD_REASON
from verbund_desktop.services.organisation import letterhead
from verbund_desktop.services.organisation.companies import create_company
from verbund_desktop.services.organisation.company_validation import CompanyInput
from verbund_desktop.services.protection.audit_view import DELETED_SUBJECT, AuditRow
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.service_messages import CONTEXT, ui_message
from verbund_desktop.ui.needs.company_report_tab import CompanyReportTab
from verbund_desktop.ui.organisation.role_profiles_tab import RoleProfilesTab
from verbund_desktop.ui.printing import letterhead_box
from verbund_desktop.ui.protection.audit_view import AuditDialog, AuditTableModel
from verbund_desktop.ui.protection.consent_dialog import ConsentDialog
from verbund_desktop.ui.protection.privacy_view import PrivacyTab
from verbund_desktop.ui.protection.settings_dialog import SettingsDialog
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher

SOURCE = Path(verbund_desktop.__file__).parent
# Plain sentences raised below the UI that the advisor's desk never shows: the office's and the schema's own
# (German or English for the developer), a missing program folder and a wire-format detail (both shown as an
# apology or as „Der Inhalt der Sync-Datei ist ungültig“, see docs/architecture.md §3).
NOT_ON_THE_DESK = ("office", "persistence/migrations/", "persistence/office_db.py", "resources.py", "sync/")

FOREIGN_FILES = {
    "Entwicklungsplan.pdf": (b"%PDF-1.4\n", "a PDF document", "ein PDF-Dokument"),
    "Logo.png": (b"\x89PNG\r\n\x1a\n", "a picture", "ein Bild"),
    "Liste.xlsx": (
        b"PK\x03\x04",
        "a ZIP archive or an Office document",
        "ein ZIP-Archiv oder Office-Dokument",
    ),
    "Notizen.txt": (b"Notizen zum Besuch\n", "a text file", "eine Textdatei"),
}


def _foreign(tmp_path: Path, name: str) -> Path:
    head = FOREIGN_FILES[name][0]
    path = tmp_path / name
    path.write_bytes(head + (b"x" * 40 if name.endswith(".txt") else bytes(range(256)) * 7))
    return path


@pytest.mark.parametrize("name", sorted(FOREIGN_FILES))
def test_a_foreign_file_chosen_as_workspace_is_explained_in_english(
    tmp_path: Path,
    language: Install,  # noqa: F811
    prompts: dict[str, list[str]],  # noqa: F811
    name: str,
) -> None:
    language(QLocale(ENGLISH))
    path = _foreign(tmp_path, name)
    before = path.read_bytes()
    assert WorkspaceLauncher().open_path(path) is None
    assert prompts["warning"] == [
        f"“{name}” is not a Verbund Desktop workspace (the file is {FOREIGN_FILES[name][1]}). Please choose "
        "the workspace's file (usually ending in .db). The chosen file was not changed."
    ]
    assert path.read_bytes() == before and prompts["restore"] == []


def test_a_file_of_unknown_kind_is_explained_in_english(
    tmp_path: Path,
    language: Install,  # noqa: F811
    prompts: dict[str, list[str]],  # noqa: F811
) -> None:
    language(QLocale(ENGLISH))
    path = tmp_path / "kaputt.db"
    path.write_bytes(bytes(range(256)) * 3)  # random-looking, but no whole number of database pages
    assert WorkspaceLauncher().open_path(path) is None
    assert prompts["warning"] == [
        "“kaputt.db” is not a Verbund Desktop workspace. Please choose the workspace's file (usually ending in "
        ".db). The chosen file was not changed."
    ]


@pytest.mark.parametrize("name", sorted(FOREIGN_FILES))
def test_the_same_files_in_the_german_ui(
    tmp_path: Path,
    prompts: dict[str, list[str]],  # noqa: F811
    name: str,
) -> None:
    path = _foreign(tmp_path, name)
    assert WorkspaceLauncher().open_path(path) is None
    assert prompts["warning"] == [
        f"„{name}“ ist kein Arbeitsbereich von Verbund Desktop (die Datei ist {FOREIGN_FILES[name][2]}). Bitte "
        "die Datei des Arbeitsbereichs wählen (meist mit der Endung .db). Die gewählte Datei wurde nicht verändert."
    ]


def _raised_sentences() -> dict[str, str]:
    """Every plain sentence (no parameters) raised as a ``UserError`` below the UI, with where it is raised."""
    found: dict[str, str] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        where = path.relative_to(SOURCE).as_posix()
        if where.split("/")[0] in ("ui", "cli", "__main__.py") or any(p in where for p in NOT_ON_THE_DESK):
            continue
        module = importlib.import_module("verbund_desktop." + where.removesuffix(".py").replace("/", "."))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
                continue
            first, name = node.exc.args[0], getattr(node.exc.func, "id", None)
            raised = getattr(module, name, None) if name else None
            if (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and " " in first.value  # a sentence, not a file's name (OfferImportError's first argument)
                and isinstance(raised, type)
                and issubclass(raised, UserError)
            ):
                found.setdefault(first.value, f"{where}:{node.lineno}")
    return found


def test_every_german_sentence_the_desk_can_raise_has_its_english(
    qapp: object,
    language: Install,  # noqa: F811
) -> None:
    language(QLocale(ENGLISH))
    sentences = _raised_sentences()
    assert len(sentences) > 30  # the scan finds the services' sentences at all
    untranslated = {
        where: text for text, where in sentences.items() if QCoreApplication.translate(CONTEXT, text) == text
    }
    assert untranslated == {}


def _tab(tabs: QTabWidget, kind: type[QWidget]) -> QWidget:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if isinstance(tabs.currentWidget(), kind):
            return tabs.currentWidget()
    raise AssertionError(kind)


def test_a_consent_with_nothing_ticked_is_refused_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    language(QLocale(ENGLISH))
    person = add_person(demo_ws)
    window = make_window(qtbot, demo_ws)
    assert window.select("employee", person)
    tab = _tab(window.employee_tabs, PrivacyTab)
    assert isinstance(tab, PrivacyTab)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = modal(qtbot)
    assert isinstance(dialog, ConsentDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.isVisible()
        and dialog.error.text() == "Please tick at least one purpose the person consents to."
    )
    dialog.reject()
    assert purposes_of(demo_ws, person) == set()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "This company has no needs analysis yet that could be printed."),
        ("de", "Für diesen Betrieb gibt es noch keine Bedarfsanalyse, die gedruckt werden könnte."),
    ],
)
def test_the_record_of_a_company_without_a_needs_analysis_is_refused_in_the_ui_language(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    warnings: list[str],  # noqa: F811
    lang: str,
    expected: str,
) -> None:
    if lang == "en":
        language(QLocale(ENGLISH))
    company = create_company(demo_ws, CompanyInput("Tischlerei Öhme", 6), actor="Test")
    window = make_window(qtbot, demo_ws)
    assert window.select("company", company)
    tab = _tab(window.company_tabs, CompanyReportTab)
    assert isinstance(tab, CompanyReportTab)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert warnings == [expected] and tab.preview is None


# f-strings raised as a UserError below the UI cannot be said in English; these are the ones the desk never
# shows (bundled content files and the CLI's look-ups; a programming error's field names; a damaged print
# version's technical detail). Any other f-string fails the test below: make it a Message.
FSTRINGS_NOT_ON_THE_DESK = {
    "assessment/content_files.py": "the program's own bundled content files (a damaged installation)",
    "assessment/legal_texts.py": "the bundled consent texts",
    "services/needs/company_interview.py": "a question key the guide lacks (a programming error)",
    "services/network/pooling.py": "the CLI's size-band filter (the UI offers a list)",
    "services/organisation/directory.py": "the CLI's look-up of a person by code or id",
    "services/planning/plan_snapshot.py": "a damaged stored print version, with its technical detail",
    "services/planning/plan_values.py": "a field or status the UI never sends (a programming error)",
    "services/planning/plans.py": "a field the UI never sends (a programming error)",
}


def test_no_fstring_is_raised_to_the_desk(qapp: object) -> None:
    found: set[str] = set()
    for path in sorted(SOURCE.rglob("*.py")):
        where = path.relative_to(SOURCE).as_posix()
        if where.split("/")[0] in ("ui", "cli", "__main__.py") or any(p in where for p in NOT_ON_THE_DESK):
            continue
        module = importlib.import_module("verbund_desktop." + where.removesuffix(".py").replace("/", "."))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                raised = getattr(module, getattr(node.exc.func, "id", ""), None)
                user_error = isinstance(raised, type) and issubclass(raised, UserError)
                if user_error and isinstance(node.exc.args[0], ast.JoinedStr):
                    found.add(where)
    assert found == set(FSTRINGS_NOT_ON_THE_DESK)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "The logo has 5000 × 40 pixels; 16 to 4000 pixels per side are allowed."),
        ("de", "Das Logo hat 5000 × 40 Pixel; erlaubt sind 16 bis 4000 Pixel je Seite."),
    ],
)
def test_a_logo_of_the_wrong_size_is_refused_in_the_ui_language(
    qtbot: QtBot,
    ws: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Install,  # noqa: F811
    lang: str,
    expected: str,
) -> None:
    if lang == "en":
        language(QLocale(ENGLISH))
    shown = _settings_warnings(monkeypatch)
    dialog = SettingsDialog(WorkspaceContext(ws, "Test"))
    qtbot.addWidget(dialog)
    wide = logo_file(tmp_path / "banner.png", size=(5000, 40))
    monkeypatch.setattr(letterhead_box, "choose_logo_file", lambda parent: wide)
    qtbot.mouseClick(dialog.letterhead.choose_button, Qt.MouseButton.LeftButton)
    assert shown == [expected] and letterhead.letterhead(ws) is None


def test_a_logo_file_over_the_limit_is_refused_in_english(
    qtbot: QtBot,
    ws: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: Install,  # noqa: F811
) -> None:
    language(QLocale(ENGLISH))
    shown = _settings_warnings(monkeypatch)
    dialog = SettingsDialog(WorkspaceContext(ws, "Test"))
    qtbot.addWidget(dialog)
    huge = tmp_path / "scan.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2 * 1024 * 1024))
    monkeypatch.setattr(letterhead_box, "choose_logo_file", lambda parent: huge)
    qtbot.mouseClick(dialog.letterhead.choose_button, Qt.MouseButton.LeftButton)
    assert shown == ["The file “scan.png” is too large (more than 1 MiB) and is not read."]
    assert letterhead.letterhead(ws) is None


def _settings_warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text))
    return shown


def test_the_new_templates_read_in_english_with_english_dates_and_numbers(
    qapp: object,
    language: Install,  # noqa: F811
) -> None:
    language(QLocale(ENGLISH))
    cases = {
        Message(
            "Das Datum {day} ist nicht plausibel.", day=date(1999, 12, 31)
        ): "The date 31/12/1999 is not plausible.",
        Message(
            "Für die Betriebsgröße {size} enthält das Regelwerk keinen Fördersatz.", size=Decimal("12.5")
        ): ("The rule set has no funding rate for a company size of 12.5."),
        Message(
            "Noch ohne Ist- oder Soll-Stufe: {codes} und {more} weitere. Bitte ergänzen oder als „nicht "
            "anwendbar“ markieren (Taste N).",
            codes="K1, K2",
            more=3,
        ): "Still without current or target level: K1, K2 and 3 more. Please add them or mark them as “not applicable” (key N).",
    }
    assert {ui_message(m): str(m) for m in cases} == {english: str(m) for m, english in cases.items()}


@pytest.mark.parametrize(
    ("lang", "words"), [("en", {"High", "Medium", "Low"}), ("de", {"Hoch", "Mittel", "Niedrig"})]
)
def test_the_role_profiles_name_their_priorities_in_the_ui_language(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    lang: str,
    words: set[str],
) -> None:
    if lang == "en":
        language(QLocale(ENGLISH))
    window = make_window(qtbot, demo_ws)
    assert window.select("company", company_row(demo_ws, "Bäckerei Möller GmbH")["id"])
    tab = _tab(window.company_tabs, RoleProfilesTab)
    assert isinstance(tab, RoleProfilesTab)
    tab.roles.setCurrentRow(0)
    shown = {tab.targets.item(row, 3).text().split(" – ")[1] for row in range(tab.targets.rowCount())}
    assert shown and shown <= words

    dialog = tab.dialog(tab.current_role())
    assert dialog is not None
    qtbot.addWidget(dialog)
    priorities = dialog.table.cellWidget(0, 2)
    assert isinstance(priorities, QComboBox)
    assert {priorities.itemText(i).split(" – ")[1] for i in range(priorities.count())} == words


@pytest.mark.parametrize(
    ("lang", "question", "yes", "prefilled"),
    [
        ("en", "Question “Haben Sie derzeit Schwierigkeiten", "yes", "prefilled from the company's data"),
        ("de", "Frage „Haben Sie derzeit Schwierigkeiten", "ja", "aus den Betriebsdaten vorausgefüllt"),
    ],
)
def test_the_audit_trail_names_an_answer_and_its_value_in_the_ui_language(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    lang: str,
    question: str,
    yes: str,
    prefilled: str,
) -> None:
    if lang == "en":
        language(QLocale(ENGLISH))
    draft = interview.start_interview(
        demo_ws, company_row(demo_ws, "Südwest Logistik AG")["id"], actor="Test"
    )
    interview.save_answer(demo_ws, draft.id, "fachkraefteengpass", True, actor="Test")
    dialog = AuditDialog(WorkspaceContext(demo_ws, "Test"))  # Extras › Änderungsprotokoll …
    qtbot.addWidget(dialog)
    model = dialog.view.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    answer = next(r for r in rows if r[AuditTableModel.FIELD].startswith(question))
    assert answer[AuditTableModel.NEW] == yes
    assert prefilled in {r[AuditTableModel.REASON] for r in rows}  # the answers the interview took over


def test_an_erased_persons_entry_and_a_recorded_reason_in_english(
    qapp: object,
    language: Install,  # noqa: F811
) -> None:
    language(QLocale(ENGLISH))
    row = AuditRow(
        id=uuid.uuid4(),
        at=datetime(2027, 3, 22, 13, 5).astimezone(),
        actor="Test",
        action="update",
        entity_type="employee",
        entity_id=None,
        subject_id=uuid.uuid4(),
        subject_label=DELETED_SUBJECT,
        field="works_council",
        old="nein",
        new="ja",
        reason=RECORD_REASON.format(day="03.02.2026"),
        old_value=False,
        new_value=True,
    )
    words = [AuditTableModel._text(row, c) for c in (AuditTableModel.PERSON, AuditTableModel.FIELD)]
    assert words == ["(deleted)", "Works council"]
    assert [AuditTableModel._text(row, c) for c in (AuditTableModel.OLD, AuditTableModel.NEW)] == [
        "no",
        "yes",
    ]
