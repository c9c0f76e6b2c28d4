"""The name matcher's shortcuts (an erasure reads every text of a network-scale workspace) change no result: the
ASCII fold, the cached cluster fold, the test on the folded text before any pattern, patterns compiled late."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from verbund_desktop.assessment import names
from verbund_desktop.assessment.names import FoldedText, NameMatcher, PersonName, fold, fold_with_offsets


def reference_fold(text: str) -> FoldedText:
    """The fold as first written: cluster by cluster, nothing cached, no shortcut."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in names._clusters(text):
        for ch in names._fold_cluster.__wrapped__(text[start:end]):
            chars.append(ch)
            starts.append(start)
            ends.append(end)
    return FoldedText("".join(chars), tuple(starts), tuple(ends))


TRICKY = "aAäÄoöÖuüÜsßẞeéEÉiİıIłŁøæœ\u0308\u0301 .,-\u00a0Ⅻﬁ"


@given(st.one_of(st.text(), st.text(TRICKY), st.text("abcXYZ .,-0123")))
def test_the_fold_is_the_reference_fold(text: str) -> None:
    expected = reference_fold(text)
    assert fold_with_offsets(text) == expected
    assert fold(text) == expected.text


LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
word = st.text(LETTERS, min_size=1, max_size=7).map(str.capitalize)
person = st.builds(PersonName, st.one_of(word, st.just(""), word.map(lambda w: f"{w} {w}a")), word)


def _written(p: PersonName, how: int) -> str:
    initial = p.first_name[:1]
    return [
        f"{p.first_name} {p.last_name}",
        f"{p.last_name}, {p.first_name}",
        f"Frau {p.last_name}",
        f"Hr. Dr. {p.last_name}",
        f"{initial}. {p.last_name}",
        p.first_name,
        p.last_name,
    ][how]


def _variant(text: str, how: int) -> str:
    return [
        text,
        text.upper(),
        unicodedata.normalize("NFD", text),
        text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"),
        f"-{text}-",
    ][how]


@st.composite
def note(draw: st.DrawFn, people: list[PersonName]) -> str:
    pieces = draw(
        st.lists(
            st.one_of(
                st.tuples(st.sampled_from(people), st.integers(0, 6), st.integers(0, 4)).map(
                    lambda t: _variant(_written(t[0], t[1]), t[2])
                ),
                st.text(TRICKY, max_size=6),
                word,
            ),
            max_size=8,
        )
    )
    return " ".join(pieces)


@given(st.lists(person, min_size=1, max_size=4), st.data())
def test_mentions_are_what_the_full_search_finds(people: list[PersonName], data: st.DataObject) -> None:
    """The test on the folded text before the patterns never hides a mention the patterns would find."""
    text = data.draw(note(people))
    own, others = people[0], people[1:]
    matcher = NameMatcher(own, others)
    full = [] if not text or matcher.empty else matcher._find(text, reference_fold(text))
    assert matcher.mentions(text) == full


def test_every_written_form_passes_the_test_before_the_patterns() -> None:
    own, namesake = PersonName("Änne Marie", "Schröder-Lutz"), PersonName("Änne Marie", "Berg")
    for how in range(7):
        for variant in range(5):
            text = f"Notiz: {_variant(_written(own, how), variant)} ruft an."
            matcher = NameMatcher(own, [namesake])
            assert matcher.mentions(text) == matcher._find(text, reference_fold(text)) != [], text
