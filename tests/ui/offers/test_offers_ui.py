"""Angebote › Angebote importieren … and Angebote prüfen …: import a catalogue, review its competences by keyboard."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from tests.services.offers.test_openqcat_official import OWN_XSD
from tests.support.offers import OFFICIAL_FULL, OFFICIAL_UPDATE, OPENQCAT_FULL
from tests.ui.keyboard import type_text
from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.offers.offer_review import offers_to_review
from verbund_desktop.services.planning.suggestions import offer_candidates
from verbund_desktop.ui.common import operations
from verbund_desktop.ui.offers import offer_menu


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(offer_menu.QMessageBox, "information", record)
    monkeypatch.setattr(operations.QMessageBox, "warning", record)
    return shown


def import_offers(qtbot: QtBot, window: Any, path: Path) -> Any:
    """Import through the menu's job and wait for its end; the result, or None when it was refused."""
    job = window.offer_actions.import_file(path)
    assert job is not None
    qtbot.waitUntil(lambda: job.done)
    return window.offer_actions.import_result if job.outcome == "finished" else None


def load_esco(qtbot: QtBot, window: Any, *args: Any) -> Any:
    """Load an ESCO branch through the menu's job and wait for its end; the result, or None."""
    job = window.offer_actions.import_esco(*args)
    assert job is not None
    qtbot.waitUntil(lambda: job.done)
    return window.offer_actions.esco_result if job.outcome == "finished" else None


def test_the_menu_sits_before_help_and_names_both_actions(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-3:] == ["Angeb&ote", "S&ynchronisation", "&Hilfe"]
    texts = [a.text() for a in window.offer_actions.menu.actions() if not a.isSeparator()]
    assert texts == [
        "Angebote &importieren …",
        "Angebote &prüfen …",
        "&ESCO-Zweig als Katalog laden …",
        "Offizielles openQCAT-&Schema (XSD) festlegen …",
    ]


def test_import_then_review_by_keyboard(qtbot: QtBot, demo_ws: Workspace, boxes: list[str]) -> None:
    window = make_window(qtbot, demo_ws)
    result = import_offers(qtbot, window, OPENQCAT_FULL)
    assert result is not None and "3 neu" in boxes[-1] and "Jetzt prüfen?" in boxes[-1]
    dialog = window.offer_actions.review()
    qtbot.waitExposed(dialog)
    assert dialog.offer_list.count() == 3
    qtbot.waitUntil(lambda: dialog.offer_list.hasFocus())
    assert dialog.offer_list.currentItem().text().startswith("Datenschutz und IT-Sicherheit")
    first = dialog.competences.topLevelItem(0)
    assert first is not None and first.checkState(0) == Qt.CheckState.Checked and "4.1" in first.text(0)
    assert dialog.hours_edit.text() == "40"  # the constructed dialect carries hours
    qtbot.keyClick(dialog.offer_list, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.hours_edit.hasFocus())
    qtbot.keyClick(dialog.hours_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.filter_edit.hasFocus())
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.competences.hasFocus())
    qtbot.keyClick(dialog.competences, Qt.Key.Key_Space)  # untick 4.1 Geräte schützen
    assert first.checkState(0) == Qt.CheckState.Unchecked
    second = dialog.competences.topLevelItem(1)
    assert second is not None
    spin = dialog.competences.itemWidget(second, 2)
    assert isinstance(spin, QSpinBox)
    spin.setValue(5)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.offer_list.count() == 2)
    with demo_ws.unit_of_work() as uow:
        suggestible = {c.title: c.competences for _i, c in offer_candidates(uow.session)}
    assert suggestible["Datenschutz und IT-Sicherheit im Büroalltag"] == (("digcomp-2.2", "4.2", 1, 5),)
    assert len(offers_to_review(demo_ws)) == 2
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # also show the confirmed ones
    qtbot.waitUntil(lambda: dialog.offer_list.count() > 3)
    titles = [dialog.offer_list.item(i).text() for i in range(dialog.offer_list.count())]
    assert (
        "Datenschutz und IT-Sicherheit im Büroalltag – Bildungszentrum Musterhausen (Beispiel) (bestätigt)"
        in titles
    )
    dialog.close()


def test_an_official_openqcat_offer_needs_its_hours_at_the_review(
    qtbot: QtBot, demo_ws: Workspace, boxes: list[str]
) -> None:
    window = make_window(qtbot, demo_ws)
    assert import_offers(qtbot, window, OFFICIAL_FULL) is not None
    assert "keine Stundenzahl" in boxes[-1] and "Jetzt prüfen?" in boxes[-1]
    dialog = window.offer_actions.review()
    qtbot.waitExposed(dialog)
    assert dialog.offer_list.count() == 3
    assert dialog.offer_list.currentItem().text().startswith("Datenschutz im Büroalltag")
    assert dialog.hours_edit.text() == ""
    assert (
        "bis 3 Tage" in dialog.duration_label.text() and "keine Stundenzahl" in dialog.duration_label.text()
    )
    qtbot.waitUntil(lambda: dialog.offer_list.hasFocus())
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # confirm without hours: refused
    qtbot.waitUntil(lambda: "Unterrichtsstunden" in boxes[-1])
    assert dialog.offer_list.count() == 3
    with demo_ws.unit_of_work() as uow:
        assert "Datenschutz im Büroalltag" not in {c.title for _i, c in offer_candidates(uow.session)}
    qtbot.keyClick(dialog.offer_list, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.hours_edit.hasFocus())
    type_text(qtbot, dialog.hours_edit, "22,5")
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.offer_list.count() == 2)
    with demo_ws.unit_of_work() as uow:
        hours = {c.title: c.hours for _i, c in offer_candidates(uow.session)}
    assert hours["Datenschutz im Büroalltag"] == Decimal("22.5")
    dialog.close()


def test_a_refused_file_is_shown_in_german(
    qtbot: QtBot, demo_ws: Workspace, boxes: list[str], tmp_path: Any
) -> None:
    window = make_window(qtbot, demo_ws)
    bad = tmp_path / "kaputt.xml"
    bad.write_text("<OPENQCAT version='1.1'/>", encoding="utf-8")
    assert import_offers(qtbot, window, bad) is None
    assert "wurde nicht eingelesen" in boxes[-1] and "Zeile 1" in boxes[-1]


def test_an_esco_branch_is_loaded_with_its_attribution_shown(
    qtbot: QtBot, demo_ws: Workspace, boxes: list[str], tmp_path: Path
) -> None:
    from tests.services.offers.test_esco import ESCO_SAMPLE, sample_uri

    window = make_window(qtbot, demo_ws)
    result = load_esco(qtbot, window, ESCO_SAMPLE, sample_uri("S8"), "1.2.0")
    assert result is not None and result.competences == 7
    assert "© Europäische Union" in boxes[-1] and "CC BY 4.0" in boxes[-1]
    import_offers(qtbot, window, OPENQCAT_FULL)
    dialog = window.offer_actions.review()
    assert "© Europäische Union" in dialog.attribution_label.text()
    qtbot.waitExposed(dialog)
    out = Path(os.environ.get("VERBUND_SCREENSHOTS", tmp_path))  # docs/screenshots when asked to
    assert dialog.grab().save(str(out / "angebote-pruefen.png"))
    assert any(
        "ESCO: " in dialog.competences.topLevelItem(i).text(3)
        for i in range(dialog.competences.topLevelItemCount())
    )
    dialog.close()


def test_a_large_catalogue_is_reached_through_the_search(
    qtbot: QtBot, demo_ws: Workspace, boxes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.services.offers.test_esco import ESCO_SAMPLE, sample_uri
    from verbund_desktop.ui.offers import offer_review_dialog

    monkeypatch.setattr(offer_review_dialog, "SMALL_CATALOG", 5)  # the 7 ESCO skills count as large now
    window = make_window(qtbot, demo_ws)
    assert load_esco(qtbot, window, ESCO_SAMPLE, sample_uri("S8"), "1.2.0") is not None
    import_offers(qtbot, window, OPENQCAT_FULL)
    dialog = window.offer_actions.review()
    qtbot.waitExposed(dialog)

    def names() -> list[str]:
        return [
            dialog.competences.topLevelItem(i).text(0) for i in range(dialog.competences.topLevelItemCount())
        ]

    assert not any("WIG-Schweißen" in name for name in names())
    dialog.filter_edit.setFocus()
    type_text(qtbot, dialog.filter_edit, "WIG")
    assert [name for name in names() if "WIG" in name] == [n for n in names() if n.endswith("WIG-Schweißen")]
    wig = next(
        dialog.competences.topLevelItem(i)
        for i in range(len(names()))
        if names()[i].endswith("WIG-Schweißen")
    )
    wig.setCheckState(0, Qt.CheckState.Checked)
    dialog.filter_edit.clear()
    assert any(name.endswith("WIG-Schweißen") for name in names())  # ticked ones stay in the list
    assert len(dialog.chosen()) == 4  # 4.1, 4.2, the suggested ESCO safety skill and WIG
    dialog.close()


def test_nothing_to_review_asks_nothing(qtbot: QtBot, demo_ws: Workspace, boxes: list[str]) -> None:
    from verbund_desktop.services.offers.offer_review import ChosenCompetence, confirm_offer_competences

    window = make_window(qtbot, demo_ws)
    import_offers(qtbot, window, OPENQCAT_FULL)
    for item in offers_to_review(demo_ws):
        chosen = [
            ChosenCompetence(c.competence_id, c.level_from, c.level_to) for c in item.choices if c.checked
        ]
        confirm_offer_competences(demo_ws, item.offer_id, chosen, actor="Test")
    import_offers(qtbot, window, OPENQCAT_FULL)
    assert boxes[-1].endswith("0 neu, 0 geändert, 3 unverändert, 0 zurückgezogen.")


def test_the_official_xsd_setting_applies_to_later_imports_and_can_be_cleared(
    qtbot: QtBot, demo_ws: Workspace, boxes: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_ws)
    broken = tmp_path / "kaputt.xsd"
    broken.write_bytes(b"<kein-schema/>")
    assert not window.offer_actions.choose_xsd(broken)
    assert "Schema-Datei" in boxes[-1] and offer_menu.OPENQCAT_XSD.get() == ""
    xsd = tmp_path / "eigenes.xsd"
    xsd.write_bytes(OWN_XSD)
    assert window.offer_actions.choose_xsd(xsd)
    assert offer_menu.OPENQCAT_XSD.get() == str(xsd) and "eigenes.xsd" in boxes[-1]
    assert import_offers(qtbot, window, OFFICIAL_UPDATE) is None  # our small XSD knows no UPDATE_CATALOG
    assert "wurde nicht eingelesen" in boxes[-1] and "UPDATE_CATALOG" in boxes[-1]
    monkeypatch.setattr(offer_menu.folders, "open_file", lambda *_args, **_kw: None)
    monkeypatch.setattr(offer_menu.QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    assert window.offer_actions.choose_xsd()
    assert offer_menu.OPENQCAT_XSD.get() == ""
    assert import_offers(qtbot, window, OFFICIAL_UPDATE) is not None
