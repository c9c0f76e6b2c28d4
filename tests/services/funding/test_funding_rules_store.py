"""Corrected rule sets loaded by the office: validated whole, kept in the workspace, used by every estimate."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.workspaces import open_copy
from verbund_desktop.assessment.funding_rules import FundingRuleError, builtin_rule_sets
from verbund_desktop.persistence.models import AuditEvent, Employee, WorkspaceSetting
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.resources import resource_path
from verbund_desktop.services.funding.funding_rules_store import (
    effective_rule_sets,
    import_rule_set,
    loaded_rule_sets,
    reset_rule_sets,
)
from verbund_desktop.services.planning.plan_funding import estimate_measure, funding_person


@pytest.fixture
def ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_copy(demo_template, tmp_path)
    yield workspace
    workspace.close()


def document_2024() -> dict[str, Any]:
    return json.loads(resource_path("funding", "sgb3-82-2024.json").read_text("utf-8"))


def write(tmp_path: Path, name: str, document: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def corrected_2024(share_small: str = "0.90") -> dict[str, Any]:
    doc = copy.deepcopy(document_2024())
    doc["title"] = "§ 82 SGB III, korrigiert von der Koordinierungsstelle"
    doc["course_cost_bands"][0]["share"] = share_small
    return doc


def estimate_for_small_company(ws: Workspace) -> tuple[Decimal, str]:
    with ws.unit_of_work() as uow:
        employee = uow.session.scalars(select(Employee).where(Employee.pseudonym_code == "BM-03")).one()
        person = funding_person(uow.session, employee)
    result = estimate_measure(
        person,
        kind="kurs",
        hours=Decimal(160),
        cost=Decimal("1000.00"),
        azav=True,
        start=date(2027, 3, 1),
        today=date(2026, 11, 26),
    )
    assert result.estimate is not None
    return result.estimate.course_cost_share, result.estimate.rule_set.title


def test_a_corrected_set_replaces_the_bundled_one_for_every_estimate(ws: Workspace, tmp_path: Path) -> None:
    share, title = estimate_for_small_company(ws)
    assert share == Decimal("1.00") and "korrigiert" not in title
    loaded = import_rule_set(ws, write(tmp_path, "korrektur.json", corrected_2024()), actor="Büro")
    assert loaded.replaces_builtin and loaded.key == "sgb3-82-2024"
    share, title = estimate_for_small_company(ws)
    assert share == Decimal("0.90") and "korrigiert" in title
    assert [s.key for s in loaded_rule_sets(ws)] == ["sgb3-82-2024"]
    with ws.unit_of_work() as uow:
        assert len(effective_rule_sets(uow.session)) == len(builtin_rule_sets())
        assert uow.session.scalar(select(func.count()).where(AuditEvent.action == "regelwerk_geladen")) == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(valid_from="2024-02-30"), "abgelehnt"),
        (lambda d: d["course_cost_bands"][0].update(share="1.5"), "abgelehnt"),
        (lambda d: d.pop("conditions"), "Schema"),
        (lambda d: d.update(key="neu-2023", valid_from="2023-06-01", valid_to="2024-12-31"), "überschneidet"),
    ],
    ids=["impossible-date", "share-above-one", "missing-field", "overlaps-other-sets"],
)
def test_a_malformed_or_conflicting_set_is_rejected_whole_and_nothing_changes(
    ws: Workspace, tmp_path: Path, change: Any, message: str
) -> None:
    doc = corrected_2024("0.80")
    change(doc)
    with pytest.raises(FundingRuleError, match=message):
        import_rule_set(ws, write(tmp_path, "kaputt.json", doc), actor="Büro")
    with ws.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count(WorkspaceSetting.id))) == 0
    assert estimate_for_small_company(ws)[0] == Decimal("1.00")


def test_not_json_at_all_is_a_german_message(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "regeln.json"
    path.write_bytes(b"\xff\xfe kein JSON")
    with pytest.raises(FundingRuleError, match=r"nicht gelesen|kein gültiges JSON"):
        import_rule_set(ws, path, actor="Büro")


def test_reset_goes_back_to_the_bundled_sets(ws: Workspace, tmp_path: Path) -> None:
    import_rule_set(ws, write(tmp_path, "korrektur.json", corrected_2024()), actor="Büro")
    assert reset_rule_sets(ws, actor="Büro") == 1
    assert loaded_rule_sets(ws) == []
    assert estimate_for_small_company(ws)[0] == Decimal("1.00")


def test_a_stored_correction_dated_like_the_old_2020_set_is_named_and_reset_helps(ws: Workspace) -> None:
    """A 2020 correction kept from before the re-dating (from 01.01.2020) overlaps the bundled 2019 set."""
    document = json.loads(resource_path("funding", "sgb3-82-2020.json").read_text(encoding="utf-8"))
    document["valid_from"] = "2020-01-01"
    with ws.unit_of_work() as uow:
        uow.session.add(WorkspaceSetting(key="funding.rule_sets", value=[document]))
        uow.commit()
    with (
        ws.unit_of_work() as uow,
        pytest.raises(FundingRuleError, match="Bitte die geladenen Regelwerke zurücksetzen"),
    ):
        effective_rule_sets(uow.session)
    assert reset_rule_sets(ws, actor="Test") == 1
    with ws.unit_of_work() as uow:
        assert effective_rule_sets(uow.session) == builtin_rule_sets()
