"""0003_consent_purposes: a workspace from before consent per purpose migrates without losing a record.

The old workspace is the demo at revision 0001 with one consent record per person (all of purpose
„kompetenzerhebung“, as the old program wrote them). After opening it with this program every row is still
there, every old record counts for purpose (1) only, and the new Art. 13 fields are empty.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import delete, inspect, select, text

from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.persistence.engine import make_schema_engine
from verbund_desktop.persistence.migrate import alembic_config
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.models import ConsentRecord, Employee
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.protection.consent import consent_state
from verbund_desktop.services.protection.consent_sheet import consent_sheet_view, sheet_gaps
from verbund_desktop.services.workspace.demo import create_demo_workspace

NEW_NETWORK_COLUMNS = {"street", "postcode", "city", "contact", "dpo_name", "dpo_contact", "authority_name"}


def row_counts(ws: Workspace) -> dict[str, int]:
    with ws.engine.connect() as conn:
        tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        return {t: int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()) for t in tables}


def old_workspace(path: Path) -> dict[str, int]:
    """The demo as the program before 0003 kept it; returns its row counts."""
    ws = create_demo_workspace(path, "pw")
    with ws.unit_of_work() as uow:
        uow.session.execute(delete(ConsentRecord).where(ConsentRecord.purpose != "kompetenzerhebung"))
        uow.commit()
    with make_schema_engine(path, "pw").begin() as conn:
        command.downgrade(alembic_config(conn), "0001_initial")
        columns = {c["name"] for c in inspect(conn).get_columns("network")}
        assert not columns & NEW_NETWORK_COLUMNS  # really the old schema
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0001_initial"
    counts = row_counts(ws)
    ws.close()
    return counts


def test_an_old_workspace_keeps_every_record_and_old_consents_count_for_purpose_one(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    before = old_workspace(path)
    assert before["consent_record"] == before["employee"] > 0
    ws = open_workspace(path, "pw", backup_dir=tmp_path / "backups")
    try:
        assert ws.migration_backup is not None and ws.migration_backup.exists()
        after = row_counts(ws)
        assert {t: after[t] for t in before} == before
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == HEAD_REVISION
            empty = conn.execute(text("SELECT street, dpo_name, authority_name FROM network")).one()
        assert tuple(empty) == ("", "", "")
        with ws.unit_of_work() as uow:
            people = list(uow.session.scalars(select(Employee.id)))
        for person in people:
            state = consent_state(ws, person)
            assert state[ConsentPurpose.INTERVIEW_AND_PLAN] is not None
            assert state[ConsentPurpose.FUNDING_APPLICATION] is None
            assert state[ConsentPurpose.NETWORK_POOLING] is None
        # The sheet still renders and says what the office has to enter now.
        view = consent_sheet_view(ws, people[0])
        assert view.supervisory_authority is None and view.recorded
        assert [p.ticked for p in view.purposes] == [True, False, False]
        assert any("Aufsichtsbehörde" in gap for gap in sheet_gaps(ws, people[0]))
    finally:
        ws.close()
