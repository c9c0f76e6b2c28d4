"""Weighted headcounts (§ 82 Abs. 6 SGB III) on the company record, and the one service that sets them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from verbund_desktop.assessment.funding_format import parse_weighted_headcount, weighted_headcount
from verbund_desktop.persistence.models import AuditEvent, Network
from verbund_desktop.persistence.workspace import Workspace, create_workspace
from verbund_desktop.services.funding.company_funding_data import (
    company_funding_data,
    set_company_funding_data,
)
from verbund_desktop.services.organisation import companies as co
from verbund_desktop.services.organisation.company_validation import CompanyInput, ValidationError

ACTOR = "Beraterin Test"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = create_workspace(tmp_path / "ws.db", None)
    with workspace.unit_of_work() as uow:
        uow.session.add(Network(name="Verbund"))
        uow.commit()
    yield workspace  # type: ignore[misc]
    workspace.close()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("49,75", "49.75"),
        ("49.75", "49.75"),
        ("50", "50"),
        (" 0,25 ", "0.25"),
        (12, "12"),
        ("120,5", "120.5"),
    ],
)
def test_headcount_text_in_both_decimal_forms(text: str | int, expected: str) -> None:
    assert parse_weighted_headcount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["49,6", "0", "-1", "1.200", "zwölf", "", "49,755"])
def test_impossible_headcounts_are_refused_in_german(text: str) -> None:
    with pytest.raises(ValueError, match=r"Beschäftigt|Zahl"):
        parse_weighted_headcount(text)


def test_part_time_staff_count_by_weekly_hours() -> None:
    # § 82 Abs. 6: up to 10 h 0.25, up to 20 h 0.5, up to 30 h 0.75; above 30 h full-time
    assert weighted_headcount(45, {10: 1, 20: 3, 30: 3}) == Decimal("49")
    assert weighted_headcount(48, {10: 1, 20: 1, 30: 1}) == Decimal("49.5")
    assert weighted_headcount(49, {30: 1}) == Decimal("49.75")
    assert weighted_headcount(0, {10: 1}) == Decimal("0.25")


def test_weighted_headcount_is_stored_and_read_back_exactly(ws: Workspace) -> None:
    cid = co.create_company(ws, CompanyInput("Teilzeit GmbH", "49,75", "120,25"), actor=ACTOR)
    stored = co.load_company(ws, cid)
    assert (stored.headcount, stored.headcount_linked) == (Decimal("49.75"), Decimal("120.25"))


def test_set_company_funding_data_changes_only_the_given_fields_and_audits_them(ws: Workspace) -> None:
    cid = co.create_company(ws, CompanyInput("Möller KG", 40, 40, contact_name="Gerda Möller"), actor=ACTOR)
    result = set_company_funding_data(
        ws, cid, actor=ACTOR, headcount="49,75", headcount_linked="610", training_agreement=True
    )
    assert result == company_funding_data(ws, cid)
    assert (result.headcount, result.headcount_linked, result.works_council, result.training_agreement) == (
        Decimal("49.75"),
        Decimal(610),
        False,
        True,
    )
    assert co.load_company(ws, cid).contact_name == "Gerda Möller"
    with ws.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == cid, AuditEvent.action == "update")
        ).all()
        changed = {e.field: (e.old_value, e.new_value) for e in events}
    assert changed == {
        "headcount": (40, 49.75),
        "headcount_linked": (40, 610),
        "training_agreement": (False, True),
    }


def test_set_company_funding_data_is_all_or_nothing(ws: Workspace) -> None:
    cid = co.create_company(ws, CompanyInput("Möller KG", 40), actor=ACTOR)
    with pytest.raises(ValidationError) as err:
        set_company_funding_data(
            ws, cid, actor=ACTOR, headcount="60", headcount_linked="50", works_council=True
        )
    assert "darf nicht kleiner sein" in err.value.problems["headcount_linked"]
    assert company_funding_data(ws, cid).headcount == 40
    assert company_funding_data(ws, cid).works_council is False
