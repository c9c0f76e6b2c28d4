"""Revision 0011_office_users lets a device or a code belong to an office user, on SQLite and PostgreSQL: an
advisor's device from before keeps its advisor, a row with no holder or two is refused, and the way down keeps
the advisors' devices (office users' devices go: the old schema has no place for them)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from tests.pg import fresh_database
from verbund_desktop.persistence.migrate import alembic_config

REVISION, BEFORE = "0011_office_users", "0012_offer_hours"
NOW = "2026-12-02 12:00:00+00:00"


@contextmanager
def _engine(backend: str, tmp_path: Path) -> Iterator[Engine]:
    if backend == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'ws.db'}")
        yield engine
        engine.dispose()
        return
    with fresh_database(migrated=False) as url:
        engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
        try:
            yield engine
        finally:
            engine.dispose()


def _ident(conn: Connection, value: uuid.UUID) -> str:
    return value.hex if conn.dialect.name == "sqlite" else str(value)


def _insert(conn: Connection, table: str, **values: object) -> None:
    values = {"created_at": NOW, "updated_at": NOW, **values}
    names = ", ".join(values)
    conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in values)})"), values)


def _device(conn: Connection, network: str, *, advisor: str | None, user: str | None) -> str:
    ident = _ident(conn, uuid.uuid4())
    holder = {"advisor_id": advisor} if user is None else {"advisor_id": advisor, "office_user_id": user}
    _insert(
        conn, "office_device", id=ident, network_id=network, public_key=uuid.uuid4().bytes * 2,
        label="", enrolled_at=NOW, **holder,
    )  # fmt: skip
    return ident


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_devices_of_advisors_and_office_users(backend: str, tmp_path: Path) -> None:
    with _engine(backend, tmp_path) as engine:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), BEFORE)
            network, advisor, user = (_ident(conn, uuid.uuid4()) for _ in range(3))
            _insert(conn, "network", id=network, name="Verbund", region="", description="")
            _insert(
                conn, "advisor", id=advisor, network_id=network, name="Beraterin", email="", is_current=False
            )
            old_device = _device(conn, network, advisor=advisor, user=None)
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), REVISION)
            _insert(
                conn, "office_user", id=user, network_id=network, name="Büro", email="", role="coordinator"
            )
            office_device = _device(conn, network, advisor=None, user=user)
            held = conn.execute(text("SELECT advisor_id FROM office_device WHERE id = :i"), {"i": old_device})
            assert str(held.scalar_one()).replace("-", "") == advisor.replace("-", "")
        for holders in ({"advisor": None, "user": None}, {"advisor": advisor, "user": user}):
            with pytest.raises(IntegrityError), engine.begin() as conn:
                _device(conn, network, **holders)
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), BEFORE)
            left = {str(r[0]) for r in conn.execute(text("SELECT id FROM office_device"))}
        assert left == {old_device} and office_device not in left
