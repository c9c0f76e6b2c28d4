"""Enrolment takes the bundled content out of a laptop's outbox (it enters as seed, version 0) and keeps the
advisor's own work made before it: the first sync pushes nothing the office refuses and loses nothing."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from tests.sync.harness import Direct, Office, value
from tests.workspaces import copy_of
from verbund_desktop.persistence.models import (
    CompetenceArea,
    CompetenceCatalog,
    Employee,
    OfferCompetence,
    TrainingOffer,
)
from verbund_desktop.persistence.scope import SHARED_TABLES
from verbund_desktop.persistence.workspace import Workspace, create_workspace, open_workspace
from verbund_desktop.services.sync.enrolment import settle_bundled_content
from verbund_desktop.services.sync.office_seed_order import enter_seeded_rows
from verbund_desktop.services.sync.outbox import canonical_id, start_new_replica, sync_counts
from verbund_desktop.services.sync.run import sync
from verbund_desktop.services.workspace.bundled_ids import bundled_content_ids
from verbund_desktop.services.workspace.workspace_service import sync_content


def _enrol(ws: Workspace) -> int:
    with ws.engine.begin() as conn:
        return settle_bundled_content(conn)


def test_a_new_laptop_pushes_none_of_its_bundled_content(office: Office, tmp_path: Path) -> None:
    with Session(office.engine) as session:
        enter_seeded_rows(session, office.network_id)
        session.commit()
    ws = create_workspace(tmp_path / "neu.db", None, initialize=sync_content)
    try:
        with ws.engine.begin() as conn:
            start_new_replica(conn)
        assert sync_counts(ws).pending > 0  # the shipped content, captured as inserts
        assert _enrol(ws) > 0
        assert sync_counts(ws).pending == 0 and _enrol(ws) == 0
        report = sync(ws, Direct(office, office.scope([])))
        assert (report.accepted, report.conflicts, report.rejected) == (0, 0, 0)
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM sync_changeset")).scalar() == 0
    finally:
        ws.close()


def _with_new_bundled_offer(ws: Workspace) -> uuid.UUID:
    """A shipped offer this laptop did not have yet arrives (as a program update brings it): pending inserts of
    content ids (the offer and its competences), next to the advisor's own work."""
    offers, links = TrainingOffer.__table__, OfferCompetence.__table__
    with ws.engine.begin() as conn:
        row = conn.execute(select(offers).order_by(offers.c.key)).first()
        assert row is not None and row.id.version == 5
        children = [dict(r._mapping) for r in conn.execute(select(links).where(links.c.offer_id == row.id))]
        conn.execute(text("UPDATE sync_state SET capture = 0"))
        conn.execute(delete(links).where(links.c.offer_id == row.id))
        conn.execute(delete(offers).where(offers.c.id == row.id))
        conn.execute(text("UPDATE sync_state SET capture = 1"))
    with ws.unit_of_work() as uow:
        uow.session.execute(insert(offers).values(dict(row._mapping)))
        if children:
            uow.session.execute(insert(links), children)
        uow.commit()
    return row.id


def test_the_advisors_own_work_before_enrolment_is_still_pushed(
    office: Office, demo_template: Path, tmp_path: Path
) -> None:
    ws = open_workspace(copy_of(demo_template, tmp_path / "laptop.db"))
    try:
        with ws.engine.begin() as conn:  # a copy of the seed workspace: nothing of the seed to send
            conn.execute(text("DELETE FROM sync_change"))
            conn.execute(text("DELETE FROM sync_changeset"))
            start_new_replica(conn)
        offer = _with_new_bundled_offer(ws)
        with ws.unit_of_work() as uow:  # the advisor's own work, before enrolment
            person = uow.session.scalars(select(Employee).order_by(Employee.id)).first()
            assert person is not None
            person.notes = "vor dem Verbinden"
            ident, company = person.id, str(person.company_id)
            uow.commit()
        assert value(ws, "SELECT count(*) FROM training_offer WHERE id = :i", i=offer.hex) == 1
        assert _enrol(ws) > 0
        assert sync_counts(ws).pending == 1  # the edit waits, the shipped offer does not
        report = sync(ws, Direct(office, office.scope([company])))
        assert (report.accepted, report.conflicts, report.rejected) == (1, 0, 0)
        assert office.scalar("SELECT notes FROM employee WHERE id = :i", i=ident.hex) == "vor dem Verbinden"
        assert value(ws, "SELECT count(*) FROM training_offer WHERE id = :i", i=offer.hex) == 1
        assert sync_counts(ws).pending == 0
    finally:
        ws.close()


def test_the_bundled_ids_are_the_ids_a_fresh_workspace_holds(tmp_path: Path) -> None:
    """``bundled_content_ids`` derives the ids as the content loader does: a fresh workspace's shared rows."""
    ws = create_workspace(tmp_path / "frisch.db", None, initialize=sync_content)
    try:
        held: set[str] = set()
        with ws.engine.connect() as conn:
            for name in sorted(SHARED_TABLES):
                held.update(canonical_id(r) for r in conn.execute(text(f"SELECT id FROM {name}")).scalars())
    finally:
        ws.close()
    assert held and held <= bundled_content_ids()


def test_a_catalogue_a_person_imported_before_enrolment_stays_in_the_outbox(tmp_path: Path) -> None:
    ws = create_workspace(tmp_path / "neu.db", None, initialize=sync_content)
    try:
        _enrol(ws)
        with ws.unit_of_work() as uow:
            area = CompetenceArea(id=uuid.uuid4(), code="X1", name_de="Eigenes", name_en="Own", position=99)
            catalog = uow.session.scalars(select(CompetenceCatalog)).first()
            assert catalog is not None
            catalog.areas.append(area)
            uow.commit()
        assert _enrol(ws) == 0 and sync_counts(ws).pending == 1
    finally:
        ws.close()
