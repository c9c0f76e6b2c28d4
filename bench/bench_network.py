"""Pooled demand and the funder's report over 300 companies, 6,000 people and about 130,000 ratings: on the
laptop (an encrypted SQLCipher workspace) and at the office (PostgreSQL via pgserver), each next to a plain
``COUNT … GROUP BY`` of the same rows in the same run (the baseline: the gaps of complete interviews of people
with pooling consent, and their measures, joined plainly; the ratio says what the latest-interview selection,
the current plan, the companies per cell and the § 82 estimates cost on top). The count of all ratings, the
baseline of earlier sessions, is printed beside it for comparison."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import tempfile
import types
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, insert, select
from sqlalchemy.orm import Session

from bench.common import Row, median, print_table, time_calls
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import (
    Company,
    Competence,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
    Network,
    PlanMeasure,
)
from verbund_desktop.services.network.funder_figures import (
    Period,
    gap_people,
    interviewed_people,
)
from verbund_desktop.services.network.funder_measures import measure_totals
from verbund_desktop.services.network.funder_report import funder_report
from verbund_desktop.services.network.pooling import PoolFilter, has_gap, pooled_cells
from verbund_desktop.services.protection.consent_gates import pooling_consented
from verbund_desktop.services.workspace.demo import create_demo_workspace

COMPANIES, PEOPLE, RATINGS_PER_INTERVIEW = 300, 6000, 21
PERIOD = Period(date(2025, 1, 1), date(2026, 12, 31))
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _rows(
    network_id: uuid.UUID, competences: list[tuple[uuid.UUID, uuid.UUID]]
) -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(300)
    out: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("company", "employee", "consent", "assessment", "rating", "plan", "measure")
    }
    stamp = {"created_at": NOW, "updated_at": NOW}
    for c in range(COMPANIES):
        size = rng.choice((8, 30, 45, 120, 300, 610))
        company = {
            "id": uuid.uuid4(),
            "network_id": network_id,
            "name": f"B{c}",
            "headcount": size,
            "headcount_linked": size,
            "region": f"Region {c % 6}",
            "industry": f"Branche {c % 5}",
            **stamp,
        }
        out["company"].append(company)
        for p in range(PEOPLE // COMPANIES):
            person = {
                "id": uuid.uuid4(),
                "company_id": company["id"],
                "first_name": "V",
                "last_name": "N",
                "pseudonym_code": f"{c}-{p}",
                "birth_year": rng.randint(1965, 2002),
                **stamp,
            }
            out["employee"].append(person)
            for purpose in ("kompetenzerhebung", "foerderantrag", "verbund")[
                : 3 if rng.random() < 0.85 else 2
            ]:
                out["consent"].append(
                    {
                        "id": uuid.uuid4(),
                        "employee_id": person["id"],
                        "purpose": purpose,
                        "text_version": "t",
                        "given_on": date(2025, 1, 1),
                        **stamp,
                    }
                )
            day = date(2025, 3, 1) + timedelta(days=rng.randint(0, 600))
            assessment = {
                "id": uuid.uuid4(),
                "employee_id": person["id"],
                "assessed_on": day,
                "status": "complete",
                **stamp,
            }
            out["assessment"].append(assessment)
            for pos, (competence_id, catalog_id) in enumerate(rng.sample(competences, RATINGS_PER_INTERVIEW)):
                target = rng.randint(1, 6)
                out["rating"].append(
                    {
                        "id": uuid.uuid4(),
                        "assessment_id": assessment["id"],
                        "competence_id": competence_id,
                        "catalog_id": catalog_id,
                        "catalog_version": "x",
                        "target_level": target,
                        "agreed_level": max(0, target - rng.choice((0, 1, 2))),
                        "position": pos,
                        **stamp,
                    }
                )
            if rng.random() < 0.5:
                plan = {"id": uuid.uuid4(), "series_id": uuid.uuid4(), "employee_id": person["id"], **stamp}
                out["plan"].append(plan)
                out["measure"].append(
                    {
                        "id": uuid.uuid4(),
                        "plan_id": plan["id"],
                        "title": "Kurs",
                        "status": "geplant",
                        "start_date": day + timedelta(days=30),
                        "hours": 160,
                        "cost_eur": 2400,
                        "azav": True,
                        **stamp,
                    }
                )
    return out


TABLES = {
    "company": Company,
    "employee": Employee,
    "consent": ConsentRecord,
    "assessment": CompetencyAssessment,
    "rating": CompetencyRating,
    "plan": DevelopmentPlan,
    "measure": PlanMeasure,
}


def _fill(engine: Engine) -> None:
    with Session(engine) as s:
        network_id = s.scalars(select(Network.id)).first()
        if network_id is None:
            network_id = uuid.uuid4()
            s.execute(insert(Network).values(id=network_id, name="Verbund", created_at=NOW, updated_at=NOW))
        competences = [(c.id, c.catalog_id) for c in s.scalars(select(Competence))]
        for key, rows in _rows(network_id, competences).items():
            for start in range(0, len(rows), 5000):
                s.execute(insert(TABLES[key]), rows[start : start + 5000])
        s.commit()
    with engine.begin() as conn:  # fresh statistics, as autovacuum (PostgreSQL) or the program's upkeep would
        conn.exec_driver_sql("ANALYZE")


def _all_ratings(s: Session) -> object:
    """Every rating counted per (competence, target level): the baseline of earlier sessions, kept for
    comparison. Since 0013 an index answers it alone, and it counts rows the figures never count (ratings
    without a gap, people without pooling consent), so it is no fair baseline for them."""
    r = CompetencyRating
    return s.execute(
        select(r.competence_id, r.target_level, func.count()).group_by(r.competence_id, r.target_level)
    ).all()


def _gap_ratings(*columns: Any) -> Any:
    """The gaps of complete interviews of people with pooling consent, joined plainly (ratings → interview →
    person): in this network (one interview per person, nobody archived) exactly the rows the figures count."""
    r, a = CompetencyRating, CompetencyAssessment
    return (
        select(*columns)
        .select_from(r)
        .join(a, a.id == r.assessment_id)
        .join(Employee, Employee.id == a.employee_id)
        .where(a.status == "complete", Employee.id.in_(pooling_consented()), *has_gap())
    )


def _pool_baseline(s: Session) -> list[Any]:
    """The pooled demand's baseline: a plain COUNT … GROUP BY (competence, target level) of the same gaps."""
    r = CompetencyRating
    return list(
        s.execute(
            _gap_ratings(r.competence_id, r.target_level, func.count()).group_by(
                r.competence_id, r.target_level
            )
        )
    )


def _funder_baseline(s: Session) -> object:
    """The funder figures' baseline: plain COUNT … GROUP BY company of the same gaps, and of the measures of
    people with pooling consent per (status, company)."""
    m, e = PlanMeasure, Employee
    gaps = s.execute(_gap_ratings(e.company_id, func.count()).group_by(e.company_id)).all()
    measures = s.execute(
        select(m.status, e.company_id, func.count())
        .join(DevelopmentPlan, DevelopmentPlan.id == m.plan_id)
        .join(e, e.id == DevelopmentPlan.employee_id)
        .where(e.id.in_(pooling_consented()))
        .group_by(m.status, e.company_id)
    ).all()
    return gaps, measures


def _same_rows(s: Session) -> None:
    """The pooled baseline counts the gaps the pooled demand counts (else the ratio would lie): exactly at the
    office; on the laptop also the demo workspace's older interviews and archived people (a few dozen)."""
    pooled = sum(c.people for c in pooled_cells(s, PoolFilter()))
    plain = sum(n for _, _, n in _pool_baseline(s))
    if not pooled <= plain <= pooled * 1.001:
        raise AssertionError(f"baseline counts {plain} gaps, the pooled demand {pooled}")


def _pair(label: str, engine: Engine, work: Any, baseline: Any, repeat: int = 5) -> list[Row]:
    with Session(engine) as s:
        base = median(time_calls(lambda: baseline(s), repeat))
        took = median(time_calls(lambda: work(s), repeat))
    return [
        (f"{label}: plain COUNT … GROUP BY of the same rows (baseline)", base, ""),
        (f"{label}", took, f"{took / base:.1f}× the baseline; target ≤ 300 ms and ≤ 3×"),
    ]


def _context(label: str, engine: Engine) -> Row:
    with Session(engine) as s:
        took = median(time_calls(lambda: _all_ratings(s), 5))
    return (f"{label}: COUNT of all ratings (the earlier baseline, index-only)", took, "for comparison")


def _funder_raw(s: Session) -> object:
    return interviewed_people(s, PERIOD), gap_people(s, PERIOD), measure_totals(s, PERIOD, date(2026, 12, 2))


def _load(when: str) -> Row:
    """The machine's load average (1, 5, 15 minutes): the figures are only comparable at a similar load."""
    one, five, fifteen = os.getloadavg()
    return (f"load average {when} (1 / 5 / 15 min)", float("nan"), f"{one:.1f} / {five:.1f} / {fifteen:.1f}")


def run() -> list[Row]:
    rows: list[Row] = [_load("at the start")]
    folder = Path(tempfile.mkdtemp(prefix="verbund-bench-net-"))
    try:
        ws = create_demo_workspace(folder / "laptop.db", "bench-passphrase-1")
        _fill(ws.engine)
        rows += _measured("Laptop (SQLCipher)", ws.engine)
        rows += _pair(
            "Laptop (SQLCipher): funder report (view model)",
            ws.engine,
            lambda s: funder_report(ws, PERIOD, today=date(2026, 12, 2)),
            _funder_baseline,
            repeat=3,
        )
        ws.close()
        rows += _postgres()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return [*rows, _load("at the end")]


def _measured(label: str, engine: Engine) -> list[Row]:
    with Session(engine) as s:
        _same_rows(s)
    return [
        _context(label, engine),
        *_pair(f"{label}: pooled demand", engine, lambda s: pooled_cells(s, PoolFilter()), _pool_baseline),
        *_pair(f"{label}: funder figures", engine, _funder_raw, _funder_baseline),
    ]


class _OnEngine:
    """What ``funder_report`` asks of a workspace (a unit of work with a session), over the office's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Any]:
        with Session(self.engine) as session:
            yield types.SimpleNamespace(session=session)


def _postgres() -> list[Row]:
    try:
        import pgserver
    except ImportError:  # pragma: no cover - pgserver is a test dependency
        return [("Office (PostgreSQL): skipped, pgserver missing", 0.0, "")]
    folder = Path(tempfile.mkdtemp(prefix="verbund-bench-pg-"))
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        engine = create_engine(server.get_uri().replace("postgresql://", "postgresql+psycopg://"))
        Base.metadata.create_all(engine)
        _seed_catalogue(engine)
        _fill(engine)
        rows = _measured("Office (PostgreSQL)", engine)
        rows += _pair(
            "Office (PostgreSQL): funder report (view model)",
            engine,
            lambda s: funder_report(_OnEngine(engine), PERIOD, today=date(2026, 12, 2)),  # type: ignore[arg-type]
            _funder_baseline,
            repeat=3,
        )
        engine.dispose()
        return rows
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def _seed_catalogue(engine: Engine) -> None:
    from verbund_desktop.persistence.models import CompetenceArea, CompetenceCatalog

    with Session(engine) as s:
        catalog = CompetenceCatalog(key="digcomp-2.2", name="DigComp", version="2.2", source="", licence="")
        s.add(catalog)
        s.flush()
        area = CompetenceArea(catalog_id=catalog.id, code="1", name_de="A")
        s.add(area)
        s.flush()
        s.add_all(
            Competence(catalog_id=catalog.id, area_id=area.id, code=f"1.{i}", name_de=f"K{i}")
            for i in range(30)
        )
        s.commit()


if __name__ == "__main__":
    print_table("Network: pooled demand and the funder's report", run())
