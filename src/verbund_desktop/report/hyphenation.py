"""German hyphenation in PDFs: soft hyphens (pyphen's German dictionary) in very long words, so that ReportLab
breaks them at a syllable with a hyphen instead of cutting them anywhere („Qualitätsmanagementbeauftra|gte/r“).

Only words of 24 letters or more get them (with or without a gender suffix such as „/r“),
because ReportLab's own ``hyphenationLang`` would hyphenate every line end of every text (and leaves „/r“ words
alone). Ordinary words wrap and extract from the PDF as before.
"""

from __future__ import annotations

import re
from functools import cache

import pyphen

LANGUAGE = "de_DE"
SOFT_HYPHEN = "\u00ad"
MIN_SLASHED = MIN_PLAIN = 24  # shorter words fit a table cell; a soft hyphen also stays in the PDF's text
_WORD = "[A-Za-zÄÖÜäöüß]"
_LONG = re.compile(rf"\b{_WORD}{{{MIN_SLASHED},}}(?=/[A-Za-zäöü]{{1,6}}\b)|\b{_WORD}{{{MIN_PLAIN},}}\b")


@cache
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=LANGUAGE)


def soft_hyphens(text: str) -> str:
    """Soft hyphens at the German break points of the long words of ``text`` (see the module text)."""
    return _LONG.sub(lambda m: _dictionary().inserted(m.group(0), hyphen=SOFT_HYPHEN), text)
