"""Suggestions for a competence gap: training offers ranked carrier-neutrally, and measures other than courses.

The ranking itself is :func:`assessment.matching.rank_offers`; this module maps the stored offers and the
person's funding context to its inputs and back to plain values with the offer's id for the editor.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from verbund_desktop.assessment.errors import InputError
from verbund_desktop.assessment.funding import FundingEstimate
from verbund_desktop.assessment.matching import (
    FundingContext,
    GapRef,
    OfferCandidate,
    rank_offers,
)
from verbund_desktop.assessment.non_course import suggest_non_course_measures
from verbund_desktop.persistence.models import (
    Competence,
    DevelopmentPlan,
    Employee,
    OfferCompetence,
    TrainingOffer,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning.plan_funding import funding_person
from verbund_desktop.services.planning.plan_queries import GapInfo, current_plan, format_label, plan_gaps
from verbund_desktop.services.planning.plans import NON_COURSE_KINDS


@dataclass(frozen=True)
class OfferSuggestion:
    """One ranked offer: what it costs after the estimated funding and why it is suggested (German)."""

    offer_id: uuid.UUID
    rank: int
    title: str
    provider: str
    format_label: str
    hours: Decimal
    cost: Decimal
    net_cost: Decimal
    score: Decimal
    coverage: Decimal
    next_start: date | None
    azav: bool
    funding: FundingEstimate | None
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class NonCourseOption:
    key: str  # assessment.matching NonCourseMeasure key, for plans.add_non_course_measure
    kind: str  # the measure kind stored with the plan
    label: str
    description: str
    rationale: str


@dataclass(frozen=True)
class GapSuggestions:
    gap: GapInfo
    offers: tuple[OfferSuggestion, ...]
    non_course: tuple[NonCourseOption, ...]


def offer_candidates(session: Session) -> list[tuple[uuid.UUID, OfferCandidate]]:
    """Every offer that may be suggested (competences confirmed, hours known, not retired) as the ranking sees it,
    with its id."""
    offers = session.scalars(
        select(TrainingOffer)
        .where(
            TrainingOffer.competences_confirmed,
            TrainingOffer.hours_missing.is_(False),
            TrainingOffer.retired.is_(False),
        )
        .options(
            selectinload(TrainingOffer.competences)
            .selectinload(OfferCompetence.competence)
            .selectinload(Competence.catalog)
        )
    ).all()
    result = []
    for offer in offers:
        if offer.hours is None:  # excluded by the query; the ranking needs the hours
            continue
        competences = tuple(
            (oc.competence.catalog.key, oc.competence.code, oc.level_from, oc.level_to)
            for oc in offer.competences
        )
        result.append(
            (
                offer.id,
                OfferCandidate(
                    offer_key=offer.key,
                    provider=offer.provider,
                    title=offer.title,
                    competences=competences,
                    hours=offer.hours,
                    cost_eur=offer.cost_eur,
                    format=offer.format,
                    start_dates=tuple(offer.start_date_values()),
                    azav_measure=offer.azav_measure,
                    azav_provider=offer.azav_provider,
                ),
            )
        )
    return result


def _funding_context(session: Session, employee: Employee, today: date) -> FundingContext | None:
    """The person's funding facts for ranking, only with their consent to purpose (2)."""
    person = funding_person(session, employee)
    return person.context(today) if person.funding_consent else None


def _for_gap(
    gap: GapInfo,
    candidates: Sequence[tuple[uuid.UUID, OfferCandidate]],
    employee: Employee,
    session: Session,
    today: date,
    preferred_formats: Sequence[str],
) -> GapSuggestions:
    ref = GapRef(gap.catalog_key, gap.code, gap.current, gap.target, gap.priority)
    ids = {id(candidate): ident for ident, candidate in candidates}
    ranked = rank_offers(
        ref,
        [c for _i, c in candidates],
        today=today,
        funding_context=_funding_context(session, employee, today),
        preferred_formats=preferred_formats,
    )
    offers = tuple(
        OfferSuggestion(
            offer_id=ids[id(r.offer)],
            rank=rank,
            title=r.offer.title,
            provider=r.offer.provider,
            format_label=format_label(r.offer.format),
            hours=r.offer.hours,
            cost=r.offer.cost_eur,
            net_cost=r.net_cost,
            score=r.score,
            coverage=r.coverage,
            next_start=r.offer.next_start(today),
            azav=r.offer.azav_measure and r.offer.azav_provider,
            funding=r.funding,
            reasons=r.reasons_de,
        )
        for rank, r in enumerate(ranked, start=1)
    )
    non_course = tuple(
        NonCourseOption(
            key=s.measure.key,
            kind=NON_COURSE_KINDS[s.measure.key],
            label=s.measure.label_de,
            description=s.measure.description_de,
            rationale=s.rationale_de,
        )
        for s in suggest_non_course_measures(ref)
    )
    return GapSuggestions(gap, offers, non_course)


def suggestions_for_plan(
    ws: Workspace,
    plan_id: uuid.UUID,
    *,
    today: date | None = None,
    preferred_formats: Sequence[str] = (),
) -> list[GapSuggestions]:
    """Suggestions for every gap of the plan's assessment, most urgent gap first."""
    today = today or date.today()
    with ws.unit_of_work() as uow:
        s = uow.session
        plan = s.get(DevelopmentPlan, plan_id)
        if plan is None:
            raise InputError("Diesen Plan gibt es nicht (mehr).")
        employee = s.get(Employee, plan.employee_id)
        assert employee is not None
        candidates = offer_candidates(s)
        return [_for_gap(g, candidates, employee, s, today, preferred_formats) for g in plan_gaps(s, plan)]


def suggestions_for_gap(
    ws: Workspace,
    employee_id: uuid.UUID,
    competence_id: uuid.UUID,
    *,
    today: date | None = None,
    preferred_formats: Sequence[str] = (),
) -> GapSuggestions | None:
    """Suggestions for one gap of the person's current plan; None if the competence has no gap there."""
    today = today or date.today()
    with ws.unit_of_work() as uow:
        s = uow.session
        employee = s.get(Employee, employee_id)
        plan = current_plan(s, employee_id)
        if employee is None or plan is None:
            return None
        gap = next((g for g in plan_gaps(s, plan) if g.competence_id == competence_id), None)
        if gap is None:
            return None
        return _for_gap(gap, offer_candidates(s), employee, s, today, preferred_formats)
