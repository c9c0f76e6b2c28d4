"""Finding a person's name in free text: the one matcher behind erasure, pseudonymised prints and clean-ups.

Colleagues write a name in many ways: "Änne Schröder", "Schröder, Änne", "Frau Schröder", "Hr. Schröder",
"Ä. Schröder" or "A. Schröder", "Aenne Schroeder", or pasted from a PDF in decomposed Unicode (NFD). The text is
compared in a folded form (NFKC, case-folded, ä/ö/ü/ß written as ae/oe/ue/ss, other accents dropped as in
"Yildiz" for "Yıldız") but replaced in the original, so the characters around a mention stay exactly as they
were. Only whole words count: "Max Mai" never touches "Max Maier", "Anna Berg" never touches "Johanna Bergmann".

A mention is *certain* when it names the person unambiguously (full name, title or initial with the surname) and
no other known person shares that form. The first name alone, the surname alone, and any form a namesake shares are
*undecided*: the advisor reviews them before an erasure. A form that is part of another person's longer mention
(the "Max" of "Max Maier") is not a mention at all.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

KIND_FULL = "full"  # "Änne Schröder"
KIND_REVERSED = "reversed"  # "Schröder, Änne"
KIND_TITLE = "title"  # "Frau Schröder", "Hr. Dr. Schröder"
KIND_INITIAL = "initial"  # "Ä. Schröder", "A. Schröder"
KIND_FIRST_ONLY = "first_only"  # "Änne"
KIND_LAST_ONLY = "last_only"  # "Schröder"
CERTAIN_KINDS = (KIND_FULL, KIND_REVERSED, KIND_TITLE, KIND_INITIAL)

REASON_FIRST_ONLY = "first_only"
REASON_LAST_ONLY = "last_only"
REASON_NAMESAKE = "namesake"

_TRANSLITERATION = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
# Letters a German keyboard lacks and colleagues write without their mark ("Yildiz" for "Yıldız").
_PLAIN_LETTERS = {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe"}
# Whole words: no letter or digit (or a hyphen joined to one, as in "Mai-Schulz") on either side.
_BEFORE = r"(?<!\w)(?<!\w-)"
_AFTER = r"(?!\w)(?!-\w)"
# "Herr"/"Frau" need a space after them ("Herrmann" is no "Herr Mann"); the abbreviations end in a dot.
_TITLES = r"(?:(?:herrn|herr|frau)\s+|(?:hr|fr)\.\s*)"
_ACADEMIC = r"(?:(?:dr|prof)\.\s*)*"


@dataclass(frozen=True)
class PersonName:
    first_name: str
    last_name: str


@dataclass(frozen=True)
class NameMention:
    """One mention in the original text: ``text[start:end]``."""

    start: int
    end: int
    text: str
    kind: str
    certain: bool
    reason: str = ""  # why it is undecided (REASON_*); "" when certain


@dataclass(frozen=True)
class FoldedText:
    """The folded text and, for each folded character, the span of the original characters it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def fold(text: str) -> str:
    """The comparison form of ``text`` (see the module docstring); ``fold_with_offsets(text).text``."""
    if text.isascii():  # each character its own cluster, NFKC and the marks change nothing: lower case only
        return text.lower()
    return "".join(_fold_cluster(text[start:end]) for start, end in _clusters(text))


def _clusters(text: str) -> Iterable[tuple[int, int]]:
    # A base character with its combining marks is folded as one unit, so an NFD "o" + "̈" becomes "oe" and
    # maps back to both original characters.
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or not unicodedata.combining(text[index]):
            yield start, index
            start = index


@functools.lru_cache(maxsize=65536)  # a pure function of a few characters: texts repeat the same clusters
def _fold_cluster(cluster: str) -> str:
    folded = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", cluster).casefold())
    out = []
    for ch in folded:
        if ch in _TRANSLITERATION:
            out.append(_TRANSLITERATION[ch])
        else:
            # Other marks are dropped: "José" is found as "Jose", "Şahin" as "Sahin".
            base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            out.append(_PLAIN_LETTERS.get(base, base))
    return "".join(out)


def fold_with_offsets(text: str) -> FoldedText:
    if text.isascii():
        return FoldedText(text.lower(), tuple(range(len(text))), tuple(range(1, len(text) + 1)))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(text):
        for ch in _fold_cluster(text[start:end]):
            chars.append(ch)
            starts.append(start)
            ends.append(end)
    return FoldedText("".join(chars), tuple(starts), tuple(ends))


def _words(name: str) -> list[str]:
    return [w for w in fold(name).split() if w]


def _sequence(words: Sequence[str]) -> str:
    return r"\s+".join(re.escape(w) for w in words)


def _initials(first_name: str) -> list[str]:
    """ "Ä" may be abbreviated "Ä." (folded "ae.") or "A." (folded "a.")."""
    stripped = first_name.strip()
    if not stripped:
        return []
    end = next((e for s, e in _clusters(stripped) if s == 0), 1)
    folded = _fold_cluster(stripped[:end])
    return sorted({folded, folded[:1]}, key=len, reverse=True)


class _NamePatterns:
    """The compiled forms of one person's name, on folded text (compiled at first use: of the thousands of other
    people an erasure knows, only those whose surname occurs in a text are ever matched)."""

    def __init__(self, person: PersonName) -> None:
        first, last = _words(person.first_name), _words(person.last_name)
        self.key = (tuple(first), tuple(last))
        self.last_folded = " ".join(last)
        self._last_words = last
        # every form (certain or alone) holds all words of the first name or all words of the surname
        self._leads = [words[0] for words in (first, last) if words]
        forms: list[tuple[str, str]] = []
        if first and last:
            forms.append((KIND_FULL, f"{_sequence(first)}\\s+{_sequence(last)}"))
            forms.append((KIND_REVERSED, f"{_sequence(last)}\\s*,\\s*{_sequence(first)}"))
            initials = "|".join(re.escape(i) for i in _initials(person.first_name))
            forms.append((KIND_INITIAL, f"(?:{initials})\\.\\s*{_sequence(last)}"))
        if last:
            forms.append((KIND_TITLE, f"{_TITLES}{_ACADEMIC}{_sequence(last)}"))
        alone: list[tuple[str, str]] = []
        if first and len("".join(first)) >= 2:
            alone.append((KIND_FIRST_ONLY, _sequence(first)))
        if last and len("".join(last)) >= 2:
            alone.append((KIND_LAST_ONLY, _sequence(last)))
        self._certain_forms, self._alone_forms = forms, alone

    @functools.cached_property
    def certain(self) -> list[tuple[str, re.Pattern[str]]]:
        return [(kind, re.compile(_BEFORE + form + _AFTER)) for kind, form in self._certain_forms]

    @functools.cached_property
    def alone(self) -> list[tuple[str, re.Pattern[str]]]:
        return [(kind, re.compile(_BEFORE + form + _AFTER)) for kind, form in self._alone_forms]

    @property
    def empty(self) -> bool:
        return not self._certain_forms and not self._alone_forms

    def surname_in(self, folded: str) -> bool:
        """A cheap test before the patterns: every certain form contains all words of the surname."""
        return bool(self._last_words) and all(w in folded for w in self._last_words)

    def may_be_in(self, folded: str) -> bool:
        """A cheap test before any pattern: every form contains the first word of the first name or of the
        surname."""
        return any(w in folded for w in self._leads)

    def spans(self, folded: str, *, with_alone: bool) -> list[tuple[int, int, str]]:
        found = [(m.start(), m.end(), kind) for kind, p in self.certain for m in p.finditer(folded)]
        if with_alone:
            found += [(m.start(), m.end(), kind) for kind, p in self.alone for m in p.finditer(folded)]
        return found


class NameMatcher:
    """Finds one person's mentions in text, knowing the other people whose names must stay untouched."""

    def __init__(self, person: PersonName, others: Iterable[PersonName] = ()) -> None:
        self._setup(_NamePatterns(person), [_NamePatterns(o) for o in others])

    @classmethod
    def _from_patterns(cls, own: _NamePatterns, others: Sequence[_NamePatterns]) -> NameMatcher:
        matcher = cls.__new__(cls)
        matcher._setup(own, others)
        return matcher

    def _setup(self, own: _NamePatterns, others: Sequence[_NamePatterns]) -> None:
        self._own = own
        self._others = [p for p in others if p.last_folded]
        first, last = own.key
        self._namesake_first = any(o.key[0] == first for o in self._others) if first else False
        self._namesake_last = any(o.key[1] == last for o in self._others) if last else False

    @property
    def empty(self) -> bool:
        return self._own.empty

    def mentions(self, text: str) -> list[NameMention]:
        """Every mention of the person in ``text``, in order, none overlapping another."""
        if not text or self.empty or not self._own.may_be_in(fold(text)):
            return []  # the folded text is enough to know there is none: no offsets, no pattern
        return self._find(text, fold_with_offsets(text))

    def _find(self, text: str, folded: FoldedText) -> list[NameMention]:
        own = self._own.spans(folded.text, with_alone=True)
        if not own:
            return []
        theirs = {
            (start, end)
            for other in self._others
            if other.surname_in(folded.text)
            for start, end, _ in other.spans(folded.text, with_alone=False)
        }
        candidates: list[NameMention] = []
        for start, end, kind in own:
            if any(_inside(start, end, a, b) for a, b in theirs if (a, b) != (start, end)):
                continue  # part of someone else's name, or overlapping it without covering it
            reason = self._undecided_reason(kind, (start, end) in theirs)
            a, b = folded.original_span(start, end)
            candidates.append(NameMention(a, b, text[a:b], kind, not reason, reason))
        return _without_overlaps(candidates)

    def _undecided_reason(self, kind: str, shared: bool) -> str:
        if kind == KIND_FIRST_ONLY:
            return REASON_NAMESAKE if self._namesake_first else REASON_FIRST_ONLY
        if kind == KIND_LAST_ONLY:
            return REASON_NAMESAKE if self._namesake_last else REASON_LAST_ONLY
        return REASON_NAMESAKE if shared else ""


def _inside(start: int, end: int, a: int, b: int) -> bool:
    """True when [start, end) overlaps [a, b) without containing it entirely."""
    overlaps = start < b and a < end
    contains = start <= a and b <= end
    return overlaps and not contains


def _without_overlaps(candidates: list[NameMention]) -> list[NameMention]:
    """In reading order, the longest at each place, so "Änne Schröder" wins over the "Änne" inside it and a list
    such as "Ä.Schröder, Aenne Schroeder" is read as two names, not as "Schröder, Aenne" in the middle."""
    chosen: list[NameMention] = []
    for m in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start), not m.certain)):
        if all(m.end <= c.start or c.end <= m.start for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def replace_mentions(text: str, replacements: Iterable[tuple[NameMention, str]]) -> str:
    """``text`` with each mention replaced by its text; mentions must not overlap."""
    out = text
    for mention, new in sorted(replacements, key=lambda r: r[0].start, reverse=True):
        out = out[: mention.start] + new + out[mention.end :]
    return out


class Pseudonymiser:
    """Replaces every certain mention of each known person with their pseudonym code (for printed documents)."""

    def __init__(self, people: Sequence[tuple[PersonName, str]]) -> None:
        self._people = [(_NamePatterns(person), code) for person, code in people]

    def __call__(self, text: str) -> str:
        if not text:
            return text
        folded = fold_with_offsets(text)
        # Every certain form contains the surname: only people whose surname occurs can be mentioned, and
        # only they can own a longer name that must stay untouched.
        present = [(p, code) for p, code in self._people if p.surname_in(folded.text)]
        found: list[tuple[NameMention, str]] = []
        for own, code in present:
            matcher = NameMatcher._from_patterns(own, [p for p, _ in present if p is not own])
            found += [(m, code) for m in matcher._find(text, folded) if m.certain]
        kept: list[tuple[NameMention, str]] = []
        for m, code in sorted(found, key=lambda r: (r[0].start, -(r[0].end - r[0].start))):
            if all(m.end <= k.start or k.end <= m.start for k, _ in kept):
                kept.append((m, code))
        return replace_mentions(text, kept)
