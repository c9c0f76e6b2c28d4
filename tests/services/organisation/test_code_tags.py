"""Suggested pseudonym codes carry the laptop's code tag, so two laptops never suggest the same code (issue 12,
item 6): examples, and a Hypothesis property over what each laptop may know of the company's codes."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common.code_tag import store_code_tag, tag_for_number
from verbund_desktop.services.organisation import companies as co
from verbund_desktop.services.organisation.company_validation import (
    MAX_CODE_LENGTH,
    EmployeeInput,
    ValidationError,
    suggest_code,
)

VALID_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*$")  # company_validation's rule for a code


def test_tags_are_letters_numbered_without_gaps_and_without_i_and_o() -> None:
    assert [tag_for_number(n) for n in (1, 2, 24, 25, 26, 24 + 24 * 24, 24 + 24 * 24 + 1)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]
    tags = [tag_for_number(n) for n in range(1, 2000)]
    assert len(set(tags)) == len(tags) and not any(set(t) & {"I", "O"} for t in tags)
    with pytest.raises(ValueError):
        tag_for_number(0)


def test_a_tagged_suggestion_continues_its_own_numbers_after_the_usual_prefix() -> None:
    demo = ["BM-01", "BM-02", "BM-05"]
    assert suggest_code("Bäckerei Möller GmbH", [], "C") == "BM-C01"
    assert suggest_code("egal", demo, "C") == "BM-C01"
    assert suggest_code("egal", [*demo, "BM-C01", "BM-D07"], "C") == "BM-C02"
    assert suggest_code("egal", ["SL-009", "SL-C003"], "C") == "SL-C004"
    assert suggest_code("egal", ["Chef", "01"], "B") == "EG-B01"  # no prefix to continue: the initials
    # Untagged (a workspace not connected yet) as before, and never in the form of a tag.
    assert suggest_code("egal", demo) == "BM-06"
    assert suggest_code("egal", ["BM-C01", "BM-C02", "BM-C03"]) == "BM-01"


TAGS = st.integers(1, 24 * 25).map(tag_for_number)
CODES = st.one_of(
    st.builds(  # the usual forms: prefix, an optional tag, a number
        lambda base, tag, number, width: f"{base}{tag}{number:0{width}d}",
        st.sampled_from(["BM-", "SL-", "bm-", "MA", "X-Y-", ""]),
        st.one_of(st.just(""), TAGS, TAGS.map(str.lower)),
        st.integers(0, 120),
        st.integers(1, 4),
    ),
    st.from_regex(VALID_CODE, fullmatch=True).filter(lambda c: len(c) <= MAX_CODE_LENGTH),  # typed by hand
)
KNOWN = st.lists(CODES, max_size=12)


@given(
    name=st.sampled_from(["Bäckerei Möller GmbH", "Südwest Logistik AG", ""]),
    mine=KNOWN,
    theirs=KNOWN,
    tag=TAGS,
    other=TAGS,
)
def test_two_laptops_never_suggest_the_same_code(
    name: str, mine: list[str], theirs: list[str], tag: str, other: str
) -> None:
    """Whatever each laptop knows of the company's codes (one may have more, fewer or other ones): the codes
    of two different tags differ, an untagged laptop's code differs from every tagged one, and a suggestion is
    free where it is made and a valid code."""
    suggested = suggest_code(name, mine, tag)
    assert suggested.casefold() not in {c.casefold() for c in mine}
    assert VALID_CODE.fullmatch(suggested) and len(suggested) <= MAX_CODE_LENGTH
    untagged = suggest_code(name, theirs)
    assert untagged.casefold() != suggested.casefold()
    if other != tag:
        assert suggest_code(name, theirs, other).casefold() != suggested.casefold()


def test_the_form_and_its_messages_suggest_the_laptops_tagged_code(ws: Workspace) -> None:
    company = co.create_company(ws, co.CompanyInput("Bäckerei Möller GmbH", 8), actor="Test")
    with ws.unit_of_work() as uow:
        store_code_tag(uow.session, "C")
        uow.commit()
    assert co.next_pseudonym_code(ws, company) == "BM-C01"
    co.create_employee(ws, company, EmployeeInput("Änne", "Schröder", "BM-C01"), actor="Test")
    assert co.next_pseudonym_code(ws, company) == "BM-C02"
    with pytest.raises(ValidationError, match="BM-C02"):
        co.create_employee(ws, company, EmployeeInput("Björn", "Müller", "bm-c01"), actor="Test")


def test_a_long_hand_made_prefix_gives_way_to_the_initials() -> None:
    long = "ABCDEFGHJKLMNPQRS-1"  # 19 characters: with a tag and two digits it would be too long
    assert suggest_code("Bäckerei Möller GmbH", [long], "C") == "BM-C01"
    assert suggest_code("Bäckerei Möller GmbH", ["ABCDEFGHJKLMNPQRST99"]) == "BM-01"  # "…T100": 21
