"""An office and laptops in one process: the office on a SQLite copy of the demo (PostgreSQL once the office
helper's ``tests/pg.py`` is merged), laptops as workspace copies, a transport that calls the office directly."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.orm import Session

from verbund_desktop.persistence.models import Network
from verbund_desktop.persistence.models.sync import office_sync_seq
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.sync.office_apply import Scope, apply_changeset, changes_since
from verbund_desktop.services.sync.outbox import start_new_replica
from verbund_desktop.sync.messages import ApplyResult, Batch, Changeset


class Office:
    def __init__(self, template: Path, directory: Path) -> None:
        path = directory / "office.db"
        shutil.copy(template, path)
        self.engine: Engine = create_engine(f"sqlite:///{path}")
        event.listen(self.engine, "connect", lambda conn, _r: conn.execute("PRAGMA foreign_keys = ON"))
        with self.engine.begin() as conn:  # the office is no laptop: nothing of it is captured
            conn.execute(text("UPDATE sync_state SET capture = 0"))
            conn.execute(text("DELETE FROM sync_change"))
            self.network_id = str(conn.execute(select(Network.id)).scalars().one())

    def scope(self, companies: Sequence[str] | None = None) -> Scope:
        return Scope(self.network_id, None if companies is None else frozenset(companies))

    def last_seq(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(office_sync_seq.c.last_seq))).scalar() or 0)

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()


class Direct:
    """The transport of one device: every changeset in its own office transaction, as the service does it."""

    def __init__(self, office: Office, scope: Scope) -> None:
        self.office, self.scope = office, scope

    def push(self, changesets: Sequence[Changeset]) -> list[ApplyResult]:
        results = []
        for changeset in changesets:
            with Session(self.office.engine) as session:
                results.append(apply_changeset(session, self.scope, changeset))
                session.commit()
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
