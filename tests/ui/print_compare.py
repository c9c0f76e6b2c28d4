"""Helpers for print tests: Qt's PDF-output printer and a pixel difference between two renderings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter


def pdf_printer(path: Path, resolution: int = 150) -> QPrinter:
    """A QPrinter writing a PDF file (what a real printer receives, as a file); a modest resolution keeps the
    tests quick, the code path is the same as at 600 dpi."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)
    return printer


def mean_difference(first: QImage, second: QImage) -> float:
    """Mean absolute difference per colour channel (0–255) of two images of the same size."""
    a = first.convertToFormat(QImage.Format.Format_RGBX8888)
    b = second.convertToFormat(QImage.Format.Format_RGBX8888)
    assert a.size() == b.size()
    data_a, data_b = bytes(a.constBits()), bytes(b.constBits())
    total = sum(abs(x - y) for x, y in zip(data_a, data_b, strict=True))
    return total / len(data_a) * 4 / 3  # the fourth byte of each pixel is unused


def blurred_difference(first: QImage, second: QImage, factor: int = 6) -> tuple[float, float]:
    """The mean difference of the two images, each scaled down smoothly by ``factor`` (which evens out the
    anti-aliasing of text drawn as vectors or as pixels), and the difference of ``first`` from a white page of its
    size, to compare against."""
    size = first.size() / factor

    def small(image: QImage) -> QImage:
        return image.scaled(
            size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )

    blank = QImage(size, QImage.Format.Format_RGBX8888)
    blank.fill(QColor("white"))
    reference = small(first)
    return mean_difference(reference, small(second)), mean_difference(reference, blank)


def region_colour(image: QImage, x: int, y: int, width: int, height: int) -> tuple[float, float, float]:
    """The mean colour of a rectangle (red, green, blue)."""
    pixels = [image.pixelColor(i, j) for j in range(y, y + height) for i in range(x, x + width)]
    count = len(pixels)
    return (
        sum(p.red() for p in pixels) / count,
        sum(p.green() for p in pixels) / count,
        sum(p.blue() for p in pixels) / count,
    )
