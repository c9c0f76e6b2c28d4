"""The funder's course-cost funding, estimated once per distinct input, equals the single-person estimate of every
measure (the one the plan editor shows), with and without a start date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from verbund_desktop.persistence.models import DevelopmentPlan, Employee, PlanMeasure
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.funder_estimates import CourseFundingEstimates
from verbund_desktop.services.planning.plan_funding import estimate_measure, funding_person

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
