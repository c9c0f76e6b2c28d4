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
    dictionary = pyphen.Pyphen(lang=LANGUAGE)
    _share_values(dictionary.hd.patterns)
    return dictionary


def _share_values(patterns: dict[str, tuple[int, tuple[int, ...]]]) -> None:
    """pyphen keeps a tuple ``(offset, values)`` of its own for each of the German dictionary's 66,441 patterns
    (≈ 7.8 of its 14 MiB); only a few thousand of them differ. Equal tuples are shared, so the dictionary
    needs ≈ 6 MiB in every document's peak memory. Patterns with pyphen's special values (``DataInt``, which
    compare equal to plain numbers but carry more) keep their own tuple; the hyphenation is unchanged."""
    shared: dict[tuple[int, tuple[int, ...]], tuple[int, tuple[int, ...]]] = {}
    for key, value in patterns.items():
        if all(type(number) is int for number in value[1]):
            patterns[key] = shared.setdefault(value, value)


def soft_hyphens(text: str) -> str:
    """Soft hyphens at the German break points of the long words of ``text`` (see the module text)."""
    return _LONG.sub(lambda m: _dictionary().inserted(m.group(0), hyphen=SOFT_HYPHEN), text)
