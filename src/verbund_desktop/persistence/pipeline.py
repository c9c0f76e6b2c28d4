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
from collections.abc import Iterator

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
