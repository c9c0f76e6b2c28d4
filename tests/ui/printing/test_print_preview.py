"""Preview and printing on PDFium: rendered pages, the print path compared with PDFium page by page, and the
preview dialog driven by keyboard (pages, zoom, print, close) inside a 1366×768 screen."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.samples.report_views import sample_company_view, sample_consent_view, sample_plan_view
from tests.ui.printing.print_compare import blurred_difference, page_differences, page_matches, pdf_printer
from verbund_desktop.report import build_company_report, build_consent_sheet, build_development_plan
from verbund_desktop.ui.printing import print_check, print_preview, window_fit
from verbund_desktop.ui.printing.pdf_render import PdfRenderError, page_sizes, render_page, render_pages
from verbund_desktop.ui.printing.print_pages import paint_pdf
from verbund_desktop.ui.printing.print_preview import PREVIEW_GEOMETRY, PreviewDialog

ACCENT = QColor(31, 95, 115)  # the report's accent colour (table headers, title)
SCREEN_1366 = QRect(0, 0, 1366, 728)  # 1366×768 minus a 40 px task bar


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    return build_development_plan(sample_plan_view())


def test_a_page_is_rendered_white_with_dark_text_and_accent_headings(qtbot: QtBot, plan_pdf: bytes) -> None:
    assert [(round(w), round(h)) for w, h in page_sizes(plan_pdf)] == [(595, 842)] * 4  # A4 in points
    image = render_page(plan_pdf, 0, dpi=72)
    assert (image.width(), image.height()) == (595, 842)
    assert image.pixelColor(5, 5) == QColor("white") and image.pixelColor(590, 837) == QColor("white")
    colours = [image.pixelColor(x, y) for y in range(60, 130) for x in range(50, 400)]
    accent = [
        c
        for c in colours
        if abs(c.red() - ACCENT.red()) + abs(c.green() - ACCENT.green()) + abs(c.blue() - ACCENT.blue()) < 30
    ]
    assert len(accent) > 500  # the big title „Individueller Entwicklungsplan“
    bottom = [image.pixelColor(x, y) for y in range(810, 825) for x in range(480, 545)]
    assert any(c.lightness() < 200 for c in bottom)  # „Seite 1 von 4“ in the footer
    assert render_page(plan_pdf, 0, dpi=144).width() == 1191


def test_unreadable_bytes_are_refused_in_german() -> None:
    with pytest.raises(PdfRenderError, match="kein lesbares PDF"):
        page_sizes(b"kein PDF")
    pdf = build_consent_sheet(sample_consent_view())
    with pytest.raises(PdfRenderError):
        render_pages(pdf[: len(pdf) // 3], 72)


@pytest.mark.parametrize(
    "build",
    [
        lambda: build_development_plan(sample_plan_view()),
        lambda: build_company_report(sample_company_view()),
        lambda: build_consent_sheet(sample_consent_view()),
    ],
    ids=["plan", "company-report", "consent-sheet"],
)
def test_printed_pages_match_pdfium_page_by_page(qtbot: QtBot, tmp_path: Path, build: object) -> None:
    """Printing through QPrinter (PDF output) gives, page by page, what PDFium renders of the original: an
    unsupported construct shows up here as a difference instead of on paper as a blank."""
    original = build()  # type: ignore[operator]
    printer = pdf_printer(tmp_path / "gedruckt.pdf", resolution=150)
    assert paint_pdf(printer, original) == len(page_sizes(original))
    results = page_differences(original, (tmp_path / "gedruckt.pdf").read_bytes())
    assert len(results) == len(page_sizes(original))
    for page, (difference, from_blank) in enumerate(results, start=1):
        assert page_matches(difference, from_blank), (page, difference, from_blank)


def test_a_blank_or_shifted_printout_is_caught(qtbot: QtBot, plan_pdf: bytes) -> None:
    """The comparison itself: a blank sheet, or pages in the wrong order, do not pass."""
    blank = build_consent_sheet(sample_consent_view())  # another document: other pixels everywhere
    one_page = render_page(plan_pdf, 0, 150)
    other = render_page(blank, 0, 150)
    difference, from_blank = blurred_difference(one_page, other)
    assert not page_matches(difference, from_blank)
    white = QImage(one_page.size(), QImage.Format.Format_RGBX8888)
    white.fill(QColor("white"))
    assert not page_matches(*blurred_difference(one_page, white))
    with pytest.raises(ValueError, match="Seiten gedruckt"):
        page_differences(plan_pdf, blank)


def preview(qtbot: QtBot, pdf: bytes, finalize: print_preview.Finalize | None = None) -> PreviewDialog:
    dialog = PreviewDialog(pdf, "Entwicklungsplan AB-01 (Version 1)", "plan.pdf", finalize)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()  # offscreen windows are not active by themselves
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a person at the keyboard would."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    qtbot.keyClick(widget, k, modifier)


def test_preview_is_driven_by_keyboard_pages_zoom_print_and_escape(
    qtbot: QtBot, plan_pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finalized: list[int] = []

    def finalize() -> bytes:
        finalized.append(1)
        return plan_pdf

    dialog = preview(qtbot, plan_pdf, finalize)
    assert len(dialog.page_labels) == 4 and dialog.page_label.text() == "Seite 1 von 4"
    assert dialog.zoom_label.text() == "100 %"
    width = dialog.page_labels[0].pixmap().width()
    assert abs(width - round(595 * dialog.screen_dpi() / 72)) <= 1  # 100 % is the paper's size on screen

    key(qtbot, Qt.Key.Key_PageDown)
    key(qtbot, Qt.Key.Key_PageDown)
    assert dialog.page_label.text() == "Seite 3 von 4"
    bar = dialog.scroll_area.verticalScrollBar()
    assert bar.value() >= dialog.page_labels[2].y() - print_preview.PAGE_SPACING
    key(qtbot, Qt.Key.Key_PageUp)
    assert dialog.page_label.text() == "Seite 2 von 4"

    key(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.zoom_label.text() == "125 %" and dialog.page_labels[0].pixmap().width() > width
    assert dialog.page_label.text() == "Seite 2 von 4"  # zooming keeps the page in view
    key(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.zoom_label.text() == "75 %"

    monkeypatch.setattr(print_preview, "choose_printer", lambda parent, title: None)
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert finalized == [] and dialog.isVisible()  # cancelled in the print dialog: nothing is frozen
    target = tmp_path / "p.pdf"
    monkeypatch.setattr(print_preview, "choose_printer", lambda parent, title: pdf_printer(target))
    key(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert finalized == [1] and len(page_sizes(target.read_bytes())) == 4 and not dialog.isVisible()

    again = preview(qtbot, plan_pdf)
    key(qtbot, Qt.Key.Key_Escape)
    assert not again.isVisible()


def test_preview_saves_the_bytes_unchanged(
    qtbot: QtBot, plan_pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = preview(qtbot, plan_pdf)
    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, name: tmp_path / "ordner" / name)
    dialog.save_button.click()
    assert (tmp_path / "ordner" / "plan.pdf").read_bytes() == plan_pdf and not dialog.isVisible()


def test_preview_fits_a_laptop_screen_and_restores_its_geometry(
    qtbot: QtBot, plan_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window_fit, "available_area", lambda widget: SCREEN_1366)
    PREVIEW_GEOMETRY.set("")
    first = preview(qtbot, plan_pdf)
    assert first.width() + window_fit.FRAME_ALLOWANCE.width() <= SCREEN_1366.width()
    assert first.height() + window_fit.FRAME_ALLOWANCE.height() <= SCREEN_1366.height()
    narrowest = first.minimumSizeHint().width()  # the button bar; Qt's test screen is only 800 px wide
    first.resize(narrowest, 500)
    first.move(120, 80)
    key(qtbot, Qt.Key.Key_Escape)

    second = preview(qtbot, plan_pdf)
    assert (second.width(), second.height()) == (narrowest, 500)
    second.resize(3000, 2000)  # as on a big monitor, then opened on the laptop again
    second.move(900, 600)
    second.close_button.click()
    third = preview(qtbot, plan_pdf)
    frame = third.frameGeometry()
    assert SCREEN_1366.contains(QRect(frame.topLeft(), third.size() + window_fit.FRAME_ALLOWANCE))
    third.close()


def test_the_print_probe_prints_compares_and_reports_per_page(
    qtbot: QtBot, plan_pdf: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "plan.pdf"
    source.write_bytes(plan_pdf)
    assert print_check.main([str(source), "--pdf", str(tmp_path / "probe.pdf")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" (")[0] for line in lines] == [f"Seite {n}: gleich" for n in range(1, 5)]
    (tmp_path / "kaputt.pdf").write_bytes(b"kein PDF")
    assert print_check.main([str(tmp_path / "kaputt.pdf"), "--pdf", str(tmp_path / "p2.pdf")]) == 2
    assert "Druckprobe nicht möglich: Das Dokument ist kein lesbares PDF." in capsys.readouterr().err


def test_pages_render_the_same_from_worker_threads(plan_pdf: bytes) -> None:
    """The rendering functions are pure (PDF bytes → images) and may run in a job runner's threads at once."""
    expected = [image.copy() for image in render_pages(plan_pdf, 48)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(lambda _: render_pages(plan_pdf, 48), range(6)))
    for images in results:
        assert [image == want for image, want in zip(images, expected, strict=True)] == [True] * 4
