"""Page templates: A4 portrait, running header (with the network's logo, if any) and footer, "Seite X von Y",
PDF metadata, bytes out."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from verbund_desktop.report.styles import (
    ACCENT,
    FONT_BOLD,
    FONT_REGULAR,
    MUTED,
    RULE,
    fit_text,
    register_fonts,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
AUTHOR = "Verbund Desktop"
LOGO_BOX = (40 * mm, 10 * mm)  # the largest a letterhead logo is drawn: top right, above the header rule


@dataclass(frozen=True)
class DocumentMeta:
    """Metadata and running texts of one document."""

    title: str  # PDF title; must not contain names in pseudonymised documents
    subject: str
    header_left: str  # e.g. "Individueller Entwicklungsplan"
    header_right: str  # e.g. company name and employee label
    footer_left: str  # e.g. "Erstellt am 26.11.2026 · Weiterbildungsverbund Nord"
    keywords: tuple[str, ...] = ()


class NumberedCanvas(Canvas):
    """Defers each page until the end so the footer can say "Seite X von Y" (pretix pattern)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # ReportLab API name
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            self._draw_page_number(number, total)
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont(FONT_REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawRightString(
            PAGE_WIDTH - MARGIN_RIGHT, MARGIN_BOTTOM - 10 * mm, f"Seite {number} von {total}"
        )
        self.restoreState()


class ReportDocTemplate(BaseDocTemplate):
    """One frame per page; header and footer drawn by :meth:`draw_page_furniture`."""

    def __init__(self, buffer: io.BytesIO, meta: DocumentMeta, logo: bytes | None = None) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=meta.title,
            author=AUTHOR,
            subject=meta.subject,
            creator=AUTHOR,
            keywords=list(meta.keywords),
            lang="de-DE",
            invariant=1,
            initialFontName=FONT_REGULAR,
            initialFontSize=9,
            initialLeading=11.7,
        )
        self.meta = meta
        self.logo = ImageReader(io.BytesIO(logo)) if logo else None
        frame = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="content"
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.draw_page_furniture)])

    def draw_page_furniture(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        meta = self.meta
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
        half = CONTENT_WIDTH / 2 - 4
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.setFillColor(ACCENT)
        left_text = fit_text(meta.header_left, half, 7.5, bold=True)
        canvas.drawString(MARGIN_LEFT, top, left_text)
        canvas.setFont(FONT_REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        right, room = PAGE_WIDTH - MARGIN_RIGHT, half
        if self.logo is not None:  # the logo takes the right end; the text may use what the left one leaves
            right -= draw_logo(canvas, self.logo, right, top - 1.5 * mm) + 3 * mm
            room = right - MARGIN_LEFT - canvas.stringWidth(left_text, FONT_BOLD, 7.5) - 6 * mm
        canvas.drawRightString(right, top, fit_text(meta.header_right, room, 7.5))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top - 2.5 * mm, PAGE_WIDTH - MARGIN_RIGHT, top - 2.5 * mm)
        bottom = MARGIN_BOTTOM - 10 * mm
        canvas.line(MARGIN_LEFT, bottom + 4 * mm, PAGE_WIDTH - MARGIN_RIGHT, bottom + 4 * mm)
        canvas.drawString(MARGIN_LEFT, bottom, fit_text(meta.footer_left, CONTENT_WIDTH - 30 * mm, 7.5))
        canvas.restoreState()


def draw_logo(canvas: Canvas, logo: ImageReader, right: float, bottom: float) -> float:
    """The logo right-aligned at ``right``, standing on ``bottom``, inside LOGO_BOX; returns its width."""
    width, height = logo.getSize()
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    drawn_width, drawn_height = width * scale, height * scale
    canvas.drawImage(logo, right - drawn_width, bottom, drawn_width, drawn_height, mask="auto")
    return drawn_width


def render_pdf(story: Sequence[Flowable], meta: DocumentMeta, logo: bytes | None = None) -> bytes:
    """Lay out ``story`` on A4 pages and return the finished PDF; ``logo`` (PNG or JPEG bytes, checked by
    :func:`.letterhead.check_logo`) is drawn in the header of every page."""
    register_fonts()
    buffer = io.BytesIO()
    document = ReportDocTemplate(buffer, meta, logo)
    document.build(list(story), canvasmaker=NumberedCanvas)
    return buffer.getvalue()
