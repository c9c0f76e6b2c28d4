"""The remaining imports run as jobs too (issue 11): a cancelled ESCO catalogue load, § 82 rule set import or
sync file import stores nothing and shows no message; the same import afterwards works."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.services.offers.test_esco import ESCO_SAMPLE, sample_uri
from tests.ui.common.test_cancelled_jobs import Gate, cancel_in_status_bar
from tests.ui.windows import make_window
from verbund_desktop.persistence.models import AuditEvent, CompetenceCatalog
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.offers import esco_catalogue
from verbund_desktop.ui.offers import offer_menu


def catalogue_rows(ws: Workspace) -> tuple[int, int]:
    """Competence catalogues and audit entries of catalogue loads."""
    with ws.unit_of_work() as uow:
        catalogs = uow.session.scalar(select(func.count()).select_from(CompetenceCatalog))
        audits = uow.session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "katalog_importiert")
        )
    return int(catalogs or 0), int(audits or 0)


def test_a_cancelled_esco_load_stores_nothing(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancelled while the catalogue is being added: the unit of work rolls back, no catalogue and no audit
    entry is stored and no message is shown; not cancelled, the same load stores the branch."""
    window = make_window(qtbot, demo_ws)
    shown: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(offer_menu.QMessageBox, name, lambda *a: shown.append(a[2]))
    gate = Gate(esco_catalogue.add_catalog)
    monkeypatch.setattr(esco_catalogue, "add_catalog", gate)
    before = catalogue_rows(demo_ws)
    job = window.offer_actions.import_esco(ESCO_SAMPLE, sample_uri("S8"), "1.2.0")
    assert job is not None
    assert cancel_in_status_bar(qtbot, window, gate) is job and job.outcome == "cancelled"
    assert catalogue_rows(demo_ws) == before and shown == [] and window.offer_actions.esco_result is None

    done = window.offer_actions.import_esco(ESCO_SAMPLE, sample_uri("S8"), "1.2.0")
    assert done is not None
    qtbot.waitUntil(lambda: done.done)
    assert done.outcome == "finished" and catalogue_rows(demo_ws) == (before[0] + 1, before[1] + 1)
    result = window.offer_actions.esco_result
    assert result is not None and result.competences == 7
    assert shown and "7 Kompetenzen" in shown[0] and "CC BY 4.0" in shown[0]
