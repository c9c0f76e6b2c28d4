"""Pooled demand across the network's companies: people with a gap per competence and target level.

One set-based query (GROUP BY), portable between SQLite and PostgreSQL: each person's latest complete
competency interview (in the time window) is picked with ``ROW_NUMBER() OVER (PARTITION BY …)``; a rating has a
gap when the target lies above the current level (the agreed level, else the lower of self and supervisor rating,
as :mod:`verbund_desktop.assessment.gaps` defines it). Only people who consented to the pooled use in the
network (purpose 3, :func:`pooling_consented`) are counted, in companies and people not archived.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, distinct, func, select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.assessment.network_terms import SIZE_BANDS, size_band
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    Company,
    Competence,
    CompetenceCatalog,
    CompetencyAssessment,
    CompetencyRating,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.protection.consent_gates import pooling_consented


class PoolFilterError(UserError, ValueError):
    """A filter of the pooled demand that cannot be applied; the message is German."""


@dataclass(frozen=True)
class PoolFilter:
    region: str | None = None
    size_band: str | None = None  # a key of SIZE_BANDS
    start: date | None = None  # interviews on or after
    end: date | None = None  # interviews on or before

    def check(self) -> None:
        if self.size_band is not None and self.size_band not in {b.key for b in SIZE_BANDS}:
            keys = ", ".join(b.key for b in SIZE_BANDS)
            raise PoolFilterError(f"Die Größenklasse „{self.size_band}“ gibt es nicht (möglich: {keys}).")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise PoolFilterError("Das Ende des Zeitraums liegt vor seinem Beginn.")


@dataclass(frozen=True)
class PoolCell:
    """People with a gap in one competence towards one target level, and from how many companies."""

    competence_id: uuid.UUID
    code: str
    name: str
    catalog: str
    level: int
    people: int
    companies: int

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


@dataclass(frozen=True)
class PooledDemand:
    filter: PoolFilter
    cells: tuple[PoolCell, ...]
    regions: tuple[str, ...]  # the regions one can filter by

    @property
    def levels(self) -> tuple[int, ...]:
        return tuple(sorted({c.level for c in self.cells}))

    @property
    def competences(self) -> tuple[tuple[uuid.UUID, str], ...]:
        """(id, label) of every competence with a cell, in catalogue and code order."""
        seen: dict[uuid.UUID, str] = {}
        for c in self.cells:
            seen.setdefault(c.competence_id, c.label)
        return tuple(seen.items())

    def cell(self, competence_id: uuid.UUID, level: int) -> PoolCell | None:
        for c in self.cells:
            if c.competence_id == competence_id and c.level == level:
                return c
        return None

    def as_json(self) -> dict[str, Any]:
        f = self.filter
        return {
            "filter": {
                "region": f.region,
                "groessenklasse": f.size_band,
                "von": f.start.isoformat() if f.start else None,
                "bis": f.end.isoformat() if f.end else None,
            },
            "zellen": [
                {
                    "kompetenz": c.code,
                    "name": c.name,
                    "katalog": c.catalog,
                    "zielstufe": c.level,
                    "personen": c.people,
                    "betriebe": c.companies,
                }
                for c in self.cells
            ],
        }


def current_level() -> ColumnElement[Any]:
    """The agreed level, else the lower of self and supervisor rating (as ``RatingLevels.current``)."""
    r = CompetencyRating
    lower = case(
        (r.self_level.is_(None), r.supervisor_level),
        (r.supervisor_level.is_(None), r.self_level),
        (r.self_level < r.supervisor_level, r.self_level),
        else_=r.supervisor_level,
    )
    return func.coalesce(r.agreed_level, lower)


def latest_assessments(start: date | None = None, end: date | None = None) -> Any:
    """A sub-query: each person's latest complete assessment (in the window), as (id, employee_id)."""
    a = CompetencyAssessment
    rank = (
        func.row_number()
        .over(partition_by=a.employee_id, order_by=(a.assessed_on.desc(), a.created_at.desc()))
        .label("rank")
    )
    conditions = [a.status == STATUS_COMPLETE]
    if start is not None:
        conditions.append(a.assessed_on >= start)
    if end is not None:
        conditions.append(a.assessed_on <= end)
    ranked = select(a.id, a.employee_id, rank).where(*conditions).subquery("ranked")
    return select(ranked.c.id, ranked.c.employee_id).where(ranked.c.rank == 1).subquery("latest")


def gap_rows(f: PoolFilter) -> Select[uuid.UUID, uuid.UUID, uuid.UUID, int | None]:
    """Every (person, company, competence, target level) with a gap that may be pooled, before grouping."""
    latest = latest_assessments(f.start, f.end)
    r = CompetencyRating
    query = (
        select(
            Employee.id.label("employee_id"),
            Employee.company_id.label("company_id"),
            r.competence_id.label("competence_id"),
            r.target_level.label("level"),
        )
        .select_from(r)
        .join(latest, latest.c.id == r.assessment_id)
        .join(Employee, Employee.id == latest.c.employee_id)
        .join(Company, Company.id == Employee.company_id)
        .where(
            r.not_applicable.is_(False),
            r.target_level.is_not(None),
            r.target_level > current_level(),
            Employee.archived_at.is_(None),
            Company.archived_at.is_(None),
            Employee.id.in_(pooling_consented()),
        )
    )
    if f.region is not None:
        query = query.where(Company.region == f.region)
    if f.size_band is not None:
        band = size_band(f.size_band)
        query = query.where(Company.headcount_linked >= band.low)
        if band.high is not None:
            query = query.where(Company.headcount_linked < band.high)
    return query


def pooled_cells(session: Session, f: PoolFilter) -> list[PoolCell]:
    rows = gap_rows(f).subquery("gaps")
    query = (
        select(
            Competence.id,
            Competence.code,
            Competence.name_de,
            CompetenceCatalog.name,
            rows.c.level,
            func.count(distinct(rows.c.employee_id)),
            func.count(distinct(rows.c.company_id)),
        )
        .select_from(rows)
        .join(Competence, Competence.id == rows.c.competence_id)
        .join(CompetenceCatalog, CompetenceCatalog.id == Competence.catalog_id)
        .group_by(Competence.id, Competence.code, Competence.name_de, CompetenceCatalog.name, rows.c.level)
        .order_by(CompetenceCatalog.name, Competence.position, Competence.code, rows.c.level)
    )
    return [
        PoolCell(cid, code, name, cat, level, people, firms)
        for cid, code, name, cat, level, people, firms in session.execute(query)
    ]


def pooled_demand(ws: Workspace, f: PoolFilter | None = None) -> PooledDemand:
    """The heat map's and the table's cells under the filter (counts only: no names)."""
    f = f or PoolFilter()
    f.check()
    with ws.unit_of_work() as uow:
        s = uow.session
        cells = pooled_cells(s, f)
        regions = s.scalars(
            select(Company.region)
            .where(Company.archived_at.is_(None), Company.region != "")
            .distinct()
            .order_by(Company.region)
        ).all()
    return PooledDemand(filter=f, cells=tuple(cells), regions=tuple(regions))


def cell_people(
    session: Session, competence_id: uuid.UUID, level: int, f: PoolFilter | None = None
) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """(employee id, company id) of the people behind one cell, for allocating seats of a joint course."""
    rows = gap_rows(f or PoolFilter()).subquery("gaps")
    query = select(rows.c.employee_id, rows.c.company_id).where(
        and_(rows.c.competence_id == competence_id, rows.c.level == level)
    )
    return [(e, c) for e, c in session.execute(query)]
