"""The office database on PostgreSQL 16 (psycopg 3): URL, engine, schema upgrade and units of work.

The same models and the same Alembic chain as a laptop workspace; PostgreSQL runs every migration in one
transaction (its DDL is transactional), under an advisory lock so that two ``init`` runs cannot interleave.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import URL, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from verbund_desktop.persistence.uow import UnitOfWork

# Any constant both ``init`` runs agree on ("VERBUND" in ASCII); only one upgrade runs at a time.
_MIGRATION_LOCK = 0x56455242554E44


class OfficeDatabaseError(UserError):
    """The office database cannot be used as given (wrong address, wrong schema); the text says what to do."""


def office_url(raw: str) -> URL:
    """A PostgreSQL URL for psycopg 3 (``postgresql://…`` and ``postgres://…`` are accepted as well)."""
    try:
        url = make_url(raw.replace("postgres://", "postgresql://", 1))
    except ArgumentError as exc:
        raise OfficeDatabaseError("Die Adresse der Büro-Datenbank ist keine gültige Datenbank-URL.") from exc
    if url.get_backend_name() != "postgresql":
        raise OfficeDatabaseError(
            "Die Büro-Datenbank muss PostgreSQL sein (Adresse beginnt mit „postgresql://“)."
        )
    return url.set(drivername="postgresql+psycopg")


def make_office_engine(raw_url: str) -> Engine:
    # hide_parameters: an error text (log, traceback) must never quote row contents.
    return create_engine(office_url(raw_url), hide_parameters=True, pool_pre_ping=True)


def init_office_database(raw_url: str) -> tuple[str | None, str]:
    """Create or upgrade the office database to the program's schema; returns (revision before, after)."""
    engine = make_office_engine(raw_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            before = current_revision(conn)
            if before is not None and before not in known_revisions():
                raise OfficeDatabaseError(
                    f"Die Büro-Datenbank hat den Schema-Stand {before}, den dieses Programm nicht kennt; "
                    "bitte das neuere Programm verwenden."
                )
            upgrade_to_head(conn)
            return before, head_revision()
    finally:
        engine.dispose()


class OfficeDatabase:
    """The open office database: one engine (a connection pool) shared by every request of the service."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._sessions)

    def session(self) -> Session:
        return self._sessions()

    @contextlib.contextmanager
    def request_session(self) -> Iterator[Session]:
        """A session on one connection for a whole request, for several transactions in a row: each
        ``commit()`` ends one and the next statement begins the next on the same connection (no pool checkout
        and no pre-ping in between). Leaving the block rolls back what is not committed."""
        with self.engine.connect() as conn, Session(bind=conn, expire_on_commit=False) as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()


def open_office_database(raw_url: str) -> OfficeDatabase:
    """Open an office database that is at the program's schema revision; else say to run ``init`` first."""
    engine = make_office_engine(raw_url)
    try:
        with engine.connect() as conn:
            revision = current_revision(conn)
    except Exception:
        engine.dispose()
        raise
    if revision != head_revision():
        engine.dispose()
        state = "leer" if revision is None else f"auf dem Stand {revision}"
        raise OfficeDatabaseError(
            f"Die Büro-Datenbank ist {state}; bitte zuerst „verbund office init --db …“ ausführen."
        )
    return OfficeDatabase(engine)
