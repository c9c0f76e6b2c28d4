"""The funder's course-cost funding, estimated once per distinct input, equals the single-person estimate of every
measure (the one the plan editor shows), with and without a start date."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from verbund_desktop.persistence.models import DevelopmentPlan, Employee, PlanMeasure
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.funder_estimates import CourseFundingEstimates
from verbund_desktop.services.planning.plan_funding import FundingPerson, estimate_measure, funding_person

TODAY = date(2026, 12, 2)


def test_each_measure_gets_exactly_its_single_person_estimate(net: Workspace) -> None:
    estimates = CourseFundingEstimates(TODAY)
    calls = 0
    with net.unit_of_work() as uow:
        s = uow.session
        rows = s.execute(
            select(PlanMeasure, Employee)
            .join(DevelopmentPlan, DevelopmentPlan.id == PlanMeasure.plan_id)
            .join(Employee, Employee.id == DevelopmentPlan.employee_id)
        ).all()
        people = {e.id: funding_person(s, e) for _, e in rows}
        eligible = 0
        for m, e in rows:
            for start in (m.start_date, None):
                args = {"kind": m.kind, "hours": m.hours, "cost": m.cost_eur, "azav": m.azav, "start": start}
                single = estimate_measure(people[e.id], today=TODAY, **args).estimate
                expected = (
                    single.course_cost_subsidy if single is not None and single.eligible else Decimal(0)
                )
                assert estimates.funding(people[e.id], **args) == expected, (m.id, start)
                eligible += expected > 0
                calls += 1
    assert len(rows) > 300 and eligible > 100  # the network has enough measures, many of them funded
    assert estimates.estimated < calls / 2  # computed once per distinct input, not once per measure


def test_one_cache_answers_a_grid_of_inputs_each_with_its_own_single_person_estimate() -> None:
    """People and measures on both sides of each shipped threshold (band edges, age 45, 2 and 4 years since
    the qualification, the structural-change shares, 120 hours), all through one cache: whatever it answers
    from an earlier input of the same class is exactly the input's own estimate."""
    sizes = [Decimal(x) for x in ("9.75", "10", "49.75", "50", "249.75", "250", "499.75", "500")]
    births = [None, 1935, 1974, 1975, 1976, 1981, 2015]
    shares = [None, Decimal("0.1"), Decimal("0.19"), Decimal("0.2")]
    starts = [
        None,
        date(2020, 3, 1),
        date(2020, 11, 2),
        date(2024, 3, 31),
        date(2024, 4, 1),
        date(2026, 5, 5),
    ]
    estimates = CourseFundingEstimates(TODAY)
    checked = 0
    for start, size, born, share, agreement, (vocational, qualified), hours in itertools.product(
        starts,
        sizes,
        births,
        shares,
        (False, True),
        ((False, None), (True, None), (True, 2016), (True, 2018), (True, 2022), (True, 2023), (True, 2027)),
        (Decimal(120), Decimal("120.5"), Decimal(160)),
    ):
        person = FundingPerson(
            company_size=size,
            birth_year=born,
            qualification_year=qualified,
            has_vocational_qualification=vocational,
            severely_disabled=False,
            company_agreement=agreement,
            share_affected=share,
        )
        args = {"kind": "kurs", "hours": hours, "cost": Decimal("2400.50"), "azav": True, "start": start}
        single = estimate_measure(person, today=TODAY, **args).estimate
        expected = single.course_cost_subsidy if single is not None and single.eligible else Decimal(0)
        assert estimates.funding(person, **args) == expected, (person, args)
        checked += 1
    assert estimates.estimated < checked / 2  # the cache answered most (inputs the check refuses: each alone)
