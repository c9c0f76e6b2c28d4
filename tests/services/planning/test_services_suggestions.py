"""Suggestions for gaps: stored offers ranked carrier-neutrally with funding, plus non-course measures."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.support.plan_support import employee_id
from tests.workspaces import open_copy
from verbund_desktop.persistence.models import MEASURE_KINDS, TrainingOffer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning.plan_queries import plan_state
from verbund_desktop.services.planning.suggestions import (
    GapSuggestions,
    offer_candidates,
    suggestions_for_gap,
    suggestions_for_plan,
)

TODAY = date(2026, 11, 26)


@pytest.fixture
def ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_copy(demo_template, tmp_path)
    yield workspace
    workspace.close()


def plan_suggestions(ws: Workspace, code: str) -> list[GapSuggestions]:
    state = plan_state(ws, employee_id(ws, code), today=TODAY)
    assert state is not None
    return suggestions_for_plan(ws, state.plan_id, today=TODAY)


def offered_competences(ws: Workspace) -> dict[uuid.UUID, set[str]]:
    with ws.unit_of_work() as uow:
        return {
            ident: {c[1] for c in candidate.competences} for ident, candidate in offer_candidates(uow.session)
        }


def test_every_gap_gets_offers_for_its_competence_best_first_with_reasons(ws: Workspace) -> None:
    suggestions = plan_suggestions(ws, "SL-01")
    competences = offered_competences(ws)
    assert suggestions and any(s.offers for s in suggestions)
    for item in suggestions:
        assert all(item.gap.code in competences[o.offer_id] for o in item.offers)
        assert [o.score for o in item.offers] == sorted((o.score for o in item.offers), reverse=True)
        assert [o.rank for o in item.offers] == list(range(1, len(item.offers) + 1))
        for offer in item.offers:
            assert offer.reasons[0].startswith(f"Behandelt die Kompetenz {item.gap.code}")
            assert any("Stunden" in r for r in offer.reasons)
    covered = {c for codes in competences.values() for c in codes}
    missing = [s for s in suggestions if s.gap.code not in covered]
    assert all(s.offers == () for s in missing)


def test_net_cost_follows_the_company_size_band(ws: Workspace) -> None:
    """8 employees: 100 %; 610 incl. linked companies with a training agreement: 30 % (§ 82 Abs. 4 SGB III)."""
    shares = {}
    for code in ("BM-02", "SL-02"):
        for item in plan_suggestions(ws, code):
            for offer in item.offers:
                if offer.funding is not None and offer.funding.eligible:
                    assert offer.net_cost == offer.cost - offer.funding.course_cost_subsidy
                    assert any("Schätzung" in r for r in offer.reasons)
                    shares.setdefault(code, set()).add(offer.funding.course_cost_share)
    assert shares["BM-02"] == {Decimal(1)}
    assert shares["SL-02"] == {Decimal("0.3")}


def test_renaming_or_swapping_providers_does_not_change_the_order(ws: Workspace) -> None:
    before = {s.gap.competence_id: [o.offer_id for o in s.offers] for s in plan_suggestions(ws, "MS-02")}
    with ws.unit_of_work() as uow:
        offers = list(uow.session.scalars(select(TrainingOffer).order_by(TrainingOffer.title)))
        providers = [o.provider for o in offers]
        for offer, provider in zip(offers, reversed(providers), strict=True):
            offer.provider = "Zzz " + provider[::-1]
        uow.commit()
    after = {s.gap.competence_id: [o.offer_id for o in s.offers] for s in plan_suggestions(ws, "MS-02")}
    assert after == before
    assert any(len(order) > 1 for order in before.values())


def test_non_course_measures_come_with_a_rationale_and_a_valid_kind(ws: Workspace) -> None:
    for item in plan_suggestions(ws, "BM-04"):
        keys = [n.key for n in item.non_course]
        assert sorted(keys) == ["e_learning", "job_rotation", "mentoring", "on_the_job", "partner_course"]
        assert all(n.kind in MEASURE_KINDS and n.rationale and n.label for n in item.non_course)
        if item.gap.size == 1:
            assert keys[0] == "on_the_job"
        elif item.gap.size >= 3:
            assert keys[0] == "partner_course"


def test_one_gap_by_competence(ws: Workspace) -> None:
    person = employee_id(ws, "MS-04")
    state = plan_state(ws, person, today=TODAY)
    assert state is not None
    gap = state.gaps[0]
    found = suggestions_for_gap(ws, person, gap.competence_id, today=TODAY)
    assert found is not None and found.gap == gap
    assert suggestions_for_gap(ws, person, uuid.uuid4(), today=TODAY) is None
