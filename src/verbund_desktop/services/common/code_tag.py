"""This workspace's code tag: the letters the office gave it, part of every pseudonym code it suggests ("BM-C06"),
so that two replicas offline never suggest the same code (docs/sync.md, "Identity").

The tag belongs to one replica identity, not to the device: the enrolled workspace gets its device's number at
enrolment; a restored backup or a renamed copy (a new replica, ``persistence.sync_capture.renew_identity``,
``services.sync.outbox.start_new_replica``) loses it and asks the office for a number of its own at its next
sync (``services.sync.replica_tag``); until then it suggests untagged codes, which never meet a tagged one.

The tag is no name and says nothing about a person: it is the device's number at the office, written as letters
("A", "B", … "Z", "AA", …; no I and O). It is kept in ``workspace_setting`` (local, never synced). A workspace
without one (not connected yet) suggests untagged codes ("BM-06"), as before.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from verbund_desktop.persistence.models import WorkspaceSetting
from verbund_desktop.persistence.sync_capture import CODE_TAG_KEY

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


def forget_code_tag(conn: Connection) -> None:
    """A new replica identity: the old one's tag is not this one's (inside the caller's transaction)."""
    conn.execute(delete(WorkspaceSetting).where(WorkspaceSetting.key == CODE_TAG_KEY))
