"""Pooled demand equals a direct count in SQL, and people without pooling consent are never counted."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import text

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.pooling import (
    PoolFilter,
    PoolFilterError,
    cell_people,
    pooled_demand,
)

# Written independently of the service: the latest complete interview by NOT EXISTS, the current level by CASE.
DIRECT = """
SELECT r.competence_id, r.target_level, COUNT(DISTINCT e.id), COUNT(DISTINCT e.company_id)
FROM competency_rating r
JOIN competency_assessment a ON a.id = r.assessment_id
JOIN employee e ON e.id = a.employee_id
JOIN company c ON c.id = e.company_id
WHERE a.status = 'complete'
  AND a.assessed_on BETWEEN :start AND :end
  AND NOT EXISTS (
    SELECT 1 FROM competency_assessment b
    WHERE b.employee_id = a.employee_id AND b.status = 'complete' AND b.assessed_on BETWEEN :start AND :end
      AND (b.assessed_on > a.assessed_on OR (b.assessed_on = a.assessed_on AND b.created_at > a.created_at)))
  AND r.not_applicable = 0 AND r.target_level IS NOT NULL
  AND r.target_level > COALESCE(r.agreed_level, CASE
      WHEN r.self_level IS NULL THEN r.supervisor_level
      WHEN r.supervisor_level IS NULL THEN r.self_level
      WHEN r.self_level < r.supervisor_level THEN r.self_level ELSE r.supervisor_level END)
  AND e.archived_at IS NULL AND c.archived_at IS NULL
  AND c.region LIKE :region AND c.headcount_linked >= :low AND c.headcount_linked < :high
  AND EXISTS (SELECT 1 FROM consent_record k WHERE k.employee_id = e.id AND k.purpose = 'verbund'
              AND k.status = 'given' AND k.withdrawn_on IS NULL)
GROUP BY r.competence_id, r.target_level
"""


def _direct(
    ws: Workspace,
    *,
    region: str = "%",
    low: float = 0,
    high: float = 1e9,
    start: date = date(1900, 1, 1),
    end: date = date(2999, 1, 1),
) -> dict[tuple[uuid.UUID, int], tuple[int, int]]:
    with ws.unit_of_work() as uow:
        rows = uow.session.execute(
            text(DIRECT),
            {"region": region, "low": low, "high": high, "start": start, "end": end},
        ).all()
    return {(uuid.UUID(str(cid)), level): (people, firms) for cid, level, people, firms in rows}


def _pooled(ws: Workspace, f: PoolFilter) -> dict[tuple[uuid.UUID, int], tuple[int, int]]:
    return {(c.competence_id, c.level): (c.people, c.companies) for c in pooled_demand(ws, f).cells}


def test_pooled_counts_equal_a_direct_count(net: Workspace) -> None:
    pooled = _pooled(net, PoolFilter())
    assert pooled == _direct(net)
    assert sum(people for people, _ in pooled.values()) > 1000  # the network is large enough to matter
    assert max(firms for _, firms in pooled.values()) >= 15


@pytest.mark.parametrize(
    ("f", "kwargs"),
    [
        (PoolFilter(region="Olpe"), {"region": "Olpe"}),
        (PoolFilter(size_band="unter_50"), {"high": 50}),
        (PoolFilter(size_band="50_499"), {"low": 50, "high": 500}),
        (PoolFilter(size_band="ab_500"), {"low": 500}),
        (
            PoolFilter(start=date(2025, 9, 1), end=date(2026, 1, 31)),
            {"start": date(2025, 9, 1), "end": date(2026, 1, 31)},
        ),
    ],
)
def test_filters_equal_a_direct_count(net: Workspace, f: PoolFilter, kwargs: dict[str, object]) -> None:
    assert _pooled(net, f) == _direct(net, **kwargs)  # type: ignore[arg-type]


def _without_pooling_consent(ws: Workspace) -> set[uuid.UUID]:
    with ws.unit_of_work() as uow:
        ids = uow.session.execute(
            text(
                "SELECT id FROM employee WHERE id NOT IN (SELECT employee_id FROM consent_record "
                "WHERE purpose = 'verbund' AND status = 'given' AND withdrawn_on IS NULL)"
            )
        ).scalars()
        return {uuid.UUID(str(i)) for i in ids}


def test_people_without_pooling_consent_are_never_counted(net: Workspace) -> None:
    refused = _without_pooling_consent(net)
    assert len(refused) > 50  # never asked, refused or withdrawn
    demand = pooled_demand(net)
    with net.unit_of_work() as uow:
        for cell in demand.cells:
            people = cell_people(uow.session, cell.competence_id, cell.level)
            assert len(people) == cell.people
            assert not refused & {e for e, _ in people}


def test_withdrawing_pooling_consent_removes_the_person(net: Workspace) -> None:
    demand = pooled_demand(net)
    cell = max(demand.cells, key=lambda c: c.people)
    with net.unit_of_work() as uow:
        person, _company = cell_people(uow.session, cell.competence_id, cell.level)[0]
        uow.session.execute(
            text("UPDATE consent_record SET status = 'withdrawn', withdrawn_on = :d WHERE employee_id = :e"),
            {"d": date.today(), "e": person.hex},
        )
        uow.commit()
    after = pooled_demand(net).cell(cell.competence_id, cell.level)
    assert after is not None and after.people == cell.people - 1


def test_bad_filters_are_refused_in_german(net: Workspace) -> None:
    with pytest.raises(PoolFilterError, match="Größenklasse"):
        pooled_demand(net, PoolFilter(size_band="riesig"))
    with pytest.raises(PoolFilterError, match="Zeitraum"):
        pooled_demand(net, PoolFilter(start=date(2026, 2, 1), end=date(2026, 1, 1)))
