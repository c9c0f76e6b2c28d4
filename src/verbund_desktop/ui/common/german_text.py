"""German search and order: umlauts and ß fold both ways, names sort as a German reader expects (QCollator).

Matching rule (documented for users in the search field's tooltip): a search word matches when it occurs in the
text after either folding – umlauts written out (ä → ae, ö → oe, ü → ue, ß → ss) or umlauts without dots
(ä → a, ß → ss). So „jaeger“, „jäger“ and „jager“ all find „Jäger“, and „Müller“ finds „Mueller“ as well.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCollator, QLocale

_WRITTEN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WITHOUT_DOTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def folded(text: str) -> tuple[str, str]:
    """The text case-folded with umlauts written out, and with umlauts reduced to their base vowel."""
    lower = text.lower()
    return lower.translate(_WRITTEN_OUT).casefold(), lower.translate(_WITHOUT_DOTS).casefold()


def contains(haystack: str, word: str) -> bool:
    """True when ``word`` occurs in ``haystack`` under either folding (see the module text)."""
    out_h, base_h = folded(haystack)
    out_w, base_w = folded(word)
    return out_w in out_h or base_w in base_h


@cache
def collator() -> QCollator:
    """German (DIN 5007-1) order: „Öztürk“ between „Ostrowski“ and „Weiß“, not after „Zander“."""
    german = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    german.setCaseSensitivity(german.caseSensitivity().CaseInsensitive)
    german.setNumericMode(True)
    return german
