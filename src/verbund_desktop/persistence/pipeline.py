"""Statements sent together: psycopg 3's pipeline mode on PostgreSQL, a plain block elsewhere.

Inside :func:`pipelined` the office sends writes whose results it does not read (no ``RETURNING``, no rows)
without waiting for each answer; PostgreSQL still runs them in the order sent, and the block's end waits for all
of them (one round trip instead of one per statement). A statement the database refuses skips the rest of the
block; the error comes at the block's end, as SQLAlchemy's ``IntegrityError`` for a constraint like outside a
pipeline, and the transaction must then be rolled back (to a savepoint). Never read rows inside the block: a
result read before the block's end is empty.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus
from sqlalchemy import Connection, event
from sqlalchemy.exc import IntegrityError


def pipelines(conn: Connection) -> bool:
    """Whether ``conn`` sends a :func:`pipelined` block in one round trip (PostgreSQL through psycopg 3)."""
    return conn.dialect.name == "postgresql" and isinstance(
        conn.connection.driver_connection, psycopg.Connection
    )


def _driver(conn: Connection) -> psycopg.Connection[Any]:
    driver = conn.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    return driver


@contextlib.contextmanager
def transaction_in_pipelines(conn: Connection) -> Iterator[bool]:
    """The block is one transaction of ``conn`` whose BEGIN goes with the block's first pipeline and whose
    COMMIT may go with its last (see the module text). True: the driver connection is in autocommit until the
    transaction ends, and the block's first statement must be a :func:`read_together` with ``begin=True``
    (every statement after it is inside the transaction); a :func:`pipelined` block with ``commit=True`` or
    :func:`commit_at_driver` ends it, or the caller's rollback after an error. False (not PostgreSQL through
    psycopg, a transaction already open, or one with its own isolation level): the block's statements begin
    the transaction as usual.

    The driver begins its own transactions again as soon as the transaction has ended, at the latest when the
    connection goes back to the pool (a session bound to the engine gives it back with its rollback)."""
    if not pipelines(conn):
        yield False
        return
    driver = _driver(conn)
    plain = driver.isolation_level is None and driver.read_only is None and driver.deferrable is None
    if driver.autocommit or not plain or driver.pgconn.transaction_status != TransactionStatus.IDLE:
        yield False
        return
    if not event.contains(conn.engine.pool, "checkin", _checked_in):
        event.listen(conn.engine.pool, "checkin", _checked_in)
    driver.autocommit = True
    try:
        yield True
    finally:
        if not conn.closed:  # else already back in the pool (and restored there)
            _restore(driver)


def commit_at_driver(conn: Connection) -> None:
    """Inside :func:`transaction_in_pipelines`: commit what is open (nothing after a :func:`pipelined` block
    with ``commit``), before SQLAlchemy's own commit (which then has nothing left to commit) may give the
    connection back to the pool."""
    driver = _driver(conn)
    driver.commit()
    _restore(driver)


def transaction_open(conn: Connection) -> bool:
    """Whether the driver connection is inside a transaction (also one in error, awaiting its rollback)."""
    return pipelines(conn) and _driver(conn).pgconn.transaction_status != TransactionStatus.IDLE


def _restore(driver: psycopg.Connection[Any]) -> None:
    """The driver begins its own transactions again, once the explicit one has ended (else nothing changes)."""
    if driver.autocommit and driver.pgconn.transaction_status == TransactionStatus.IDLE:
        driver.autocommit = False


def _checked_in(driver: Any, _record: Any) -> None:
    """The pool's check-in (before anyone else can check the connection out): a connection given back in
    autocommit by :func:`transaction_in_pipelines` begins its own transactions again."""
    if isinstance(driver, psycopg.Connection) and not driver.closed and driver.autocommit:
        if driver.pgconn.transaction_status != TransactionStatus.IDLE:
            driver.rollback()  # not expected: the pool's reset has rolled back
        _restore(driver)


@contextlib.contextmanager
def pipelined(conn: Connection, *, commit: bool = False) -> Iterator[None]:
    """Send the block's statements together (see the module text); a plain block where not supported.

    ``commit``: the transaction's COMMIT goes last, in the same pipeline (only inside
    :func:`transaction_in_pipelines`; if a statement is refused the COMMIT is skipped with the rest and the
    transaction stays open, in error, for a rollback to a savepoint)."""
    if not pipelines(conn):
        yield
        return
    driver = _driver(conn)
    try:
        with driver.pipeline():
            yield
            if commit:
                driver.cursor().execute("COMMIT", prepare=False)
    except psycopg.IntegrityError as exc:
        raise IntegrityError("pipelined statements", None, exc) from exc
    if commit:
        _restore(driver)


class Read:
    """A ``SELECT`` for :func:`read_together`: a Core statement (compiled once per dialect and cached here, so its
    bind parameters must be :func:`sqlalchemy.bindparam` placeholders) with this run's values; ``columns``: the
    table columns it selects, in order, whose types turn the driver's values into the program's (as SQLAlchemy
    does for its own results)."""

    __slots__ = ("columns", "params", "statement")

    def __init__(self, statement: Any, params: dict[str, Any], columns: Iterable[Any] = ()) -> None:
        self.statement, self.params, self.columns = statement, params, list(columns)


_SQL: dict[tuple[int, str], tuple[Any, str]] = {}  # id(statement), dialect -> (statement kept alive, its SQL)
_PROCESSORS: dict[
    tuple[int, str, int], tuple[Any, Any]
] = {}  # id(column), dialect, OID -> (column, processor)


def _sql(statement: Any, dialect: Any) -> str:
    key = (id(statement), dialect.name)
    found = _SQL.get(key)
    if found is None or found[0] is not statement:
        found = _SQL[key] = (statement, str(statement.compile(dialect=dialect)))
    return str(found[1])


def _processor(column: Any, dialect: Any, oid: int) -> Any:
    key = (id(column), dialect.name, oid)
    found = _PROCESSORS.get(key)
    if found is None or found[0] is not column:
        found = _PROCESSORS[key] = (column, column.type.dialect_impl(dialect).result_processor(dialect, oid))
    return found[1]


def read_together(
    conn: Connection, reads: Sequence[Read], *, begin: bool = False
) -> list[list[dict[str, Any]]] | None:
    """The rows of every read, all sent in one pipeline and answered in one round trip (PostgreSQL through
    psycopg 3). Each row a dict by column name, its values as SQLAlchemy would give them. None where not
    supported (nothing was sent): the caller reads one by one.

    ``begin``: the transaction's BEGIN goes first in the pipeline (inside :func:`transaction_in_pipelines`);
    else psycopg sends its own BEGIN before the pipeline and waits for it (one round trip more).

    The statements run in the order given, each with the snapshot of its own start (READ COMMITTED): a read
    after a ``FOR UPDATE`` sees what the lock's previous holder committed."""
    if not pipelines(conn) or not (reads or begin):
        return None
    driver = _driver(conn)
    dialect = conn.dialect
    cursors = []
    with driver.pipeline():  # its end sends the Sync and takes every answer
        if begin:
            driver.cursor().execute("BEGIN", prepare=False)
        for read in reads:
            cursor = driver.cursor()
            cursor.execute(_sql(read.statement, dialect), read.params)
            cursors.append(cursor)
    out: list[list[dict[str, Any]]] = []
    for read, cursor in zip(reads, cursors, strict=True):
        description = cursor.description or []
        names = [d.name for d in description]
        processors = [None] * len(names)
        if read.columns:
            processors = [
                _processor(c, dialect, d.type_code) for c, d in zip(read.columns, description, strict=True)
            ]
        rows = []
        for raw in cursor.fetchall():
            rows.append(
                {n: (v if p is None else p(v)) for n, p, v in zip(names, processors, raw, strict=True)}
            )
        cursor.close()
        out.append(rows)
    return out
