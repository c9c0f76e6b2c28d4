"""A test network: 30 companies, 600 people, four advisors, two interviews for some, consent mixed.

Deterministic (seeded). Some people never consented to the pooled use (purpose 3), some withdrew it, a few are
archived, some have a newer draft interview (which must not count), some have no agreed level (the lower of
self and supervisor rating counts). Built on top of the demo workspace, so the catalogues and the demo's own
three companies are there as well.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    STATUS_DRAFT,
    Advisor,
    Company,
    Competence,
    CompetenceCatalog,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
    Network,
    PlanMeasure,
)
from verbund_desktop.persistence.workspace import Workspace

REGIONS = ("Siegen", "Olpe", "Kreuztal", "Netphen", "Bad Berleburg")
SIZES = (8, 25, 45, 49.75, 120, 300, 610)
INDUSTRIES = ("Metallverarbeitung", "Logistik", "Handwerk", "Pflege", "Handel")
COMPANIES = 30
PEOPLE_PER_COMPANY = 20


@dataclass(frozen=True)
class BuiltNetwork:
    company_ids: tuple[uuid.UUID, ...]
    refused: frozenset[uuid.UUID]  # people without a valid pooling consent
    advisors: tuple[str, ...]


def build_network(ws: Workspace, seed: int = 13) -> BuiltNetwork:
    rng = random.Random(seed)
    with ws.unit_of_work() as uow:
        s = uow.session
        network = s.scalars(select(Network)).one()
        advisors = [Advisor(network=network, name=f"Berater {i + 1}") for i in range(4)]
        s.add_all(advisors)
        digcomp = s.scalars(select(CompetenceCatalog).where(CompetenceCatalog.key == "digcomp-2.2")).one()
        competences = list(
            s.scalars(select(Competence).where(Competence.catalog_id == digcomp.id).order_by(Competence.code))
        )
        companies: list[Company] = []
        refused: set[uuid.UUID] = set()
        for c in range(COMPANIES):
            size = Decimal(str(SIZES[c % len(SIZES)]))
            company = Company(
                network=network,
                name=f"Testbetrieb {c + 1:02d}",
                industry=INDUSTRIES[c % len(INDUSTRIES)],
                headcount=size,
                headcount_linked=size,
                region=REGIONS[c % len(REGIONS)],
                archived_at=datetime(2026, 6, 1, tzinfo=UTC) if c == COMPANIES - 1 else None,
            )
            s.add(company)
            companies.append(company)
            for p in range(PEOPLE_PER_COMPANY):
                employee = _person(company, c, p, rng)
                s.add(employee)
                advisor = advisors[(c + p) % len(advisors)]
                if not _consents(s, employee, rng):
                    refused.add(employee.id)
                latest = _interviews(s, employee, advisor, competences, rng)
                if rng.random() < 0.6:
                    _plan(s, employee, advisor, latest, rng)
        s.flush()
        built = BuiltNetwork(
            company_ids=tuple(c.id for c in companies),
            refused=frozenset(refused),
            advisors=tuple(a.name for a in advisors),
        )
        uow.commit()
    return built


def _person(company: Company, c: int, p: int, rng: random.Random) -> Employee:
    return Employee(
        id=uuid.uuid4(),
        company=company,
        first_name=f"Vorname{p}",
        last_name=f"Nachname{c}",
        pseudonym_code=f"T{c:02d}-{p:02d}",
        birth_year=rng.randint(1965, 2002),
        qualification_year=rng.randint(2005, 2022),
        archived_at=datetime(2026, 5, 1, tzinfo=UTC) if rng.random() < 0.02 else None,
    )


def _consents(s: object, employee: Employee, rng: random.Random) -> bool:
    """Record the consents; True when the pooled use (purpose 3) is validly consented."""
    add = s.add  # type: ignore[attr-defined]
    given = date(2025, 3, 1)
    for purpose in ("kompetenzerhebung", "foerderantrag"):
        add(ConsentRecord(employee=employee, purpose=purpose, text_version="t", given_on=given))
    roll = rng.random()
    if roll < 0.15:  # never asked or refused
        return False
    withdrawn = roll < 0.22
    add(
        ConsentRecord(
            employee=employee,
            purpose="verbund",
            text_version="t",
            given_on=given,
            status="withdrawn" if withdrawn else "given",
            withdrawn_on=date(2026, 2, 1) if withdrawn else None,
        )
    )
    return not withdrawn


def _interviews(
    s: object, employee: Employee, advisor: Advisor, competences: list[Competence], rng: random.Random
) -> CompetencyAssessment:
    add = s.add  # type: ignore[attr-defined]
    day = date(2025, 6, 1) + timedelta(days=rng.randint(0, 300))
    count = 2 if rng.random() < 0.3 else 1
    latest = None
    for n in range(count):
        latest = _assessment(
            employee, advisor, competences, rng, day + timedelta(days=120 * n), STATUS_COMPLETE
        )
        add(latest)
    if rng.random() < 0.1:  # a newer draft: must not count
        add(_assessment(employee, advisor, competences, rng, day + timedelta(days=400), STATUS_DRAFT))
    assert latest is not None
    return latest


MEASURE_STATUSES = ("geplant", "angemeldet", "laeuft", "abgeschlossen", "abgebrochen")


def _plan(
    s: object, employee: Employee, advisor: Advisor, assessment: CompetencyAssessment, rng: random.Random
) -> None:
    plan = DevelopmentPlan(employee=employee, assessment=assessment, advisor=advisor)
    for pos in range(rng.randint(1, 2)):
        start = date(2026, 1, 1) + timedelta(days=rng.randint(0, 330))
        plan.measures.append(
            PlanMeasure(
                title=f"Kurs {rng.randint(1, 40)}",
                kind="kurs",
                start_date=start,
                end_date=start + timedelta(days=30),
                status=rng.choice(MEASURE_STATUSES),
                hours=Decimal(rng.choice((16, 40, 160))),
                cost_eur=Decimal(rng.choice((400, 1200, 3500))),
                azav=rng.random() < 0.5,
                note="Freitext, der nie im Bericht erscheinen darf",
                position=pos,
            )
        )
    s.add(plan)  # type: ignore[attr-defined]


def _assessment(
    employee: Employee,
    advisor: Advisor,
    competences: list[Competence],
    rng: random.Random,
    day: date,
    status: str,
) -> CompetencyAssessment:
    a = CompetencyAssessment(employee=employee, advisor=advisor, assessed_on=day, status=status)
    for pos, comp in enumerate(rng.sample(competences, 6)):
        target = rng.randint(2, 6)
        agreed: int | None = max(1, target - rng.choice((-1, 0, 1, 1, 2)))
        if rng.random() < 0.1:
            agreed = None
        a.ratings.append(
            CompetencyRating(
                competence=comp,
                catalog_id=comp.catalog_id,
                catalog_version="2.2",
                self_level=rng.choice((None, target - 2, target, target + 1)),
                supervisor_level=rng.choice((None, target - 1, target)),
                agreed_level=agreed,
                target_level=target,
                not_applicable=rng.random() < 0.05,
                position=pos,
            )
        )
    return a


def network_template(directory: Path, template: Path) -> Path:
    """The demo template with the test network added, built once per test module."""
    from tests.workspaces import copy_of
    from verbund_desktop.persistence.workspace import open_workspace

    path = copy_of(template, directory / "network.db")
    ws = open_workspace(path)
    try:
        build_network(ws)
    finally:
        ws.close()
    return path
