"""„Druckprobe“: a PDF printed through the program's own print path, then compared with PDFium's rendering of
the original, page by page. The tests use it; the installer bundle ships it as ``verbund-druckprobe`` so
support can check printing on a laptop (``verbund-druckprobe PLAN.pdf --pdf probe.pdf`` or ``--drucker NAME``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from verbund_desktop.ui.printing.pdf_render import PdfRenderError, render_pages
from verbund_desktop.ui.printing.print_pages import paint_pdf

CHECK_DPI = 150
MAX_DIFFERENCE = 2.0  # mean per channel, of 255, after smoothing: resampling only
MAX_SHARE_OF_BLANK = 0.15  # a blank or half-printed page differs from the original by far more


def pdf_printer(path: Path, resolution: int = CHECK_DPI) -> QPrinter:
    """A QPrinter writing a PDF file: what a printer receives, as a file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)
    return printer


def mean_difference(first: QImage, second: QImage) -> float:
    """Mean absolute difference per colour channel (0–255) of two images of the same size."""
    a = first.convertToFormat(QImage.Format.Format_RGBX8888)
    b = second.convertToFormat(QImage.Format.Format_RGBX8888)
    if a.size() != b.size():
        raise ValueError("different sizes")
    data_a, data_b = bytes(a.constBits()), bytes(b.constBits())
    total = sum(abs(x - y) for x, y in zip(data_a, data_b, strict=True))
    return total / len(data_a) * 4 / 3  # the fourth byte of each pixel is unused


def blurred_difference(first: QImage, second: QImage, factor: int = 6) -> tuple[float, float]:
    """The mean difference of the two images, each scaled down smoothly by ``factor`` (which evens out the
    anti-aliasing of text drawn as vectors or as pixels), and the difference of ``first`` from a white page of
    its size, to compare against."""
    size = first.size() / factor

    def small(image: QImage) -> QImage:
        return image.scaled(
            size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )

    blank = QImage(size, QImage.Format.Format_RGBX8888)
    blank.fill(QColor("white"))
    reference = small(first)
    return mean_difference(reference, small(second)), mean_difference(reference, blank)


def page_differences(original: bytes, printed: bytes, dpi: float = CHECK_DPI) -> list[tuple[float, float]]:
    """Per page: (difference, difference from a blank page); a ValueError if the page counts or sizes differ."""
    expected, got = render_pages(original, dpi), render_pages(printed, dpi)
    if len(expected) != len(got):
        raise ValueError(f"{len(got)} Seiten gedruckt, {len(expected)} erwartet")
    return [blurred_difference(want, have) for want, have in zip(expected, got, strict=True)]


def page_matches(difference: float, from_blank: float) -> bool:
    return difference < MAX_DIFFERENCE and difference < MAX_SHARE_OF_BLANK * from_blank


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="verbund-druckprobe", description="Ein PDF über den Druckweg des Programms drucken und prüfen."
    )
    parser.add_argument("pdf", type=Path, help="Das zu druckende PDF.")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--pdf", dest="out", type=Path, help="In diese PDF-Datei drucken und vergleichen.")
    where.add_argument("--drucker", help="Auf diesem Drucker drucken (Name wie im System).")
    args = parser.parse_args(list(argv) if argv is not None else sys.argv[1:])
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        original = args.pdf.read_bytes()
        if args.drucker:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPrinterName(args.drucker)
            print(f"{paint_pdf(printer, original)} Seiten an „{args.drucker}“ gesendet.")
            return 0
        paint_pdf(pdf_printer(args.out), original)
        results = page_differences(original, args.out.read_bytes())
    except (OSError, ValueError, PdfRenderError) as exc:
        print(f"Druckprobe nicht möglich: {exc}", file=sys.stderr)
        return 2
    for number, (difference, from_blank) in enumerate(results, start=1):
        verdict = "gleich" if page_matches(difference, from_blank) else "ABWEICHEND"
        print(f"Seite {number}: {verdict} (Abweichung {difference:.2f}, leere Seite {from_blank:.2f})")
    return 0 if all(page_matches(*result) for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
