"""The network's logo on the letterhead: chosen in Einstellungen, checked, kept in the workspace, and there in
the preview and on the printed pages of every printout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.lib.units import mm
from sqlalchemy import select

from tests.samples.report_views import sample_consent_view, sample_plan_view
from tests.ui.print_compare import pdf_printer, region_colour
from tests.unit.plan_support import employee_id
from verbund_desktop.assessment.errors import InputError
from verbund_desktop.persistence.models import AuditEvent
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

LOGO_COLOUR = QColor(200, 30, 160)  # a magenta no report uses
DPI = 72


def logo_file(path: Path, kind: str = "PNG", size: tuple[int, int] = (200, 50)) -> Path:
    """A logo of one colour with a white frame, 4:1 like most letterhead logos."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(image.rect().adjusted(4, 4, -4, -4), LOGO_COLOUR)
    painter.end()
    assert image.save(str(path), kind)
    return path


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


def test_a_logo_is_checked_kept_in_the_workspace_and_audited(ws: Workspace, tmp_path: Path) -> None:
    assert letterhead.letterhead(ws) is None
    kept = letterhead.set_letterhead_logo(ws, logo_file(tmp_path / "logo.png"), actor="Test")
    assert (kept.media_type, kept.width, kept.height) == ("image/png", 200, 50)
    assert letterhead.letterhead_logo(ws) == (tmp_path / "logo.png").read_bytes()
    jpeg = letterhead.set_letterhead_logo(ws, logo_file(tmp_path / "logo.jpg", "JPEG"), actor="Test")
    assert jpeg.media_type == "image/jpeg" and letterhead.letterhead_logo(ws) == jpeg.data
    assert letterhead.remove_letterhead_logo(ws, actor="Test") and letterhead.letterhead(ws) is None
    assert not letterhead.remove_letterhead_logo(ws, actor="Test")
    with ws.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.field == letterhead.AUDIT_FIELD).order_by(AuditEvent.at)
        ).all()
        trail = [(e.entity_type, e.action, e.old_value, e.new_value) for e in events]
    assert trail == [
        ("workspace", "update", None, "image/png, 200 × 50 Pixel, 1 KB"),
        (
            "workspace",
            "update",
            "ein früheres Logo",
            f"image/jpeg, 200 × 50 Pixel, {len(jpeg.data) // 1024 + 1} KB",
        ),
        ("workspace", "delete", "ein Logo", None),
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"GIF89a" + b"\0" * 64, "PNG- oder JPEG-Datei"),
        (b"\x89PNG\r\n\x1a\n" + b"kaputt" * 10, "PNG- oder JPEG-Datei"),
        (b"\xff\xd8\xff" + b"\0" * (1024 * 1024 + 10), "zu groß"),
    ],
    ids=["gif", "damaged-png", "too-large"],
)
def test_a_bad_image_is_refused_in_german_and_nothing_changes(
    ws: Workspace, tmp_path: Path, content: bytes, message: str
) -> None:
    before = letterhead.set_letterhead_logo(ws, logo_file(tmp_path / "gut.png"), actor="Test").data
    bad = tmp_path / "logo.png"
    bad.write_bytes(content)
    with pytest.raises(InputError, match=message):
        letterhead.set_letterhead_logo(ws, bad, actor="Test")
    assert letterhead.letterhead_logo(ws) == before


def test_an_image_of_absurd_pixel_size_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="Pixel"):
        letterhead.set_letterhead_logo(ws, logo_file(tmp_path / "riesig.png", size=(4100, 20)), actor="Test")
    assert letterhead.letterhead(ws) is None


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
