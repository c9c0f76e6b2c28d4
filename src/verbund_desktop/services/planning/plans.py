"""The plan editor's use cases: create a plan, edit it and its measures, freeze it when it is printed.

Every function is one user action in one unit of work, committed before it returns, with an audit event in
the same transaction. A printed version is frozen (``frozen_at`` and a JSON snapshot of exactly what was
printed); editing a frozen version first copies it into version + 1 of the same series, so every printed
version stays as it was. Only the newest version of a series can be edited. Values are checked here and
refused with a German sentence (:class:`PlanError`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from verbund_desktop.assessment.errors import Message
from verbund_desktop.assessment.german import format_date
from verbund_desktop.assessment.measures import MeasureKind
from verbund_desktop.assessment.non_course import NON_COURSE_MEASURES
from verbund_desktop.assessment.offers import MISSING_HOURS_DE
from verbund_desktop.persistence.base import utcnow
from verbund_desktop.persistence.models import (
    Advisor,
    Competence,
    DevelopmentPlan,
    Employee,
    MeasureGap,
    PlanMeasure,
    TrainingOffer,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.viewmodels import DevelopmentPlanView
from verbund_desktop.services.common import audit
from verbund_desktop.services.planning.follow_up_schedule import schedule_if_completed
from verbund_desktop.services.planning.plan_documents import plan_view
from verbund_desktop.services.planning.plan_queries import KIND_LABELS_DE, latest_complete_assessment
from verbund_desktop.services.planning.plan_snapshot import decode_plan_view, encode_plan_view, to_json_value
from verbund_desktop.services.planning.plan_values import PlanError, check_measure_value, check_plan_value
from verbund_desktop.services.planning.plan_versions import (
    MEASURE_FIELDS,
    audit_change,
    check_dates,
    editable_measure,
    editable_plan,
    plan_competences,
    require_consent,
)

__all__ = [
    "NON_COURSE_KINDS",
    "FrozenPlan",
    "MeasureDraft",
    "PlanEdit",
    "PlanError",
    "add_measure",
    "add_non_course_measure",
    "add_offer_measure",
    "create_plan",
    "freeze_plan",
    "remove_measure",
    "set_measure_field",
    "set_measure_gaps",
    "set_plan_field",
]

# Non-course suggestions (assessment.matching) → the measure kinds stored with a plan.
NON_COURSE_KINDS = {
    "on_the_job": MeasureKind.ON_THE_JOB.value,
    "mentoring": MeasureKind.MENTORING.value,
    "job_rotation": MeasureKind.JOB_ROTATION.value,
    "e_learning": MeasureKind.E_LEARNING.value,
    "partner_course": MeasureKind.PARTNER_COURSE.value,
}


@dataclass(frozen=True)
class PlanEdit:
    """Where a change landed: ``new_version`` is True when a frozen plan was copied into version + 1."""

    plan_id: uuid.UUID
    version: int
    measure_id: uuid.UUID | None = None
    new_version: bool = False


@dataclass(frozen=True)
class FrozenPlan:
    plan_id: uuid.UUID
    version: int
    view: DevelopmentPlanView
    newly_frozen: bool


@dataclass(frozen=True)
class MeasureDraft:
    title: str
    kind: str = "kurs"
    offer_id: uuid.UUID | None = None
    provider: str = ""
    format: str = ""
    start_date: date | None = None
    end_date: date | None = None
    status: str = "geplant"
    responsibility: str = ""
    hours: Decimal | None = None
    cost_eur: Decimal | None = None
    release_hours: Decimal | None = None
    monthly_pay_eur: Decimal | None = None
    azav: bool = False
    pooled_note: str = ""
    note: str = ""
    competence_ids: tuple[uuid.UUID, ...] = field(default_factory=tuple)

    def values(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in MEASURE_FIELDS}


PLAN_FIELDS = ("starting_point", "goals", "responsibilities", "review_date")


# --------------------------------------------------------------------------------------------- plans


def create_plan(ws: Workspace, employee_id: uuid.UUID, *, actor: str, today: date | None = None) -> PlanEdit:
    """A new plan (version 1 of a new series) from the person's latest complete assessment."""
    today = today or date.today()
    with ws.unit_of_work() as uow:
        s = uow.session
        employee = s.get(Employee, employee_id)
        if employee is None:
            raise PlanError("Diese Person gibt es nicht (mehr).")
        require_consent(s, employee_id)
        assessment = latest_complete_assessment(s, employee_id)
        if assessment is None:
            raise PlanError(
                "Für diese Person liegt noch keine abgeschlossene Kompetenzerhebung vor. "
                "Ein Entwicklungsplan baut auf ihr auf."
            )
        advisor = s.scalars(select(Advisor).order_by(Advisor.is_current.desc(), Advisor.name)).first()
        plan = DevelopmentPlan(
            employee_id=employee.id,
            assessment_id=assessment.id,
            advisor_id=advisor.id if advisor is not None else None,
            starting_point=f"Kompetenzgespräch vom {format_date(assessment.assessed_on)}.",
            goals="",
            responsibilities="",
        )
        s.add(plan)
        s.flush()
        audit.record(
            s,
            actor=actor,
            action="plan.create",
            entity_type="development_plan",
            entity_id=plan.id,
            subject_id=employee.id,
            new={"series_id": str(plan.series_id), "assessment_id": str(assessment.id)},
        )
        edit = PlanEdit(plan.id, plan.version)
        uow.commit()
    return edit


def set_plan_field(ws: Workspace, plan_id: uuid.UUID, name: str, value: Any, *, actor: str) -> PlanEdit:
    """Change starting point, goals, responsibilities (text) or the review date of a plan."""
    if name not in PLAN_FIELDS:
        raise PlanError(f"Das Feld „{name}“ gibt es im Plan nicht.")
    clean = check_plan_value(name, value)
    with ws.unit_of_work() as uow:
        s = uow.session
        plan, copied, _ = editable_plan(s, plan_id, actor)
        old = getattr(plan, name)
        if old != clean:
            setattr(plan, name, clean)
            audit_change(s, actor, "plan.update", "development_plan", plan.id, plan, name, old, clean)
        edit = PlanEdit(plan.id, plan.version, new_version=copied)
        uow.commit()
    return edit


def freeze_plan(ws: Workspace, plan_id: uuid.UUID, *, actor: str, today: date | None = None) -> FrozenPlan:
    """Freeze the version for printing and return what is printed; a frozen version returns its snapshot."""
    with ws.unit_of_work() as uow:
        s = uow.session
        plan = s.get(DevelopmentPlan, plan_id)
        if plan is None:
            raise PlanError("Diesen Plan gibt es nicht (mehr).")
        require_consent(s, plan.employee_id)  # printing is processing too
        if plan.frozen_at is not None and plan.snapshot is not None:
            return FrozenPlan(plan.id, plan.version, decode_plan_view(plan.snapshot), False)
        view = plan_view(s, plan, today=today or date.today())
        plan.snapshot = encode_plan_view(view)
        plan.frozen_at = utcnow()
        audit.record(
            s,
            actor=actor,
            action="plan.freeze",
            entity_type="development_plan",
            entity_id=plan.id,
            subject_id=plan.employee_id,
            field="frozen_at",
            new=plan.frozen_at.isoformat(),
        )
        frozen = FrozenPlan(plan.id, plan.version, view, True)
        uow.commit()
    return frozen


# ------------------------------------------------------------------------------------------ measures


def add_measure(ws: Workspace, plan_id: uuid.UUID, draft: MeasureDraft, *, actor: str) -> PlanEdit:
    """Add a measure (checked field by field) with the gaps it closes."""
    values = {name: check_measure_value(name, value) for name, value in draft.values().items()}
    check_dates(values["start_date"], values["end_date"])
    with ws.unit_of_work() as uow:
        s = uow.session
        plan, copied, _ = editable_plan(s, plan_id, actor)
        competences = plan_competences(s, plan, draft.competence_ids)
        offer = s.get(TrainingOffer, draft.offer_id) if draft.offer_id is not None else None
        if draft.offer_id is not None and offer is None:
            raise PlanError("Dieses Weiterbildungsangebot gibt es nicht (mehr).")
        if offer is not None and offer.hours is None:
            raise PlanError(MISSING_HOURS_DE)
        position = max((m.position for m in plan.measures), default=-1) + 1
        measure = PlanMeasure(plan_id=plan.id, offer_id=draft.offer_id, position=position, **values)
        s.add(measure)
        for competence in competences:
            s.add(MeasureGap(measure=measure, competence=competence))
        s.flush()
        schedule_if_completed(s, measure, today=date.today())
        new = {**to_json_value(values), "gaps": [c.code for c in competences]}
        audit_change(s, actor, "measure.add", "plan_measure", measure.id, plan, "", None, new)
        edit = PlanEdit(plan.id, plan.version, measure.id, copied)
        uow.commit()
    return edit


def add_offer_measure(
    ws: Workspace,
    plan_id: uuid.UUID,
    offer_id: uuid.UUID,
    competence_ids: Iterable[uuid.UUID],
    *,
    actor: str,
    today: date | None = None,
) -> PlanEdit:
    """Take a training offer into the plan: title, provider, format, next start, hours, cost and AZAV."""
    today = today or date.today()
    with ws.unit_of_work() as uow:
        offer = uow.session.get(TrainingOffer, offer_id)
        if offer is None:
            raise PlanError("Dieses Weiterbildungsangebot gibt es nicht (mehr).")
        if offer.hours is None:
            raise PlanError(MISSING_HOURS_DE)
        upcoming = sorted(d for d in offer.start_date_values() if d > today)
        draft = MeasureDraft(
            title=offer.title,
            kind="kurs",
            offer_id=offer.id,
            provider=offer.provider,
            format=offer.format,
            start_date=upcoming[0] if upcoming else None,
            hours=offer.hours,
            cost_eur=offer.cost_eur,
            release_hours=offer.hours,
            azav=offer.azav_measure and offer.azav_provider,
            competence_ids=tuple(competence_ids),
        )
    return add_measure(ws, plan_id, draft, actor=actor)


def add_non_course_measure(
    ws: Workspace, plan_id: uuid.UUID, measure_key: str, competence_ids: Iterable[uuid.UUID], *, actor: str
) -> PlanEdit:
    """Take a suggested non-course measure (mentoring, job rotation …) into the plan."""
    suggestion = next((m for m in NON_COURSE_MEASURES if m.key == measure_key), None)
    if suggestion is None or measure_key not in NON_COURSE_KINDS:
        raise PlanError(Message("Unbekannte Art der Maßnahme „{kind}“.", kind=measure_key))
    ids = tuple(competence_ids)
    with ws.unit_of_work() as uow:
        names = [c.name_de for c in uow.session.scalars(select(Competence).where(Competence.id.in_(ids)))]
    kind = NON_COURSE_KINDS[measure_key]
    draft = MeasureDraft(
        title=f"{suggestion.label_de}: {', '.join(sorted(names))}" if names else suggestion.label_de,
        kind=kind,
        provider="" if kind == "partnerkurs" else "intern",
        format=KIND_LABELS_DE[kind] if kind != "partnerkurs" else "",
        cost_eur=None if kind == "partnerkurs" else Decimal(0),
        responsibility="Führungskraft",
        note=suggestion.description_de,
        competence_ids=ids,
    )
    return add_measure(ws, plan_id, draft, actor=actor)


def set_measure_field(ws: Workspace, measure_id: uuid.UUID, name: str, value: Any, *, actor: str) -> PlanEdit:
    """Change one field of a measure (title, dates, status, responsibility, hours, cost …)."""
    if name not in MEASURE_FIELDS:
        raise PlanError(f"Das Feld „{name}“ gibt es bei einer Maßnahme nicht.")
    clean = check_measure_value(name, value)
    with ws.unit_of_work() as uow:
        s = uow.session
        plan, measure, copied = editable_measure(s, measure_id, actor)
        if name == "start_date":
            check_dates(clean, measure.end_date)
        elif name == "end_date":
            check_dates(measure.start_date, clean)
        old = getattr(measure, name)
        if old != clean:
            setattr(measure, name, clean)
            audit_change(s, actor, "measure.update", "plan_measure", measure.id, plan, name, old, clean)
            if name == "status":  # completing a measure schedules its follow-up interview at once
                schedule_if_completed(s, measure, today=date.today())
        edit = PlanEdit(plan.id, plan.version, measure.id, copied)
        uow.commit()
    return edit


def set_measure_gaps(
    ws: Workspace, measure_id: uuid.UUID, competence_ids: Iterable[uuid.UUID], *, actor: str
) -> PlanEdit:
    """Set which gaps (competences of the plan's assessment) a measure closes."""
    wanted = tuple(dict.fromkeys(competence_ids))
    with ws.unit_of_work() as uow:
        s = uow.session
        plan, measure, copied = editable_measure(s, measure_id, actor)
        competences = {c.id: c for c in plan_competences(s, plan, wanted)}
        old = sorted(link.competence.code for link in measure.gaps)
        for link in list(measure.gaps):
            if link.competence_id not in competences:
                measure.gaps.remove(link)
                s.delete(link)
        present = {link.competence_id for link in measure.gaps}
        for ident, competence in competences.items():
            if ident not in present:
                s.add(MeasureGap(measure=measure, competence=competence))
        new = sorted(c.code for c in competences.values())
        if old != new:
            audit_change(s, actor, "measure.update", "plan_measure", measure.id, plan, "gaps", old, new)
        edit = PlanEdit(plan.id, plan.version, measure.id, copied)
        uow.commit()
    return edit


def remove_measure(ws: Workspace, measure_id: uuid.UUID, *, actor: str) -> PlanEdit:
    with ws.unit_of_work() as uow:
        s = uow.session
        plan, measure, copied = editable_measure(s, measure_id, actor)
        old = {"title": measure.title, "gaps": sorted(link.competence.code for link in measure.gaps)}
        audit_change(s, actor, "measure.remove", "plan_measure", measure.id, plan, "", old, None)
        plan.measures.remove(measure)
        s.delete(measure)
        edit = PlanEdit(plan.id, plan.version, None, copied)
        uow.commit()
    return edit
