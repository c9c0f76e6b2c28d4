"""The network-scale workspace of issue 11: 300 companies, 6,000 people, 130,000 ratings.

``scale_workspace()`` returns the path of an encrypted workspace built through the program's own schema (the
demo, then the rest of the network inserted in bulk through the ORM's tables) and its passphrase. The file is
built once and kept in the platform's cache folder, keyed by the fixture version and the schema revision;
callers work on a copy when they write (``scale_copy``). Everything is seeded: two builds hold the same rows
apart from the generated keys and timestamps.

``python -m bench.scale`` builds (or finds) it and prints what it holds.
"""

from __future__ import annotations

import random
import shutil
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from platformdirs import PlatformDirs
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.consent_purposes import PURPOSES_IN_ORDER, ConsentPurpose
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    Advisor,
    CatalogLevel,
    Company,
    CompanyInterview,
    Competence,
    CompetenceCatalog,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    Department,
    DevelopmentPlan,
    Employee,
    InterviewAnswer,
    MeasureGap,
    Network,
    PlanMeasure,
    RoleProfile,
    RoleTarget,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.workspace.content import sync_builtin_content
from verbund_desktop.services.workspace.demo import populate_demo
from verbund_desktop.services.workspace.workspace_service import create_locked

FIXTURE_VERSION = 1
PASSPHRASE = "Skalierung im Verbund 2026"
COMPANIES = 300  # including the demo's three
PEOPLE = 6_000  # including the demo's fourteen
BIG_COMPANY_PEOPLE = 300  # one company the size of the "300-person company report"
TARGETS_PER_ROLE = 21
REINTERVIEW_EVERY = 30  # every 30th person has a second (re-)interview: ≈ 130,000 ratings in all
REFUSE_POOLING_EVERY = 7  # every 7th person said no to the network's pooled use (purpose 3)
BIG_COMPANY_NAME = "Großbetrieb Skalierung AG"
ASSESSED_ON = date(2026, 9, 1)

_FIRST = ("Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hakan", "Ida", "Jonas", "Katrin", "Lars")
_LAST = ("Bauer", "Yılmaz", "Krüger", "Schulz", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Wolf")
_INDUSTRIES = ("Metallverarbeitung", "Logistik", "Handwerk", "Pflege", "Einzelhandel", "Elektrotechnik")


def cache_dir() -> Path:
    return Path(PlatformDirs("Verbund Desktop", "Verbund Desktop").user_cache_dir) / "bench"


def scale_path() -> Path:
    return cache_dir() / f"scale-v{FIXTURE_VERSION}-{HEAD_REVISION}.db"


def scale_workspace() -> tuple[Path, str]:
    """The cached scale workspace (built first when missing) and its passphrase. Treat the file as read-only."""
    path = scale_path()
    if not path.exists():
        build_scale_workspace(path)
    return path, PASSPHRASE


def scale_copy(directory: Path) -> tuple[Path, str]:
    """A private copy of the scale workspace in ``directory``, for benchmarks that write."""
    source, passphrase = scale_workspace()
    target = Path(directory) / "scale-copy.db"
    shutil.copyfile(source, target)
    return target, passphrase


@dataclass(frozen=True)
class ScaleSpec:
    """How big the generated network is (tests build small ones of the same shape)."""

    companies: int = COMPANIES
    people: int = PEOPLE
    big_company: int = BIG_COMPANY_PEOPLE


def build_scale_workspace(
    path: Path, spec: ScaleSpec | None = None, passphrase: str | None = PASSPHRASE
) -> None:
    """Build the workspace at ``path`` (under a temporary name first, like every new workspace)."""
    spec = spec or ScaleSpec()
    path.parent.mkdir(parents=True, exist_ok=True)

    def initialize(ws: Workspace) -> None:
        with ws.unit_of_work() as uow:
            sync_builtin_content(uow.session)
            uow.flush()
            with uow.session.no_autoflush:
                populate_demo(uow.session)
            uow.flush()
            _Generator(uow.session, spec).insert_all()
            uow.commit()

    ws = create_locked(path, passphrase, "Benchmark (Skalierung)", initialize)
    ws.close()


@dataclass
class _Rows:
    """Rows per table, inserted in dependency order."""

    by_table: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: Any, **values: Any) -> uuid.UUID:
        ident = uuid.uuid4()
        self.by_table.setdefault(model.__table__, []).append({"id": ident, **values})
        return ident


class _Generator:
    def __init__(self, session: Session, spec: ScaleSpec) -> None:
        self.s = session
        self.spec = spec
        self.rng = random.Random(20261202)
        self.rows = _Rows()
        self.network_id = session.scalars(select(Network.id)).one()
        self.advisor_id = session.scalars(select(Advisor.id).where(Advisor.is_current)).first()
        self.competences = self._competences()
        self.levels = self._levels()
        self.versions = self._versions()
        self.interview = session.scalars(
            select(CompanyInterview).order_by(CompanyInterview.created_at)
        ).first()
        self.person_count = int(session.scalar(select(func.count(Employee.id))) or 0)
        self.person_index = 0

    def _competences(self) -> list[tuple[uuid.UUID, uuid.UUID, str]]:
        rows = self.s.execute(
            select(Competence.id, Competence.catalog_id, Competence.code).order_by(
                Competence.catalog_id, Competence.code
            )
        ).all()
        picked = [tuple(r) for r in rows][:: max(1, len(rows) // 40)]
        return picked[:40]  # type: ignore[return-value]

    def _versions(self) -> dict[uuid.UUID, str]:
        rows = self.s.execute(select(CompetenceCatalog.id, CompetenceCatalog.version)).all()
        return {r[0]: r[1] for r in rows}

    def _levels(self) -> dict[uuid.UUID, tuple[int, int]]:
        rows = self.s.execute(
            select(
                CatalogLevel.catalog_id, func.min(CatalogLevel.value), func.max(CatalogLevel.value)
            ).group_by(CatalogLevel.catalog_id)
        ).all()
        return {r[0]: (int(r[1]), int(r[2])) for r in rows}

    def insert_all(self) -> None:
        existing = int(self.s.scalar(select(func.count(Company.id))) or 0)
        extra_companies = self.spec.companies - existing
        people_left = self.spec.people - self.person_count - self.spec.big_company
        for index in range(extra_companies):
            if index == 0:
                size = self.spec.big_company
            else:
                remaining = extra_companies - index
                size = people_left // remaining
                people_left -= size
            self._company(index, size)
        for table, rows in self.rows.by_table.items():  # dicts keep insertion order: parents first
            for chunk in _chunks(rows, 5_000):
                self.s.execute(insert(table), chunk)

    def _company(self, index: int, size: int) -> None:
        name = BIG_COMPANY_NAME if index == 0 else f"Betrieb {index:03d} {_LAST[index % len(_LAST)]} GmbH"
        headcount = Decimal(max(size, 1))
        company_id = self.rows.add(
            Company,
            network_id=self.network_id,
            name=name,
            industry=_INDUSTRIES[index % len(_INDUSTRIES)],
            headcount=headcount,
            headcount_linked=headcount,
            postcode=f"57{index % 1000:03d}",
            region="Südwestfalen",
            works_council=size >= 50,
            training_agreement=index % 4 == 0,
            contact_name=f"Kontakt {index:03d}",
            retention_months=36,
        )
        self._interview(company_id)
        departments = [
            self.rows.add(Department, company_id=company_id, name=f"Abteilung {n + 1}") for n in range(2)
        ]
        roles = [self._role(company_id, f"Stelle {n + 1}") for n in range(2)]
        code = _code(index)
        for p in range(size):
            role_id, targets = roles[p % 2]
            self._person(company_id, code, p, departments[p % 2], role_id, targets)

    def _interview(self, company_id: uuid.UUID) -> None:
        if self.interview is None:
            return
        when = ASSESSED_ON - timedelta(days=14)
        interview_id = self.rows.add(
            CompanyInterview,
            company_id=company_id,
            guide_id=self.interview.guide_id,
            advisor_id=self.advisor_id,
            status=STATUS_COMPLETE,
            conducted_on=when,
            completed_at=datetime.combine(when, datetime.min.time(), tzinfo=UTC),
        )
        for answer in self.interview.answers:
            self.rows.add(
                InterviewAnswer,
                interview_id=interview_id,
                question_key=answer.question_key,
                value=answer.value,
            )

    def _role(self, company_id: uuid.UUID, name: str) -> tuple[uuid.UUID, list[tuple[Any, int, int]]]:
        role_id = self.rows.add(RoleProfile, company_id=company_id, name=name)
        targets = []
        for competence_id, catalog_id, _code in self.rng.sample(self.competences, TARGETS_PER_ROLE):
            low, top = self.levels[catalog_id]
            level = self.rng.randint(max(low + 1, (low + top) // 2), top)
            priority = self.rng.choice((1, 2, 2, 3))
            self.rows.add(
                RoleTarget,
                role_id=role_id,
                competence_id=competence_id,
                target_level=level,
                priority=priority,
            )
            targets.append(((competence_id, catalog_id), level, priority))
        return role_id, targets

    def _person(
        self,
        company_id: uuid.UUID,
        code: str,
        p: int,
        department_id: uuid.UUID,
        role_id: uuid.UUID,
        targets: list[tuple[Any, int, int]],
    ) -> None:
        self.person_index += 1
        n = self.person_index
        employee_id = self.rows.add(
            Employee,
            company_id=company_id,
            department_id=department_id,
            role_id=role_id,
            first_name=_FIRST[n % len(_FIRST)],
            last_name=f"{_LAST[(n // len(_FIRST)) % len(_LAST)]}-{n}",
            pseudonym_code=f"{code}-{p + 1:03d}",
            job_title="Fachkraft",
            birth_year=1960 + n % 45,
            qualification_year=1980 + n % 40,
        )
        for purpose in PURPOSES_IN_ORDER:
            if purpose is ConsentPurpose.NETWORK_POOLING and n % REFUSE_POOLING_EVERY == 0:
                continue
            self.rows.add(
                ConsentRecord,
                employee_id=employee_id,
                purpose=purpose.value,
                text_version="2026-10",
                method="paper",
                given_on=ASSESSED_ON - timedelta(days=1),
                recorded_by="Benchmark",
            )
        latest = self._assessment(employee_id, role_id, targets, ASSESSED_ON, None)
        if n % REINTERVIEW_EVERY == 0:
            latest = self._assessment(employee_id, role_id, targets, ASSESSED_ON + timedelta(days=40), latest)
        self._plan(employee_id, latest, targets)

    def _assessment(
        self,
        employee_id: uuid.UUID,
        role_id: uuid.UUID,
        targets: list[tuple[Any, int, int]],
        when: date,
        previous: uuid.UUID | None,
    ) -> uuid.UUID:
        assessment_id = self.rows.add(
            CompetencyAssessment,
            employee_id=employee_id,
            advisor_id=self.advisor_id,
            role_id=role_id,
            previous_id=previous,
            assessed_on=when,
            status=STATUS_COMPLETE,
            completed_at=datetime.combine(when, datetime.min.time(), tzinfo=UTC),
        )
        for position, ((competence_id, catalog_id), level, priority) in enumerate(targets):
            low, _top = self.levels[catalog_id]
            agreed = max(low, level - self.rng.choice((0, 0, 1, 1, 2, 3)))
            self.rows.add(
                CompetencyRating,
                assessment_id=assessment_id,
                competence_id=competence_id,
                catalog_id=catalog_id,
                catalog_version=self.versions[catalog_id],
                self_level=agreed,
                supervisor_level=agreed,
                agreed_level=agreed,
                target_level=level,
                priority=priority,
                position=position,
            )
        return assessment_id

    def _plan(
        self, employee_id: uuid.UUID, assessment_id: uuid.UUID, targets: list[tuple[Any, int, int]]
    ) -> None:
        plan_id = self.rows.add(
            DevelopmentPlan,
            series_id=uuid.uuid4(),
            version=1,
            employee_id=employee_id,
            assessment_id=assessment_id,
            advisor_id=self.advisor_id,
            goals="Die wichtigsten Lücken schließen.",
            review_date=ASSESSED_ON + timedelta(days=180),
        )
        (competence_id, _catalog), _level, _priority = targets[self.person_index % len(targets)]
        measure_id = self.rows.add(
            PlanMeasure,
            plan_id=plan_id,
            kind="training_am_arbeitsplatz",
            title=f"Training am Arbeitsplatz {self.person_index % 12 + 1}",
            provider="intern",
            hours=Decimal(16),
            cost_eur=Decimal(self.person_index % 5 * 250),
            release_hours=Decimal(16),
            responsibility="Führungskraft",
        )
        self.rows.add(MeasureGap, measure_id=measure_id, competence_id=competence_id)


def _code(index: int) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "X" + letters[index // len(letters) % len(letters)] + letters[index % len(letters)]


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def describe(path: Path, passphrase: str) -> dict[str, int]:
    """Row counts of the scale workspace (opened read-only)."""
    from verbund_desktop.persistence.engine import readonly_connect

    conn = readonly_connect(path, passphrase)
    try:
        return {
            table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in (
                "company",
                "employee",
                "competency_assessment",
                "competency_rating",
                "development_plan",
            )
        }
    finally:
        conn.close()


if __name__ == "__main__":
    built, key = scale_workspace()
    print(built, describe(built, key), file=sys.stdout)
