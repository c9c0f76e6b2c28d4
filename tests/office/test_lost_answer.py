"""Issue 12, docs/office-checklist.md „Found“, 1, over HTTPS: a push reaches the office through the real service
(PostgreSQL) and its answer is lost; the advisor edits the same field again; the next sync sends both (the
first a resend) and neither is a conflict of the advisor with herself."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.office.helpers import demo_companies, enrol_laptop
from tests.office.service import RunningService
from tests.office.test_round_trip import notes_in, office_notes, person_of, set_notes
from tests.sync.harness import laptop
from verbund_desktop.persistence.models.sync import office_conflict
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.sync.client import SyncConnectionError
from verbund_desktop.services.sync.http_transport import HttpTransport, sync_with_office
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.sync.messages import ApplyResult, Changeset


@pytest.fixture
def ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    ws = laptop(demo_template, tmp_path, "a")
    yield ws
    ws.close()


def office_conflicts(office: OfficeDatabase) -> int:
    with office.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(office_conflict)) or 0)


def test_an_edit_after_a_lost_answer_is_no_conflict(
    ws: Workspace, service: RunningService, office: OfficeDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    enrol_laptop(ws, service, office, companies=1)
    person = person_of(ws, demo_companies(office)[0][0])
    set_notes(ws, person, "vor dem Abbruch")
    real_push = HttpTransport.push

    def answer_lost(self: HttpTransport, changesets: Sequence[Changeset]) -> list[ApplyResult]:
        real_push(self, changesets)  # the office applied it; the answer does not come back
        raise SyncConnectionError("Die Verbindung zur Koordinierungsstelle ist abgebrochen.")

    monkeypatch.setattr(HttpTransport, "push", answer_lost)
    with pytest.raises(SyncConnectionError):
        sync_with_office(ws)
    monkeypatch.setattr(HttpTransport, "push", real_push)
    assert office_notes(office, person) == "vor dem Abbruch"
    set_notes(ws, person, "nach dem Abbruch")
    report = sync_with_office(ws)
    assert (report.accepted, report.conflicts, report.rejected) == (2, 0, 0)
    assert office_conflicts(office) == 0 and sync_counts(ws).pending == 0
    assert office_notes(office, person) == "nach dem Abbruch" == notes_in(ws, person)
