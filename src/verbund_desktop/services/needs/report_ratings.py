"""The company report's people and their ratings: each one's newest complete interview, read set-based."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.persistence.models import Competence, CompetenceCatalog, CompetencyRating, Employee
from verbund_desktop.services.planning.plan_sets import latest_complete_assessments


@dataclass(frozen=True)
class ReportRating:
    """What the report reads of one rating: plain values, the competence and catalogue shared by all."""

    competence_id: uuid.UUID
    agreed_level: int | None
    target_level: int | None
    priority: int | None
    not_applicable: bool
    competence: Competence
    catalog: CompetenceCatalog


@dataclass
class Assessed:
    employee: Employee
    ratings: dict[uuid.UUID, ReportRating]


def assessed_people(s: Session, employees: Sequence[Employee]) -> list[Assessed]:
    """Each employee's newest complete assessment with its ratings, in the employees' order: four statements
    (ratings as plain rows; their few competences, areas and catalogues once), whatever the number of people."""
    latest = latest_complete_assessments([e.id for e in employees])
    chosen = {employee_id: assessment_id for employee_id, assessment_id in s.execute(select(latest))}
    rows = s.execute(
        select(
            CompetencyRating.assessment_id,
            CompetencyRating.competence_id,
            CompetencyRating.catalog_id,
            CompetencyRating.agreed_level,
            CompetencyRating.target_level,
            CompetencyRating.priority,
            CompetencyRating.not_applicable,
        ).where(CompetencyRating.assessment_id.in_(select(latest.c.assessment_id)))
    ).all()
    competences = {
        c.id: c
        for c in s.scalars(
            select(Competence)
            .where(Competence.id.in_({r.competence_id for r in rows}))
            .options(selectinload(Competence.area))
        )
    }
    catalogs = {
        c.id: c
        for c in s.scalars(
            select(CompetenceCatalog).where(CompetenceCatalog.id.in_({r.catalog_id for r in rows}))
        )
    }
    by_assessment: dict[uuid.UUID, dict[uuid.UUID, ReportRating]] = {a: {} for a in chosen.values()}
    for r in rows:
        by_assessment[r.assessment_id][r.competence_id] = ReportRating(
            r.competence_id,
            r.agreed_level,
            r.target_level,
            r.priority,
            r.not_applicable,
            competences[r.competence_id],
            catalogs[r.catalog_id],
        )
    return [Assessed(e, by_assessment[chosen[e.id]]) for e in employees if e.id in chosen]
