"""Capture: every change (ORM, Core bulk deletes, cascades) lands in the outbox, one changeset per commit."""

from __future__ import annotations

import json

from sqlalchemy import delete, select, text

from verbund_desktop.persistence.models import Company, Department, Employee
from verbund_desktop.persistence.sync_capture import install_capture, load_names, load_old_values
from verbund_desktop.persistence.workspace import Workspace


def clear_outbox(ws: Workspace) -> None:
    with ws.engine.begin() as conn:
        conn.execute(text("DELETE FROM sync_change"))
        conn.execute(text("DELETE FROM sync_changeset"))


def outbox(ws: Workspace) -> list[tuple[str, str, str, str | None]]:
    with ws.engine.connect() as conn:
        rows = conn.execute(text("SELECT tbl, row_id, op, old_data FROM sync_change ORDER BY id")).all()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def changesets(ws: Workspace) -> list[tuple[str, int]]:
    with ws.engine.connect() as conn:
        return [(r[0], r[1]) for r in conn.execute(text("SELECT id, local_seq FROM sync_changeset"))]


def test_one_changeset_per_commit_with_only_changed_synced_columns(ws: Workspace) -> None:
    clear_outbox(ws)
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee)).first()
        assert person is not None
        person.notes, person.job_title = "neu", "Meisterin"
        uow.commit()
    [(table, row_id, op, old)] = outbox(ws)
    assert (table, row_id, op) == ("employee", person.id.hex, "update")
    assert load_names(old) == ["job_title", "notes"]
    assert set(load_old_values(old)) == {"job_title", "notes"}  # the base a conflict shows, nothing else
    assert len(changesets(ws)) == 1


def test_local_only_columns_are_not_captured(ws: Workspace) -> None:
    clear_outbox(ws)
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE advisor SET is_current = NOT is_current"))
        conn.execute(text("UPDATE company SET updated_at = '2020-01-01 00:00:00.000000'"))
    with ws.unit_of_work() as uow:
        uow.commit()
    assert outbox(ws) == []


def test_bulk_deletes_and_cascades_become_tombstones_and_drop_unsent_content(ws: Workspace) -> None:
    clear_outbox(ws)
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee)).first()
        assert person is not None
        person.notes = "vertraulich"
        uow.commit()
    with ws.unit_of_work() as uow:
        uow.session.execute(delete(Employee).where(Employee.id == person.id))
        uow.commit()
    changes = outbox(ws)
    assert ("employee", person.id.hex, "delete", None) in changes
    assert {c[2] for c in changes} == {"delete"} and len(changes) > 1  # cascaded ratings, plans, consents
    with ws.engine.connect() as conn:
        stored = conn.execute(text("SELECT old_data, new_data FROM sync_change")).all()
        notices = conn.execute(text("SELECT text FROM sync_notice")).scalars().all()
    assert all(row == (None, None) for row in stored)
    assert len(notices) == 1 and "1 × employee" in notices[0]


def test_a_row_inserted_and_deleted_before_any_sync_leaves_nothing(ws: Workspace) -> None:
    clear_outbox(ws)
    with ws.unit_of_work() as uow:
        company = uow.session.scalars(select(Company)).first()
        assert company is not None
        department = Department(company_id=company.id, name="Versand")
        uow.session.add(department)
        uow.commit()
    with ws.unit_of_work() as uow:
        uow.session.execute(delete(Department).where(Department.id == department.id))
        uow.commit()
    assert outbox(ws) == [] and changesets(ws) == []


def test_triggers_follow_the_live_schema(ws: Workspace) -> None:
    with ws.engine.begin() as conn:
        assert not install_capture(conn)  # fingerprint unchanged: nothing rebuilt
        conn.execute(text("CREATE TABLE later_feature (id CHAR(32) PRIMARY KEY, label TEXT)"))
        assert install_capture(conn)
    clear_outbox(ws)
    with ws.unit_of_work() as uow:
        uow.session.execute(text("INSERT INTO later_feature VALUES ('ab', 'x')"))
        uow.commit()
    with ws.engine.connect() as conn:
        new = conn.execute(text("SELECT new_data FROM sync_change")).scalar_one()
    assert outbox(ws)[0][:3] == ("later_feature", "ab", "insert")
    assert json.loads(new) == [{"id": "ab", "label": "x"}]
