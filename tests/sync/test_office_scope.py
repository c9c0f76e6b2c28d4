"""The scope of a device at the office's apply, SQLite and PostgreSQL: an office user's device writes any company
of its network but no row of another network and no shared content; an advisor's device cannot move a company
into another network nor create one there. Each refusal is whole and leaves the office unchanged."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.sync.harness import Office, replica_rows
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import Company, Network
from verbund_desktop.services.sync.office_apply import apply_changeset
from verbund_desktop.services.sync.office_scope import NOT_ASSIGNED, OTHER_NETWORK, SHARED_CONTENT
from verbund_desktop.services.sync.schema import to_wire_values
from verbund_desktop.sync.messages import ApplyResult, Change, Changeset

SCHEMA = HEAD_REVISION  # the laptop is at the current revision


def _foreign_company(office: Office) -> str:
    """A second network with one company at the office; returns the company's id."""
    network, company = uuid.uuid4(), uuid.uuid4()
    with Session(office.engine) as session:
        session.add(Network(id=network, name="Anderer Verbund"))
        session.flush()
        session.add(
            Company(
                id=company,
                network_id=network,
                name="Fremde GmbH",
                headcount=Decimal(5),
                headcount_linked=Decimal(5),
            )
        )
        session.commit()
    return str(company)


def _own_company(office: Office) -> dict[str, Any]:
    with Session(office.engine) as session:
        row = session.execute(select(Company.__table__).order_by(Company.name)).mappings().first()
    assert row is not None
    return to_wire_values("company", dict(row))


def _department(company_id: str, name: str = "Neu") -> Change:
    ident = str(uuid.uuid4())
    return Change("department", ident, "insert", 0, {"id": ident, "company_id": company_id, "name": name})


def _apply(office: Office, companies: list[str] | None, *changes: Change) -> ApplyResult:
    changeset = Changeset(str(uuid.uuid4()), str(uuid.uuid4()), 1, SCHEMA, changes)
    with Session(office.engine) as session:
        result = apply_changeset(session, office.scope(companies), changeset)
        session.commit()
    return result


def test_an_office_users_device_writes_every_company_of_its_network_only(office: Office) -> None:
    foreign = _foreign_company(office)
    own = _own_company(office)
    before = replica_rows(office.engine)
    refused = _apply(office, None, _department(own["id"]), _department(foreign))
    assert (refused.status, refused.message) == ("rejected", OTHER_NETWORK)  # whole: the own one is not taken
    assert replica_rows(office.engine) == before and office.last_seq() == 0
    accepted = _apply(office, None, _department(own["id"]))
    assert accepted.status == "accepted"


def test_no_device_writes_the_content_every_network_shares(office: Office) -> None:
    offers = Company.metadata.tables["training_offer"]
    with Session(office.engine) as session:
        row = session.execute(select(offers).order_by(offers.c.key)).mappings().first()
    assert row is not None
    offer_id = str(row["id"])
    before = replica_rows(office.engine)
    change = Change("training_offer", offer_id, "update", 0, {"title": "Im Büro umbenannt"})
    for companies in (None, [_own_company(office)["id"]]):
        result = _apply(office, companies, change)
        assert result.status == "rejected"
        assert result.message == (SHARED_CONTENT if companies is None else NOT_ASSIGNED)
    assert replica_rows(office.engine) == before
    same = Change("training_offer", offer_id, "update", 0, {"title": row["title"]})
    assert _apply(office, None, same).status == "accepted"  # an identical copy is no change


@pytest.mark.parametrize("how", ["move", "create"])
def test_an_advisor_cannot_put_a_company_into_another_network(office: Office, how: str) -> None:
    foreign = _foreign_company(office)
    with Session(office.engine) as session:
        other_network = str(session.get(Company, uuid.UUID(foreign)).network_id)  # type: ignore[union-attr]
    own = _own_company(office)
    before = replica_rows(office.engine)
    if how == "move":
        change = Change("company", own["id"], "update", 0, {"network_id": other_network})
    else:
        ident = str(uuid.uuid4())
        change = Change(
            "company", ident, "insert", 0, {**own, "id": ident, "name": "Neu", "network_id": other_network}
        )
    result = _apply(office, [own["id"]], change)
    assert (result.status, result.message) == ("rejected", OTHER_NETWORK)
    assert replica_rows(office.engine) == before
