"""Suggest which catalogue competences an offer develops, from its title and description.

Only a suggestion: a person confirms or corrects it in the review before the offer is suggested in plans. The
method is transparent word matching, so the reviewer can see why: both texts are reduced to word stems
(lower case, umlauts folded, the first six letters of each word of four letters or more, common words left out),
and a competence scores one point for each of its description's stems and two for each of its name's stems that
occur inside a word of the offer's text (inside, so that "Datenschutz" matches "Daten" and "schützen").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

STEM_LENGTH = 6
MIN_SCORE = 4
_WORD = re.compile(r"[a-zäöüß]+")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s"})
# Words too common in course texts and catalogue descriptions to say anything about a competence.
_STOPWORD_TEXT = """
aber alle allem allen aller alles also andere anderen auch auf aus bei beim bzw damit dann darin
dass dem den der des die dies diese diesem diesen dieser durch eigene eigenen eigener eine einem
einen einer eines etwa fur gegen gezielt ihre ihren ihrer immer innerhalb jeweils kann konnen lernen
mehr mit nach oder ohne sich sie sind sowie uber und unter verschiedene viele vom von vor wenn
werden wie wird zum zur zwischen grundlagen kurs kurses teilnehmende einsteiger digital digitale
digitalen digitaler digitales umgebungen nutzen nutzung entwickeln
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True)
class CompetenceText:
    catalog_key: str
    code: str
    name: str
    description: str


@dataclass(frozen=True)
class MappingSuggestion:
    catalog_key: str
    code: str
    name: str
    score: int
    matched: tuple[str, ...]  # the stems found in the offer's text, for the reviewer


def stems(text: str) -> set[str]:
    """The word stems of ``text`` as this module compares them."""
    folded = text.lower()
    words = (w.translate(_FOLD) for w in _WORD.findall(folded))
    return {w[:STEM_LENGTH] for w in words if len(w) >= 4 and w not in _STOPWORDS}


def _offer_words(text: str) -> list[str]:
    return [w.translate(_FOLD) for w in _WORD.findall(text.lower())]


def suggest_competences(
    title: str, description: str, competences: Iterable[CompetenceText], *, limit: int = 5
) -> tuple[MappingSuggestion, ...]:
    """The best-matching competences (score ≥ MIN_SCORE), best first, at most ``limit``."""
    words = _offer_words(f"{title} {description}")
    found: list[MappingSuggestion] = []
    for competence in competences:
        name_stems = stems(competence.name)
        other_stems = stems(competence.description) - name_stems
        matched_name = {s for s in name_stems if any(s in w for w in words)}
        matched_other = {s for s in other_stems if any(s in w for w in words)}
        score = 2 * len(matched_name) + len(matched_other)
        if score >= MIN_SCORE:
            found.append(
                MappingSuggestion(
                    competence.catalog_key,
                    competence.code,
                    competence.name,
                    score,
                    tuple(sorted(matched_name | matched_other)),
                )
            )
    found.sort(key=lambda s: (-s.score, s.catalog_key, s.code))
    return tuple(found[:limit])
