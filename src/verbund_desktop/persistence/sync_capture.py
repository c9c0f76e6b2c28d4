"""Change capture for sync: SQLite triggers generated from the live schema, folded into one changeset per commit.

Why triggers: ORM events never see Core bulk deletes (erasure) nor ``ON DELETE CASCADE``; SQLite's ``AFTER``
triggers see both. Why generated at open: a migration of another feature that adds a table or a column is captured
without any ordering between migrations; the triggers are rebuilt whenever the fingerprint of the live schema
differs from the one stored in ``sync_state``.

Each trigger writes a ``sync_change`` row with no changeset. Before every commit of a workspace session,
:func:`fold_pending` gives those rows one new ``sync_changeset`` (its UUID is the idempotency key) and coalesces
the outbox so it holds at most one change per row: a later update is merged into the earliest pending change of
the row, a delete drops the row's pending updates (a tombstone carries no content) and, when the office never
saw the row, its pending insert as well. So a deleted or erased person's data leaves the outbox with the person,
and what was dropped is told in ``sync_notice`` (table names and counts only).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, event, text
from sqlalchemy.orm import Session, sessionmaker

from verbund_desktop.persistence.models.sync import SYNC_TABLES

# Never captured: per-laptop state and bookkeeping. Tables named ``sync_*``/``office_*``/``device_*`` are
# local-only too (the office's own tables, device credentials), so new ones need no entry here.
LOCAL_ONLY_TABLES = frozenset({"alembic_version", "audit_event", "workspace_setting", "content_version"})
LOCAL_ONLY_PREFIXES = ("sync_", "office_", "device_", "sqlite_")
# Columns that are per-laptop or laptop-clock: never sent, never make a row "changed".
LOCAL_ONLY_COLUMNS = frozenset({("*", "updated_at"), ("advisor", "is_current")})
TRIGGER_PREFIX = "sync_capture_"
_JSON_ARGS = 60  # SQLite allows 127 function arguments: json_object() gets at most 60 pairs per call


def is_synced_table(name: str) -> bool:
    return (
        name not in LOCAL_ONLY_TABLES and name not in SYNC_TABLES and not name.startswith(LOCAL_ONLY_PREFIXES)
    )


def is_synced_column(table: str, column: str) -> bool:
    return ("*", column) not in LOCAL_ONLY_COLUMNS and (table, column) not in LOCAL_ONLY_COLUMNS


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def live_columns(conn: Connection) -> dict[str, list[str]]:
    """Synced tables of the live schema with their synced columns (only tables keyed by ``id``)."""
    names = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).scalars()
    out: dict[str, list[str]] = {}
    for name in list(names):
        if not is_synced_table(name):
            continue
        info = conn.exec_driver_sql(f"PRAGMA table_info({_quote(name)})").all()
        columns = [row[1] for row in info]
        if "id" in columns:
            out[name] = [c for c in columns if is_synced_column(name, c)]
    return out


def _json_of(prefix: str, columns: list[str]) -> str:
    parts = []
    for start in range(0, len(columns), _JSON_ARGS):
        pairs = ", ".join(f"'{c}', {prefix}.{_quote(c)}" for c in columns[start : start + _JSON_ARGS])
        parts.append(f"json_object({pairs})")
    return f"json_array({', '.join(parts)})"


def _changed_old_values(columns: list[str]) -> str:
    """Each column an update changed with its value before (NULL for the others; dropped when read): the base a
    conflict screen shows. An erasure drops these values (:func:`forget_bases`): no text outlives its scrub."""
    parts = []
    for start in range(0, len(columns), 2 * _JSON_ARGS):
        items = ", ".join(
            f"CASE WHEN OLD.{_quote(c)} IS NOT NEW.{_quote(c)} THEN json_object('{c}', OLD.{_quote(c)}) END"
            for c in columns[start : start + 2 * _JSON_ARGS]
        )
        parts.append(f"json_array({items})")
    return f"json_array({', '.join(parts)})"


def row_json(conn: Connection, table: str, stored_id: str) -> str | None:
    """A row's synced values in the form the insert trigger stores them (None when the row is gone)."""
    columns = live_columns(conn).get(table, [])
    sql = f"SELECT {_json_of(_quote(table), columns)} FROM {_quote(table)} WHERE id = ?"
    found = conn.exec_driver_sql(sql, (stored_id,)).first()
    return None if found is None else str(found[0])


def trigger_sql(table: str, columns: list[str]) -> list[str]:
    """The three capture triggers of one table."""
    q, lit = _quote(table), table.replace("'", "''")
    on = "(SELECT capture FROM sync_state WHERE id = 1) = 1"
    base = f"COALESCE((SELECT version FROM sync_row_version WHERE tbl = '{lit}' AND row_id = {{r}}.id), 0)"
    insert = "INSERT INTO sync_change (tbl, row_id, op, base_version, old_data, new_data) VALUES"
    changed = " OR ".join(f"OLD.{_quote(c)} IS NOT NEW.{_quote(c)}" for c in columns) or "0"
    name = _quote(TRIGGER_PREFIX + table)[:-1]
    return [
        f'CREATE TRIGGER {name}_ins" AFTER INSERT ON {q} WHEN {on} BEGIN {insert} '
        f"('{lit}', NEW.id, 'insert', {base.format(r='NEW')}, NULL, {_json_of('NEW', columns)}); END",
        f'CREATE TRIGGER {name}_upd" AFTER UPDATE ON {q} WHEN {on} AND ({changed}) BEGIN {insert} '
        f"('{lit}', NEW.id, 'update', {base.format(r='OLD')}, {_changed_old_values(columns)}, "
        f"{_json_of('NEW', columns)}); END",
        f'CREATE TRIGGER {name}_del" AFTER DELETE ON {q} WHEN {on} BEGIN {insert} '
        f"('{lit}', OLD.id, 'delete', {base.format(r='OLD')}, NULL, NULL); END",
    ]


def install_capture(conn: Connection) -> bool:
    """(Re)create the capture triggers when the live schema's fingerprint changed; True when it did.

    Runs inside the caller's transaction (after migrations: the upgrade's; at open: its own)."""
    if conn.dialect.name != "sqlite":
        return False
    state = conn.exec_driver_sql("SELECT trigger_fingerprint FROM sync_state WHERE id = 1").first()
    if state is None:
        return False  # a schema before the sync revision
    statements = [s for table, cols in live_columns(conn).items() for s in trigger_sql(table, cols)]
    fingerprint = hashlib.sha256("\n".join(statements).encode()).hexdigest()
    if state[0] == fingerprint:
        return False
    _drop_triggers(conn)
    for statement in statements:
        conn.exec_driver_sql(statement)
    conn.execute(text("UPDATE sync_state SET trigger_fingerprint = :f WHERE id = 1"), {"f": fingerprint})
    return True


def drop_capture(conn: Connection) -> None:
    """Remove every capture trigger (before schema changes); the next :func:`install_capture` recreates them."""
    if conn.dialect.name != "sqlite":
        return
    _drop_triggers(conn)
    has_state = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
    ).first()
    if has_state is not None:
        conn.exec_driver_sql("UPDATE sync_state SET trigger_fingerprint = ''")


def _drop_triggers(conn: Connection) -> None:
    old = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_capture\\_%' ESCAPE '\\'"
    ).scalars()
    for name in list(old):
        conn.exec_driver_sql(f"DROP TRIGGER {_quote(name)}")


def ensure_capture(engine: Engine) -> None:
    """At open: rebuild the triggers only when needed (a read of one row otherwise)."""
    with engine.connect() as conn:
        if not _needs_install(conn):
            return
    with engine.begin() as conn:
        install_capture(conn)


def _needs_install(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return False
    has_state = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
    ).first()
    if has_state is None:
        return False
    state = conn.exec_driver_sql("SELECT trigger_fingerprint FROM sync_state WHERE id = 1").first()
    if state is None:
        return False
    statements = [s for table, cols in live_columns(conn).items() for s in trigger_sql(table, cols)]
    return bool(state[0] != hashlib.sha256("\n".join(statements).encode()).hexdigest())


def capture_commits(factory: sessionmaker[Session]) -> None:
    """Fold the transaction's captured rows into one changeset before every commit of ``factory``'s sessions."""

    def _before_commit(session: Session) -> None:
        session.flush()
        fold_pending(session.connection())

    event.listen(factory, "before_commit", _before_commit)


def load_values(data: str | None) -> dict[str, Any] | None:
    """The column values a trigger stored (``json_array`` of ``json_object`` chunks)."""
    if data is None:
        return None
    merged: dict[str, Any] = {}
    for chunk in json.loads(data):
        merged.update(chunk)
    return merged


def _old_items(data: str | None) -> Iterator[str | dict[str, Any]]:
    """``old_data`` of an update: per changed column ``{name: value before}``, or the bare name when the value
    before is not kept (dropped by an erasure, or captured before values were kept)."""
    for chunk in json.loads(data) if data is not None else ():
        yield from (item for item in chunk if item is not None)


def load_names(data: str | None) -> list[str]:
    """The changed column names an update trigger stored."""
    return sorted({n for item in _old_items(data) for n in ([item] if isinstance(item, str) else item)})


def load_old_values(data: str | None) -> dict[str, Any]:
    """The values before the first unsent change of each changed column, where kept (raw, as stored)."""
    return {n: v for item in _old_items(data) if isinstance(item, dict) for n, v in item.items()}


def old_data_of(names: Iterable[str], before: dict[str, Any]) -> str:
    """``old_data`` for these changed columns, with the values before that are known."""
    return json.dumps([[{n: before[n]} if n in before else n for n in sorted(set(names))]])


def forget_bases(conn: Connection) -> None:
    """Drop every value before from the outbox (an erasure: old texts are not scrubbed, so they go)."""
    rows = conn.execute(text("SELECT id, old_data FROM sync_change WHERE old_data IS NOT NULL")).all()
    for row in rows:
        if load_old_values(row.old_data):
            conn.execute(
                text("UPDATE sync_change SET old_data = :o WHERE id = :id"),
                {"o": old_data_of(load_names(row.old_data), {}), "id": row.id},
            )


def fold_pending(conn: Connection) -> str | None:
    """Give the rows captured since the last fold one new changeset and coalesce the outbox; its id or None."""
    if conn.dialect.name != "sqlite":
        return None
    fresh = conn.exec_driver_sql("SELECT 1 FROM sync_change WHERE changeset_id IS NULL LIMIT 1").first()
    if fresh is None:
        return None
    changeset_id = str(uuid.uuid4())
    seq = conn.exec_driver_sql("SELECT next_local_seq FROM sync_state WHERE id = 1").scalar_one()
    conn.execute(
        text(
            "INSERT INTO sync_changeset (id, local_seq, status, created_at) VALUES (:id, :seq, 'pending', :at)"
        ),
        {"id": changeset_id, "seq": seq, "at": datetime.now(UTC).isoformat()},
    )
    conn.exec_driver_sql("UPDATE sync_state SET next_local_seq = next_local_seq + 1 WHERE id = 1")
    conn.execute(
        text("UPDATE sync_change SET changeset_id = :id WHERE changeset_id IS NULL"), {"id": changeset_id}
    )
    dropped = _coalesce(conn, changeset_id)
    conn.exec_driver_sql(
        "DELETE FROM sync_changeset WHERE status = 'pending' AND NOT EXISTS "
        "(SELECT 1 FROM sync_change c WHERE c.changeset_id = sync_changeset.id)"
    )
    if dropped:
        note_dropped(conn, dropped)
    return changeset_id


def _coalesce(conn: Connection, changeset_id: str) -> Counter[str]:
    """At most one change per row among the changes not yet sent (a changeset on its way to the office is
    frozen: status ``sent``); returns the dropped changes of earlier changesets by table."""
    rows = conn.execute(
        text(
            # Driven by the new changeset's rows (its index), then each row's other changes: the cost follows
            # the size of this commit, not of the outbox.
            "SELECT DISTINCT c.id, c.changeset_id, c.tbl, c.row_id, c.op FROM sync_change n "
            "JOIN sync_change c ON c.tbl = n.tbl AND c.row_id = n.row_id "
            "JOIN sync_changeset s ON s.id = c.changeset_id "
            "WHERE n.changeset_id = :cs AND s.status IN ('pending', 'conflict') ORDER BY c.id"
        ),
        {"cs": changeset_id},
    ).all()
    by_row: dict[tuple[str, str], list[Any]] = {}
    for row in rows:
        by_row.setdefault((row.tbl, row.row_id), []).append(row)
    dropped: Counter[str] = Counter()
    for (table, _row_id), changes in by_row.items():
        if len(changes) > 1:
            earlier = sum(1 for c in changes if c.changeset_id != changeset_id)
            if _merge_row(conn, changes) and earlier:
                dropped[table] += earlier
    return dropped


def _merge_row(conn: Connection, changes: list[Any]) -> bool:
    """Merge a row's changes into its first one; True when content of earlier changes was discarded."""
    first, last = changes[0], changes[-1]
    if first.op == "delete" or any(c.op == "insert" for c in changes[1:]):
        return False  # deleted and created again under the same id: kept in order
    stored = {
        row.id: row
        for row in conn.execute(
            text("SELECT id, old_data, new_data FROM sync_change WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": [c.id for c in changes]},
        )
    }
    _delete_ids(conn, [c.id for c in changes[1:]])
    if last.op == "delete":
        if first.op == "insert":  # the office never saw the row: nothing of it is sent
            _delete_ids(conn, [first.id])
        else:
            conn.execute(
                text("UPDATE sync_change SET op = 'delete', old_data = NULL, new_data = NULL WHERE id = :id"),
                {"id": first.id},
            )
        return True
    names: list[str] = []
    before: dict[str, Any] = {}
    for change in changes:  # the value before the earliest change of each column is the base
        known = load_old_values(stored[change.id].old_data)
        for name in load_names(stored[change.id].old_data):
            if name not in names:
                names.append(name)
                if name in known:
                    before[name] = known[name]
    old = None if first.op == "insert" else old_data_of(names, before)
    conn.execute(
        text("UPDATE sync_change SET old_data = :o, new_data = :n WHERE id = :id"),
        {"o": old, "n": stored[last.id].new_data, "id": first.id},
    )
    return False


def _delete_ids(conn: Connection, ids: Iterable[int]) -> None:
    for change_id in ids:
        conn.execute(text("DELETE FROM sync_change WHERE id = :id"), {"id": change_id})


def note_dropped(conn: Connection, dropped: Counter[str]) -> None:
    """Tell the advisor, by table and count only, which unsent local changes a deletion discarded."""
    parts = ", ".join(f"{count} × {table}" for table, count in sorted(dropped.items()))
    message = (
        "Noch nicht übertragene Änderungen wurden verworfen, weil die Datensätze inzwischen gelöscht wurden "
        f"(zum Beispiel nach einer Löschung auf Verlangen): {parts}."
    )
    conn.execute(
        text("INSERT INTO sync_notice (created_at, text) VALUES (:at, :t)"),
        {"at": datetime.now(UTC).isoformat(), "t": message},
    )


def renew_changesets(dbapi_conn: Any) -> None:
    """Every changeset not yet answered gets a new id (a new identity sends them as new)."""
    rows = dbapi_conn.execute("SELECT id FROM sync_changeset WHERE status IN ('pending', 'sent')").fetchall()
    for (old_id,) in rows:
        new_id = str(uuid.uuid4())
        dbapi_conn.execute(
            "UPDATE sync_changeset SET id = ?, status = 'pending' WHERE id = ?", (new_id, old_id)
        )
        dbapi_conn.execute("UPDATE sync_change SET changeset_id = ? WHERE changeset_id = ?", (new_id, old_id))


# Where a workspace keeps its code tag (services/common/code_tag.py); it belongs to one replica identity.
CODE_TAG_KEY = "sync.code_tag"


def renew_identity(dbapi_conn: Any) -> bool:
    """A restored backup becomes a new replica, never a rewound one: new replica id, the office's state pulled
    again from the start. Its unsent changesets may have reached the office from the original already, maybe with
    other content (capture merges later edits into them): they get new ids, so the office compares them like any
    change: identical values change nothing, older ones become a visible conflict, new ones are applied.
    ``dbapi_conn`` is a DB-API connection to the restored file; False for a backup from before sync."""
    found = dbapi_conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
    ).fetchone()
    if found is None:
        return False
    dbapi_conn.execute("UPDATE sync_state SET replica_id = ?, pull_cursor = 0", (str(uuid.uuid4()),))
    # The code tag was the old identity's: the new one suggests untagged codes until the office gives it its own.
    dbapi_conn.execute("DELETE FROM workspace_setting WHERE key = ?", (CODE_TAG_KEY,))
    renew_changesets(dbapi_conn)
    dbapi_conn.commit()
    return True
