"""Find and replace a person's name or pseudonym code in every text and JSON column of the workspace.

After the rows about a person are deleted, their name can still sit in free text written about others (a company's
contact person, an interview answer, a colleague's note). Erasure replaces those mentions with a neutral marker.
Names are found by :class:`verbund_desktop.assessment.names.NameMatcher` (whole words, folded text, the usual
written forms). Certain mentions are replaced; undecided ones (the first name alone, a form a namesake shares) are
replaced only when the advisor approved them, else they are left and reported. The columns are found through the
SQLAlchemy metadata, so tables added later are covered without changes here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, String, Table, select, update
from sqlalchemy.orm import Session

from verbund_desktop.assessment.names import NameMatcher, NameMention, replace_mentions
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models.sync import MIRROR_TABLES

ERASED_MARK = "[gelöscht]"
CONTEXT_CHARS = 40
# Identity columns of the remaining people: a namesake elsewhere keeps their own name and code.
PROTECTED_COLUMNS = frozenset(
    {("employee", "first_name"), ("employee", "last_name"), ("employee", "pseudonym_code")}
)

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class MentionRef:
    """Where one undecided mention sits: row, column, place inside a JSON value and offsets in that string."""

    table: str
    column: str
    row_id: str
    path: JsonPath
    start: int
    end: int
    text: str

    @property
    def place(self) -> str:
        return f"{self.table}.{self.column}"


@dataclass(frozen=True)
class UndecidedMention:
    """A mention the advisor decides on: the words found, why undecided, and the text around them."""

    ref: MentionRef
    kind: str
    reason: str
    before: str
    after: str


@dataclass
class ScrubOutcome:
    replaced: int = 0
    places: list[str] = field(default_factory=list)
    undecided: list[UndecidedMention] = field(default_factory=list)  # found and left in place
    approved_seen: set[MentionRef] = field(default_factory=set)


Approve = Callable[[MentionRef], bool]


def never(_: MentionRef) -> bool:
    return False


def text_columns(table: Table, *, include_protected: bool = False) -> list[str]:
    return [
        c.name
        for c in table.columns
        if isinstance(c.type, String | JSON)
        and not c.primary_key
        and not c.foreign_keys
        and (include_protected or (table.name, c.name) not in PROTECTED_COLUMNS)
    ]


def is_distinctive_code(code: str) -> bool:
    """Codes such as "BM-01" are replaced in free text; bare numbers like "01" would hit dates and amounts."""
    return len(code.strip()) >= 3 and any(ch.isalpha() for ch in code)


def code_pattern(codes: Sequence[str]) -> re.Pattern[str] | None:
    """Pseudonym codes as whole tokens ("BM-01" but not "BM-011" or "XBM-01")."""
    alternatives = [rf"(?<![\w-]){re.escape(c.strip())}(?![\w-])" for c in codes if c.strip()]
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def map_strings(value: Any, change: Callable[[str, JsonPath], str], path: JsonPath = ()) -> Any:
    """``value`` with ``change`` applied to every string, inside JSON lists and dicts too (same object if same)."""
    if isinstance(value, str):
        return change(value, path)
    if isinstance(value, list):
        items = [map_strings(item, change, (*path, i)) for i, item in enumerate(value)]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, dict):
        out = {key: map_strings(item, change, (*path, str(key))) for key, item in value.items()}
        return out if any(out[k] is not value[k] for k in value) else value
    return value


class _Scrubber:
    """Replaces certain (and approved) mentions in one string after another, keeping the tally."""

    def __init__(self, matcher: NameMatcher, codes: re.Pattern[str] | None, approve: Approve) -> None:
        self.matcher, self.codes, self.approve = matcher, codes, approve
        self.outcome = ScrubOutcome()
        self.place: tuple[str, str, object] = ("", "", "")  # the row's id is written out only for a mention

    def change(self, text: str, path: JsonPath) -> str:
        mentions = self.matcher.mentions(text)
        if not mentions and (self.codes is None or self.codes.search(text) is None):
            return text  # nearly every string: nothing to replace, nothing to report
        table, column, row_id = self.place
        chosen: list[tuple[NameMention, str]] = []
        for m in mentions:
            ref = MentionRef(table, column, str(row_id), path, m.start, m.end, m.text)
            if m.certain:
                chosen.append((m, ERASED_MARK))
            elif self.approve(ref):
                chosen.append((m, ERASED_MARK))
                self.outcome.approved_seen.add(ref)
            else:
                before = text[max(0, m.start - CONTEXT_CHARS) : m.start]
                after = text[m.end : m.end + CONTEXT_CHARS]
                self.outcome.undecided.append(UndecidedMention(ref, m.kind, m.reason, before, after))
        new = replace_mentions(text, chosen)
        count = len(chosen)
        if self.codes is not None:
            new, codes = self.codes.subn(ERASED_MARK, new)
            count += codes
        if not count:
            return text
        self.outcome.replaced += count
        if f"{table}.{column}" not in self.outcome.places:
            self.outcome.places.append(f"{table}.{column}")
        return new


def _rows(session: Session, *, include_protected: bool) -> Iterator[tuple[Table, list[str], Any]]:
    for table in Base.metadata.sorted_tables:
        if table.name in MIRROR_TABLES:  # the sync outbox mirrors rows scrubbed (or deleted) themselves
            continue
        columns = text_columns(table, include_protected=include_protected)
        if columns and "id" in table.c:
            for row in session.execute(select(table.c.id, *(table.c[name] for name in columns))):
                yield table, columns, row


def scrub_everywhere(
    session: Session,
    matcher: NameMatcher,
    *,
    codes: Sequence[str] = (),
    approve: Approve = never,
) -> ScrubOutcome:
    """Replace the certain and the approved mentions in every table; the others are reported."""
    scrubber = _Scrubber(matcher, code_pattern(codes), approve)
    for table, columns, row in _rows(session, include_protected=False):
        changes: dict[str, Any] = {}
        for name, value in zip(columns, row[1:], strict=True):
            scrubber.place = (table.name, name, row[0])
            new = map_strings(value, scrubber.change)
            if new is not value:
                changes[name] = new
        if changes:
            session.execute(update(table).where(table.c.id == row[0]).values(**changes))
    return scrubber.outcome


def find_mentions(session: Session, matcher: NameMatcher, *, codes: Sequence[str] = ()) -> list[str]:
    """Places ("table.column") where the person is still mentioned (certain or not), or a code; for checks."""
    scrubber = _Scrubber(matcher, code_pattern(codes), never)
    for table, columns, row in _rows(session, include_protected=True):
        for name, value in zip(columns, row[1:], strict=True):
            scrubber.place = (table.name, name, row[0])
            map_strings(value, scrubber.change)
    places = list(scrubber.outcome.places)
    places += [u.ref.place for u in scrubber.outcome.undecided if u.ref.place not in places]
    return places
