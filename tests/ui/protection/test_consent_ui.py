"""Consent per purpose in the UI: the dialog records the purposes separately and hands out the person's sheet
ticked as entered; the office enters the network's Art. 13 facts once. Driven by keyboard and clicks."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.report.test_report_common import pdf_text
from tests.ui.keyboard import type_text
from tests.ui.windows import make_window
from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.persistence.models import Company, ConsentRecord, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.flowables import CHECKBOX, CHECKBOX_TICKED
from verbund_desktop.services.protection.network_privacy import load_network_privacy
from verbund_desktop.ui.printing import print_preview
from verbund_desktop.ui.printing.print_preview import PreviewDialog
from verbund_desktop.ui.protection.consent_dialog import ConsentDialog
from verbund_desktop.ui.protection.network_privacy_dialog import NetworkPrivacyDialog
from verbund_desktop.ui.protection.privacy_view import PrivacyTab
from verbund_desktop.ui.shell.main_window import MainWindow


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    qtbot.keyClick(widget, k, modifier)


def modal(qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    widget = QApplication.activeModalWidget()
    assert widget is not None

    def focus_inside() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and widget.isAncestorOf(focus)

    qtbot.waitUntil(focus_inside)
    return widget


def add_person(ws: Workspace) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        company = uow.session.scalars(select(Company).where(Company.name == "Südwest Logistik AG")).one()
        person = Employee(
            company_id=company.id, first_name="Ülkü", last_name="Zöllner", pseudonym_code="SL-88"
        )
        uow.session.add(person)
        uow.commit()
        return person.id


def privacy_tab(window: MainWindow, person: uuid.UUID) -> PrivacyTab:
    assert window.select("employee", person)
    tabs = window.employee_tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Datenschutz")
    tabs.setCurrentIndex(index)
    tab = tabs.widget(index)
    assert isinstance(tab, PrivacyTab)
    return tab


def purposes_of(ws: Workspace, person: uuid.UUID) -> set[str]:
    with ws.unit_of_work() as uow:
        return set(
            uow.session.scalars(select(ConsentRecord.purpose).where(ConsentRecord.employee_id == person))
        )


def test_the_dialog_records_the_ticked_purposes_and_saves_the_sheet_as_ticked(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = add_person(demo_ws)
    window = make_window(qtbot, demo_ws)
    tab = privacy_tab(window, person)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = modal(qtbot)
    assert isinstance(dialog, ConsentDialog)
    assert dialog.gaps.text() == ""  # the demo has every Art. 13 fact the sheet names
    for digit in (Qt.Key.Key_1, Qt.Key.Key_2):  # the person agreed to the interview and the funding only
        key(qtbot, digit, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.decisions()[ConsentPurpose.FUNDING_APPLICATION])
    assert dialog.decisions() == {p: p is not ConsentPurpose.NETWORK_POOLING for p in ConsentPurpose}

    target = tmp_path / "Einwilligung-SL-88.pdf"
    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, name: tmp_path / name)
    qtbot.mouseClick(dialog.save_sheet_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    text = " ".join(pdf_text(target.read_bytes()).split())
    declaration = text[text.index("Einwilligungserklärung") :]
    assert f"{CHECKBOX_TICKED} Zweck 1" in declaration and f"{CHECKBOX_TICKED} Zweck 2" in declaration
    assert f"{CHECKBOX} Zweck 3" in declaration
    assert "Ülkü Zöllner" in text and "Landesbeauftragte für Datenschutz und Informationsfreiheit" in text

    qtbot.mouseClick(dialog.show_sheet_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert isinstance(preview, PreviewDialog) and preview.page_count >= 2
    preview.reject()
    assert purposes_of(demo_ws, person) == set()  # showing and saving store nothing

    dialog.ok_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert purposes_of(demo_ws, person) == {"kompetenzerhebung", "foerderantrag"}
    labels = {tab.table.item(r, 0).text() for r in range(tab.table.rowCount())}
    assert labels == {ConsentPurpose.INTERVIEW_AND_PLAN.label_de, ConsentPurpose.FUNDING_APPLICATION.label_de}
    assert tab.record_button.isEnabled()  # the pooling can still be agreed to later


def test_nothing_ticked_is_refused_with_a_german_sentence(qtbot: QtBot, demo_ws: Workspace) -> None:
    person = add_person(demo_ws)
    window = make_window(qtbot, demo_ws)
    tab = privacy_tab(window, person)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = modal(qtbot)
    assert isinstance(dialog, ConsentDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Bitte mindestens einen Zweck ankreuzen" in dialog.error.text()
    dialog.reject()
    assert purposes_of(demo_ws, person) == set()


def test_the_office_enters_the_networks_facts_once(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    window.protection.action_network_privacy.trigger()
    dialog = modal(qtbot)
    assert isinstance(dialog, NetworkPrivacyDialog)
    assert dialog.city.text() == "Siegen"  # as the demo stored it
    dialog.postcode.clear()
    dialog.postcode.setFocus()
    type_text(qtbot, dialog.postcode, "5707")
    dialog.template.setFocus()
    qtbot.waitUntil(dialog.template.hasFocus)
    key(qtbot, Qt.Key.Key_End)  # the last Land in the list: Thüringen
    assert "Thüringer" in dialog.authority_name.text() and "Erfurt" in dialog.authority_address.toPlainText()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "fünf Ziffern" in dialog.errors["postcode"].text()
    assert load_network_privacy(demo_ws).postcode == "57072"  # type: ignore[union-attr]  # nothing stored
    dialog.postcode.clear()
    type_text(qtbot, dialog.postcode, "57074")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = load_network_privacy(demo_ws)
    assert stored is not None and stored.postcode == "57074"
    assert stored.authority_name.startswith("Thüringer") and stored.authority_address.endswith("99096 Erfurt")


def test_screenshot_of_the_consent_dialog_at_1366x768(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path
) -> None:
    """VERBUND_SCREENSHOTS=<dir> keeps the image; the dialog in front of the main window, two purposes ticked."""
    person = add_person(demo_ws)
    window = make_window(qtbot, demo_ws)
    tab = privacy_tab(window, person)
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = modal(qtbot)
    assert isinstance(dialog, ConsentDialog)
    dialog.purposes[ConsentPurpose.INTERVIEW_AND_PLAN].setChecked(True)
    dialog.purposes[ConsentPurpose.FUNDING_APPLICATION].setChecked(True)
    qtbot.wait(50)
    shot = window.grab().toImage()
    assert (shot.width(), shot.height()) == (1366, 768)
    image = dialog.grab().toImage()
    assert image.width() <= 1366 and image.height() <= 768  # fits the smallest screen we support
    painter = QPainter(shot)  # offscreen there is no window manager: put the dialog where it would appear
    left, top = (shot.width() - image.width()) // 2, (shot.height() - image.height()) // 2
    painter.drawImage(left, top, image)
    painter.setPen(QColor("#44474a"))
    painter.drawRect(left - 1, top - 1, image.width() + 1, image.height() + 1)
    painter.end()
    out = Path(os.environ.get("VERBUND_SCREENSHOTS", tmp_path))
    assert shot.save(str(out / "einwilligung.png"))
    dialog.reject()
