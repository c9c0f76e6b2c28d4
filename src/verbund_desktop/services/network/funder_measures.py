"""The funder's measure figures: people per status group and company, hours, costs and § 82 funding.

One statement reads what the figures need of each measure of a current plan in the period (status group,
person and company key as stored, the person's facts, purpose (2) consent, kind, hours, cost, AZAV and the
start's class), as plain rows: no ORM objects and no GROUP BY (SQLite sorting the 2,600 rows of 14 columns
cost more than adding them up here, bench_network). The people per (status group, company) are counted from
the person keys. A start's class is the stretch between two days on which a rule set or a bonus begins or a
rule set ends, within one calendar year: every start in it has the same
:func:`~verbund_desktop.assessment.funding_start.equivalent_start`, so the class's first day stands for all of
them, and each class of inputs (:mod:`~verbund_desktop.assessment.funding_classes`) is estimated once.
Sums stay exact: the stored Decimals summed in Python (SQLite's SUM would be a float).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    exists,
    extract,
    null,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.funding import FundingRuleSet
from verbund_desktop.persistence.models import Company, DevelopmentPlan, Employee, PlanMeasure
from verbund_desktop.services.funding.funding_rules_store import effective_rule_sets
from verbund_desktop.services.network.funder_estimates import CourseFundingEstimates
from verbund_desktop.services.network.funder_period import Period
from verbund_desktop.services.planning.plan_funding import FundingPerson, shares_affected
from verbund_desktop.services.protection.consent_gates import consented_ids, pooling_consented

STATUS_GROUPS = {
    "geplant": "geplant",
    "angemeldet": "geplant",
    "laeuft": "begonnen",
    "abgeschlossen": "abgeschlossen",
    "abgebrochen": "abgebrochen",
}
STATUS_GROUP_ORDER = ("geplant", "begonnen", "abgeschlossen", "abgebrochen")


@dataclass
class MeasureTotals:
    """People per company (each counted once in its status group) and the sums of one status group."""

    people: dict[uuid.UUID, int] = field(default_factory=dict)
    hours: Decimal = Decimal(0)
    cost: Decimal = Decimal(0)
    funding: Decimal = Decimal(0)


def _status_group() -> ColumnElement[str]:
    return case(STATUS_GROUPS, value=PlanMeasure.status, else_="geplant")


def _current_plan() -> ColumnElement[bool]:
    """The plan is its series' current version: no newer version of the same series (NOT EXISTS)."""
    newer = aliased(DevelopmentPlan)
    return ~exists().where(
        newer.series_id == DevelopmentPlan.series_id, newer.version > DevelopmentPlan.version
    )


def _in_period(p: Period) -> ColumnElement[bool]:
    m = PlanMeasure
    return or_(
        m.start_date.between(p.start, p.end),
        m.end_date.between(p.start, p.end),
        and_(
            m.start_date.is_(None),
            m.end_date.is_(None),
            DevelopmentPlan.created_at >= p.start_utc,
            DevelopmentPlan.created_at < p.end_utc,
        ),
    )


def _measures(p: Period, *columns: Any) -> Any:
    """The measures of current plans in the period, of people with pooling consent (purpose 3)."""
    return (
        select(*columns)
        .select_from(PlanMeasure)
        .join(DevelopmentPlan, DevelopmentPlan.id == PlanMeasure.plan_id)
        .join(Employee, Employee.id == DevelopmentPlan.employee_id)
        .where(_current_plan(), Employee.id.in_(pooling_consented()), _in_period(p))
    )


def start_boundaries(rule_sets: Sequence[FundingRuleSet]) -> list[date]:
    """The days on which a rule set or a bonus begins, or the day after a rule set ends, newest first."""
    days = {rs.valid_from for rs in rule_sets}
    days |= {rs.valid_to + timedelta(days=1) for rs in rule_sets if rs.valid_to is not None}
    days |= {bonus.valid_from for rs in rule_sets for bonus in rs.bonuses}
    return sorted(days, reverse=True)


def _start_stretch(boundaries: Sequence[date]) -> ColumnElement[Any]:
    """The position (in ``boundaries``) of the newest boundary on or before the start; NULL before all."""
    start = PlanMeasure.start_date
    if not boundaries:
        return null()
    return case(*((start >= day, pos) for pos, day in enumerate(boundaries)), else_=None)


def class_day(start_year: int | None, stretch: int | None, boundaries: Sequence[date]) -> date | None:
    """The first day of a start class: the later of its stretch's boundary and the first of its year."""
    if start_year is None:
        return None
    first = date(int(start_year), 1, 1)
    return first if stretch is None else max(first, boundaries[int(stretch)])


def measure_totals(s: Session, p: Period, today: date) -> dict[str, MeasureTotals]:
    """Status group → people per company, hours, costs and estimated course-cost funding of current plans."""
    rule_sets = effective_rule_sets(s)
    boundaries = start_boundaries(rule_sets)
    rows = s.connection().execute(_measure_rows(p, boundaries)).all()  # Core rows: no ORM row wrapping
    companies = _company_facts(s)
    people: dict[tuple[str, Any], set[Any]] = {}
    estimates = CourseFundingEstimates(today)  # § 82 once per class of inputs, not once per measure
    known: dict[tuple[Any, ...], Decimal] = {}  # the same inputs again: no FundingPerson built
    out = {g: MeasureTotals() for g in STATUS_GROUP_ORDER}
    for group, company_key, person_key, *inputs in rows:
        people.setdefault((group, company_key), set()).add(person_key)
        company = companies[company_key][1:]
        key = (company, *inputs)
        funding = known.get(key)
        if funding is None:
            funding = known[key] = _funding(estimates, company, rule_sets, boundaries, inputs)
        hours, cost = inputs[6], inputs[7]
        totals = out[group]
        totals.hours += hours or 0
        totals.cost += cost or 0
        totals.funding += funding
    for (group, company_key), ids in sorted(people.items(), key=lambda item: companies[item[0][1]][0]):
        out[group].people[companies[company_key][0]] = len(ids)
    return out


def _measure_rows(p: Period, boundaries: Sequence[date]) -> Any:
    """One row per measure: status group, company and person key, then the inputs of :func:`_funding`."""
    e, m = Employee, PlanMeasure
    funding_ok = case((e.id.in_(consented_ids(ConsentPurpose.FUNDING_APPLICATION)), True), else_=False)
    return _measures(
        p,
        _status_group(),
        type_coerce(e.company_id, String),  # the stored keys as they come: no UUID built per row
        type_coerce(e.id, String),
        e.birth_year,
        e.qualification_year,
        e.has_vocational_qualification,
        e.severely_disabled,
        funding_ok,
        m.kind,
        m.hours,
        m.cost_eur,
        m.azav,
        extract("year", m.start_date),
        _start_stretch(boundaries),
    )


def _funding(
    estimates: CourseFundingEstimates,
    company: tuple[Decimal, bool, Decimal | None],
    rule_sets: tuple[FundingRuleSet, ...],
    boundaries: Sequence[date],
    inputs: Sequence[Any],
) -> Decimal:
    """The § 82 estimate of a measure with these inputs."""
    born, qualified, vocational, disabled, ok, kind, hours, cost, azav, year, stretch = inputs
    size, agreement, share = company
    person = FundingPerson(
        company_size=size,
        birth_year=born,
        qualification_year=qualified,
        has_vocational_qualification=vocational,
        severely_disabled=bool(disabled),
        company_agreement=agreement,
        share_affected=share,
        rule_sets=rule_sets,
        funding_consent=bool(ok),
    )
    start = class_day(year, stretch, boundaries)
    return estimates.funding(person, kind=kind, hours=hours, cost=cost, azav=azav, start=start)


def _company_facts(s: Session) -> dict[Any, tuple[uuid.UUID, Decimal, bool, Decimal | None]]:
    """Id, size, training agreement and share affected by structural change of every company (by its stored
    key), one statement each: without a list of the measures' companies (300 keys to send and match cost more
    than the few companies without a measure)."""
    key = type_coerce(Company.id, String)
    rows = s.execute(select(key, Company.id, Company.headcount_linked, Company.training_agreement)).all()
    shares = shares_affected(s, None)
    return {k: (i, size, agreement, shares.get(i)) for k, i, size, agreement in rows}
