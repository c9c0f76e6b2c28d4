"""Pooled demand across the network's companies: people with a gap per competence and target level.

One set-based query (GROUP BY), portable between SQLite and PostgreSQL: each person's latest complete
competency interview (in the time window) is the one with no newer one (NOT EXISTS); a rating has a
gap when the target lies above the current level (the agreed level, else the lower of self and supervisor rating,
as :mod:`verbund_desktop.assessment.gaps` defines it). Only people who consented to the pooled use in the
network (purpose 3, :func:`pooling_consented`) are counted, in companies and people not archived.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, distinct, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

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
from verbund_desktop.persistence.models.interview import current_level as rating_current_level
from verbund_desktop.persistence.models.interview import gap_terms
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
    return rating_current_level()


def latest_assessments(start: date | None = None, end: date | None = None) -> Any:
    """A sub-query: each person's latest complete assessment (in the window), as (id, employee_id).

    Written as NOT EXISTS (no newer complete assessment of the same person): PostgreSQL estimates the anti-join
    well and hash-joins the ratings, where a ``ROW_NUMBER() … = 1`` filter made it loop (bench_network)."""
    a = CompetencyAssessment
    newer = aliased(CompetencyAssessment)

    def in_window(x: Any) -> list[ColumnElement[bool]]:
        conditions = [x.status == STATUS_COMPLETE]
        if start is not None:
            conditions.append(x.assessed_on >= start)
        if end is not None:
            conditions.append(x.assessed_on <= end)
        return conditions

    later = exists().where(
        newer.employee_id == a.employee_id,
        *in_window(newer),
        or_(
            newer.assessed_on > a.assessed_on,
            and_(newer.assessed_on == a.assessed_on, newer.created_at > a.created_at),
        ),
    )
    return select(a.id, a.employee_id).where(*in_window(a), ~later).subquery("latest")


def pooled_people(f: PoolFilter) -> Select[uuid.UUID, uuid.UUID, uuid.UUID]:
    """(assessment id, employee id, company id) of each person who may be pooled, with their latest interview."""
    latest = latest_assessments(f.start, f.end)
    query = (
        select(
            latest.c.id.label("assessment_id"),
            Employee.id.label("employee_id"),
            Employee.company_id.label("company_id"),
        )
        .select_from(latest)
        .join(Employee, Employee.id == latest.c.employee_id)
        .join(Company, Company.id == Employee.company_id)
        .where(
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


def has_gap() -> tuple[ColumnElement[bool], ...]:
    """A rating with a gap: applicable, with a target above the current level. The same terms as the partial
    index ``ix_competency_rating_gap_rows`` (``persistence.models.interview.gap_terms``), so SQLite can use it."""
    return gap_terms()


def gap_rows(f: PoolFilter) -> Select[uuid.UUID, uuid.UUID, uuid.UUID, int | None]:
    """Every (person, company, competence, target level) with a gap that may be pooled, before grouping."""
    people = pooled_people(f).subquery("people")
    r = CompetencyRating
    return (
        select(
            people.c.employee_id,
            people.c.company_id,
            r.competence_id.label("competence_id"),
            r.target_level.label("level"),
        )
        .select_from(r)
        .join(people, people.c.assessment_id == r.assessment_id)
        .where(*has_gap())
    )


def _cells_sqlite(f: PoolFilter) -> Any:
    """SQLite: the pooled people once into a table of their own (MATERIALIZED, a few thousand rows), then
    ``ix_competency_rating_pool`` walked in (competence, level) order, each gap looked up among them; the
    companies are counted with ``COUNT(DISTINCT)`` inside each cell, so nothing is sorted. ``|| ''`` (the same
    text: SQLite keeps UUIDs as text) keeps the planner from looking up each interview's ratings instead and
    sorting every gap for the grouping (3× slower at 300 companies, bench_network)."""
    people = pooled_people(f).cte("pooled_people").prefix_with("MATERIALIZED")
    r = CompetencyRating
    walk = r.assessment_id.op("||")(literal_column("''"))
    return (
        select(
            r.competence_id.label("competence_id"),
            r.target_level.label("level"),
            func.count().label("people"),
            func.count(distinct(people.c.company_id)).label("companies"),
        )
        .select_from(r)
        .join(people, people.c.assessment_id == walk)
        .where(*has_gap())
        .group_by(r.competence_id, r.target_level)
    )


def _cells_grouped(f: PoolFilter) -> Any:
    """PostgreSQL: hash-aggregate the gaps per (competence, level, company), then sum those per cell (a
    ``COUNT(DISTINCT)`` would sort every gap)."""
    gaps = gap_rows(f).subquery("gaps")
    per_company = (
        select(gaps.c.competence_id, gaps.c.level, gaps.c.company_id, func.count().label("people"))
        .group_by(gaps.c.competence_id, gaps.c.level, gaps.c.company_id)
        .subquery("per_company")
    )
    return select(
        per_company.c.competence_id,
        per_company.c.level,
        func.sum(per_company.c.people).label("people"),
        func.count().label("companies"),
    ).group_by(per_company.c.competence_id, per_company.c.level)


def pooled_cells(session: Session, f: PoolFilter) -> list[PoolCell]:
    """People and companies per (competence, target level), grouped on the ids; the names are joined to the
    few cells afterwards. No DISTINCT over people: a person has one rating per competence in an interview.
    The two backends group differently (see ``_cells_sqlite``); tests check both against a direct count."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    cells = (_cells_sqlite(f) if sqlite else _cells_grouped(f)).subquery("cells")
    query = (
        select(
            Competence.id,
            Competence.code,
            Competence.name_de,
            CompetenceCatalog.name,
            cells.c.level,
            cells.c.people,
            cells.c.companies,
        )
        .select_from(cells)
        .join(Competence, Competence.id == cells.c.competence_id)
        .join(CompetenceCatalog, CompetenceCatalog.id == Competence.catalog_id)
        .order_by(CompetenceCatalog.name, Competence.position, Competence.code, cells.c.level)
    )
    return [
        PoolCell(cid, code, name, cat, level, int(people), int(firms))
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
