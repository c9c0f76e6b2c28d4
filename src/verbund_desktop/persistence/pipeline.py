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
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError


def pipelines(conn: Connection) -> bool:
    """Whether ``conn`` sends a :func:`pipelined` block in one round trip (PostgreSQL through psycopg 3)."""
    return conn.dialect.name == "postgresql" and isinstance(
        conn.connection.driver_connection, psycopg.Connection
    )


@contextlib.contextmanager
def pipelined(conn: Connection) -> Iterator[None]:
    """Send the block's statements together (see the module text); a plain block where not supported."""
    if not pipelines(conn):
        yield
        return
    driver = conn.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    try:
        with driver.pipeline():
            yield
    except psycopg.IntegrityError as exc:
        raise IntegrityError("pipelined statements", None, exc) from exc


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


def read_together(conn: Connection, reads: Sequence[Read]) -> list[list[dict[str, Any]]] | None:
    """The rows of every read, all sent in one pipeline and answered in one round trip (PostgreSQL through
    psycopg 3; the transaction's BEGIN goes with them). Each row a dict by column name, its values as SQLAlchemy
    would give them. None where not supported (nothing was sent): the caller reads one by one.

    The statements run in the order given, each with the snapshot of its own start (READ COMMITTED): a read
    after a ``FOR UPDATE`` sees what the lock's previous holder committed."""
    if not pipelines(conn) or not reads:
        return None
    driver = conn.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    dialect = conn.dialect
    cursors = []
    with driver.pipeline():  # its end sends the Sync and takes every answer
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
