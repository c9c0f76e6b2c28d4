"""Find and replace a person's name or pseudonym code in every text and JSON column of the workspace.

After the rows about a person are deleted, their name can still sit in free text written about others (a company's
contact person, an interview answer, a colleague's note). Erasure replaces those mentions with a neutral marker.
The columns are found through the SQLAlchemy metadata, so tables added later are covered without changes here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import JSON, String, Table, select, update
from sqlalchemy.orm import Session

from ..persistence.base import Base

ERASED_MARK = "[gelöscht]"
# Identity columns of the remaining people: a namesake elsewhere keeps their own name and code.
PROTECTED_COLUMNS = frozenset(
    {("employee", "first_name"), ("employee", "last_name"), ("employee", "pseudonym_code")}
)


def name_forms(first_name: str, last_name: str) -> list[str]:
    """The usual ways a full name is written: "Jürgen Weiß" and "Weiß, Jürgen" (or the one name given)."""
    first, last = first_name.strip(), last_name.strip()
    if first and last:
        return [f"{first} {last}", f"{last}, {first}"]
    single = first or last
    return [single] if len(single) >= 2 else []


def _name_regex(form: str) -> str:
    # Any run of white space between the parts matches, so "Jürgen  Weiß" or a line break are found too.
    parts = [re.escape(p) for p in re.split(r"\s+", form.strip()) if p]
    return r"\s+".join(parts)


def build_pattern(needles: Sequence[str], codes: Sequence[str] = ()) -> re.Pattern[str] | None:
    """One case-insensitive pattern for all name forms and (as whole tokens) all pseudonym codes."""
    alternatives = [_name_regex(n) for n in sorted(set(needles), key=len, reverse=True) if n.strip()]
    alternatives += [rf"(?<![\w-]){re.escape(c)}(?![\w-])" for c in codes if c.strip()]
    if not alternatives:
        return None
    return re.compile("|".join(alternatives), re.IGNORECASE)


def scrub_value(value: Any, pattern: re.Pattern[str]) -> tuple[Any, int]:
    """``value`` with every match replaced by the marker (strings inside JSON lists/dicts too), and the count."""
    if isinstance(value, str):
        new, count = pattern.subn(ERASED_MARK, value)
        return new, count
    if isinstance(value, list):
        total = 0
        items = []
        for item in value:
            new_item, count = scrub_value(item, pattern)
            items.append(new_item)
            total += count
        return (items, total) if total else (value, 0)
    if isinstance(value, dict):
        total = 0
        out = {}
        for key, item in value.items():
            new_item, count = scrub_value(item, pattern)
            out[key] = new_item
            total += count
        return (out, total) if total else (value, 0)
    return value, 0


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


def scrub_everywhere(
    session: Session, needles: Sequence[str], *, codes: Sequence[str] = ()
) -> tuple[int, list[str]]:
    """Replace mentions in every table; returns the number of replacements and the places ("table.column")."""
    pattern = build_pattern(needles, codes)
    if pattern is None:
        return 0, []
    total = 0
    places: list[str] = []
    for table in Base.metadata.sorted_tables:
        columns = text_columns(table)
        if not columns or "id" not in table.c:
            continue
        for row in session.execute(select(table.c.id, *(table.c[name] for name in columns))):
            changes: dict[str, Any] = {}
            for name, value in zip(columns, row[1:], strict=True):
                new, count = scrub_value(value, pattern)
                if count:
                    changes[name] = new
                    total += count
                    place = f"{table.name}.{name}"
                    if place not in places:
                        places.append(place)
            if changes:
                session.execute(update(table).where(table.c.id == row[0]).values(**changes))
    return total, places


def find_mentions(session: Session, needles: Iterable[str], *, codes: Sequence[str] = ()) -> list[str]:
    """Places ("table.column") where any of the names or codes still occurs; for checks and tests."""
    pattern = build_pattern(list(needles), codes)
    if pattern is None:
        return []
    found: list[str] = []
    for table in Base.metadata.sorted_tables:
        columns = text_columns(table, include_protected=True)
        if not columns:
            continue
        for row in session.execute(select(*(table.c[name] for name in columns))):
            for name, value in zip(columns, row, strict=True):
                if scrub_value(value, pattern)[1] and f"{table.name}.{name}" not in found:
                    found.append(f"{table.name}.{name}")
    return found
