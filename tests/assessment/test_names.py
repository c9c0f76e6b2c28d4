"""The one name matcher: whole words on folded text, the forms colleagues write, offsets in the original text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from verbund_desktop.assessment.names import (
    KIND_FIRST_ONLY,
    KIND_FULL,
    KIND_INITIAL,
    KIND_LAST_ONLY,
    KIND_REVERSED,
    KIND_TITLE,
    REASON_NAMESAKE,
    NameMatcher,
    PersonName,
    Pseudonymiser,
    fold,
)
from verbund_desktop.report.viewmodels import scrub_names

ANNE = PersonName("Änne", "Schröder")
NFD = unicodedata.normalize("NFD", "Änne Schröder")


def found(matcher: NameMatcher, text: str) -> list[tuple[str, str, bool]]:
    return [(m.text, m.kind, m.certain) for m in matcher.mentions(text)]


def test_every_written_form_is_found_and_replaced_in_the_original_text() -> None:
    text = (
        f"Frau Schröder, Hr. Dr. Schröder, A. Schröder, Ä.Schröder, Aenne Schroeder, {NFD}, "
        "SCHRÖDER, ÄNNE und Schröder,Änne."
    )
    matcher = NameMatcher(ANNE)
    assert [kind for _, kind, _ in found(matcher, text)] == [
        KIND_TITLE,
        KIND_TITLE,
        KIND_INITIAL,
        KIND_INITIAL,
        KIND_FULL,
        KIND_FULL,
        KIND_REVERSED,
        KIND_REVERSED,
    ]
    assert all(certain for *_, certain in found(matcher, text))
    assert found(matcher, NFD) == [(NFD, KIND_FULL, True)]  # the whole decomposed text, combining marks too
    assert Pseudonymiser([(ANNE, "BM-01")])(text) == (
        "BM-01, BM-01, BM-01, BM-01, BM-01, BM-01, BM-01 und BM-01."
    )


def test_names_inside_words_and_longer_names_are_left_alone() -> None:
    matcher = NameMatcher(ANNE)
    text = "Schröderstraße, Herrn Schröders Akte, Hannelore Schröder-Mai, Herrschröder, SchröderÄnne"
    assert found(matcher, text) == []
    mai = NameMatcher(PersonName("Max", "Mai"), [PersonName("Max", "Maier")])
    assert found(mai, "Max Maier, Maier, Max und Herr Maier") == []
    assert found(mai, "Max Maier traf Max Mai im Mai.") == [
        ("Max Mai", KIND_FULL, True),
        ("Mai", KIND_LAST_ONLY, False),
    ]


def test_undecided_mentions_say_why() -> None:
    matcher = NameMatcher(ANNE, [PersonName("Karl", "Schröder"), PersonName("Änne", "Berger")])
    mentions = matcher.mentions("Frau Schröder rief an. Änne kommt. A. Schröder bleibt sicher. Schröder")
    assert [(m.text, m.certain, m.reason) for m in mentions] == [
        ("Frau Schröder", False, REASON_NAMESAKE),  # Karl Schröder could be meant, too
        ("Änne", False, REASON_NAMESAKE),
        ("A. Schröder", True, ""),  # Karl's initial is K.
        ("Schröder", False, REASON_NAMESAKE),
    ]
    alone = NameMatcher(ANNE).mentions("Änne und Schröder")
    assert [(m.kind, m.reason) for m in alone] == [
        (KIND_FIRST_ONLY, "first_only"),
        (KIND_LAST_ONLY, "last_only"),
    ]


def test_folding_is_nfkc_casefold_and_transliteration() -> None:
    assert fold("Änne Schröder") == fold("AENNE SCHROEDER") == fold(NFD) == "aenne schroeder"
    assert fold("Weiß") == fold("WEISS") and fold("ﬁscher") == "fischer"
    assert fold("Yıldız") == fold("Yildiz") and fold("José Şahin") == "jose sahin"


def test_johanna_bergmann_never_becomes_johab_01mann() -> None:
    anna = (PersonName("Anna", "Berg"), "AB-01")
    assert Pseudonymiser([anna])("Johanna Bergmann") == "Johanna Bergmann"
    assert (
        scrub_names("Johanna Bergmann und Anna Berg", {"Anna Berg": "AB-01"}) == "Johanna Bergmann und AB-01"
    )


LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
word = st.text(LETTERS, min_size=2, max_size=8).map(str.capitalize)
extension = st.text(LETTERS, min_size=1, max_size=5)


@st.composite
def person_and_longer_name(draw: st.DrawFn) -> tuple[PersonName, PersonName]:
    """A person, and another whose surname contains the person's surname as a part (prefix, suffix or inside) and
    whose first name is the same or also longer."""
    first, last = draw(word), draw(word)
    before, after = draw(extension), draw(extension)
    how = draw(st.sampled_from(["prefix", "suffix", "inside"]))
    other_last = {
        "prefix": last + after,
        "suffix": before + last.lower(),
        "inside": before + last.lower() + after,
    }
    other_first = draw(st.sampled_from([first, first + after, before.capitalize() + first.lower()]))
    return PersonName(first, last), PersonName(other_first, other_last[how].capitalize())


def forms(p: PersonName) -> list[str]:
    return [
        f"{p.first_name} {p.last_name}",
        f"{p.last_name}, {p.first_name}",
        f"Frau {p.last_name}",
        f"Hr. {p.last_name}",
        f"{p.first_name[0]}. {p.last_name}",
    ]


@given(person_and_longer_name(), st.sampled_from(range(5)))
def test_a_name_that_is_part_of_another_never_touches_the_other(
    names: tuple[PersonName, PersonName], form: int
) -> None:
    person, other = names
    text = f"Notiz: {forms(other)[form]}."
    assert NameMatcher(person, [other]).mentions(text) == []
    assert Pseudonymiser([(person, "PP-01")])(text) == text
    assert Pseudonymiser([(person, "PP-01"), (other, "OO-02")])(text) == "Notiz: OO-02."
    both = f"{forms(person)[form]} und {forms(other)[form]}"
    assert Pseudonymiser([(person, "PP-01")])(both) == f"PP-01 und {forms(other)[form]}"
