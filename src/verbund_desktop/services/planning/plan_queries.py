"""Read side of the plan editor: one plan version with its measures, the gaps it works on, and all versions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.assessment.gaps import Priority, RatingLevels, compute_gaps
from verbund_desktop.assessment.german import format_datetime
from verbund_desktop.assessment.matching import FORMAT_LABELS_DE
from verbund_desktop.assessment.measures import MeasureKind, MeasureStatus
from verbund_desktop.persistence.models import (
    STATUS_COMPLETE,
    CompetencyAssessment,
    CompetencyRating,
    DevelopmentPlan,
    Employee,
    PlanMeasure,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning.plan_funding import (
    FundingPerson,
    MeasureFunding,
    estimate_measure,
    funding_person,
)
from verbund_desktop.services.protection.consent import valid_assessment_consent

KIND_LABELS_DE = {kind.value: kind.label for kind in MeasureKind}
STATUS_LABELS_DE = {status.value: status.label for status in MeasureStatus}


def format_label(code: str) -> str:
    """A stored format code („praesenz“) as German text; free text stays as it is."""
    return FORMAT_LABELS_DE.get(code, code)


@dataclass(frozen=True)
class GapInfo:
    """One competence of the plan's assessment with a gap (target above current level)."""

    competence_id: uuid.UUID
    catalog_key: str
    catalog_label: str
    code: str
    name: str
    current: int
    target: int
    priority: int  # 1 = Hoch … 3 = Niedrig
    provisional: bool  # no agreed level: the gap rests on self/supervisor ratings
    measure_count: int

    @property
    def size(self) -> int:
        return self.target - self.current

    @property
    def priority_label(self) -> str:
        return Priority(self.priority).label_de

    @property
    def label_de(self) -> str:
        return f"{self.code} {self.name}: Ist {self.current} → Soll {self.target}, Priorität {self.priority_label}"


@dataclass(frozen=True)
class MeasureInfo:
    id: uuid.UUID
    position: int
    kind: str
    offer_id: uuid.UUID | None
    title: str
    provider: str
    format: str
    start_date: date | None
    end_date: date | None
    status: str
    responsibility: str
    hours: Decimal | None
    cost_eur: Decimal | None
    release_hours: Decimal | None
    azav: bool
    pooled_note: str
    note: str
    gap_ids: tuple[uuid.UUID, ...]
    gap_codes: tuple[str, ...]
    funding: MeasureFunding

    @property
    def kind_label(self) -> str:
        return KIND_LABELS_DE.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS_DE.get(self.status, self.status)

    @property
    def format_label(self) -> str:
        return format_label(self.format)


@dataclass(frozen=True)
class PlanVersionInfo:
    id: uuid.UUID
    version: int
    frozen_at: datetime | None
    updated_at: datetime
    measure_count: int

    @property
    def label_de(self) -> str:
        if self.frozen_at is None:
            return f"Version {self.version} – in Bearbeitung"
        return f"Version {self.version} – gedruckt am {format_datetime(self.frozen_at.astimezone())}"


@dataclass(frozen=True)
class PlanState:
    """One version of a plan as the editor shows it."""

    plan_id: uuid.UUID
    series_id: uuid.UUID
    version: int
    employee_id: uuid.UUID
    employee_name: str
    pseudonym_code: str
    company_id: uuid.UUID
    frozen_at: datetime | None
    latest_version: int
    starting_point: str
    goals: str
    responsibilities: str
    review_date: date | None
    assessment_id: uuid.UUID | None
    assessment_date: date | None
    has_consent: bool
    measures: tuple[MeasureInfo, ...]
    gaps: tuple[GapInfo, ...]
    versions: tuple[PlanVersionInfo, ...]

    @property
    def frozen(self) -> bool:
        return self.frozen_at is not None

    @property
    def is_latest(self) -> bool:
        return self.version == self.latest_version


def latest_complete_assessment(session: Session, employee_id: uuid.UUID) -> CompetencyAssessment | None:
    return session.scalars(
        select(CompetencyAssessment)
        .where(
            CompetencyAssessment.employee_id == employee_id,
            CompetencyAssessment.status == STATUS_COMPLETE,
        )
        .order_by(CompetencyAssessment.assessed_on.desc(), CompetencyAssessment.created_at.desc())
        .limit(1)
    ).first()


def current_plan(session: Session, employee_id: uuid.UUID) -> DevelopmentPlan | None:
    """The newest version of the employee's newest plan series (a series starts with version 1)."""
    first = session.scalars(
        select(DevelopmentPlan)
        .where(DevelopmentPlan.employee_id == employee_id, DevelopmentPlan.version == 1)
        .order_by(DevelopmentPlan.created_at.desc())
        .limit(1)
    ).first()
    return None if first is None else latest_version(session, first.series_id)


def latest_version(session: Session, series_id: uuid.UUID) -> DevelopmentPlan | None:
    return session.scalars(
        select(DevelopmentPlan)
        .where(DevelopmentPlan.series_id == series_id)
        .order_by(DevelopmentPlan.version.desc())
        .limit(1)
    ).first()


def plan_gaps(session: Session, plan: DevelopmentPlan) -> list[GapInfo]:
    """The gaps of the plan's assessment, most urgent first, with how many measures address each."""
    if plan.assessment_id is None:
        return []
    ratings = list(
        session.scalars(
            select(CompetencyRating)
            .where(CompetencyRating.assessment_id == plan.assessment_id)
            .options(selectinload(CompetencyRating.competence), selectinload(CompetencyRating.catalog))
        )
    )
    by_key = {str(r.competence_id): r for r in ratings}
    counts: dict[uuid.UUID, int] = {}
    for measure in plan.measures:
        for link in measure.gaps:
            counts[link.competence_id] = counts.get(link.competence_id, 0) + 1
    levels = [
        RatingLevels(
            competence_key=key,
            agreed=r.agreed_level,
            target=r.target_level,
            priority=Priority(r.priority or 2),
            not_applicable=r.not_applicable,
            self_rating=r.self_level,
            supervisor_rating=r.supervisor_level,
        )
        for key, r in by_key.items()
    ]
    result = []
    for gap in compute_gaps(levels):
        r = by_key[gap.competence_key]
        result.append(
            GapInfo(
                competence_id=r.competence_id,
                catalog_key=r.catalog.key,
                catalog_label=r.catalog.label,
                code=r.competence.code,
                name=r.competence.name_de,
                current=gap.current,
                target=gap.target,
                priority=int(gap.priority),
                provisional=gap.provisional,
                measure_count=counts.get(r.competence_id, 0),
            )
        )
    return result


def measure_info(measure: PlanMeasure, person: FundingPerson, today: date) -> MeasureInfo:
    links = sorted(measure.gaps, key=lambda link: link.competence.code)
    return MeasureInfo(
        id=measure.id,
        position=measure.position,
        kind=measure.kind,
        offer_id=measure.offer_id,
        title=measure.title,
        provider=measure.provider,
        format=measure.format,
        start_date=measure.start_date,
        end_date=measure.end_date,
        status=measure.status,
        responsibility=measure.responsibility,
        hours=measure.hours,
        cost_eur=measure.cost_eur,
        release_hours=measure.release_hours,
        azav=measure.azav,
        pooled_note=measure.pooled_note,
        note=measure.note,
        gap_ids=tuple(link.competence_id for link in links),
        gap_codes=tuple(link.competence.code for link in links),
        funding=estimate_measure(
            person,
            kind=measure.kind,
            hours=measure.hours,
            cost=measure.cost_eur,
            azav=measure.azav,
            start=measure.start_date,
            today=today,
        ),
    )


def state_of(session: Session, plan: DevelopmentPlan, today: date) -> PlanState:
    employee = session.get(Employee, plan.employee_id)
    assert employee is not None
    person = funding_person(session, employee)
    counts = dict(
        session.execute(
            select(PlanMeasure.plan_id, func.count(PlanMeasure.id))
            .join(DevelopmentPlan, PlanMeasure.plan_id == DevelopmentPlan.id)
            .where(DevelopmentPlan.series_id == plan.series_id)
            .group_by(PlanMeasure.plan_id)
        ).all()
    )
    versions = list(
        session.scalars(
            select(DevelopmentPlan)
            .where(DevelopmentPlan.series_id == plan.series_id)
            .order_by(DevelopmentPlan.version.desc())
        )
    )
    return PlanState(
        plan_id=plan.id,
        series_id=plan.series_id,
        version=plan.version,
        employee_id=employee.id,
        employee_name=employee.full_name,
        pseudonym_code=employee.pseudonym_code,
        company_id=employee.company_id,
        frozen_at=plan.frozen_at,
        latest_version=versions[0].version,
        starting_point=plan.starting_point,
        goals=plan.goals,
        responsibilities=plan.responsibilities,
        review_date=plan.review_date,
        assessment_id=plan.assessment_id,
        assessment_date=plan.assessment.assessed_on if plan.assessment is not None else None,
        has_consent=valid_assessment_consent(session, employee.id) is not None,
        measures=tuple(measure_info(m, person, today) for m in plan.measures),
        gaps=tuple(plan_gaps(session, plan)),
        versions=tuple(
            PlanVersionInfo(v.id, v.version, v.frozen_at, v.updated_at, counts.get(v.id, 0)) for v in versions
        ),
    )


def plan_state(
    ws: Workspace,
    employee_id: uuid.UUID,
    plan_id: uuid.UUID | None = None,
    *,
    today: date | None = None,
) -> PlanState | None:
    """``plan_id`` if given (it must belong to the person), else the person's current plan; None if none."""
    with ws.unit_of_work() as uow:
        s = uow.session
        plan = s.get(DevelopmentPlan, plan_id) if plan_id is not None else current_plan(s, employee_id)
        if plan is None or plan.employee_id != employee_id:
            return None
        return state_of(s, plan, today or date.today())


def has_complete_assessment(ws: Workspace, employee_id: uuid.UUID) -> bool:
    with ws.unit_of_work() as uow:
        return latest_complete_assessment(uow.session, employee_id) is not None
