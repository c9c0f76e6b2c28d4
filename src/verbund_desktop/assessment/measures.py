"""The vocabulary of a development plan's measures: their kinds and their statuses, one enum each.

The values are what the database stores (``persistence.models.plan`` allows exactly these), the labels what
the advisor reads in the program and on paper.
"""

from __future__ import annotations

from enum import StrEnum


class MeasureKind(StrEnum):
    COURSE = "kurs"
    ON_THE_JOB = "training_am_arbeitsplatz"
    MENTORING = "mentoring"
    JOB_ROTATION = "job_rotation"
    E_LEARNING = "e_learning"
    PARTNER_COURSE = "partnerkurs"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def costs_nothing_by_nature(self) -> bool:
        """Learning at work: no course costs, so no § 82 estimate unless the measure does cost something."""
        return self in (MeasureKind.ON_THE_JOB, MeasureKind.MENTORING, MeasureKind.JOB_ROTATION)


_KIND_LABELS = {
    MeasureKind.COURSE: "Kurs",
    MeasureKind.ON_THE_JOB: "Training am Arbeitsplatz",
    MeasureKind.MENTORING: "Mentoring",
    MeasureKind.JOB_ROTATION: "Job-Rotation",
    MeasureKind.E_LEARNING: "E-Learning",
    MeasureKind.PARTNER_COURSE: "Kurs eines Partnerbetriebs",
}


class MeasureStatus(StrEnum):
    PLANNED = "geplant"
    REGISTERED = "angemeldet"
    RUNNING = "laeuft"
    COMPLETED = "abgeschlossen"
    CANCELLED = "abgebrochen"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    MeasureStatus.PLANNED: "geplant",
    MeasureStatus.REGISTERED: "angemeldet",
    MeasureStatus.RUNNING: "läuft",
    MeasureStatus.COMPLETED: "abgeschlossen",
    MeasureStatus.CANCELLED: "abgebrochen",
}
