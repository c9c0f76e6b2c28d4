"""Typography for all documents: the embedded DejaVu Sans fonts, paragraph and table styles.

Only DejaVu Sans (regular and bold) is used, registered as TrueType so every font is embedded. Italic maps
to the regular face and bold italic to the bold face, so ``<i>`` never pulls in a non-embedded standard
font. Pass your own ``ReportStyles`` to a builder to restyle a document.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from verbund_desktop.resources import resource_path

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

_FILES = {FONT_REGULAR: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans with ReportLab (once per process)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"Die Schriftdatei {filename} fehlt im Ordner {path.parent}.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(FONT_REGULAR, 0, 0, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 0, FONT_BOLD)
        addMapping(FONT_REGULAR, 0, 1, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 1, FONT_BOLD)
        addMapping(FONT_BOLD, 0, 0, FONT_BOLD)
        addMapping(FONT_BOLD, 1, 0, FONT_BOLD)
        addMapping(FONT_BOLD, 0, 1, FONT_BOLD)
        addMapping(FONT_BOLD, 1, 1, FONT_BOLD)
        _registered = True


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` in points when set in DejaVu Sans at ``size``."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT_REGULAR, size))


def fit_text(text: str, width: float, size: float, bold: bool = False) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


ACCENT = colors.HexColor("#1F5F73")  # dark teal: headings, table headers, chart "Ist"
ACCENT_LIGHT = colors.HexColor("#E4EEF1")  # zebra rows, boxes
TARGET = colors.HexColor("#B9CCD3")  # chart "Soll"
RULE = colors.HexColor("#9AA7AD")  # grid and lines
MUTED = colors.HexColor("#4A565B")  # secondary text


@dataclass(frozen=True)
class ReportStyles:
    """Every style a builder uses; built by :func:`default_styles`, adapt with ``dataclasses.replace``."""

    base_size: float
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    notice: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_right: ParagraphStyle
    label: ParagraphStyle
    accent: colors.Color = ACCENT
    accent_light: colors.Color = ACCENT_LIGHT
    target: colors.Color = TARGET
    rule: colors.Color = RULE
    muted: colors.Color = MUTED


def default_styles(base_size: float = 9.0) -> ReportStyles:
    """The house style: DejaVu Sans, ``base_size`` points body text, teal accents."""
    register_fonts()
    size = base_size
    body = ParagraphStyle(
        "Body",
        fontName=FONT_REGULAR,
        bulletFontName=FONT_REGULAR,
        fontSize=size,
        leading=size * 1.3,
        spaceAfter=size * 0.5,
        alignment=TA_LEFT,
    )
    cell_size = size - 1.5
    cell = ParagraphStyle("Cell", parent=body, fontSize=cell_size, leading=cell_size * 1.25, spaceAfter=0)
    header_cell = ParagraphStyle("HeaderCell", parent=cell, fontName=FONT_BOLD, textColor=colors.white)
    return ReportStyles(
        base_size=size,
        title=ParagraphStyle(
            "Title", parent=body, fontName=FONT_BOLD, fontSize=size * 2, leading=size * 2.4, textColor=ACCENT
        ),
        subtitle=ParagraphStyle(
            "Subtitle",
            parent=body,
            fontSize=size + 1,
            leading=(size + 1) * 1.3,
            textColor=MUTED,
            spaceAfter=size,
        ),
        heading=ParagraphStyle(
            "Heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=size + 3,
            leading=(size + 3) * 1.25,
            textColor=ACCENT,
            spaceBefore=size * 1.2,
            spaceAfter=size * 0.6,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "Subheading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=size + 0.5,
            leading=(size + 0.5) * 1.3,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
            keepWithNext=1,
        ),
        body=body,
        bullet=ParagraphStyle("Bullet", parent=body, leftIndent=11, bulletIndent=1, spaceAfter=size * 0.3),
        small=ParagraphStyle(
            "Small", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3, textColor=MUTED
        ),
        notice=ParagraphStyle(
            "Notice",
            parent=body,
            fontSize=size - 1,
            leading=(size - 1) * 1.35,
            backColor=ACCENT_LIGHT,
            borderPadding=(4, 5, 4, 5),
            spaceBefore=6,
            spaceAfter=10,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("CellBold", parent=cell, fontName=FONT_BOLD),
        cell_right=ParagraphStyle("CellRight", parent=cell, alignment=TA_RIGHT),
        header_cell=header_cell,
        header_cell_right=ParagraphStyle("HeaderCellRight", parent=header_cell, alignment=TA_RIGHT),
        label=ParagraphStyle("Label", parent=cell, fontName=FONT_BOLD, textColor=MUTED),
    )


def grid_style(
    styles: ReportStyles, *, header_rows: int = 1, zebra: bool = True, total_row: bool = False
) -> list[tuple[object, ...]]:
    """Table commands for a data table with a coloured header row (and, with ``total_row``, a sum row set off
    at the bottom); extend the list for special cells."""
    size = styles.cell.fontSize
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT_REGULAR, size, styles.cell.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.rule),
        ("BOX", (0, 0), (-1, -1), 0.6, styles.rule),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), styles.accent),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
            ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, size, styles.cell.leading),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, styles.accent_light]))
    if total_row:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), styles.accent_light),
            ("LINEABOVE", (0, -1), (-1, -1), 1, styles.accent),
        ]
    return commands


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    return TableStyle(commands)
