"""Names as people type or import them: one normal form for every name that enters the workspace.

Names of people, companies and departments end up in window titles, PDFs and file names. A name copied from a
web page or a spreadsheet can carry invisible characters: a right-to-left override turns „Rechnung‮fdp.exe“
into something that reads like a PDF, zero-width spaces make two equal-looking names differ, and decomposed
umlauts (``a`` + combining diaeresis) sort and compare unlike the composed ones. :func:`clean_name` is applied
at the service boundary, so everything stored is in one form.
"""

from __future__ import annotations

import re
import unicodedata

# Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the directional marks
# (U+200E, U+200F, U+061C) reorder or hide text; zero-width characters (U+200B–U+200D, U+2060, U+FEFF,
# U+180E) are invisible. Unicode calls them all "format" characters (category Cf), together with soft hyphens
# and a few others that have no place in a name either.
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
_SPACES = re.compile(r"\s+")


def clean_name(text: str) -> str:
    """``text`` in NFC, without control, bidi, zero-width or other invisible characters, spaces collapsed.

    Tabs and line breaks become single spaces (a name is one line); leading and trailing spaces go. The result
    is idempotent: ``clean_name(clean_name(x)) == clean_name(x)``.
    """
    composed = unicodedata.normalize("NFC", text)
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in composed
        if ch.isspace() or unicodedata.category(ch) not in _INVISIBLE_CATEGORIES
    )
    # Removing a character can leave two combining sequences next to each other that NFC composes further.
    return _SPACES.sub(" ", unicodedata.normalize("NFC", kept)).strip()


def clean_optional_name(text: str | None) -> str | None:
    """:func:`clean_name` for optional fields; None stays None."""
    return None if text is None else clean_name(text)
