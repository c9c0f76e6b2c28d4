"""This workspace's code tag: the letters the office gave its device at enrolment, part of every pseudonym code
it suggests ("BM-C06"), so that two laptops offline never suggest the same code (docs/sync.md, "Identity").

The tag is no name and says nothing about a person: it is the device's number at the office, written as letters
("A", "B", … "Z", "AA", …; no I and O). It is kept in ``workspace_setting`` (local, never synced). A workspace
without one (not connected yet) suggests untagged codes ("BM-06"), as before.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.persistence.models import WorkspaceSetting

CODE_TAG_KEY = "sync.code_tag"
TAG_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I and O: never read as 1 or 0


def tag_for_number(number: int) -> str:
    """The letters of the office's device number ``number`` (≥ 1): 1 → "A", 24 → "Z", 25 → "AA" (bijective)."""
    if number < 1:
        raise ValueError(number)
    letters = ""
    while number:
        number, rest = divmod(number - 1, len(TAG_LETTERS))
        letters = TAG_LETTERS[rest] + letters
    return letters


def code_tag(session: Session) -> str | None:
    """This workspace's tag, or None before enrolment."""
    row = session.scalar(select(WorkspaceSetting).where(WorkspaceSetting.key == CODE_TAG_KEY))
    value = row.value if row is not None else None
    tag = value.get("tag") if isinstance(value, dict) else None
    return tag if isinstance(tag, str) and tag.isalpha() and tag.isupper() else None


def store_code_tag(session: Session, tag: str) -> None:
    """Keep the tag the office gave at enrolment (replaces an earlier one)."""
    if not (tag.isascii() and tag.isalpha() and tag.isupper()):
        raise ValueError(tag)
    row = session.scalar(select(WorkspaceSetting).where(WorkspaceSetting.key == CODE_TAG_KEY))
    if row is None:
        session.add(WorkspaceSetting(key=CODE_TAG_KEY, value={"tag": tag}))
    else:
        row.value = {"tag": tag}
