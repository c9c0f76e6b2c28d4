"""Alembic environment: always runs on a connection handed over by the program (or by pytest-alembic)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from verbund_desktop.persistence import models  # noqa: F401  - registers the tables
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.sync_capture import drop_capture

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("Alembic needs a connection or sqlalchemy.url")
        from sqlalchemy import create_engine

        engine = create_engine(url, hide_parameters=True)
        with engine.connect() as conn:
            _run(conn)
        return
    _run(connection)


def _refuse_foreign_keys_on(connection: Connection) -> None:
    """A table rebuild with foreign keys on cascades into every dependent row: refuse before any change."""
    if connection.dialect.name == "sqlite" and connection.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError(
            "Schema changes must run with foreign keys off (persistence.engine.make_schema_engine); "
            "a batch table rebuild would cascade-delete dependent rows."
        )


def _run(connection: Connection) -> None:
    _refuse_foreign_keys_on(connection)
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        # The sync capture triggers name columns: a migration dropping or renaming one would fail on them. They
        # go before any revision runs and are generated anew from the upgraded schema (sync_capture).
        drop_capture(connection)
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Offline-Migrationen werden nicht unterstützt.")
run_migrations_online()
