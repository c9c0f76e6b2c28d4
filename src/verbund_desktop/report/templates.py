"""Page templates: A4 portrait, running header and footer, "Seite X von Y", PDF metadata, bytes out."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
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

    def __init__(self, buffer: io.BytesIO, meta: DocumentMeta) -> None:
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
        canvas.drawString(MARGIN_LEFT, top, fit_text(meta.header_left, half, 7.5, bold=True))
        canvas.setFont(FONT_REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top, fit_text(meta.header_right, half, 7.5))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top - 2.5 * mm, PAGE_WIDTH - MARGIN_RIGHT, top - 2.5 * mm)
        bottom = MARGIN_BOTTOM - 10 * mm
        canvas.line(MARGIN_LEFT, bottom + 4 * mm, PAGE_WIDTH - MARGIN_RIGHT, bottom + 4 * mm)
        canvas.drawString(MARGIN_LEFT, bottom, fit_text(meta.footer_left, CONTENT_WIDTH - 30 * mm, 7.5))
        canvas.restoreState()


def render_pdf(story: Sequence[Flowable], meta: DocumentMeta) -> bytes:
    """Lay out ``story`` on A4 pages and return the finished PDF."""
    register_fonts()
    buffer = io.BytesIO()
    document = ReportDocTemplate(buffer, meta)
    document.build(list(story), canvasmaker=NumberedCanvas)
    return buffer.getvalue()
