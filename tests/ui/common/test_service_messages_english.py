"""Issue 14 (branch english2): the last German sentences of the English UI — an openQCAT file's problems row by
row, the review's hours hint, rule-set refusals, workspace and lock messages — said in English in the English UI
and exactly as before in the German UI.

Each test does what the advisor does (imports a file through the menu, opens a workspace) and reads the refusal
as the UI shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from tests.support.offers import OFFICIAL_FULL, OPENQCAT_FULL
from tests.ui.offers.test_offers_ui import boxes, import_offers  # noqa: F401 (the fixture)
from tests.ui.shell.test_main_window import make_window
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from verbund_desktop.persistence.workspace import Workspace

BROKEN_OFFICIAL = (
    ("<PRICE_CURRENCY>EUR</PRICE_CURRENCY>", "<PRICE_CURRENCY>CHF</PRICE_CURRENCY>"),
    ('<DURATION type="1"/>', '<DURATION type="drei"/>'),
)


OFFICIAL_READ_PROBLEMS = (
    ('<INSTRUCTION_FORM type="102">Seminar', '<INSTRUCTION_FORM type="999">Irgendwas'),
    (
        "<COURSE_ID>K-100</COURSE_ID>\n            <DEGREE",
        "<COURSE_ID>K-999</COURSE_ID>\n            <DEGREE",
    ),
)


def _broken_official(tmp_path: Path, changes: tuple[tuple[str, str], ...] = BROKEN_OFFICIAL) -> Path:
    text = OFFICIAL_FULL.read_bytes().decode("iso-8859-15")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "katalog.xml"
    path.write_bytes(text.encode("iso-8859-15"))
    return path


def _broken_constructed(tmp_path: Path) -> Path:
    text = OPENQCAT_FULL.read_text(encoding="utf-8")
    path = tmp_path / "alt.xml"
    path.write_text(text.replace("<TITLE>", "<TITEL/><TITLE>", 1), encoding="utf-8")
    return path


def test_an_official_openqcat_files_problems_are_listed_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    boxes: list[str],  # noqa: F811
    language: Install,  # noqa: F811
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_ws)
    language(QLocale(ENGLISH))
    assert import_offers(qtbot, window, _broken_official(tmp_path)) is None
    assert boxes[-1] == (
        "The file “katalog.xml” was not imported; nothing was changed:\n"
        "– Line 67, OPENQCAT/NEW_CATALOG/SERVICE “K-100”/SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE/"
        "DURATION: The attribute type “drei” is not allowed (expected: an integer).\n"
        "– Line 76, OPENQCAT/NEW_CATALOG/SERVICE “K-100”/SERVICE_PRICE_DETAILS/SERVICE_PRICE/PRICE_CURRENCY: "
        "Only prices in euros are read, not “CHF”."
    )


def test_the_same_official_file_in_the_german_ui(
    qtbot: QtBot,
    demo_ws: Workspace,
    boxes: list[str],  # noqa: F811
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_ws)
    assert import_offers(qtbot, window, _broken_official(tmp_path)) is None
    assert boxes[-1] == (
        "Die Datei „katalog.xml“ wurde nicht eingelesen, es wurde nichts geändert:\n"
        "– Zeile 67, OPENQCAT/NEW_CATALOG/SERVICE „K-100“/SERVICE_DETAILS/SERVICE_MODULE/EDUCATION/MODULE_COURSE/"
        "DURATION: Das Attribut type „drei“ ist nicht zulässig (erwartet: eine ganze Zahl).\n"
        "– Zeile 76, OPENQCAT/NEW_CATALOG/SERVICE „K-100“/SERVICE_PRICE_DETAILS/SERVICE_PRICE/PRICE_CURRENCY: "
        "Nur Preise in Euro werden gelesen, nicht „CHF“."
    )


def test_a_schema_error_of_the_earlier_dialect_is_framed_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    boxes: list[str],  # noqa: F811
    language: Install,  # noqa: F811
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_ws)
    language(QLocale(ENGLISH))
    assert import_offers(qtbot, window, _broken_constructed(tmp_path)) is None
    assert boxes[-1] == (
        "The file “alt.xml” was not imported; nothing was changed:\n"
        "– Line 33: Element “TITEL” is not allowed here (expected: TITLE)."
    )


def test_an_official_files_offers_are_refused_in_english_naming_line_and_service(
    qtbot: QtBot,
    demo_ws: Workspace,
    boxes: list[str],  # noqa: F811
    language: Install,  # noqa: F811
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_ws)
    language(QLocale(ENGLISH))
    assert import_offers(qtbot, window, _broken_official(tmp_path, OFFICIAL_READ_PROBLEMS)) is None
    assert boxes[-1] == (
        "The file “katalog.xml” was not imported; nothing was changed:\n"
        "– Line 31, SERVICE “K-100”: for an offer, COURSE_ID must equal PRODUCT_ID (or be left out).\n"
        "– Line 31, SERVICE “K-100”: the form of instruction 999 (“Irgendwas”, EXTENDED_INFO/INSTRUCTION_FORM) "
        "is unknown."
    )


def test_the_same_offers_in_the_german_ui(
    qtbot: QtBot,
    demo_ws: Workspace,
    boxes: list[str],  # noqa: F811
    tmp_path: Path,
) -> None:
    window = make_window(qtbot, demo_ws)
    assert import_offers(qtbot, window, _broken_official(tmp_path, OFFICIAL_READ_PROBLEMS)) is None
    assert boxes[-1] == (
        "Die Datei „katalog.xml“ wurde nicht eingelesen, es wurde nichts geändert:\n"
        "– Zeile 31, SERVICE „K-100“: Bei einem Angebot muss COURSE_ID gleich PRODUCT_ID sein (oder fehlen).\n"
        "– Zeile 31, SERVICE „K-100“: Die Unterrichtsform 999 („Irgendwas“, EXTENDED_INFO/INSTRUCTION_FORM) "
        "ist unbekannt."
    )


def _review_without_hours(qtbot: QtBot, window: object, boxes: list[str]) -> object:  # noqa: F811
    assert import_offers(qtbot, window, OFFICIAL_FULL) is not None
    dialog = window.offer_actions.review()  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.offer_list.hasFocus())
    shown = len(boxes)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)  # confirm without hours: refused
    qtbot.waitUntil(lambda: len(boxes) > shown)
    return dialog


def test_the_hours_hint_names_the_providers_duration_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    boxes: list[str],  # noqa: F811
    language: Install,  # noqa: F811
) -> None:
    window = make_window(qtbot, demo_ws)
    language(QLocale(ENGLISH))
    dialog = _review_without_hours(qtbot, window, boxes)
    assert "Duration according to the provider: up to 3 days" in dialog.duration_label.text()  # type: ignore[attr-defined]
    assert boxes[-1] == (
        "Please enter the offer's teaching hours (duration according to the provider: up to 3 days): openQCAT "
        "has no number of hours, and without them there is neither a suggestion nor a funding estimate."
    )
    dialog.close()  # type: ignore[attr-defined]


def test_the_same_hint_in_the_german_ui(
    qtbot: QtBot,
    demo_ws: Workspace,
    boxes: list[str],  # noqa: F811
) -> None:
    window = make_window(qtbot, demo_ws)
    dialog = _review_without_hours(qtbot, window, boxes)
    assert "Dauer laut Anbieter: bis 3 Tage" in dialog.duration_label.text()  # type: ignore[attr-defined]
    assert boxes[-1] == (
        "Bitte die Unterrichtsstunden des Angebots eintragen (Dauer laut Anbieter: bis 3 Tage): openQCAT "
        "enthält keine Stundenzahl, ohne sie gibt es weder Vorschlag noch Förderschätzung."
    )
    dialog.close()  # type: ignore[attr-defined]
