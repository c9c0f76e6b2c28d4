"""The only fonts our PDFs use: DejaVu Sans (regular and bold), registered as TrueType so they are embedded.

Registering is idempotent and cheap after the first call. Italic maps to the regular face and bold
italic to the bold face, so ``<i>`` in a Paragraph never pulls in a non-embedded standard font.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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
