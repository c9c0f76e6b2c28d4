"""Long German words break at a syllable with a hyphen in PDFs (issue 14: „Qualitätsmanagementbeauftra|gte/r“)."""

from __future__ import annotations

import io

import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from verbund_desktop.report.formatting import markup
from verbund_desktop.report.hyphenation import SOFT_HYPHEN, soft_hyphens
from verbund_desktop.report.styles import default_styles

WORD = "Qualitätsmanagementbeauftragte/r"


def lines_in_a_narrow_cell(text: str) -> list[str]:
    paragraph = Paragraph(markup(text), default_styles().cell)
    paragraph.wrap(62, 500)
    return [
        "".join(str(w) for w in line[1])
        if isinstance(line, tuple)
        else " ".join(getattr(w, "text", str(w)) for w in line.words)
        for line in paragraph.blPara.lines
    ]


def test_a_slashed_word_breaks_at_syllables_with_a_hyphen() -> None:
    lines = [line.replace(SOFT_HYPHEN, "") for line in lines_in_a_narrow_cell(f"{WORD} im Betrieb")]
    assert len(lines) > 2 and all(line.endswith("-") for line in lines[:2])  # cut at a syllable, marked
    assert "".join(line.removesuffix("-") for line in lines).startswith(WORD)
    assert not any(line.endswith("beauftra") for line in lines)


def test_plain_long_words_are_hyphenated_by_pyphen_in_the_pdf() -> None:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=400, rightMargin=120)
    doc.build(
        [Paragraph(markup("Weiterbildungsverbundskoordinatorinnen und " + WORD), default_styles().body)]
    )
    text = pypdf.PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
    first = text.splitlines()[0]
    assert first.endswith("-") and first[:-1] in "Weiterbildungsverbundskoordinatorinnen"


def test_soft_hyphens_only_touch_long_slashed_words() -> None:
    assert soft_hyphens("Datenschutzbeauftragte/r") == "Datenschutzbeauftragte/r"  # short: fits anyway
    assert soft_hyphens(WORD).replace(SOFT_HYPHEN, "") == WORD and SOFT_HYPHEN in soft_hyphens(WORD)


def test_the_dictionary_shares_equal_pattern_values_and_hyphenates_as_pyphen_does() -> None:
    import pyphen

    from verbund_desktop.report import hyphenation

    patterns = hyphenation._dictionary().hd.patterns
    assert len({id(value) for value in patterns.values()}) < len(patterns) // 10
    fresh = pyphen.HyphDict(pyphen.LANGUAGES[hyphenation.LANGUAGE])  # pyphen's own, unshared
    assert fresh.patterns == patterns
    for word in ("Qualitätsmanagementbeauftragte", "Arbeitssicherheitsfachkraftausbildung", "Verbund"):
        assert hyphenation._dictionary().hd.positions(word) == fresh.positions(word)


def test_reading_the_dictionary_holds_little_more_than_the_patterns_it_keeps() -> None:
    """Read line by line with equal values shared as read: no list of all lines and no unshared tuples
    beside the patterns (pyphen's own reading peaks at ≈ 1.4× what it keeps, and keeps twice as much)."""
    import tracemalloc

    import pyphen

    from verbund_desktop.report import hyphenation

    path = pyphen.LANGUAGES[hyphenation.LANGUAGE]
    tracemalloc.start()
    try:
        kept = hyphenation._read_patterns(path)
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(kept.patterns) > 60_000 and kept.maxlen == pyphen.HyphDict(path).maxlen
    assert peak < 1.2 * current
