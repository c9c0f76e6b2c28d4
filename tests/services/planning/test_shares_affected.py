"""``shares_affected`` (one statement for many companies) answers what ``share_affected`` answers for each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from verbund_desktop.persistence.models import Company, CompanyInterview, InterviewAnswer, InterviewGuide
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning.plan_funding import SHARE_QUESTION, share_affected, shares_affected


def test_many_companies_in_one_statement_equal_one_by_one(ws: Workspace) -> None:
    with ws.unit_of_work() as uow:
        s = uow.session
        companies = s.scalars(select(Company).order_by(Company.name)).all()
        first, second, third = companies[:3]
        guide = s.scalars(select(InterviewGuide.id)).first()
        start = datetime.now(UTC) + timedelta(days=1)  # newer than any interview of the demo
        # first: an older 40 %, a newer 25 % (the newest interview with an answer counts); second: out of
        # range (no share); third: no answer at all.
        for n, (company, value) in enumerate(((first, 40), (first, 25), (second, 150))):
            interview = CompanyInterview(
                company_id=company.id,
                guide_id=guide,
                conducted_on=start.date(),
                created_at=start + timedelta(days=n),
            )
            s.add(interview)
            s.flush()
            s.add(InterviewAnswer(interview_id=interview.id, question_key=SHARE_QUESTION, value=value))
        s.flush()
        ids = [c.id for c in companies]
        many = shares_affected(s, ids)
        for company_id in ids:
            assert many.get(company_id) == share_affected(s, company_id)
        assert share_affected(s, first.id) is not None
        assert share_affected(s, second.id) is None and share_affected(s, third.id) is None
        assert shares_affected(s, []) == {}
        assert shares_affected(s, None) == many  # every company: the same answers, no keys sent
        assert shares_affected(s, ids[:2]) == {k: v for k, v in many.items() if k in ids[:2]}
