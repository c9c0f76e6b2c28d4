"""Paint the pages read by :mod:`.pdf_pages` with QPainter: on screen (preview images) and on a QPrinter.

Text is drawn with the embedded TrueType subsets (ReportLab numbers the subset's glyphs by code), so the
preview shows exactly the printed glyphs; paths, fills, strokes, dashes and clipping follow the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGlyphRun,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from verbund_desktop.ui.printing.pdf_fonts import FontCache
from verbund_desktop.ui.printing.pdf_pages import (
    Operator,
    PdfDocument,
    PdfFont,
    PdfPage,
    PdfReadError,
    content_tokens,
)

POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class _TextState:
    font: PdfFont | None = None
    size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    h_scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0
    mode: int = 0


@dataclass(frozen=True)
class _State:
    ctm: QTransform
    fill: QColor
    stroke: QColor
    line_width: float = 1.0
    cap: Qt.PenCapStyle = Qt.PenCapStyle.FlatCap
    join: Qt.PenJoinStyle = Qt.PenJoinStyle.MiterJoin
    dash: tuple[tuple[float, ...], float] = ((), 0.0)
    text: _TextState = _TextState()


_CAPS = (Qt.PenCapStyle.FlatCap, Qt.PenCapStyle.RoundCap, Qt.PenCapStyle.SquareCap)
_JOINS = (Qt.PenJoinStyle.MiterJoin, Qt.PenJoinStyle.RoundJoin, Qt.PenJoinStyle.BevelJoin)


def _colour(values: list[float]) -> QColor:
    clamp = [min(1.0, max(0.0, float(v))) for v in values]
    if len(clamp) == 1:
        return QColor.fromRgbF(clamp[0], clamp[0], clamp[0])
    if len(clamp) == 3:
        return QColor.fromRgbF(*clamp)
    if len(clamp) == 4:
        c, m, y, k = clamp
        return QColor.fromRgbF((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return QColor(Qt.GlobalColor.black)


class PagePainter:
    """Interprets one page's content stream onto a QPainter whose transform maps page points to pixels."""

    def __init__(self, page: PdfPage, fonts: FontCache | None = None) -> None:
        self.page = page
        self.fonts = fonts or FontCache()
        self.tokens = content_tokens(page.content)

    def paint(self, painter: QPainter, target: QRectF) -> None:
        """Paint the page scaled into ``target`` (aspect kept, top-left aligned)."""
        scale = min(target.width() / self.page.width, target.height() / self.page.height)
        base = QTransform(scale, 0, 0, -scale, target.left(), target.top() + self.page.height * scale)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
        try:
            _Run(self, painter, base).execute()
        finally:
            painter.restore()


class _Run:
    """One pass over the content stream: graphics state stack, current path and text matrices."""

    def __init__(self, owner: PagePainter, painter: QPainter, base: QTransform) -> None:
        self.owner = owner
        self.painter = painter
        self.base = base
        black = QColor(Qt.GlobalColor.black)
        self.state = _State(QTransform(), black, black)
        self.stack: list[_State] = []
        self.path = QPainterPath()
        self.clip_pending: Qt.FillRule | None = None
        self.tm = QTransform()
        self.tlm = QTransform()
        self.ops: dict[str, Callable[[list[Any]], None]] = {
            "q": self._save,
            "Q": self._restore,
            "cm": self._concat,
            "w": lambda a: self._set(line_width=float(a[0])),
            "J": lambda a: self._set(cap=_CAPS[int(a[0]) % 3]),
            "j": lambda a: self._set(join=_JOINS[int(a[0]) % 3]),
            "d": lambda a: self._set(dash=(tuple(float(x) for x in a[0]), float(a[1]))),
            "g": lambda a: self._set(fill=_colour(a)),
            "G": lambda a: self._set(stroke=_colour(a)),
            "rg": lambda a: self._set(fill=_colour(a)),
            "RG": lambda a: self._set(stroke=_colour(a)),
            "k": lambda a: self._set(fill=_colour(a)),
            "K": lambda a: self._set(stroke=_colour(a)),
            "sc": lambda a: self._set(fill=_colour(a)),
            "scn": lambda a: self._set(fill=_colour(a)),
            "SC": lambda a: self._set(stroke=_colour(a)),
            "SCN": lambda a: self._set(stroke=_colour(a)),
            "m": lambda a: self.path.moveTo(float(a[0]), float(a[1])),
            "l": lambda a: self.path.lineTo(float(a[0]), float(a[1])),
            "c": lambda a: self.path.cubicTo(*(float(x) for x in a[:6])),
            "v": self._curve_v,
            "y": self._curve_y,
            "h": lambda a: self.path.closeSubpath(),
            "re": self._rect,
            "S": lambda a: self._paint(stroke=True),
            "s": lambda a: self._paint(stroke=True, close=True),
            "f": lambda a: self._paint(fill=Qt.FillRule.WindingFill),
            "F": lambda a: self._paint(fill=Qt.FillRule.WindingFill),
            "f*": lambda a: self._paint(fill=Qt.FillRule.OddEvenFill),
            "B": lambda a: self._paint(fill=Qt.FillRule.WindingFill, stroke=True),
            "B*": lambda a: self._paint(fill=Qt.FillRule.OddEvenFill, stroke=True),
            "b": lambda a: self._paint(fill=Qt.FillRule.WindingFill, stroke=True, close=True),
            "b*": lambda a: self._paint(fill=Qt.FillRule.OddEvenFill, stroke=True, close=True),
            "n": lambda a: self._paint(),
            "W": lambda a: setattr(self, "clip_pending", Qt.FillRule.WindingFill),
            "W*": lambda a: setattr(self, "clip_pending", Qt.FillRule.OddEvenFill),
            "BT": self._begin_text,
            "ET": lambda a: None,
            "Tc": lambda a: self._text(char_spacing=float(a[0])),
            "Tw": lambda a: self._text(word_spacing=float(a[0])),
            "Tz": lambda a: self._text(h_scale=float(a[0]) / 100),
            "TL": lambda a: self._text(leading=float(a[0])),
            "Ts": lambda a: self._text(rise=float(a[0])),
            "Tr": lambda a: self._text(mode=int(a[0])),
            "Tf": self._font,
            "Td": lambda a: self._move(float(a[0]), float(a[1])),
            "TD": self._move_leading,
            "Tm": self._text_matrix,
            "T*": lambda a: self._move(0, -self.state.text.leading),
            "Tj": lambda a: self._show(a[0]),
            "TJ": self._show_array,
            "'": self._next_line_show,
            '"': self._spaced_show,
        }

    def execute(self) -> None:
        operands: list[Any] = []
        for token in self.owner.tokens:
            if isinstance(token, Operator):
                handler = self.ops.get(token.value)
                if handler is not None:  # unknown operators (gs, ri, i, Do …) change nothing we draw
                    handler(operands)
                operands = []
            else:
                operands.append(token)

    # -- graphics state ----------------------------------------------------------------------------------
    def _set(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)

    def _text(self, **changes: Any) -> None:
        self.state = replace(self.state, text=replace(self.state.text, **changes))

    def _save(self, _a: list[Any]) -> None:
        self.stack.append(self.state)
        self.painter.save()

    def _restore(self, _a: list[Any]) -> None:
        if self.stack:
            self.state = self.stack.pop()
            self.painter.restore()

    def _concat(self, a: list[Any]) -> None:
        self._set(ctm=QTransform(*(float(x) for x in a[:6])) * self.state.ctm)

    # -- paths -------------------------------------------------------------------------------------------
    def _curve_v(self, a: list[Any]) -> None:
        current = self.path.currentPosition()
        self.path.cubicTo(current.x(), current.y(), *(float(x) for x in a[:4]))

    def _curve_y(self, a: list[Any]) -> None:
        x1, y1, x3, y3 = (float(v) for v in a[:4])
        self.path.cubicTo(x1, y1, x3, y3, x3, y3)

    def _rect(self, a: list[Any]) -> None:
        x, y, w, h = (float(v) for v in a[:4])
        self.path.addRect(QRectF(x, y, w, h).normalized())

    def _paint(self, fill: Qt.FillRule | None = None, stroke: bool = False, close: bool = False) -> None:
        path = self.path
        if close:
            path.closeSubpath()
        self.painter.setTransform(self.state.ctm * self.base)
        if fill is not None:
            path.setFillRule(fill)
            self.painter.fillPath(path, QBrush(self.state.fill))
        if stroke:
            pen = QPen(self.state.stroke)
            pen.setWidthF(self.state.line_width)
            pen.setCosmetic(self.state.line_width == 0)
            pen.setCapStyle(self.state.cap)
            pen.setJoinStyle(self.state.join)
            dashes, phase = self.state.dash
            width = self.state.line_width or 1.0
            if dashes and any(dashes):
                pattern = [max(d / width, 0.01) for d in (dashes * 2 if len(dashes) % 2 else dashes)]
                pen.setDashPattern(pattern)
                pen.setDashOffset(phase / width)
            self.painter.strokePath(path, pen)
        if self.clip_pending is not None:
            path.setFillRule(self.clip_pending)
            self.painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
            self.clip_pending = None
        self.path = QPainterPath()

    # -- text --------------------------------------------------------------------------------------------
    def _begin_text(self, _a: list[Any]) -> None:
        self.tm = QTransform()
        self.tlm = QTransform()

    def _font(self, a: list[Any]) -> None:
        font = self.owner.page.fonts.get(a[0].value)
        if font is None:
            raise PdfReadError(f"font {a[0].value} is not in the page resources")
        self._text(font=font, size=float(a[1]))

    def _move(self, tx: float, ty: float) -> None:
        self.tlm = QTransform(1, 0, 0, 1, tx, ty) * self.tlm
        self.tm = QTransform(self.tlm)

    def _move_leading(self, a: list[Any]) -> None:
        self._text(leading=-float(a[1]))
        self._move(float(a[0]), float(a[1]))

    def _text_matrix(self, a: list[Any]) -> None:
        self.tlm = QTransform(*(float(x) for x in a[:6]))
        self.tm = QTransform(self.tlm)

    def _next_line_show(self, a: list[Any]) -> None:
        self._move(0, -self.state.text.leading)
        self._show(a[0])

    def _spaced_show(self, a: list[Any]) -> None:
        self._text(word_spacing=float(a[0]), char_spacing=float(a[1]))
        self._next_line_show(a[2:])

    def _show_array(self, a: list[Any]) -> None:
        text = self.state.text
        for item in a[0]:
            if isinstance(item, bytes):
                self._show(item)
            else:
                self._advance(-float(item) / 1000 * text.size * text.h_scale)

    def _advance(self, tx: float) -> None:
        self.tm = QTransform(1, 0, 0, 1, tx, 0) * self.tm

    def _show(self, codes: bytes) -> None:
        text = self.state.text
        if text.font is None:
            raise PdfReadError("text shown before a font was set")
        positions: list[QPointF] = []
        x = 0.0
        for code in codes:
            positions.append(QPointF(x, -text.rise))
            spacing = text.char_spacing + (text.word_spacing if code == 32 else 0.0)
            x += (text.font.width(code) / 1000 * text.size + spacing) * text.h_scale
        if text.mode != 3 and codes:  # mode 3: invisible text
            raw = self.owner.fonts.raw(text.font, text.size)
            run = QGlyphRun()
            run.setRawFont(raw)
            run.setGlyphIndexes(self.owner.fonts.glyphs(text.font, codes))
            run.setPositions(positions)
            flip = QTransform(1, 0, 0, -1, 0, 0)
            self.painter.setTransform(flip * self.tm * self.state.ctm * self.base)
            self.painter.setPen(self.state.fill)
            self.painter.drawGlyphRun(QPointF(0, 0), run)
        self._advance(x)


class PdfPages:
    """A PDF (from our builders) ready to paint: page sizes, and page painting at any scale."""

    def __init__(self, data: bytes) -> None:
        self.document = PdfDocument(data)
        self._fonts = FontCache()
        self._painters: dict[int, PagePainter] = {}

    @property
    def count(self) -> int:
        return len(self.document.pages)

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height in points (1/72 inch)."""
        page = self.document.pages[index]
        return page.width, page.height

    def painter(self, index: int) -> PagePainter:
        if index not in self._painters:
            self._painters[index] = PagePainter(self.document.pages[index], self._fonts)
        return self._painters[index]

    def paint(self, index: int, painter: QPainter, target: QRectF) -> None:
        self.painter(index).paint(painter, target)

    def image(self, index: int, dpi: float = 96.0) -> QImage:
        """The page as a white RGB image at ``dpi``."""
        width, height = self.page_size(index)
        scale = dpi / POINTS_PER_INCH
        image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            self.paint(index, painter, QRectF(0, 0, image.width(), image.height()))
        finally:
            painter.end()
        return image
