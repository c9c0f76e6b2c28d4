"""Names as people type or import them: one normal form for every name that enters the workspace.

Names of people, companies and departments end up in window titles, PDFs and file names. A name copied from a
web page or a spreadsheet can carry invisible characters: a right-to-left override turns „Rechnung‮fdp.exe“
into something that reads like a PDF, zero-width spaces make two equal-looking names differ, and decomposed
umlauts (``a`` + combining diaeresis) sort and compare unlike the composed ones. :func:`clean_name` is applied
at the service boundary, so everything stored is in one form; :func:`safe_file_name` makes a name a file name
that Windows, macOS and Linux all accept.
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

# Characters Windows refuses in file names, and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in "123456789¹²³"
}
# Windows paths are limited to 260 characters unless long paths are enabled; 120 leaves room for the folder.
MAX_FILE_NAME = 120


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


def safe_file_name(text: str, *, fallback: str = "Dokument") -> str:
    """A file name (without folder) that Windows, macOS and Linux all accept, umlauts kept.

    The name is cleaned like every other name (:func:`clean_name`: no bidi overrides or
    zero-width characters), characters Windows refuses become ``_``, trailing dots and spaces go, reserved device
    names (``CON``, ``NUL``, ``COM1`` …, also with an extension) get a ``_`` in front, and the name is
    shortened to :data:`MAX_FILE_NAME` characters, keeping its extension.
    """
    name = _UNSAFE.sub("_", clean_name(text)).strip().rstrip(". ")
    if not name:
        return fallback
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10 or not stem:
        stem, dot, ext = name, "", ""
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = "_" + stem
    room = MAX_FILE_NAME - len(dot) - len(ext)
    stem = stem[:room].rstrip(". ") or fallback
    return f"{stem}{dot}{ext}"
