"""PDF pages as images, rendered by PDFium (pypdfium2): what the preview shows and what is printed.

Pure functions from PDF bytes to ``QImage`` (no widgets), so a worker thread may call them. PDFium itself is not
thread-safe: every call into it holds one lock.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0
_PDFIUM = threading.Lock()


class PdfRenderError(ValueError):
    """The bytes are not a PDF that PDFium can read (the message is German and names no content)."""


@contextmanager
def _document(pdf: bytes) -> Iterator[pdfium.PdfDocument]:
    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as exc:
            raise PdfRenderError(
                QCoreApplication.translate("PdfRender", "Das Dokument ist kein lesbares PDF.")
            ) from exc
        try:
            yield document
        finally:
            document.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Width and height of every page in points (1/72 inch)."""
    with _document(pdf) as document:
        return [tuple(document[index].get_size()) for index in range(len(document))]


def page_count(pdf: bytes) -> int:
    with _document(pdf) as document:
        return len(document)


def _pixels(size_points: float, dpi: float) -> int:
    return max(1, round(size_points * dpi / POINTS_PER_INCH))


def _band(page: pdfium.PdfPage, dpi: float, top: int, rows: int | None) -> QImage:
    """Rows ``top`` … ``top + rows`` of the page rendered at ``dpi`` (all rows below ``top`` when None)."""
    width_pt, height_pt = page.get_size()
    width, height = _pixels(width_pt, dpi), _pixels(height_pt, dpi)
    rows = height - top if rows is None else max(0, min(rows, height - top))
    if rows == 0:
        return QImage()
    image = QImage(width, rows, QImage.Format.Format_RGBX8888)
    pixels = (ctypes.c_ubyte * image.sizeInBytes()).from_buffer(image.bits())  # PDFium draws into the image
    bitmap = pdfium.PdfBitmap.new_native(
        width, rows, pdfium_c.FPDFBitmap_BGRx, rev_byteorder=True, buffer=pixels, stride=image.bytesPerLine()
    )
    try:
        bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, rows)
        # Bytes R, G, B, x on every byte order; the page is placed so that row ``top`` lands on row 0.
        flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_PRINTING | pdfium_c.FPDF_REVERSE_BYTE_ORDER
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page, 0, -top, width, height, 0, flags)
    finally:
        bitmap.close()
        del pixels
    return image


def pixel_size(pdf: bytes, index: int, dpi: float) -> tuple[int, int]:
    """Width and height in pixels of page ``index`` rendered at ``dpi``."""
    width_pt, height_pt = page_sizes(pdf)[index]
    return _pixels(width_pt, dpi), _pixels(height_pt, dpi)


def render_page(pdf: bytes, index: int, dpi: float) -> QImage:
    """Page ``index`` (from 0) at ``dpi`` dots per inch, on white."""
    return render_band(pdf, index, dpi, 0, None)


def render_band(pdf: bytes, index: int, dpi: float, top: int, rows: int | None) -> QImage:
    """A horizontal strip of page ``index`` at ``dpi``: printing a page at 600 dpi in strips needs a fraction of
    the memory of one 140 MB image. The strips of a page fit together without a seam."""
    with _document(pdf) as document:
        if not 0 <= index < len(document):
            raise IndexError(index)
        return _band(document[index], dpi, top, rows)


def render_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page at ``dpi``, in order."""
    with _document(pdf) as document:
        return [_band(document[index], dpi, 0, None) for index in range(len(document))]
