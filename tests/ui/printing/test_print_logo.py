"""The network's logo on the letterhead: chosen in Einstellungen, and there in the preview and on the printed
pages of every printout (the checks and the audit trail: tests/services/organisation/test_letterhead.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.lib.units import mm

from tests.samples.report_views import sample_consent_view, sample_plan_view
from tests.support.logos import LOGO_RGB, logo_file
from tests.support.plan_support import employee_id
from tests.ui.printing.print_compare import pdf_printer, region_colour
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report import build_consent_sheet, build_development_plan
from verbund_desktop.report.templates import LOGO_BOX, MARGIN_RIGHT, MARGIN_TOP, PAGE_HEIGHT, PAGE_WIDTH
from verbund_desktop.services.organisation import letterhead
from verbund_desktop.services.protection.consent_sheet import consent_sheet_pdf
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.printing import letterhead_box
from verbund_desktop.ui.printing.pdf_render import render_page, render_pages
from verbund_desktop.ui.printing.print_pages import paint_pdf
from verbund_desktop.ui.printing.print_preview import PreviewDialog
from verbund_desktop.ui.protection.settings_dialog import SettingsDialog

LOGO_COLOUR = QColor(*LOGO_RGB)
DPI = 72


def logo_area(dpi: float = DPI) -> tuple[int, int, int, int]:
    """The middle of where a 4:1 logo lands (top right, standing 1.5 mm above the header rule), in pixels."""
    right = PAGE_WIDTH - MARGIN_RIGHT
    bottom_from_top = PAGE_HEIGHT - (PAGE_HEIGHT - MARGIN_TOP + 8 * mm - 1.5 * mm)
    width, height = LOGO_BOX[0], LOGO_BOX[0] / 4
    left, top = right - width, bottom_from_top - height
    scale = dpi / 72
    return (
        round((left + width * 0.2) * scale),
        round((top + height * 0.3) * scale),
        round(width * 0.6 * scale),
        round(height * 0.4 * scale),
    )


def near(colour: tuple[float, float, float], wanted: QColor, tolerance: float = 25) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour, (wanted.red(), wanted.green(), wanted.blue()), strict=True)
    )


def test_the_logo_is_on_every_page_of_a_printout_in_its_colour(tmp_path: Path) -> None:
    data = logo_file(tmp_path / "logo.png").read_bytes()
    with_logo = render_pages(build_development_plan(sample_plan_view(), logo=data), DPI)
    without = render_page(build_development_plan(sample_plan_view()), 0, DPI)
    assert len(with_logo) == 4
    for page in with_logo:
        assert near(region_colour(page, *logo_area()), LOGO_COLOUR)
    assert near(region_colour(without, *logo_area()), QColor("white"), tolerance=3)
    sheet = render_page(build_consent_sheet(sample_consent_view(), logo=data), 0, DPI)
    assert near(region_colour(sheet, *logo_area()), LOGO_COLOUR)


def test_the_logo_shows_in_the_preview_and_on_the_printed_page(
    qtbot: QtBot, ws: Workspace, tmp_path: Path
) -> None:
    letterhead.set_letterhead_logo(ws, logo_file(tmp_path / "logo.jpg", "JPEG"), actor="Test")
    pdf = consent_sheet_pdf(
        ws, employee_id(ws, "MS-02")
    )  # a printout built by a service takes the logo itself
    dialog = PreviewDialog(pdf, "Einwilligung", "einwilligung.pdf")
    qtbot.addWidget(dialog)
    shown = dialog.page_labels[0].pixmap().toImage()
    dpi = dialog.screen_dpi() * dialog.devicePixelRatioF()
    assert near(region_colour(shown, *logo_area(dpi)), LOGO_COLOUR, tolerance=35)

    target = tmp_path / "gedruckt.pdf"
    paint_pdf(pdf_printer(target, resolution=150), pdf)
    printed = render_page(target.read_bytes(), 0, DPI)
    assert near(region_colour(printed, *logo_area()), LOGO_COLOUR, tolerance=35)


def test_the_logo_is_chosen_and_removed_in_the_settings(
    qtbot: QtBot, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    dialog = SettingsDialog(WorkspaceContext(ws, "Test"))
    qtbot.addWidget(dialog)
    box = dialog.letterhead
    assert "Kein Logo" in box.info.text() and not box.remove_button.isEnabled()

    broken = tmp_path / "kein-bild.png"
    broken.write_text("kein Bild", encoding="utf-8")
    monkeypatch.setattr(letterhead_box, "choose_logo_file", lambda parent: broken)
    qtbot.mouseClick(box.choose_button, Qt.MouseButton.LeftButton)
    assert warnings and "PNG- oder JPEG-Datei" in warnings[0] and letterhead.letterhead(ws) is None

    monkeypatch.setattr(letterhead_box, "choose_logo_file", lambda parent: logo_file(tmp_path / "logo.png"))
    qtbot.mouseClick(box.choose_button, Qt.MouseButton.LeftButton)
    assert box.info.text() == "PNG, 200 × 50 Pixel" and box.thumbnail.pixmap().height() == 48
    assert letterhead.letterhead(ws) is not None and box.remove_button.isEnabled()

    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert letterhead.letterhead(ws) is None and "Kein Logo" in box.info.text()
