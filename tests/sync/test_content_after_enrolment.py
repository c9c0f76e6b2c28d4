"""A new program version updates the bundled content of an enrolled workspace: it enters as seed (nothing of it
waits in the outbox, nothing is refused), and the advisor's own work is pushed as before (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, select, text, update

from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.persistence.models import ContentVersion, Employee, OfferCompetence, TrainingOffer
from verbund_desktop.persistence.scope import SHARED_TABLES
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.run import sync
from verbund_desktop.services.sync.sync_file import set_file_keys
from verbund_desktop.services.workspace.workspace_service import sync_content


def _enrolled(demo_template: Path, tmp_path: Path) -> Workspace:
    ws = laptop(demo_template, tmp_path, "a")
    office_key = Ed25519PrivateKey.generate()
    set_file_keys(ws, os.urandom(32), Ed25519PrivateKey.generate(), office_key.public_key())
    return ws


def _as_if_an_older_program_loaded_it(ws: Workspace) -> dict[str, Any]:
    """The laptop's content as an older program version left it: one bundled offer missing, another with an old
    title, and the markers of the old bundle, so that ``sync_content`` loads (inserts, updates, replaces) content
    the way a new version does. Written with capture off: this is the state that was synced before."""
    offers, links = TrainingOffer.__table__, OfferCompetence.__table__
    with ws.engine.begin() as conn:
        first, second = conn.execute(select(offers.c.id, offers.c.title).order_by(offers.c.key)).all()[:2]
        conn.execute(text("UPDATE sync_state SET capture = 0"))
        conn.execute(delete(links).where(links.c.offer_id == first.id))
        conn.execute(delete(offers).where(offers.c.id == first.id))
        conn.execute(update(offers).where(offers.c.id == second.id).values(title="Alter Titel"))
        conn.execute(update(ContentVersion.__table__).values(version="alt"))
        conn.execute(text("UPDATE sync_state SET capture = 1"))
    return {"missing": first.id, "renamed": second.id, "title": second.title}


def _own_work(ws: Workspace, notes: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee.id).order_by(Employee.pseudonym_code)).first()
        uow.session.execute(update(Employee).where(Employee.id == person).values(notes=notes))
        uow.commit()
    assert person is not None
    return person


def _shared_changes(ws: Workspace) -> int:
    names = ", ".join(f"'{t}'" for t in sorted(SHARED_TABLES))
    return int(value(ws, f"SELECT count(*) FROM sync_change WHERE tbl IN ({names})"))


@pytest.mark.parametrize("pending_before", [False, True])
def test_a_content_update_after_enrolment_enters_as_seed_and_the_advisors_work_is_pushed(
    office: Office, demo_template: Path, tmp_path: Path, pending_before: bool
) -> None:
    ws = _enrolled(demo_template, tmp_path)
    try:
        content = _as_if_an_older_program_loaded_it(ws)
        before = _own_work(ws, "vor dem Update") if pending_before else None
        report = sync_content(ws)  # the new program version at start (open_existing, restore_open)
        assert report.changed and report.offers_loaded > 0
        after = _own_work(ws, "nach dem Update")
        assert _shared_changes(ws) == 0  # nothing of the content waits to be pushed
        assert value(ws, "SELECT count(*) FROM training_offer WHERE id = :i", i=content["missing"].hex) == 1
        assert (
            value(ws, "SELECT title FROM training_offer WHERE id = :i", i=content["renamed"].hex)
            == (content["title"])
        )
        company = str(uuid.UUID(value(ws, "SELECT company_id FROM employee WHERE id = :i", i=after.hex)))
        sent = sync(ws, Direct(office, office.scope([company])))  # an advisor's laptop
        assert sent.accepted == 1
        assert (sent.conflicts, sent.rejected) == (0, 0)
        assert sync_counts(ws).pending == 0
        assert value(ws, "SELECT count(*) FROM sync_changeset WHERE status = 'rejected'") == 0
        for person in {p for p in (before, after) if p is not None}:
            assert (
                office.scalar("SELECT notes FROM employee WHERE id = :i", i=person.hex) == "nach dem Update"
            )
    finally:
        ws.close()
