"""Revision 0010_sync_ids numbers the office's devices in the order of their enrolment, and goes away again."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, text

from verbund_desktop.persistence.migrate import alembic_config

REVISION, BEFORE = "0010_sync_ids", "0011_office_users"


def test_existing_devices_get_numbers_in_enrolment_order(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'office.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), BEFORE)
    network, advisor = uuid.uuid4().hex, uuid.uuid4().hex
    start = datetime(2026, 12, 1, tzinfo=UTC)
    devices = [uuid.uuid4().hex for _ in range(3)]
    with engine.begin() as conn:
        now = start.isoformat()  # foreign keys are off here: the devices need no network and advisor rows
        for order, device in zip((2, 0, 1), devices, strict=True):  # enrolled in another order than made
            conn.execute(
                text(
                    "INSERT INTO office_device (id, network_id, advisor_id, label, public_key, enrolled_at, "
                    "created_at, updated_at) VALUES (:i, :n, :a, '', :k, :e, :t, :t)"
                ),
                {
                    "i": device,
                    "n": network,
                    "a": advisor,
                    "k": uuid.uuid4().bytes * 2,
                    "e": (start + timedelta(days=order)).isoformat(),
                    "t": now,
                },
            )
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), REVISION)
        numbers = dict(conn.execute(text("SELECT id, code_tag_number FROM office_device")).all())
    assert [numbers[d] for d in devices] == [3, 1, 2]
    assert any(
        i["unique"] for i in inspect(engine).get_indexes("office_device") if i["name"].endswith("number")
    )
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), BEFORE)
    assert "code_tag_number" not in {c["name"] for c in inspect(engine).get_columns("office_device")}
