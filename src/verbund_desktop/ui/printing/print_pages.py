"""Printing a PDF: every page rasterised by PDFium at the printer's resolution and painted onto the QPrinter.

What PDFium draws in the preview is what reaches the paper, for real printers and for Qt's PDF output alike; no
construct of the document can fall out on the way. Pages are rendered in horizontal strips, so 600 dpi needs
20 MB at a time instead of one image of 140 MB.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from verbund_desktop.services.planning.printing import PrintError
from verbund_desktop.ui.printing.pdf_render import page_sizes, pixel_size, render_band

MAX_PRINT_DPI = 600  # more than any office printer resolves; Qt's „HighResolution“ PDF output says 1200
BAND_ROWS = 1024


def print_dpi(printer: QPrinter) -> float:
    return float(max(72, min(printer.resolution(), MAX_PRINT_DPI)))


def prepare(printer: QPrinter) -> None:
    """Whole sheet, portrait: the document's own margins are on its pages."""
    printer.setFullPage(True)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def begin(printer: QPrinter) -> QPainter:
    """A painter on ``printer`` (call :func:`prepare` first); a German :class:`PrintError` if it cannot start."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QCoreApplication.translate("PreviewDialog", "Der Drucker kann nicht angesprochen werden.")
        )
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)  # PDF output: no JPEG blur on text
    return painter


def paint_document(painter: QPainter, printer: QPrinter, pdf: bytes, *, new_sheet: bool) -> int:
    """Paint every page of ``pdf``; ``new_sheet`` starts a new sheet before the first one (a later document of
    one print job). Returns the number of pages."""
    dpi = print_dpi(printer)
    count = len(page_sizes(pdf))
    for index in range(count):
        if index or new_sheet:
            printer.newPage()
        full = printer.pageLayout().fullRectPixels(printer.resolution())
        width, height = pixel_size(pdf, index, dpi)
        factor = min(full.width() / width, full.height() / height)
        for top in range(0, height, BAND_ROWS):
            band = render_band(pdf, index, dpi, top, BAND_ROWS)
            target = QRectF(0, top * factor, band.width() * factor, band.height() * factor)
            painter.drawImage(target, band)
    return count


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Print ``pdf`` as one job on ``printer``; returns the number of pages. Unreadable bytes raise
    :class:`.pdf_render.PdfRenderError` before a job is started (no blank sheet comes out)."""
    page_sizes(pdf)
    prepare(printer)
    painter = begin(printer)
    try:
        return paint_document(painter, printer, pdf, new_sheet=False)
    finally:
        painter.end()
