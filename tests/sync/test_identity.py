"""Identity: a restored backup is a new replica (re-pull), never a rewound one; nothing is lost or doubled."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select, update

from tests.sync.harness import Direct, Office, laptop, value
from verbund_desktop.persistence.backup import BackupKind, rotating_backup
from verbund_desktop.persistence.models import Department, Employee
from verbund_desktop.persistence.restore import restore_into
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.run import sync


def test_a_restored_backup_gets_a_new_identity_and_pulls_what_it_missed(
    demo_template: Path, tmp_path: Path
) -> None:
    office = Office(demo_template, tmp_path)
    ws = laptop(demo_template, tmp_path, "a")
    try:
        with ws.unit_of_work() as uow:
            person = uow.session.scalars(select(Employee.id).order_by(Employee.pseudonym_code)).first()
            company = uow.session.scalars(select(Employee.company_id).where(Employee.id == person)).one()
        backup = rotating_backup(ws, BackupKind.MANUAL).path
        before = value(ws, "SELECT replica_id FROM sync_state")
        with ws.unit_of_work() as uow:  # made, and synced, after the backup
            uow.session.execute(
                update(Employee).where(Employee.id == person).values(notes="nach der Sicherung")
            )
            uow.session.add(Department(id=uuid.uuid4(), company_id=company, name="Nach der Sicherung"))
            uow.commit()
        sync(ws, Direct(office, office.scope()))
        seq = office.last_seq()
        restore_into(ws, backup)
        assert value(ws, "SELECT replica_id FROM sync_state") != before
        assert value(ws, "SELECT pull_cursor FROM sync_state") == 0
        report = sync(ws, Direct(office, office.scope()))
        assert report.new_identity is False and office.last_seq() == seq  # nothing sent twice
        assert value(ws, "SELECT notes FROM employee WHERE id = :i", i=person.hex) == "nach der Sicherung"
        assert value(ws, "SELECT count(*) FROM department WHERE name = 'Nach der Sicherung'") == 1
        assert sync_counts(ws).pending == 0
    finally:
        ws.close()
