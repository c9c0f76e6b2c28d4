"""Whether a gap closed: the level before a measure, the target, and the level at the follow-up interview.

A pure comparison (no database): the follow-up tab, the printed development plan, the company report and the
funder's figures all read it from here, so that "geschlossen" means the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class BeforeAfter:
    """One competence a measure addressed: levels before the measure and at the re-interview."""

    code: str  # e.g. "1.1"
    name: str  # German name
    before: int | None  # current level in the interview the plan rests on
    target: int | None  # target level (Soll) then
    after: int | None  # current level at the follow-up interview; None while none exists

    @property
    def closed(self) -> bool:
        return self.after is not None and self.target is not None and self.after >= self.target

    @property
    def remaining(self) -> int | None:
        """Level steps still missing at the follow-up; 0 when closed, None without a follow-up or target."""
        if self.after is None or self.target is None:
            return None
        return max(self.target - self.after, 0)

    @property
    def had_gap(self) -> bool:
        """There was a gap before the measure (the before level was below the target)."""
        return self.before is not None and self.target is not None and self.before < self.target

    def outcome_text(self) -> str:
        """German, as printed: „Lücke geschlossen“, „noch 1 Stufe“, „noch 2 Stufen“, or „noch nicht erneut eingeschätzt“."""
        remaining = self.remaining
        if remaining is None:
            return "noch nicht erneut eingeschätzt"
        if remaining == 0:
            return "Lücke geschlossen"
        return f"noch {remaining} {'Stufe' if remaining == 1 else 'Stufen'}"


def closed_gaps(rows: Iterable[BeforeAfter]) -> tuple[BeforeAfter, ...]:
    """The rows whose gap (there was one before) is closed at the follow-up."""
    return tuple(row for row in rows if row.had_gap and row.closed)


@dataclass(frozen=True)
class GapCount:
    """One competence over many people: whose gap closed, whose is still open at the follow-up."""

    code: str
    name: str
    closed: int
    still_open: int


def count_by_competence(rows: Iterable[tuple[object, BeforeAfter]]) -> tuple[GapCount, ...]:
    """Per competence, people (``rows``: person key, before/after) whose gap was checked at a follow-up.

    Only rows with a gap before the measure and a level at the follow-up count. A person counts once per
    competence: closed if any of their follow-ups shows it closed, else still open. Sorted by code.
    """
    names: dict[str, str] = {}
    closed: dict[str, set[object]] = {}
    checked: dict[str, set[object]] = {}
    for person, row in rows:
        if not row.had_gap or row.after is None:
            continue
        names.setdefault(row.code, row.name)
        checked.setdefault(row.code, set()).add(person)
        if row.closed:
            closed.setdefault(row.code, set()).add(person)
    return tuple(
        GapCount(code, names[code], len(closed.get(code, ())), len(people - closed.get(code, set())))
        for code, people in sorted(checked.items())
    )
