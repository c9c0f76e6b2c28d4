"""German hyphenation in PDFs: soft hyphens (pyphen's German dictionary) in very long words, so that ReportLab
breaks them at a syllable with a hyphen instead of cutting them anywhere („Qualitätsmanagementbeauftra|gte/r“).

Only words of 24 letters or more get them (with or without a gender suffix such as „/r“),
because ReportLab's own ``hyphenationLang`` would hyphenate every line end of every text (and leaves „/r“ words
alone). Ordinary words wrap and extract from the PDF as before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pyphen

LANGUAGE = "de_DE"
SOFT_HYPHEN = "\u00ad"
MIN_SLASHED = MIN_PLAIN = 24  # shorter words fit a table cell; a soft hyphen also stays in the PDF's text
_WORD = "[A-Za-zÄÖÜäöüß]"
_LONG = re.compile(rf"\b{_WORD}{{{MIN_SLASHED},}}(?=/[A-Za-zäöü]{{1,6}}\b)|\b{_WORD}{{{MIN_PLAIN},}}\b")


@cache
def _dictionary() -> pyphen.Pyphen:
    path = pyphen.LANGUAGES[pyphen.language_fallback(LANGUAGE)]
    if path not in pyphen.hdcache:  # pyphen.Pyphen below takes the patterns from its cache
        pyphen.hdcache[path] = _read_patterns(path)
    return pyphen.Pyphen(lang=LANGUAGE)


def _read_patterns(path: Any) -> pyphen.HyphDict:
    """pyphen's ``HyphDict(path)``, read line by line with equal values shared as they are read.

    pyphen reads the whole file and splits it into a list of its 66,441 lines, and keeps a tuple
    ``(offset, values)`` of its own for each pattern (≈ 7.8 of its 14 MiB) although only 2,465 differ. Its
    temporary lines and tuples lay between the patterns it keeps, so the process held ≈ 22 MiB more after the
    first document (measured at network scale) where the patterns need ≈ 8.5. Here each line's temporaries are
    freed before the next line, and equal tuples are shared; patterns with pyphen's special values
    (``DataInt``, which compare equal to plain numbers but carry more) keep their own tuple. The parsing is
    pyphen's own, step by step (pyphen 0.18), so the patterns are equal to pyphen's (tested)."""
    dictionary = pyphen.HyphDict.__new__(pyphen.HyphDict)
    patterns: dict[str, tuple[int, tuple[int, ...]]] = {}
    shared: dict[tuple[int, tuple[int, ...]], tuple[int, tuple[int, ...]]] = {}
    with path.open("rb") as fd:
        encoding = fd.readline().decode()
    if encoding.lower() == "microsoft-cp1251":
        encoding = "cp1251"
    with path.open("r", encoding=encoding) as lines:
        next(lines, None)
        for line in lines:
            parsed = _parsed(line.strip())
            if parsed is not None:
                key, value = parsed
                patterns[key] = shared.setdefault(value, value) if _plain(value) else value
    dictionary.patterns = patterns
    dictionary.cache = {}
    dictionary.maxlen = max(len(key) for key in patterns)
    return dictionary


def _parsed(pattern: str) -> tuple[str, tuple[int, tuple[int, ...]]] | None:
    """One line of a ``hyph_*.dic`` as pyphen's ``HyphDict`` parses it; None for what it skips."""
    if not pattern or pattern.startswith(pyphen.ignored):
        return None
    pattern = pyphen.parse_hex(lambda match: chr(int(match.group(1), 16)), pattern)
    factory: Any = int
    if "/" in pattern and "=" in pattern:  # a nonstandard hyphen alternative
        pattern, alternative = pattern.split("/", 1)
        factory = pyphen.AlternativeParser(pattern, alternative)
    tags, values = zip(*[(string, factory(i or "0")) for i, string in pyphen.parse(pattern)], strict=True)
    if max(values) == 0:
        return None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return "".join(tags), (start, values[start:end])


def _plain(value: tuple[int, tuple[int, ...]]) -> bool:
    return all(type(number) is int for number in value[1])


def soft_hyphens(text: str) -> str:
    """Soft hyphens at the German break points of the long words of ``text`` (see the module text)."""
    return _LONG.sub(lambda m: _dictionary().inserted(m.group(0), hyphen=SOFT_HYPHEN), text)
