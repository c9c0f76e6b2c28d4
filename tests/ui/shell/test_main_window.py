"""The main window shell, driven with the keyboard as an advisor would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from tests.ui.windows import make_window, visible_leaves
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.shell.about import about_html


def test_directory_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]
    qtmodeltester.check(window.proxy)  # type: ignore[attr-defined]


def test_tree_shows_network_companies_and_employees(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    root = window.proxy.index(0, 0)
    assert root.data() == "Weiterbildungsverbund Südwestfalen (Demo)"
    companies = [window.proxy.index(r, 0, root).data() for r in range(window.proxy.rowCount(root))]
    assert companies == [
        "Bäckerei Möller GmbH (8)",
        "Metallbau Schäfer & Söhne KG (45)",
        "Südwest Logistik AG (320)",
    ]
    assert len(visible_leaves(window)) == 14


def test_type_ahead_filter_then_enter_opens_the_person(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.hasFocus()
    type_text(qtbot, window.filter_edit, "weiß jür")
    assert visible_leaves(window) == ["Weiß, Jürgen (BM-01)"]
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    values = window.employee_overview.values()
    assert window.employee_overview.title.text() == "Jürgen Weiß"
    assert values["Betrieb"] == "Bäckerei Möller GmbH"
    assert values["Tätigkeit"] == "Bäckermeister"
    assert values["Pseudonym-Code"] == "BM-01"


def test_filter_matches_several_words_and_companies(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    type_text(qtbot, window.filter_edit, "logistik")
    assert len(visible_leaves(window)) == 5  # the company matches, so all its people stay visible
    window.filter_edit.clear()
    type_text(qtbot, window.filter_edit, "SL- Jäger")
    assert visible_leaves(window) == ["Jäger, Heike (SL-01)"]
    window.filter_edit.clear()
    assert len(visible_leaves(window)) == 14


def test_company_detail_page(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    type_text(qtbot, window.filter_edit, "Metallbau")
    qtbot.waitUntil(lambda: not window.filter_input.pending)  # the filter acts once the typing pauses
    root = window.proxy.index(0, 0)
    window.tree.setCurrentIndex(window.proxy.index(0, 0, root))
    values = window.company_overview.values()
    assert window.company_overview.title.text() == "Metallbau Schäfer & Söhne KG"
    assert values["Beschäftigte"] == "45"
    assert values["Betriebsrat"] == "ja"
    assert values["Bedarfsanalyse"] == "abgeschlossen"


def test_pseudonymised_view_hides_names(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    window.action_pseudonyms.setChecked(True)
    qtbot.waitUntil(lambda: not window.updating)  # the rows are relabelled in slices (one for the demo)
    leaves = visible_leaves(window)
    assert "BM-01" in leaves and not any("Weiß" in leaf for leaf in leaves)
    type_text(qtbot, window.filter_edit, "Jürgen")
    assert visible_leaves(window) == []  # names are not even searchable in this mode
    window.filter_edit.clear()
    type_text(qtbot, window.filter_edit, "BM-01")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    assert window.employee_overview.title.text() == "BM-01"
    assert "Name" not in window.employee_overview.values()


def test_standard_shortcuts_are_set(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    assert window.action_open.shortcut().toString() == "Ctrl+O"
    assert window.action_new.shortcut().toString() == "Ctrl+N"
    assert window.action_quit.shortcut().toString() == "Ctrl+Q"
    assert window.action_find.shortcut().toString() == "Ctrl+F"


def test_about_names_version_and_content_licences() -> None:
    from verbund_desktop import __version__

    text = about_html()
    assert __version__ in text
    assert "CC BY 4.0" in text and "DigComp" in text and "DejaVu" in text


def test_saved_indicator_and_refresh_keep_the_selection(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    type_text(qtbot, window.filter_edit, "BM-01")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    window.filter_edit.clear()
    window.context.notify_saved()
    assert window.saved_label.text().startswith("Gespeichert ")
    window.context.notify_changed("employee", None)
    assert window.employee_overview.title.text() == "Jürgen Weiß"
    assert window.pages.currentWidget() is window.employee_tabs


def test_overview_counts_follow_a_new_assessment(qtbot: QtBot, demo_ws: Workspace) -> None:
    from verbund_desktop.services.competency.assessments import start_reinterview

    window = make_window(qtbot, demo_ws)
    type_text(qtbot, window.filter_edit, "SL-01")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    before = int(window.employee_overview.values()["Kompetenzgespräche"])
    employee_id = window._current[1] if window._current else None
    assert employee_id is not None
    start_reinterview(demo_ws, employee_id, actor="Test")
    window.context.notify_changed("assessment", employee_id)
    assert int(window.employee_overview.values()["Kompetenzgespräche"]) == before + 1
