"""Competence gaps: target minus agreed current level, where positive, weighted by priority. Pure Python."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum


class Priority(IntEnum):
    """Priority of a competence in an interview: 1 is the most urgent."""

    HIGH = 1
    MEDIUM = 2
    LOW = 3

    @property
    def label_de(self) -> str:
        return {Priority.HIGH: "Hoch", Priority.MEDIUM: "Mittel", Priority.LOW: "Niedrig"}[self]

    @property
    def label(self) -> str:
        return self.label_de

    @property
    def weight(self) -> int:
        """How much one level of gap counts when fields of action are ranked."""
        return {Priority.HIGH: 3, Priority.MEDIUM: 2, Priority.LOW: 1}[self]


@dataclass(frozen=True)
class RatingLevels:
    """The levels of one competence in one assessment, as the gap computation needs them."""

    competence_key: str
    agreed: int | None
    target: int | None
    priority: Priority = Priority.MEDIUM
    not_applicable: bool = False
    self_rating: int | None = None
    supervisor_rating: int | None = None

    def current(self) -> int | None:
        """The agreed current level; without one, the lower of self and supervisor rating (a cautious guess)."""
        if self.agreed is not None:
            return self.agreed
        known = [v for v in (self.self_rating, self.supervisor_rating) if v is not None]
        return min(known) if known else None


@dataclass(frozen=True)
class Gap:
    competence_key: str
    current: int
    target: int
    priority: Priority
    provisional: bool  # True when no agreed level exists yet and the gap rests on self/supervisor ratings

    @property
    def size(self) -> int:
        return self.target - self.current

    @property
    def weighted(self) -> int:
        return self.size * self.priority.weight


def gap_of(rating: RatingLevels) -> Gap | None:
    """The gap of one rating, or None when there is none (n/a, target missing, current ≥ target)."""
    if rating.not_applicable or rating.target is None:
        return None
    current = rating.current()
    if current is None or rating.target <= current:
        return None
    return Gap(
        competence_key=rating.competence_key,
        current=current,
        target=rating.target,
        priority=rating.priority,
        provisional=rating.agreed is None,
    )


def compute_gaps(ratings: Iterable[RatingLevels]) -> list[Gap]:
    """All gaps, most urgent first: priority, then size (larger first), then a stable key order."""
    gaps = [g for g in (gap_of(r) for r in ratings) if g is not None]
    return sorted(gaps, key=lambda g: (g.priority, -g.size, g.competence_key))


@dataclass(frozen=True)
class FieldOfAction:
    """A competence that needs work across several people of one company."""

    competence_key: str
    people: int
    total_gap: int
    weighted_gap: int


def fields_of_action(gaps_per_person: Sequence[Sequence[Gap]]) -> list[FieldOfAction]:
    """Aggregate the gaps of many people per competence, ranked by weighted gap, then head count."""
    acc: dict[str, list[int]] = {}
    for gaps in gaps_per_person:
        for g in gaps:
            people, total, weighted = acc.setdefault(g.competence_key, [0, 0, 0])
            acc[g.competence_key] = [people + 1, total + g.size, weighted + g.weighted]
    fields = [FieldOfAction(k, v[0], v[1], v[2]) for k, v in acc.items()]
    return sorted(fields, key=lambda f: (-f.weighted_gap, -f.people, f.competence_key))
