"""The funder's measure figures grouped in SQL equal a measure-by-measure count written plainly in Python: people
per status group and company, hours, costs and the single-person § 82 estimate of every measure, also for starts
on, just before and just after every rule-set and bonus boundary and the turn of a year, and without a start."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.persistence.models import DevelopmentPlan, Employee, PlanMeasure
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.funding.funding_rules_store import effective_rule_sets
from verbund_desktop.services.network.funder_figures import Period
from verbund_desktop.services.network.funder_measures import STATUS_GROUPS, measure_totals, start_boundaries
from verbund_desktop.services.planning.plan_funding import estimate_measure, funding_person
from verbund_desktop.services.protection.consent_gates import has_consent

TODAY = date(2026, 12, 2)
PERIOD = Period(date(2025, 1, 1), date(2026, 12, 31))

Totals = dict[str, tuple[dict[object, int], Decimal, Decimal, Decimal]]


def _in_period(m: PlanMeasure, plan: DevelopmentPlan, p: Period) -> bool:
    if any(d is not None and p.start <= d <= p.end for d in (m.start_date, m.end_date)):
        return True
    created = plan.created_at if plan.created_at.tzinfo else plan.created_at.replace(tzinfo=UTC)
    return m.start_date is None and m.end_date is None and p.start_utc <= created < p.end_utc


def _by_hand(s: Session, p: Period) -> Totals:
    newest = dict(
        s.execute(
            select(DevelopmentPlan.series_id, func.max(DevelopmentPlan.version)).group_by("series_id")
        ).all()
    )
    people: dict[str, dict[object, set[object]]] = defaultdict(lambda: defaultdict(set))
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 3)
    for plan in s.scalars(select(DevelopmentPlan)):
        employee = s.get(Employee, plan.employee_id)
        assert employee is not None
        if newest[plan.series_id] != plan.version or not has_consent(
            s, employee.id, ConsentPurpose.NETWORK_POOLING
        ):
            continue
        person = funding_person(s, employee)
        for m in plan.measures:
            if not _in_period(m, plan, p):
                continue
            group = STATUS_GROUPS.get(m.status, "geplant")
            people[group][employee.company_id].add(employee.id)
            args = {
                "kind": m.kind,
                "hours": m.hours,
                "cost": m.cost_eur,
                "azav": m.azav,
                "start": m.start_date,
            }
            est = estimate_measure(person, today=TODAY, **args).estimate  # type: ignore[arg-type]
            funding = est.course_cost_subsidy if est is not None and est.eligible else Decimal(0)
            total = sums[group]
            sums[group] = [total[0] + (m.hours or 0), total[1] + (m.cost_eur or 0), total[2] + funding]
    return {
        g: ({c: len(ids) for c, ids in people[g].items()}, *sums[g])
        for g in people  # type: ignore[misc]
    }


def _grouped(s: Session, p: Period) -> Totals:
    totals = measure_totals(s, p, TODAY)
    return {g: (t.people, t.hours, t.cost, t.funding) for g, t in totals.items() if t.people}


def _move_starts_to_the_boundaries(s: Session) -> int:
    """Starts on, before and after every boundary and the turn of each year; some without any date."""
    days: list[date | None] = [None]
    for b in start_boundaries(effective_rule_sets(s)):
        days += [b - timedelta(days=1), b, b + timedelta(days=1)]
    days += [date(2025, 12, 31), date(2026, 1, 1), date(2026, 12, 31), date(2027, 1, 1)]
    measures = s.scalars(select(PlanMeasure).order_by(PlanMeasure.id)).all()
    for i, m in enumerate(measures[: len(days) * 4]):
        m.start_date = days[i % len(days)]
        m.end_date = None if m.start_date is None else max(m.start_date, date(2026, 6, 30))
    s.flush()
    return len(days)


def test_measure_figures_equal_a_count_by_hand(net: Workspace) -> None:
    with net.unit_of_work() as uow:
        s = uow.session
        expected = _by_hand(s, PERIOD)
        assert sum(sum(v[0].values()) for v in expected.values()) > 200
        assert sum(v[3] for v in expected.values()) > 0  # funded measures among them
        assert _grouped(s, PERIOD) == expected


def test_starts_on_every_boundary_get_their_own_estimate(net: Workspace) -> None:
    with net.unit_of_work() as uow:
        s = uow.session
        assert _move_starts_to_the_boundaries(s) > 10
        assert _grouped(s, PERIOD) == _by_hand(s, PERIOD)
        narrow = Period(date(2026, 1, 1), date(2026, 3, 31))
        assert _grouped(s, narrow) == _by_hand(s, narrow)
