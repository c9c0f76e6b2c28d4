"""Preview, print and save printed documents (PDF bytes from ``report/``).

The preview paints the PDF's own pages (see :mod:`.pdf_painter`), so what is shown is what is printed.
Printing goes through Qt's print dialog and paints the same pages as vectors onto the printer; „Als PDF
speichern“ writes the bytes unchanged. ``finalize`` callbacks run only after the person has chosen a printer
or a file: that is when a plan version is frozen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.planning.printing import PrintError, write_pdf
from verbund_desktop.ui.printing.pdf_pages import PdfReadError
from verbund_desktop.ui.printing.pdf_painter import PdfPages

Finalize = Callable[[], bytes | None]
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SCREEN_DPI = 96.0


def choose_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """Qt's print dialog; None when cancelled. Tests replace this function."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PreviewDialog", "Drucken"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_save_path(parent: QWidget | None, suggested_name: str) -> Path | None:
    """The save dialog for „Als PDF speichern“; None when cancelled. Tests replace this function."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PreviewDialog", "Als PDF speichern"),
        str(Path(folder) / suggested_name),
        QCoreApplication.translate("PreviewDialog", "PDF-Dokumente (*.pdf)"),
    )
    if not path:
        return None
    return Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of ``pdf`` onto ``printer`` as vectors; returns the number of pages."""
    pages = PdfPages(pdf)
    printer.setFullPage(True)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QCoreApplication.translate("PreviewDialog", "Der Drucker kann nicht angesprochen werden.")
        )
    try:
        for index in range(pages.count):
            if index:
                printer.newPage()
            full = printer.pageLayout().fullRectPixels(printer.resolution())
            pages.paint(index, painter, QRectF(0, 0, full.width(), full.height()))
    finally:
        painter.end()
    return pages.count


def print_document(parent: QWidget | None, title: str, finalize: Finalize) -> bool:
    """Ask for a printer, then ``finalize()`` (which may freeze the document) and print its pages."""
    printer = choose_printer(parent, title)
    if printer is None:
        return False
    pdf = finalize()
    if pdf is None:
        return False
    try:
        paint_pdf(printer, pdf)
    except (PrintError, PdfReadError) as exc:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("PreviewDialog", "Drucken nicht möglich: {0}").format(exc),
        )
        return False
    return True


def save_document(
    parent: QWidget | None,
    suggested_name: str,
    finalize: Finalize,
    on_saved: Callable[[Path], None] | None = None,
) -> Path | None:
    """Ask for a file name, then ``finalize()`` and write the PDF there; ``on_saved(path)`` records the file
    (so an erasure can list it later)."""
    path = choose_save_path(parent, suggested_name)
    if path is None:
        return None
    pdf = finalize()
    if pdf is None:
        return None
    try:
        written = write_pdf(path, pdf)
    except PrintError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PreviewDialog", "Als PDF speichern"), str(exc)
        )
        return None
    if on_saved is not None:
        on_saved(written)
    return written


class PreviewDialog(QDialog):
    """The pages of a document at a chosen zoom, with „Drucken …“ and „Als PDF speichern …“."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str,
        finalize: Finalize | None = None,
        parent: QWidget | None = None,
        on_saved: Callable[[Path], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vorschau – {0}").format(title))
        self.on_saved = on_saved
        self.title = title
        self.suggested_name = suggested_name
        self.pdf = pdf
        self._finalize = finalize or (lambda: self.pdf)
        self.pages = PdfPages(pdf)
        self.zoom = 1.0
        self.resize(900, 760)

        self.zoom_out = QPushButton(self.tr("Verkleinern"))
        self.zoom_in = QPushButton(self.tr("Vergrößern"))
        self.zoom_label = QLabel()
        self.print_button = QPushButton(self.tr("&Drucken …"))
        self.save_button = QPushButton(self.tr("Als PDF &speichern …"))
        self.close_button = QPushButton(self.tr("Schließen"))
        self.print_button.setToolTip(self.tr("Drucken (Strg+P)"))
        self.save_button.setToolTip(self.tr("Als PDF speichern (Strg+Umschalt+S)"))
        bar = QHBoxLayout()
        for widget in (self.zoom_out, self.zoom_in, self.zoom_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)

        self.page_box = QWidget()
        self.page_box.setStyleSheet("background: #8a8f94;")
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setSpacing(16)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.page_box)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(self.tr("Seiten"))
        self.page_labels: list[QLabel] = []
        for index in range(self.pages.count):
            label = QLabel()
            label.setAccessibleName(self.tr("Seite {0} von {1}").format(index + 1, self.pages.count))
            self.page_layout.addWidget(label)
            self.page_labels.append(label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(1))
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_),
            ("Ctrl+Shift+S", self.save),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.render_pages()

    def step_zoom(self, step: int) -> None:
        current = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self.zoom))
        self.zoom = ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, current + step))]
        self.render_pages()

    def render_pages(self) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        for index, label in enumerate(self.page_labels):
            image = self.pages.image(index, SCREEN_DPI * self.zoom * ratio)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
        self.zoom_label.setText(
            self.tr("{0} Seiten · {1} %").format(self.pages.count, round(self.zoom * 100))
            if self.pages.count != 1
            else self.tr("1 Seite · {0} %").format(round(self.zoom * 100))
        )
        self.zoom_out.setEnabled(self.zoom > ZOOM_STEPS[0])
        self.zoom_in.setEnabled(self.zoom < ZOOM_STEPS[-1])

    def print_(self) -> None:
        if print_document(self, self.title, self._finalize):
            self.accept()

    def save(self) -> None:
        if save_document(self, self.suggested_name, self._finalize, self.on_saved) is not None:
            self.accept()
