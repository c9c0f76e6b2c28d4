"""Writing an accepted changeset set-based: one statement (executemany) per run of rows of one table and kind.

The rows are written in the changeset's order, grouped into runs of consecutive rows of the same table, kind
and columns, so the database sees the same writes in the same order as row by row. Exceptions, written row by
row as before: tables that refer to themselves (a multi-row statement checks foreign keys at its end, a row's
own statement at once) and changesets naming a row twice (refused before they get here, since
``messages.check_rows_once``). A constraint the database refuses rolls the batch
back and the changeset is written again row by row, which names the refused row exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import groupby
from typing import Any

from sqlalchemy import Table, bindparam
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from verbund_desktop.persistence.models.sync import office_sync_row
from verbund_desktop.persistence.pipeline import pipelined, pipelines, transaction_open
from verbund_desktop.services.sync.office_checks import RowPlan
from verbund_desktop.services.sync.office_rows import as_uuid, store_office_row, sync_row_values
from verbund_desktop.sync.messages import ConflictItem

WriteAll = Callable[[Session, list[RowPlan]], list[ConflictItem]]


def write_row_by_row(session: Session, plans: list[RowPlan]) -> list[ConflictItem]:
    """Every planned row with its own statement inside a savepoint; a refused constraint becomes a conflict."""
    savepoint = session.begin_nested()
    current: RowPlan | None = None
    try:
        for current in plans:
            current.write(session)
        session.flush()
    except IntegrityError:
        savepoint.rollback()
        assert current is not None
        change = current.change
        return [ConflictItem(table=change.table, row_id=change.row_id, kind="constraint")]
    savepoint.commit()
    return []


def _self_referring(table: Table) -> bool:
    return any(fk.column.table is table for fk in table.foreign_keys)


def batchable(plans: Sequence[RowPlan]) -> bool:
    keys = [(p.change.table, p.change.row_id) for p in plans]
    return len(set(keys)) == len(keys) and not any(_self_referring(p.table) for p in plans if not p.noop)


def _kind(plan: RowPlan) -> str:
    if plan.change.op == "insert" and not plan.as_update:
        return "insert"
    return "update" if plan.change.op == "update" or plan.as_update else "delete"


def _run_key(plan: RowPlan) -> tuple[str, str, tuple[str, ...]]:
    return plan.change.table, _kind(plan), tuple(sorted(plan.values))


def _write_run(session: Session, table: Table, kind: str, run: list[RowPlan]) -> None:
    if kind == "insert":
        session.execute(table.insert(), [dict(p.values) for p in run])
        return
    if kind == "delete":
        gone = table.delete().where(table.c.id == bindparam("_key"))
        session.execute(gone, [{"_key": as_uuid(p.change.row_id)} for p in run])
        return
    statement = table.update().where(table.c.id == bindparam("_key"))  # SET: the columns of the parameters
    session.execute(statement, [{"_key": as_uuid(p.change.row_id), **p.values} for p in run])


def _write_runs(session: Session, plans: list[RowPlan]) -> None:
    for (_table, kind, _names), run in groupby((p for p in plans if not p.noop), key=_run_key):
        rows = list(run)
        _write_run(session, rows[0].table, kind, rows)


def write_batched(session: Session, plans: list[RowPlan]) -> list[ConflictItem]:
    """The same writes as :func:`write_row_by_row`, one statement per run of like rows."""
    if not batchable(plans):
        return write_row_by_row(session, plans)
    savepoint = session.begin_nested()
    try:
        _write_runs(session, plans)
        session.flush()
    except IntegrityError:
        savepoint.rollback()
        return write_row_by_row(session, plans)  # finds the refused row as before
    savepoint.commit()
    return []


_SAVEPOINT = "verbund_changeset"


def write_pipelined(
    session: Session, plans: list[RowPlan], then: Callable[[], None], *, commit: bool = False
) -> bool | None:
    """The writes of :func:`write_batched` and then ``then()`` (the bookkeeping of an accepted changeset), all
    sent in one pipeline (``persistence.pipeline``): one round trip instead of one per statement. ``commit``:
    the transaction's COMMIT goes last in it (inside ``transaction_in_pipelines``).

    True: all written (and committed). False: the database refused one of them; nothing of it stays (rolled back
    to a savepoint taken before, the transaction still open), the caller writes the changeset row by row to name
    the refused row. None: not possible here (SQLite, or plans :func:`batchable` excludes); nothing was written.
    """
    conn = session.connection()
    if not pipelines(conn) or not batchable(plans):
        return None
    # A savepoint of its own, not SQLAlchemy's: in a pipeline its release is sent before the writes' results are
    # known, and only a refusal (at the block's end) says it must be rolled back to instead.
    try:
        with pipelined(conn, commit=commit):
            conn.exec_driver_sql(f"SAVEPOINT {_SAVEPOINT}")
            _write_runs(session, plans)
            then()
            conn.exec_driver_sql(f"RELEASE SAVEPOINT {_SAVEPOINT}")
    except IntegrityError:
        if not transaction_open(conn):  # the COMMIT itself was refused: the whole transaction is gone
            raise
        conn.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
        conn.exec_driver_sql(f"RELEASE SAVEPOINT {_SAVEPOINT}")
        return False
    return True


def store_states(session: Session, plans: list[RowPlan], *, network_id: str, server_seq: int) -> None:
    """The sync state of every written row: inserts and updates of ``office_sync_row`` in one batch each."""
    fresh: list[dict[str, Any]] = []
    known: list[dict[str, Any]] = []
    for plan in plans:
        state = plan.next_state()
        values = sync_row_values(state, network_id=network_id, server_seq=server_seq)
        if state.known:
            known.append({"_tbl": plan.change.table, "_row": plan.change.row_id, **values})
        else:
            fresh.append({"tbl": plan.change.table, "row_id": plan.change.row_id, **values})
    if fresh:
        session.execute(office_sync_row.insert(), fresh)
    if known:
        where = (office_sync_row.c.tbl == bindparam("_tbl"), office_sync_row.c.row_id == bindparam("_row"))
        session.execute(office_sync_row.update().where(*where), known)


def store_states_row_by_row(
    session: Session, plans: list[RowPlan], *, network_id: str, server_seq: int
) -> None:
    for plan in plans:
        key = (plan.change.table, plan.change.row_id)
        store_office_row(session, key, plan.next_state(), network_id=network_id, server_seq=server_seq)
