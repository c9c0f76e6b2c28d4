"""Preview and printing of our own PDFs: page reading, painting, the print path and the preview dialog."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.samples.report_views import sample_company_view, sample_consent_view, sample_plan_view
from verbund_desktop.report import build_company_report, build_consent_sheet, build_development_plan
from verbund_desktop.ui.printing import print_preview
from verbund_desktop.ui.printing.pdf_pages import PdfDocument, PdfReadError
from verbund_desktop.ui.printing.pdf_painter import PdfPages
from verbund_desktop.ui.printing.print_preview import PreviewDialog, paint_pdf

ACCENT = QColor(31, 95, 115)  # the report's accent colour (table headers, title)


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    return build_development_plan(sample_plan_view())


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.parametrize(
    "build",
    [
        lambda: build_development_plan(sample_plan_view()),
        lambda: build_company_report(sample_company_view()),
        lambda: build_consent_sheet(sample_consent_view()),
    ],
)
def test_every_document_is_read_with_its_pages_and_fonts(build: object) -> None:
    pdf = build()  # type: ignore[operator]
    document = PdfDocument(pdf)
    reference = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(document.pages) == len(reference.pages) > 0
    for page in document.pages:
        assert (round(page.width), round(page.height)) == (595, 842)  # A4 in points
        assert page.fonts and all(f.font_file and "DejaVuSans" in f.base_font for f in page.fonts.values())
    decoded = {ch for page in document.pages for f in page.fonts.values() for ch in f.to_unicode.values()}
    assert {"ä", "ü", "ß", "€"} & decoded


def test_a_page_is_painted_white_with_dark_text_and_accent_headings(qtbot: QtBot, plan_pdf: bytes) -> None:
    pages = PdfPages(plan_pdf)
    image = pages.image(0, dpi=72)
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
    blank = [image.pixelColor(x, y) for y in range(0, 30) for x in range(0, 595)]
    assert all(c == QColor("white") for c in blank)  # nothing above the header line


def test_printing_paints_every_page_as_searchable_text(qtbot: QtBot, plan_pdf: bytes, tmp_path: Path) -> None:
    target = tmp_path / "gedruckt.pdf"
    assert paint_pdf(pdf_printer(target), plan_pdf) == 4
    printed = pypdf.PdfReader(target)
    original = pypdf.PdfReader(io.BytesIO(plan_pdf))
    assert len(printed.pages) == len(original.pages)
    text = " ".join(page.extract_text() for page in printed.pages).replace("\t", " ")
    for expected in ("Individueller Entwicklungsplan", "Jürgen Weiß", "1.234,56 €", "Seite 4 von 4", "Lücke"):
        assert expected in text


def test_unreadable_bytes_are_refused() -> None:
    with pytest.raises(PdfReadError):
        PdfDocument(b"kein PDF")
    pdf = build_consent_sheet(sample_consent_view())
    with pytest.raises(PdfReadError):
        PdfDocument(pdf[: len(pdf) // 2])


def test_preview_zooms_prints_and_saves(
    qtbot: QtBot, plan_pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finalized: list[int] = []

    def finalize() -> bytes:
        finalized.append(1)
        return plan_pdf

    dialog = PreviewDialog(plan_pdf, "Entwicklungsplan Jürgen Weiß", "plan.pdf", finalize)
    qtbot.addWidget(dialog)
    assert len(dialog.page_labels) == 4 and dialog.zoom_label.text() == "4 Seiten · 100 %"
    width = dialog.page_labels[0].pixmap().width()
    dialog.zoom_in.click()
    assert dialog.page_labels[0].pixmap().width() > width and dialog.zoom_label.text() == "4 Seiten · 125 %"

    monkeypatch.setattr(print_preview, "choose_printer", lambda parent, title: None)
    dialog.print_button.click()
    assert finalized == []  # cancelled in the print dialog: nothing is frozen
    monkeypatch.setattr(
        print_preview, "choose_printer", lambda parent, title: pdf_printer(tmp_path / "p.pdf")
    )
    dialog.print_button.click()
    assert finalized == [1] and len(pypdf.PdfReader(tmp_path / "p.pdf").pages) == 4

    monkeypatch.setattr(print_preview, "choose_save_path", lambda parent, name: tmp_path / "ordner" / name)
    dialog.save_button.click()
    assert (tmp_path / "ordner" / "plan.pdf").read_bytes() == plan_pdf and finalized == [1, 1]
