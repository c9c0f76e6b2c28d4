"""Queries behind the competency tab and the history view; each returns frozen values from one transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.persistence.models import (
    STATUS_DRAFT,
    Competence,
    CompetenceArea,
    CompetenceCatalog,
    CompetencyAssessment,
    CompetencyRating,
    Employee,
    RoleTarget,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_sheets import (
    AssessmentInfo,
    AssessmentSheet,
    CompetenceHistory,
    EmployeeHistory,
    HistoryPoint,
    InterviewOverview,
    LevelInfo,
    RatingRow,
    RatingValues,
    Scale,
)
from verbund_desktop.services.protection.consent import consent_info, valid_assessment_consent


def _scale(catalog: CompetenceCatalog) -> Scale:
    return Scale(
        catalog_id=catalog.id,
        catalog_label=catalog.label,
        levels=tuple(LevelInfo(lv.value, lv.label_de, lv.descriptor_de, lv.band_de) for lv in catalog.levels),
    )


def _values(r: CompetencyRating) -> RatingValues:
    return RatingValues(
        self_level=r.self_level,
        supervisor_level=r.supervisor_level,
        agreed_level=r.agreed_level,
        target_level=r.target_level,
        priority=r.priority,
        note=r.note,
        not_applicable=r.not_applicable,
    )


def _info(a: CompetencyAssessment, rating_count: int) -> AssessmentInfo:
    return AssessmentInfo(
        id=a.id,
        employee_id=a.employee_id,
        status=a.status,
        assessed_on=a.assessed_on,
        completed_at=a.completed_at,
        previous_id=a.previous_id,
        role_name=a.role.name if a.role is not None else "",
        rating_count=rating_count,
    )


def _ratings(session: Session, assessment_ids: list[uuid.UUID]) -> list[CompetencyRating]:
    return list(
        session.scalars(
            select(CompetencyRating)
            .where(CompetencyRating.assessment_id.in_(assessment_ids))
            .options(
                selectinload(CompetencyRating.competence).selectinload(Competence.area),
                selectinload(CompetencyRating.catalog).selectinload(CompetenceCatalog.levels),
            )
            .order_by(CompetencyRating.position)
        )
    )


def load_sheet(session: Session, assessment: CompetencyAssessment) -> AssessmentSheet:
    """The grid's rows of one assessment in the given session (used by services inside their unit of work)."""
    ratings = _ratings(session, [assessment.id])
    scales = {r.catalog_id: _scale(r.catalog) for r in ratings}
    rows = tuple(
        RatingRow(
            id=r.id,
            competence_id=r.competence_id,
            competence_code=r.competence.code,
            competence_name=r.competence.name_de,
            competence_description=r.competence.description_de,
            area_code=r.competence.area.code,
            area_name=r.competence.area.name_de,
            catalog_id=r.catalog_id,
            catalog_label=r.catalog.label,
            values=_values(r),
            position=r.position,
        )
        for r in ratings
    )
    return AssessmentSheet(info=_info(assessment, len(rows)), rows=rows, scales=scales)


def _assessments(session: Session, employee_id: uuid.UUID) -> list[CompetencyAssessment]:
    return list(
        session.scalars(
            select(CompetencyAssessment)
            .where(CompetencyAssessment.employee_id == employee_id)
            .options(selectinload(CompetencyAssessment.role))
            .order_by(CompetencyAssessment.assessed_on.desc(), CompetencyAssessment.created_at.desc())
        )
    )


def interview_overview(
    ws: Workspace, employee_id: uuid.UUID, assessment_id: uuid.UUID | None = None
) -> InterviewOverview | None:
    """The person, their consent, all their assessments, and one sheet: ``assessment_id`` if given, else the
    open draft, else the newest complete assessment. None when the person does not exist."""
    with ws.unit_of_work() as uow:
        session = uow.session
        employee = session.get(Employee, employee_id, options=[selectinload(Employee.role)])
        if employee is None:
            return None
        counts = dict(
            session.execute(
                select(CompetencyRating.assessment_id, func.count(CompetencyRating.id))
                .join(CompetencyAssessment, CompetencyRating.assessment_id == CompetencyAssessment.id)
                .where(CompetencyAssessment.employee_id == employee_id)
                .group_by(CompetencyRating.assessment_id)
            ).all()
        )
        assessments = _assessments(session, employee_id)
        chosen = next((a for a in assessments if a.id == assessment_id), None)
        if chosen is None:
            chosen = next((a for a in assessments if a.status == STATUS_DRAFT), None)
        if chosen is None and assessments:
            chosen = assessments[0]
        consent = valid_assessment_consent(session, employee_id)
        role_targets = 0
        if employee.role_id is not None:
            role_targets = (
                session.scalar(
                    select(func.count(RoleTarget.id)).where(RoleTarget.role_id == employee.role_id)
                )
                or 0
            )
        info = consent_info(consent) if consent is not None else None
        summary = info.summary_de if info is not None else None
        return InterviewOverview(
            employee_id=employee.id,
            employee_name=employee.full_name,
            pseudonym_code=employee.pseudonym_code,
            role_name=employee.role.name if employee.role is not None else "",
            role_target_count=role_targets,
            consent_summary=summary,
            assessments=tuple(_info(a, counts.get(a.id, 0)) for a in assessments),
            sheet=load_sheet(session, chosen) if chosen is not None else None,
            consent=info,
        )


def assessment_sheet(ws: Workspace, assessment_id: uuid.UUID) -> AssessmentSheet | None:
    with ws.unit_of_work() as uow:
        assessment = uow.session.get(CompetencyAssessment, assessment_id)
        return load_sheet(uow.session, assessment) if assessment is not None else None


def employee_history(ws: Workspace, employee_id: uuid.UUID) -> EmployeeHistory:
    """Each competence's self, supervisor, agreed and target levels in every assessment, oldest first."""
    with ws.unit_of_work() as uow:
        session = uow.session
        assessments = list(reversed(_assessments(session, employee_id)))
        ratings = _ratings(session, [a.id for a in assessments])
        counts: dict[uuid.UUID, int] = {}
        by_competence: dict[uuid.UUID, list[CompetencyRating]] = {}
        for r in ratings:
            counts[r.assessment_id] = counts.get(r.assessment_id, 0) + 1
            by_competence.setdefault(r.competence_id, []).append(r)
        infos = {a.id: _info(a, counts.get(a.id, 0)) for a in assessments}
        histories = []
        for rows in by_competence.values():
            comp = rows[0].competence
            histories.append(
                (
                    (
                        rows[0].catalog.key,
                        rows[0].catalog.version,
                        comp.area.position,
                        comp.position,
                        comp.code,
                    ),
                    CompetenceHistory(
                        competence_id=comp.id,
                        code=comp.code,
                        name=comp.name_de,
                        catalog_label=rows[0].catalog.label,
                        area_name=comp.area.name_de,
                        scale=_scale(rows[0].catalog),
                        points={
                            r.assessment_id: HistoryPoint(
                                assessment_id=r.assessment_id,
                                assessed_on=infos[r.assessment_id].assessed_on,
                                status=infos[r.assessment_id].status,
                                values=_values(r),
                            )
                            for r in rows
                        },
                    ),
                )
            )
        histories.sort(key=lambda pair: pair[0])
        return EmployeeHistory(
            employee_id=employee_id,
            assessments=tuple(infos[a.id] for a in assessments),
            competences=tuple(h for _key, h in histories),
        )


@dataclass(frozen=True)
class CompetenceChoice:
    id: uuid.UUID
    code: str
    name: str
    description: str


@dataclass(frozen=True)
class AreaChoice:
    code: str
    name: str
    competences: tuple[CompetenceChoice, ...]


@dataclass(frozen=True)
class CatalogChoice:
    id: uuid.UUID
    label: str
    scale: Scale
    areas: tuple[AreaChoice, ...]


def catalog_choices(ws: Workspace) -> list[CatalogChoice]:
    """Every catalogue version in the workspace with its areas and competences, for the competence picker."""
    with ws.unit_of_work() as uow:
        catalogs = uow.session.scalars(
            select(CompetenceCatalog)
            .options(
                selectinload(CompetenceCatalog.levels),
                selectinload(CompetenceCatalog.areas).selectinload(CompetenceArea.competences),
            )
            .order_by(CompetenceCatalog.key, CompetenceCatalog.version)
        )
        return [
            CatalogChoice(
                id=cat.id,
                label=cat.label,
                scale=_scale(cat),
                areas=tuple(
                    AreaChoice(
                        code=area.code,
                        name=area.name_de,
                        competences=tuple(
                            CompetenceChoice(c.id, c.code, c.name_de, c.description_de)
                            for c in area.competences
                        ),
                    )
                    for area in cat.areas
                ),
            )
            for cat in catalogs
        ]
