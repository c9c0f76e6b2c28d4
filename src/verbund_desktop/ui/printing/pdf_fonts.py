"""Fonts for painting our PDFs with Qt: the shipped DejaVu fonts by Unicode, else the embedded subsets."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from verbund_desktop.resources import resource_path
from verbund_desktop.ui.printing.pdf_pages import PdfFont


@cache
def _bundled_family(file_name: str) -> str | None:
    """Register a font the program ships (``resources/fonts``) with Qt once; its family name, or None."""
    path = resource_path("fonts", file_name)
    if not path.is_file():
        return None
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFontFromData(QByteArray(path.read_bytes()))
    )
    return families[0] if families else None


def _bundled_font(base_font: str) -> QRawFont:
    """The shipped font for a PDF font name like ``AAAAAA+DejaVuSans-Bold`` (invalid if not shipped).

    Going through QFont lets Qt's own PDF writer (printing to a PDF printer) embed it as searchable text.
    """
    name = base_font.split("+", 1)[-1]
    family = _bundled_family(f"{name}.ttf")
    if family is None:
        return QRawFont()
    font = QFont(family)
    font.setBold("Bold" in name)
    return QRawFont.fromFont(font)


class FontCache:
    """QRawFont per PDF font and size.

    The bundled font of the same name is preferred and addressed by Unicode (via ToUnicode), so a printer
    that writes PDF keeps the text searchable; else the embedded subset (addressed by code) or a system font.
    """

    def __init__(self) -> None:
        self._base: dict[int, tuple[QRawFont, bool]] = {}  # font → (raw font, addressed by Unicode)
        self._sized: dict[tuple[int, float], QRawFont] = {}
        self._glyph_maps: dict[int, list[int]] = {}

    def _load(self, font: PdfFont) -> tuple[QRawFont, bool]:
        found = self._base.get(id(font))
        if found is None:
            found = (_bundled_font(font.base_font), True)
            if not found[0].isValid() and font.font_file:
                found = (QRawFont(QByteArray(font.font_file), 12.0), False)
            if not found[0].isValid():
                fallback = QFont("DejaVu Sans")
                fallback.setBold(font.bold)
                found = (QRawFont.fromFont(fallback), True)
            self._base[id(font)] = found
        return found

    def raw(self, font: PdfFont, size: float) -> QRawFont:
        key = (id(font), round(size, 3))
        sized = self._sized.get(key)
        if sized is None:
            sized = QRawFont(self._load(font)[0])
            sized.setPixelSize(size)
            self._sized[key] = sized
        return sized

    def glyphs(self, font: PdfFont, codes: bytes) -> list[int]:
        """Glyph indexes of the codes: by Unicode (ToUnicode) or through the embedded subset's own cmap."""
        mapping = self._glyph_maps.get(id(font))
        if mapping is None:
            raw, by_unicode = self._load(font)
            chars = [font.to_unicode.get(c, chr(c))[:1] or " " if by_unicode else chr(c) for c in range(256)]
            mapping = list(raw.glyphIndexesForString("".join(chars)))
            if len(mapping) != 256:  # a character that maps to several glyphs: go one by one
                mapping = [(list(raw.glyphIndexesForString(ch)) or [0])[0] for ch in chars]
            self._glyph_maps[id(font)] = mapping
        return [mapping[c] for c in codes]
