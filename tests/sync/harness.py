"""An office and laptops in one process: the office on a SQLite copy of the demo or on PostgreSQL
(``tests/pg.py``), laptops as workspace copies, a transport that calls the office directly, and every synced
row of a replica within a scope (an advisor's companies, or the whole network for an office user's device)."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event, func, null, select, text
from sqlalchemy.orm import Session

from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import Network
from verbund_desktop.persistence.models.sync import office_sync_seq
from verbund_desktop.persistence.scope import COMPANY_PARENT, company_path
from verbund_desktop.persistence.sync_capture import is_synced_table
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.sync.office_apply import Scope, apply_changeset, changes_since
from verbund_desktop.services.sync.outbox import start_new_replica
from verbund_desktop.services.sync.schema import synced_table, to_wire_values
from verbund_desktop.sync.messages import ApplyResult, Batch, Changeset


class Office:
    """The office database: a SQLite copy of the demo, or (``engine`` given) PostgreSQL seeded with it."""

    def __init__(self, template: Path, directory: Path, engine: Engine | None = None) -> None:
        if engine is None:
            path = directory / "office.db"
            shutil.copy(template, path)
            engine = create_engine(f"sqlite:///{path}")
            event.listen(engine, "connect", lambda conn, _r: conn.execute("PRAGMA foreign_keys = ON"))
        self.engine: Engine = engine
        with self.engine.begin() as conn:  # the office is no laptop: nothing of it is captured
            conn.execute(text("UPDATE sync_state SET capture = 0"))
            conn.execute(text("DELETE FROM sync_change"))
            self.network_id = str(conn.execute(select(Network.id)).scalars().one())

    def hex(self, ident: str) -> str:
        """How ``scalar`` queries name a UUID: 32 hex digits on SQLite, the UUID itself on PostgreSQL."""
        return ident if self.engine.dialect.name == "sqlite" else str(uuid.UUID(ident))

    def scope(self, companies: Sequence[str] | None = None) -> Scope:
        return Scope(self.network_id, None if companies is None else frozenset(companies))

    def last_seq(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(office_sync_seq.c.last_seq))).scalar() or 0)

    def scalar(self, sql: str, **params: Any) -> Any:
        """One value; parameters that are 32 hex digits are UUIDs (converted for PostgreSQL)."""
        if self.engine.dialect.name != "sqlite":
            params = {k: _as_uuid(v) for k, v in params.items()}
        with self.engine.connect() as conn:
            found = conn.execute(text(sql), params).scalar()
        return found.hex if isinstance(found, uuid.UUID) else found


def _as_uuid(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 32:
        try:
            return uuid.UUID(value)
        except ValueError:
            return value
    return value


class Direct:
    """The transport of one device: every changeset in its own office transaction, as the service does it."""

    def __init__(self, office: Office, scope: Scope) -> None:
        self.office, self.scope = office, scope

    def push(self, changesets: Sequence[Changeset]) -> list[ApplyResult]:
        results = []
        for changeset in changesets:
            with Session(self.office.engine) as session:  # committed as the service commits it
                results.append(apply_changeset(session, self.scope, changeset, commit=True))
        return results

    def pull(self, replica_id: str, cursor: int, limit: int) -> Batch:
        with Session(self.office.engine) as session:
            return changes_since(session, self.scope, cursor, limit)


def laptop(template: Path, directory: Path, name: str) -> Workspace:
    path = directory / f"{name}.db"
    shutil.copy(template, path)
    ws = open_workspace(path)
    with ws.engine.begin() as conn:  # enrolled with its own identity; the demo is the state all share
        start_new_replica(conn)
        conn.execute(text("DELETE FROM sync_change"))
        conn.execute(text("DELETE FROM sync_changeset"))
    return ws


def value(ws: Workspace, sql: str, **params: Any) -> Any:
    with ws.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def _company_column(table: Table) -> Any:
    """``SELECT <table>.*, <its company's id> AS _company`` (NULL for network-wide and shared rows)."""
    tables = Base.metadata.tables
    if table.name == "company":
        return select(table, table.c.id.label("_company"))
    if table.name not in COMPANY_PARENT:
        return select(table, null().label("_company"))
    query = select(table, tables["company"].c.id.label("_company")).select_from(table)
    for child, column, parent in company_path(table.name):
        query = query.join(tables[parent], tables[child].c[column] == tables[parent].c.id)
    return query


def replica_rows(
    engine: Engine, companies: frozenset[str] | None = None
) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced row in canonical form; with ``companies``, a company's rows only for those companies (the
    scope of an advisor's laptop: it neither pulls nor may keep up with the others)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if not is_synced_table(table.name):
                continue
            synced_table(table.name)
            for row in conn.execute(_company_column(table)).mappings():
                owner = row["_company"]
                if companies is not None and owner is not None and str(owner) not in companies:
                    continue
                values = {k: v for k, v in row.items() if k != "_company"}
                out[(table.name, str(row["id"]))] = to_wire_values(table.name, values)
    return out
