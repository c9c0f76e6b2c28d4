"""`verbund office init` loads the bundled content of a newer program that the office lacks, enters it into the
network's sync order so that laptops pull it, and a second run changes nothing (PostgreSQL).

The newer program is this one with one more guide version in its bundle (``builtin_guides`` extended). Before,
``init`` only migrated: the new guide never reached the office, and a laptop on the newer program that used it
was refused by the office's foreign key.
"""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from sqlalchemy import func, select

from tests.cli_runner import verbund
from verbund_desktop.assessment import guide as guides
from verbund_desktop.persistence.models import GuideQuestion, InterviewGuide, Network
from verbund_desktop.persistence.models.sync import office_sync_row, office_sync_seq
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.sync.office_apply import Scope, changes_since
from verbund_desktop.services.sync.office_seed_order import enter_seeded_rows
from verbund_desktop.services.workspace.content import content_id

NEW_VERSION = "99.0"


def _state(office: OfficeDatabase) -> tuple[int, int, str]:
    with office.unit_of_work() as uow:
        s = uow.session
        network = str(s.scalars(select(Network.id)).one())
        last = s.scalar(select(office_sync_seq.c.last_seq).where(office_sync_seq.c.network_id == network))
        rows = s.scalar(select(func.count()).select_from(office_sync_row))
    return int(last or 0), int(rows or 0), network


@pytest.fixture
def newer_bundle(monkeypatch: pytest.MonkeyPatch) -> guides.InterviewGuideDefinition:
    shipped = guides.builtin_guides()
    newer = dataclasses.replace(shipped[0], version=NEW_VERSION)
    monkeypatch.setattr(guides, "builtin_guides", lambda: (*shipped, newer))
    return newer


def test_init_loads_the_newer_bundle_into_the_sync_order_once(
    office: OfficeDatabase, demo_office_url: str, newer_bundle: guides.InterviewGuideDefinition
) -> None:
    with office.unit_of_work() as uow:  # the office as `verbund office seed` leaves it
        enter_seeded_rows(uow.session, str(uow.session.scalars(select(Network.id)).one()))
        uow.commit()
    last, _, network = _state(office)

    first = verbund("office", "init", "--db", demo_office_url)
    assert first.returncode == 0, first.stderr
    assert f"{newer_bundle.key} {NEW_VERSION}" in first.stdout

    guide_id = str(content_id("guide", newer_bundle.key, NEW_VERSION))
    with office.unit_of_work() as uow:
        s = uow.session
        assert s.get(InterviewGuide, uuid.UUID(guide_id)) is not None
        questions = s.scalar(
            select(func.count())
            .select_from(GuideQuestion)
            .join(GuideQuestion.section)
            .where(GuideQuestion.section.has(guide_id=uuid.UUID(guide_id)))
        )
        assert questions == sum(1 for _ in newer_bundle.questions())
        entry = s.execute(select(office_sync_row).where(office_sync_row.c.row_id == guide_id)).one()
        pulled = changes_since(s, Scope(network_id=network, company_ids=frozenset()), last, 5000)
    assert (entry.tbl, entry.version, entry.deleted, entry.network_id) == (
        "interview_guide",
        0,
        False,
        network,
    )
    assert entry.server_seq == last + 1  # one new step of the network's order, after everything before
    by_row = {(r.table, r.row_id): r for r in pulled.rows}
    assert (
        by_row[("interview_guide", guide_id)].values is not None
    )  # a laptop (even with no company) pulls it
    assert {r.table for r in pulled.rows} >= {"interview_guide", "guide_section", "guide_question"}

    after_first = _state(office)
    again = verbund("office", "init", "--db", demo_office_url)
    assert again.returncode == 0, again.stderr
    assert "Mitgelieferte Inhalte sind aktuell." in again.stdout
    assert _state(office) == after_first  # idempotent: no new order, no new sync row


def test_init_of_an_empty_office_leaves_the_content_to_seed(office_url: str) -> None:
    result = verbund("office", "init", "--db", office_url)
    assert result.returncode == 0, result.stderr
    assert "office seed" in result.stdout
