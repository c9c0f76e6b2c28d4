"""0005_offers: a workspace from before offer catalogues migrates without losing an offer or a plan's link."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect, select, text

from verbund_desktop.persistence.engine import make_schema_engine
from verbund_desktop.persistence.migrate import alembic_config
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import PlanMeasure, TrainingOffer
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.workspace.demo import create_demo_workspace

NEW_COLUMNS = {"provider_id", "course_id", "sessions", "retired", "retired_on", "competences_confirmed"}


def _links(path: Path) -> set[tuple[str, str]]:
    with make_schema_engine(path, None).connect() as conn:
        rows = conn.execute(text("SELECT id, offer_id FROM plan_measure WHERE offer_id IS NOT NULL")).all()
    return {(str(a), str(b)) for a, b in rows}


def test_old_offers_stay_suggestible_and_plans_keep_their_offer(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    create_demo_workspace(path, None).close()
    with make_schema_engine(path, None).begin() as conn:
        command.downgrade(alembic_config(conn), "0003_consent_purposes")
        assert not {c["name"] for c in inspect(conn).get_columns("training_offer")} & NEW_COLUMNS
    links = _links(path)
    assert links
    ws = open_workspace(path)
    try:
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD_REVISION
        with ws.unit_of_work() as uow:
            offers = list(uow.session.scalars(select(TrainingOffer)))
            assert offers and all(o.competences_confirmed and not o.retired for o in offers)
            assert all(o.sessions == [] and o.provider_id == "" for o in offers)
            measures = uow.session.scalars(select(PlanMeasure).where(PlanMeasure.offer_id.is_not(None))).all()
            assert {(m.id.hex, m.offer_id.hex) for m in measures if m.offer_id} == links
    finally:
        ws.close()
