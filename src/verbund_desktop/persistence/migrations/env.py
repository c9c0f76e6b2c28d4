"""Alembic environment: always runs on a connection handed over by the program (or by pytest-alembic)."""

from __future__ import annotations

from alembic import context

from verbund_desktop.persistence import models  # noqa: F401  - registers the tables
from verbund_desktop.persistence.base import Base

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


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Offline-Migrationen werden nicht unterstützt.")
run_migrations_online()
