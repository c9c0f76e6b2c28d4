"""Screenshots of the windows changed for issue 14, German and English, at 1366×768 (into docs/ when asked to:
``VERBUND_SCREENSHOTS=docs/screenshots``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.support.plan_support import employee_id
from tests.ui.dialogs import answer_next_box
from tests.ui.needs.test_company_interview import companies_of
from tests.ui.shell.test_translations import Install, language  # noqa: F401 (the fixture)
from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.needs.company_interview_view import CompanyInterviewView
from verbund_desktop.ui.shell.about import about_dialog


def save(widget: QWidget, out: Path, name: str) -> None:
    image = widget.grab()
    assert image.save(str(out / name))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_screenshots_of_the_changed_windows(
    qtbot: QtBot,
    demo_ws: Workspace,
    tmp_path: Path,
    language: Install,  # noqa: F811
    lang: str,
) -> None:
    out = Path(os.environ.get("VERBUND_SCREENSHOTS", tmp_path))
    suffix = "" if lang == "de" else "-en"
    if lang == "en":
        language(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    window = make_window(qtbot, demo_ws)
    company = next(c for c in companies_of(demo_ws) if c.name.startswith("Bäckerei"))
    window.select("company", company.id)
    window.company_tabs.setCurrentIndex(1)
    view = window.company_tabs.currentWidget()
    assert isinstance(view, CompanyInterviewView)
    qtbot.wait(50)
    save(window, out, f"desk-bedarfsanalyse-abgeschlossen{suffix}.png")

    answer_next_box(qtbot, "Neue beginnen" if lang == "de" else "Start new")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    view.complete()  # too early: the banner lists the open questions, with its close button
    qtbot.wait(50)
    image = window.grab()
    assert (image.width(), image.height()) == (1366, 768)
    save(window, out, f"desk-bedarfsanalyse-entwurf{suffix}.png")

    about = about_dialog(window)
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    save(about, out, f"desk-info{suffix}.png")
    about.close()

    window.select("employee", employee_id(demo_ws, "MS-02"))
    window.employee_tabs.setCurrentIndex(1)  # the competency interview: legal basis, chooser, gap summary
    qtbot.wait(50)
    save(window, out, f"desk-kompetenzgespraech{suffix}.png")

    window.protection.lock.lock_now()
    qtbot.wait(50)
    save(window, out, f"desk-sperrbildschirm{suffix}.png")
