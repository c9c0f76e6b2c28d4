"""Read side of competency interviews: plain, frozen values for the grid, the gap chart and the history.

Nothing here writes. The write side (start, rate, complete, re-interview) is :mod:`.assessments`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from verbund_desktop.assessment.errors import Message
from verbund_desktop.assessment.gaps import Gap, Priority, RatingLevels, compute_gaps, gap_of
from verbund_desktop.assessment.german import format_date
from verbund_desktop.persistence.models import STATUS_COMPLETE, STATUS_DRAFT
from verbund_desktop.services.protection.consent import ConsentInfo


class RatingField(StrEnum):
    """The fields of one rating an advisor can set; values are the column names of ``CompetencyRating``."""

    SELF = "self_level"
    SUPERVISOR = "supervisor_level"
    AGREED = "agreed_level"
    TARGET = "target_level"
    PRIORITY = "priority"
    NOTE = "note"
    NOT_APPLICABLE = "not_applicable"

    @property
    def is_level(self) -> bool:
        return self in LEVEL_FIELDS

    @property
    def label_de(self) -> str:
        return FIELD_LABELS_DE[self]


LEVEL_FIELDS = (RatingField.SELF, RatingField.SUPERVISOR, RatingField.AGREED, RatingField.TARGET)
FIELD_LABELS_DE = {
    RatingField.SELF: "Selbsteinschätzung",
    RatingField.SUPERVISOR: "Fremdeinschätzung",
    RatingField.AGREED: "Ist (vereinbart)",
    RatingField.TARGET: "Soll",
    RatingField.PRIORITY: "Priorität",
    RatingField.NOTE: "Notiz",
    RatingField.NOT_APPLICABLE: "nicht anwendbar",
}
STATUS_LABELS_DE = {STATUS_DRAFT: "in Bearbeitung", STATUS_COMPLETE: "abgeschlossen"}


@dataclass(frozen=True)
class LevelInfo:
    value: int
    label: str
    descriptor: str
    band: str | None = None


@dataclass(frozen=True)
class Scale:
    """The level scale of one catalogue version (e.g. DigComp 1–8, the cross-cutting catalogue 0–4)."""

    catalog_id: uuid.UUID
    catalog_label: str
    levels: tuple[LevelInfo, ...]

    @property
    def min_level(self) -> int:
        return self.levels[0].value

    @property
    def max_level(self) -> int:
        return self.levels[-1].value

    def level(self, value: int) -> LevelInfo | None:
        return next((lv for lv in self.levels if lv.value == value), None)

    def range_de(self) -> str:
        return f"{self.min_level}–{self.max_level}"


@dataclass(frozen=True)
class RatingValues:
    """What an advisor enters for one competence; everything else of a row is fixed."""

    self_level: int | None = None
    supervisor_level: int | None = None
    agreed_level: int | None = None
    target_level: int | None = None
    priority: int | None = 2
    note: str = ""
    not_applicable: bool = False

    def get(self, which: RatingField) -> int | str | bool | None:
        value: int | str | bool | None = getattr(self, which.value)
        return value


@dataclass(frozen=True)
class RatingRow:
    id: uuid.UUID
    competence_id: uuid.UUID
    competence_code: str
    competence_name: str
    competence_description: str
    area_code: str
    area_name: str
    catalog_id: uuid.UUID
    catalog_label: str
    values: RatingValues
    position: int = 0

    @property
    def levels(self) -> RatingLevels:
        prio = self.values.priority
        return RatingLevels(
            competence_key=self.competence_code,
            agreed=self.values.agreed_level,
            target=self.values.target_level,
            priority=Priority(prio) if prio in (1, 2, 3) else Priority.MEDIUM,
            not_applicable=self.values.not_applicable,
            self_rating=self.values.self_level,
            supervisor_rating=self.values.supervisor_level,
        )

    @property
    def gap(self) -> Gap | None:
        return gap_of(self.levels)

    def missing(self) -> tuple[RatingField, ...]:
        """Level fields still empty, in column order; nothing is missing for a competence marked n. a."""
        if self.values.not_applicable:
            return ()
        return tuple(f for f in LEVEL_FIELDS if self.values.get(f) is None)

    @property
    def blocks_completion(self) -> bool:
        """Completing needs an agreed current and a target level (or n. a.)."""
        missing = self.missing()
        return RatingField.AGREED in missing or RatingField.TARGET in missing


@dataclass(frozen=True)
class AssessmentInfo:
    id: uuid.UUID
    employee_id: uuid.UUID
    status: str
    assessed_on: date
    completed_at: datetime | None
    previous_id: uuid.UUID | None
    role_name: str
    rating_count: int

    @property
    def is_complete(self) -> bool:
        return self.status == STATUS_COMPLETE

    @property
    def label_de(self) -> str:
        return f"{format_date(self.assessed_on)} ({STATUS_LABELS_DE.get(self.status, self.status)})"


@dataclass(frozen=True)
class AssessmentSheet:
    """One assessment as the grid shows it: rows in catalogue/area order, with the scales they use."""

    info: AssessmentInfo
    rows: tuple[RatingRow, ...]
    scales: Mapping[uuid.UUID, Scale]

    def scale_of(self, row: RatingRow) -> Scale:
        return self.scales[row.catalog_id]

    def row(self, rating_id: uuid.UUID) -> RatingRow:
        return next(r for r in self.rows if r.id == rating_id)

    def open_for_completion(self) -> list[RatingRow]:
        return [r for r in self.rows if r.blocks_completion]


@dataclass(frozen=True)
class InterviewOverview:
    """Everything the competency tab shows for one person, read in one transaction."""

    employee_id: uuid.UUID
    employee_name: str
    pseudonym_code: str
    role_name: str
    role_target_count: int
    consent_summary: str | None
    assessments: tuple[AssessmentInfo, ...]  # newest first
    sheet: AssessmentSheet | None  # the open draft, else the newest complete assessment
    consent: ConsentInfo | None = (
        None  # the consent behind ``consent_summary`` (the UI words it in its language)
    )

    @property
    def has_consent(self) -> bool:
        return self.consent_summary is not None

    @property
    def open_draft(self) -> AssessmentInfo | None:
        return next((a for a in self.assessments if a.status == STATUS_DRAFT), None)

    @property
    def last_complete(self) -> AssessmentInfo | None:
        return next((a for a in self.assessments if a.is_complete), None)


@dataclass(frozen=True)
class GapEntry:
    rating_id: uuid.UUID
    code: str
    name: str
    current: int
    target: int
    min_level: int
    max_level: int
    priority: Priority
    provisional: bool

    @property
    def size(self) -> int:
        return self.target - self.current


@dataclass(frozen=True)
class GapSummary:
    entries: tuple[GapEntry, ...]  # most urgent first (priority, then size)
    applicable: int
    not_applicable: int
    complete_rows: int  # agreed and target present

    @property
    def total_levels(self) -> int:
        return sum(e.size for e in self.entries)

    @property
    def high_priority(self) -> int:
        return sum(1 for e in self.entries if e.priority == Priority.HIGH)

    def text_de(self) -> str:
        if not self.entries:
            gaps = "Keine Lücken"
        else:
            count = len(self.entries)
            gaps = f"{count} {'Lücke' if count == 1 else 'Lücken'}, zusammen {self.total_levels} Stufen"
            if self.high_priority:
                gaps += f", {self.high_priority} mit hoher Priorität"
        return f"{gaps} · {self.complete_rows} von {self.applicable} Kompetenzen mit Ist und Soll"


def gap_summary(rows: Sequence[RatingRow], scales: Mapping[uuid.UUID, Scale]) -> GapSummary:
    """The live summary the chart draws, computed by ``assessment.gaps`` from the rows as shown."""
    # Codes can repeat across catalogues; key by row index, which also breaks ties in catalogue order.
    keyed = {f"{i:05d}": r for i, r in enumerate(rows)}
    entries = []
    for g in compute_gaps(replace(r.levels, competence_key=k) for k, r in keyed.items()):
        row = keyed[g.competence_key]
        scale = scales[row.catalog_id]
        entries.append(
            GapEntry(
                rating_id=row.id,
                code=row.competence_code,
                name=row.competence_name,
                current=g.current,
                target=g.target,
                min_level=scale.min_level,
                max_level=scale.max_level,
                priority=g.priority,
                provisional=g.provisional,
            )
        )
    applicable = [r for r in rows if not r.values.not_applicable]
    return GapSummary(
        entries=tuple(entries),
        applicable=len(applicable),
        not_applicable=len(rows) - len(applicable),
        complete_rows=sum(1 for r in applicable if not r.blocks_completion),
    )


@dataclass(frozen=True)
class HistoryPoint:
    assessment_id: uuid.UUID
    assessed_on: date
    status: str
    values: RatingValues


@dataclass(frozen=True)
class CompetenceHistory:
    competence_id: uuid.UUID
    code: str
    name: str
    catalog_label: str
    area_name: str
    scale: Scale
    points: Mapping[uuid.UUID, HistoryPoint] = field(default_factory=dict)  # by assessment id

    def series(self, assessments: Iterable[AssessmentInfo]) -> list[HistoryPoint]:
        """The points in the order of ``assessments`` (missing ones skipped)."""
        return [self.points[a.id] for a in assessments if a.id in self.points]


@dataclass(frozen=True)
class EmployeeHistory:
    """Each competence's levels over all assessments of one person, oldest assessment first."""

    employee_id: uuid.UUID
    assessments: tuple[AssessmentInfo, ...]
    competences: tuple[CompetenceHistory, ...]


def open_levels_message(open_rows: Sequence[RatingRow]) -> Message:
    """Why an interview cannot be completed yet: „Noch ohne Ist- oder Soll-Stufe: K1, K2 und 3 weitere. …“
    (the first six competence codes)."""
    codes = ", ".join(r.competence_code for r in open_rows[:6])
    if len(open_rows) > 6:
        return Message(
            "Noch ohne Ist- oder Soll-Stufe: {codes} und {more} weitere. Bitte ergänzen oder als „nicht "
            "anwendbar“ markieren (Taste N).",
            codes=codes,
            more=len(open_rows) - 6,
        )
    return Message(
        "Noch ohne Ist- oder Soll-Stufe: {codes}. Bitte ergänzen oder als „nicht anwendbar“ markieren (Taste N).",
        codes=codes,
    )
