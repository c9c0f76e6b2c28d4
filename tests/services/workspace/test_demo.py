"""The demo workspace holds what the issue promises, and its answers are valid for the guide."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.assessment.guide import builtin_guides, is_relevant, open_required, validate_answer
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    Company,
    CompanyInterview,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    DevelopmentPlan,
    Employee,
    RoleProfile,
    TrainingOffer,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.workspace.demo import create_demo_workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = create_demo_workspace(tmp_path_factory.mktemp("demo") / "demo.db", None)
    yield ws
    ws.close()


def test_three_companies_of_different_sizes(demo: Workspace) -> None:
    with demo.unit_of_work() as uow:
        sizes = sorted(uow.session.scalars(select(Company.headcount)))
    assert len(sizes) == 3
    assert sizes[0] <= 10 and 40 <= sizes[1] <= 50 and 300 <= sizes[2] <= 340


def test_at_least_twelve_employees_with_umlauts_and_eszett(demo: Workspace) -> None:
    with demo.unit_of_work() as uow:
        names = [f"{e.first_name} {e.last_name}" for e in uow.session.scalars(select(Employee))]
    assert len(names) >= 12
    text = " ".join(names)
    for char in "äöüß":
        assert char in text.lower(), char


def test_completed_interviews_answer_every_required_relevant_question(demo: Workspace) -> None:
    guide = builtin_guides()[0]
    with demo.unit_of_work() as uow:
        interviews = list(uow.session.scalars(select(CompanyInterview)))
        assert len(interviews) == 3
        for interview in interviews:
            assert interview.status == STATUS_COMPLETE
            answers = {a.question_key: a.value for a in interview.answers}
            assert open_required(guide, answers) == []
            for key, value in answers.items():
                question = guide.question(key)
                assert is_relevant(question, answers)
                assert validate_answer(question, value) is None, (key, value)


def test_funding_fields_agree_with_company_data(demo: Workspace) -> None:
    with demo.unit_of_work() as uow:
        for interview in uow.session.scalars(select(CompanyInterview)):
            answers = {a.question_key: a.value for a in interview.answers}
            assert answers["betriebsrat"] == interview.company.works_council
            assert answers["beschaeftigte_gesamt"] == interview.company.headcount_linked


def test_assessments_ratings_plans_roles_offers_and_consent(demo: Workspace) -> None:
    with demo.unit_of_work() as uow:
        s = uow.session
        employees = s.scalar(select(func.count(Employee.id)))
        assert s.scalar(select(func.count(RoleProfile.id))) >= 3
        assert s.scalar(select(func.count(TrainingOffer.id))) >= 16
        for purpose in ConsentPurpose:  # everyone consented to each purpose, but MS-02 refused the pooling
            given = s.scalar(
                select(func.count(ConsentRecord.id)).where(ConsentRecord.purpose == purpose.value)
            )
            assert given == employees - (purpose is ConsentPurpose.NETWORK_POOLING)
        assert s.scalar(select(func.count(func.distinct(CompetencyAssessment.employee_id)))) == employees
        assert s.scalar(select(func.count(DevelopmentPlan.id))) == employees
        # a re-interview exists and did not overwrite the first assessment
        repeated = s.scalars(
            select(CompetencyAssessment).where(CompetencyAssessment.previous_id.is_not(None))
        ).all()
        assert repeated
        for later in repeated:
            earlier = s.get(CompetencyAssessment, later.previous_id)
            assert earlier is not None and earlier.assessed_on < later.assessed_on and earlier.ratings
        for rating in s.scalars(select(CompetencyRating)):
            levels = [lv.value for lv in rating.catalog.levels]
            for value in (
                rating.self_level,
                rating.supervisor_level,
                rating.agreed_level,
                rating.target_level,
            ):
                assert value is None or min(levels) <= value <= max(levels)
            assert rating.catalog_version == rating.catalog.version


def test_demo_refuses_an_existing_file(tmp_path: Path) -> None:
    from verbund_desktop.persistence.errors import WorkspaceExistsError

    target = tmp_path / "x.db"
    target.write_text("vorhanden")
    with pytest.raises(WorkspaceExistsError):
        create_demo_workspace(target, None)
    assert target.read_text() == "vorhanden"
