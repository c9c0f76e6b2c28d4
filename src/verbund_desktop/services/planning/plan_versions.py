"""Versions of a plan: the copy-on-write of a frozen version, and the checks every plan change shares."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import Message, message_of
from verbund_desktop.persistence.models import (
    Competence,
    CompetencyRating,
    DevelopmentPlan,
    MeasureGap,
    PlanMeasure,
)
from verbund_desktop.services.common import audit
from verbund_desktop.services.planning.plan_queries import latest_version
from verbund_desktop.services.planning.plan_snapshot import to_json_value
from verbund_desktop.services.planning.plan_values import PlanError
from verbund_desktop.services.protection.consent import require_assessment_consent

MEASURE_FIELDS = (
    "title",
    "kind",
    "provider",
    "format",
    "start_date",
    "end_date",
    "status",
    "responsibility",
    "hours",
    "cost_eur",
    "release_hours",
    "monthly_pay_eur",
    "azav",
    "pooled_note",
    "note",
)


def require_consent(s: Session, employee_id: uuid.UUID) -> None:
    try:
        require_assessment_consent(s, employee_id)
    except ValueError as exc:
        raise PlanError(message_of(exc)) from exc


def editable_plan(
    s: Session, plan_id: uuid.UUID, actor: str
) -> tuple[DevelopmentPlan, bool, dict[uuid.UUID, PlanMeasure]]:
    """The plan to change: the newest version, copied into version + 1 first when it is frozen.

    Returns (plan, copied, old measure id → measure of the returned plan).
    """
    plan = s.get(DevelopmentPlan, plan_id)
    if plan is None:
        raise PlanError("Diesen Plan gibt es nicht (mehr).")
    newest = latest_version(s, plan.series_id)
    assert newest is not None
    if newest.id != plan.id:
        raise PlanError(
            Message(
                "Version {version} ist nicht die aktuelle Fassung dieses Plans; "
                "geändert werden kann nur Version {newest}.",
                version=plan.version,
                newest=newest.version,
            )
        )
    require_consent(s, plan.employee_id)
    if plan.frozen_at is None:
        return plan, False, {m.id: m for m in plan.measures}
    copy = DevelopmentPlan(
        series_id=plan.series_id,
        version=plan.version + 1,
        employee_id=plan.employee_id,
        assessment_id=plan.assessment_id,
        advisor_id=plan.advisor_id,
        starting_point=plan.starting_point,
        goals=plan.goals,
        responsibilities=plan.responsibilities,
        review_date=plan.review_date,
    )
    s.add(copy)
    mapping: dict[uuid.UUID, PlanMeasure] = {}
    for old in plan.measures:
        new = PlanMeasure(
            offer_id=old.offer_id, position=old.position, **{k: getattr(old, k) for k in MEASURE_FIELDS}
        )
        copy.measures.append(new)
        s.add(new)
        for link in old.gaps:
            s.add(MeasureGap(measure=new, competence_id=link.competence_id))
        mapping[old.id] = new
    s.flush()
    audit.record(
        s,
        actor=actor,
        action="plan.new_version",
        entity_type="development_plan",
        entity_id=copy.id,
        subject_id=plan.employee_id,
        field="version",
        old=plan.version,
        new=copy.version,
        reason="Änderung eines gedruckten (eingefrorenen) Plans",
    )
    return copy, True, mapping


def editable_measure(
    s: Session, measure_id: uuid.UUID, actor: str
) -> tuple[DevelopmentPlan, PlanMeasure, bool]:
    measure = s.get(PlanMeasure, measure_id)
    if measure is None:
        raise PlanError("Diese Maßnahme gibt es nicht (mehr).")
    plan, copied, mapping = editable_plan(s, measure.plan_id, actor)
    return plan, mapping[measure.id], copied


def plan_competences(s: Session, plan: DevelopmentPlan, ids: Iterable[uuid.UUID]) -> list[Competence]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = {c.id: c for c in s.scalars(select(Competence).where(Competence.id.in_(wanted)))}
    if len(found) != len(wanted):
        raise PlanError("Eine der gewählten Kompetenzen gibt es nicht (mehr).")
    if plan.assessment_id is not None:
        rated = set(
            s.scalars(
                select(CompetencyRating.competence_id).where(
                    CompetencyRating.assessment_id == plan.assessment_id
                )
            )
        )
        outside = [found[i].code for i in wanted if i not in rated]
        if outside:
            raise PlanError(
                Message(
                    "Die Kompetenz {names} wurde in der Kompetenzerhebung dieses Plans nicht "
                    "eingeschätzt; eine Maßnahme kann nur Lücken aus dieser Erhebung schließen.",
                    names=", ".join(outside),
                )
            )
    return [found[i] for i in wanted]


def check_dates(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise PlanError(Message("Das Ende ({end}) liegt vor dem Beginn ({start}).", end=end, start=start))


def audit_change(
    s: Session,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID,
    plan: DevelopmentPlan,
    name: str,
    old: Any,
    new: Any,
) -> None:
    audit.record(
        s,
        actor=actor,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        subject_id=plan.employee_id,
        field=name,
        old=to_json_value(old),
        new=to_json_value(new),
    )
