"""Helpers for print tests: Qt's PDF-output printer, pixel differences (from the program's „Druckprobe“) and
the mean colour of a region."""

from __future__ import annotations

from PySide6.QtGui import QImage

from verbund_desktop.ui.printing.print_check import (
    blurred_difference,
    mean_difference,
    page_differences,
    page_matches,
    pdf_printer,
)

__all__ = ["blurred_difference", "mean_difference", "page_differences", "page_matches", "pdf_printer"]


def region_colour(image: QImage, x: int, y: int, width: int, height: int) -> tuple[float, float, float]:
    """The mean colour of a rectangle (red, green, blue)."""
    pixels = [image.pixelColor(i, j) for j in range(y, y + height) for i in range(x, x + width)]
    count = len(pixels)
    return (
        sum(p.red() for p in pixels) / count,
        sum(p.green() for p in pixels) / count,
        sum(p.blue() for p in pixels) / count,
    )
