"""Preview, print and save printed documents (PDF bytes from ``report/``).

PDFium renders the pages (see :mod:`.pdf_render`) for the preview at the screen's resolution and for the
printer at the printer's (see :mod:`.print_pages`), so what is shown is what is printed. „Als PDF speichern“
writes the bytes unchanged. ``finalize`` callbacks run only after the person has chosen a printer
or a file: that is when a plan version is frozen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QPageSize, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.planning.printing import PrintError, write_pdf
from verbund_desktop.ui.common import folders, geometry
from verbund_desktop.ui.common.prompts import waiting
from verbund_desktop.ui.common.service_messages import user_message
from verbund_desktop.ui.common.settings import Setting
from verbund_desktop.ui.printing.pdf_render import PdfRenderError, page_count, render_pages
from verbund_desktop.ui.printing.print_pages import paint_pdf

Finalize = Callable[[], bytes | None]
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
PREVIEW_GEOMETRY = Setting("ui/preview_geometry", "")
# Fits 1366×768 with task bar and title bar; shows a page's full width at 100 %.
DEFAULT_SIZE = QSize(900, 680)
PAGE_SPACING = 16


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
    path = folders.save_file(
        parent,
        "pdf",
        QCoreApplication.translate("PreviewDialog", "Als PDF speichern"),
        suggested_name,
        QCoreApplication.translate("PreviewDialog", "PDF-Dokumente (*.pdf)"),
    )
    if path is None:
        return None
    return path if path.name.lower().endswith(".pdf") else path.with_name(path.name + ".pdf")


def print_document(parent: QWidget | None, title: str, finalize: Finalize) -> bool:
    """Ask for a printer, then ``finalize()`` (which may freeze the document) and print its pages."""
    printer = choose_printer(parent, title)
    if printer is None:
        return False
    pdf = finalize()
    if pdf is None:
        return False
    try:
        with waiting(parent, QCoreApplication.translate("PreviewDialog", "Wird gedruckt …")):
            paint_pdf(printer, pdf)  # rasterised at the printer's resolution: seconds for a long plan
    except (PrintError, PdfRenderError) as exc:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("PreviewDialog", "Drucken nicht möglich: {0}").format(
                user_message(exc)
            ),
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
        with waiting(parent, QCoreApplication.translate("PreviewDialog", "Wird gespeichert …")):
            written = write_pdf(path, pdf)
    except PrintError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PreviewDialog", "Als PDF speichern"), user_message(exc)
        )
        return None
    if on_saved is not None:
        on_saved(written)
    return written


class PreviewDialog(QDialog):
    """The pages of a document at a chosen zoom, with „Drucken …“ and „Als PDF speichern …“.

    Keys: Bild↑/Bild↓ previous/next page, Strg+Plus/Strg+Minus zoom, Strg+P print, Strg+Umschalt+S save, Esc
    closes. Size and place are remembered and kept inside the screen.
    """

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
        self.page_count = page_count(pdf)
        self.zoom = 1.0
        self.current_page = 0
        self._build_bar()
        self._build_pages()
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.scroll_area, 1)
        self._connect()
        self._place()
        self.render_pages()
        self.scroll_area.setFocus()  # arrow keys scroll, Bild↑/↓ go by page

    def _build_bar(self) -> None:
        self.previous_button = QPushButton(self.tr("◀ Vorige Seite"))
        self.next_button = QPushButton(self.tr("Nächste Seite ▶"))
        self.page_label = QLabel()
        self.zoom_out = QPushButton(self.tr("Verkleinern"))
        self.zoom_in = QPushButton(self.tr("Vergrößern"))
        self.zoom_label = QLabel()
        self.print_button = QPushButton(self.tr("&Drucken …"))
        self.save_button = QPushButton(self.tr("Als PDF &speichern …"))
        self.close_button = QPushButton(self.tr("Schließen"))
        self.previous_button.setToolTip(self.tr("Vorige Seite (Bild↑)"))
        self.next_button.setToolTip(self.tr("Nächste Seite (Bild↓)"))
        self.zoom_out.setToolTip(self.tr("Verkleinern (Strg+Minus)"))
        self.zoom_in.setToolTip(self.tr("Vergrößern (Strg+Plus)"))
        self.print_button.setToolTip(self.tr("Drucken (Strg+P)"))
        self.save_button.setToolTip(self.tr("Als PDF speichern (Strg+Umschalt+S)"))
        self.close_button.setToolTip(self.tr("Schließen (Esc)"))
        self.bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button, self.zoom_out, self.zoom_in):
            self.bar.addWidget(widget)
        self.bar.addWidget(self.zoom_label)
        self.bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            self.bar.addWidget(widget)

    def _build_pages(self) -> None:
        self.page_box = QWidget()
        self.page_box.setStyleSheet("background: #8a8f94;")
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setSpacing(PAGE_SPACING)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.page_box)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(self.tr("Seiten"))
        self.page_labels: list[QLabel] = []
        for index in range(self.page_count):
            label = QLabel()
            label.setAccessibleName(self.tr("Seite {0} von {1}").format(index + 1, self.page_count))
            self.page_layout.addWidget(label)
            self.page_labels.append(label)

    def _connect(self) -> None:
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(1))
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._follow_scrolling)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_),
            ("Ctrl+Shift+S", self.save),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(1)),
            ("Ctrl+=", lambda: self.step_zoom(1)),  # „+“ without Shift on many layouts
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
            (Qt.Key.Key_PageUp, lambda: self.go_to_page(self.current_page - 1)),
            (Qt.Key.Key_PageDown, lambda: self.go_to_page(self.current_page + 1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _place(self) -> None:
        """The remembered geometry, clamped to the screen; the first time the default size, shrunk to the
        screen, and Qt centres the dialog on its parent (moving it here would pin it to the screen's corner)."""
        if PREVIEW_GEOMETRY.get():
            geometry.restore(self, PREVIEW_GEOMETRY, DEFAULT_SIZE)
            return
        area, frame = geometry.available_area(self), geometry.FRAME_ALLOWANCE
        self.resize(
            min(DEFAULT_SIZE.width(), area.width() - frame.width()),
            min(DEFAULT_SIZE.height(), area.height() - frame.height()),
        )

    def screen_dpi(self) -> float:
        screen = self.screen()
        return screen.logicalDotsPerInch() if screen is not None else 96.0

    def step_zoom(self, step: int) -> None:
        current = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self.zoom))
        zoom = ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, current + step))]
        if zoom != self.zoom:
            page = self.current_page
            self.zoom = zoom
            self.render_pages()
            self.go_to_page(page)

    def render_pages(self) -> None:
        """Every page at the screen's resolution times the zoom (and the display's pixel ratio)."""
        ratio = self.devicePixelRatioF() or 1.0
        for label, image in zip(
            self.page_labels, render_pages(self.pdf, self.screen_dpi() * self.zoom * ratio), strict=True
        ):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.deviceIndependentSize().toSize())
        self.page_box.adjustSize()
        percent = round(self.zoom * 100)
        self.zoom_label.setText(self.tr("{0} %").format(percent))
        self.zoom_out.setEnabled(self.zoom > ZOOM_STEPS[0])
        self.zoom_in.setEnabled(self.zoom < ZOOM_STEPS[-1])
        self._show_page_number()

    def go_to_page(self, index: int) -> None:
        """Scroll so that page ``index`` (from 0, clamped) starts at the top of the view."""
        self.current_page = max(0, min(self.page_count - 1, index))
        if self.page_labels:
            self.page_layout.activate()
            top = self.page_labels[self.current_page].y() - PAGE_SPACING // 2
            bar = self.scroll_area.verticalScrollBar()
            bar.blockSignals(True)
            bar.setValue(max(0, top))
            bar.blockSignals(False)
        self._show_page_number()

    def _follow_scrolling(self, value: int) -> None:
        middle = value + self.scroll_area.viewport().height() // 3
        tops = [label.y() for label in self.page_labels]
        self.current_page = max((i for i, top in enumerate(tops) if top <= middle), default=0)
        self._show_page_number()

    def _show_page_number(self) -> None:
        self.page_label.setText(self.tr("Seite {0} von {1}").format(self.current_page + 1, self.page_count))
        self.previous_button.setEnabled(self.current_page > 0)
        self.next_button.setEnabled(self.current_page < self.page_count - 1)

    def done(self, result: int) -> None:  # every way out: Esc, „Schließen“, after printing or saving
        geometry.save(self, PREVIEW_GEOMETRY)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt API name: the window's close button
        geometry.save(self, PREVIEW_GEOMETRY)
        super().closeEvent(event)

    def print_(self) -> None:
        if print_document(self, self.title, self._finalize):
            self.accept()

    def save(self) -> None:
        if save_document(self, self.suggested_name, self._finalize, self.on_saved) is not None:
            self.accept()
