"""Issue 13 item 1: „Catalogues are network-wide data that sync from the office.“ Today an imported catalogue
stays on the laptop that imported it: the office refuses a device's change of shared content (issue 12's rule,
`services/sync/office_scope.py`), and the office has no import of its own. The refusal is whole and shown, never
silent. The second test (xfail, strict) is what the issue asks in one shape — a catalogue imported on a laptop
reaches the others through the office; a fix that imports at the office instead replaces it with that path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.support.offers import OFFICIAL_FULL
from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.persistence.models import TrainingOffer
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.offers.catalogue_import import import_offer_file
from verbund_desktop.services.sync.office_scope import SHARED_CONTENT
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.run import sync

IMPORTED = "SELECT COUNT(*) FROM training_offer WHERE provider_id != ''"


@pytest.fixture
def pair(demo_template: Path, tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    a, b = laptop(demo_template, tmp_path, "a"), laptop(demo_template, tmp_path, "b")
    yield a, b
    a.close()
    b.close()


def _import(ws: Workspace) -> int:
    result = import_offer_file(ws, OFFICIAL_FULL, actor="Test", today=date.today())
    with ws.unit_of_work() as uow:
        stored = uow.session.scalar(
            select(func.count()).select_from(TrainingOffer).where(TrainingOffer.provider_id != "")
        )
    assert stored == result.created > 0
    return result.created


def test_a_laptops_imported_catalogue_is_refused_whole_at_the_office_and_shown(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, _b = pair
    _import(a)
    report = sync(a, Direct(office, office.scope()))  # an office user's device: the whole network
    assert report.rejected >= 1
    assert office.scalar(IMPORTED) == 0  # nothing of it at the office
    assert sync_counts(a).rejected >= 1  # the status bar shows it (issue 12, W5)
    assert value(a, "SELECT COUNT(*) FROM sync_changeset WHERE message = :m", m=SHARED_CONTENT) >= 1


@pytest.mark.xfail(strict=True, reason="no path for a catalogue to reach the office (audit13, B1.13)")
def test_a_catalogue_imported_for_the_network_reaches_every_laptop(
    office: Office, pair: tuple[Workspace, Workspace]
) -> None:
    a, b = pair
    created = _import(a)
    sync(a, Direct(office, office.scope()))
    sync(b, Direct(office, office.scope()))
    assert value(b, IMPORTED) == created
