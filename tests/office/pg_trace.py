"""Round trips to PostgreSQL, counted in libpq's protocol trace (for tests and benchmarks: no timing involved).

Each ``Sync`` (the end of an extended-protocol statement, or of a whole pipeline) or simple ``Query`` (BEGIN,
COMMIT) the client sends is one wait for the server; statements inside a pipeline share one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.pool import Pool


def round_trips(trace: Path) -> int:
    """Each time the service waits for PostgreSQL: a ``Sync`` (the end of an extended-protocol statement or of a
    pipeline) or a simple ``Query`` (BEGIN, COMMIT) it sent."""
    count = 0
    for line in trace.read_text(errors="replace").splitlines():
        fields = line.split("\t")
        count += len(fields) > 3 and fields[1] == "F" and fields[3] in ("Sync", "Query")
    return count


@contextmanager
def traced(trace: Path, pool: type[Pool] | Pool = Pool) -> Iterator[None]:
    """libpq's trace of every PostgreSQL connection checked out of ``pool`` (default: every pool) in the
    block, into ``trace``."""
    with trace.open("w") as out:

        def checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
            if hasattr(dbapi_conn, "pgconn"):
                dbapi_conn.pgconn.trace(out.fileno())

        def checkin(dbapi_conn: Any, _record: Any) -> None:
            if hasattr(dbapi_conn, "pgconn"):
                dbapi_conn.pgconn.untrace()

        event.listen(pool, "checkout", checkout)
        event.listen(pool, "checkin", checkin)
        try:
            yield
        finally:
            event.remove(pool, "checkout", checkout)
            event.remove(pool, "checkin", checkin)
