"""The per-person queries the set-based ones replaced (issue 11), kept as the oracle the tests compare with,
and a counter of the SQL statements a call issues."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.persistence.models import Company, Competence, CompetencyRating, Employee
from verbund_desktop.services.needs import company_report
from verbund_desktop.services.planning.plan_funding import estimate_measure, funding_person
from verbund_desktop.services.planning.plan_queries import current_plan, latest_complete_assessment
from verbund_desktop.services.protection.consent_gates import pooling_consented


@contextmanager
def counted_statements(engine: Engine) -> Iterator[list[str]]:
    """Every statement sent to the database inside the block (``before_cursor_execute``)."""
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def old_assessed(s: Session, employees: Sequence[Employee]) -> list[Any]:
    result = []
    for employee in employees:
        assessment = latest_complete_assessment(s, employee.id)
        if assessment is None:
            continue
        ratings = s.scalars(
            select(CompetencyRating)
            .where(CompetencyRating.assessment_id == assessment.id)
            .options(
                selectinload(CompetencyRating.competence).selectinload(Competence.area),
                selectinload(CompetencyRating.catalog),
            )
        ).all()
        result.append(company_report._Assessed(employee, {r.competence_id: r for r in ratings}))
    return result


def old_pooling(s: Session, company: Company, here: Sequence[Any], competences: Sequence[Competence]) -> Any:
    pooled = set(s.scalars(pooling_consented()))
    here = [a for a in here if a.employee.id in pooled]
    others = s.scalars(
        select(Employee)
        .join(Company, Employee.company_id == Company.id)
        .where(
            Company.network_id == company.network_id,
            Company.id != company.id,
            Company.archived_at.is_(None),
            Employee.archived_at.is_(None),
            Employee.id.in_(pooling_consented()),
        )
    ).all()
    elsewhere = old_assessed(s, others)
    lines: list[tuple[int, str]] = []
    for competence in competences:
        local = sum(1 for a in here if company_report._has_gap(a.ratings.get(competence.id)))
        outside = [a for a in elsewhere if company_report._has_gap(a.ratings.get(competence.id))]
        firms = len({a.employee.company_id for a in outside})
        if local == 0 or firms == 0:
            continue
        text = (
            f"{competence.code} {competence.name_de}: {local} Beschäftigte hier, {len(outside)} in "
            f"{firms} {'weiterem Betrieb' if firms == 1 else 'weiteren Betrieben'} des Verbunds"
        )
        lines.append((local + len(outside), text))
    lines.sort(key=lambda pair: -pair[0])
    return tuple(text for _n, text in lines[: company_report.MAX_POOLING_LINES])


def old_recommended(s: Session, employees: Sequence[Employee], today: date) -> Any:
    groups: dict[tuple[Any, ...], Any] = {}
    for employee in employees:
        plan = current_plan(s, employee.id)
        if plan is None:
            continue
        person = funding_person(s, employee)
        for m in plan.measures:
            if m.status == "abgebrochen":
                continue
            key = ("offer", m.offer_id) if m.offer_id else (m.kind, m.title.casefold(), m.provider.casefold())
            group = groups.setdefault(key, company_report._MeasureGroup(m))
            group.codes.update(link.competence.code for link in m.gaps)
            group.participants += 1
            if m.cost_eur is not None:
                group.cost = (group.cost or Decimal(0)) + m.cost_eur
            group.fundings.append(
                estimate_measure(
                    person,
                    kind=m.kind,
                    hours=m.hours,
                    cost=m.cost_eur,
                    azav=m.azav,
                    start=m.start_date,
                    today=today,
                )
            )
    return company_report.measure_views(groups)


def old_report(monkeypatch: Any) -> Callable[..., Any]:
    """``company_report_view`` with the old per-person helpers patched in (for the comparison)."""

    def build(*args: Any, **kwargs: Any) -> Any:
        with monkeypatch.context() as patch:
            patch.setattr(company_report, "_assessed", old_assessed)
            patch.setattr(company_report, "_pooling", old_pooling)
            patch.setattr(company_report, "_recommended", old_recommended)
            return company_report.company_report_view(*args, **kwargs)

    return build


def ids(values: Sequence[Any]) -> list[uuid.UUID]:
    return [v.id for v in values]
