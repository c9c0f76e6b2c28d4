"""The company report's pooled counts read the ratings from the covering pool index, not their table rows
(issue 11: at network scale the table rows filled the whole page cache, +37 MiB in the report tab's job)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import column, event, select, table
from sqlalchemy.dialects import postgresql, sqlite

from verbund_desktop.persistence.query_hints import unindexed
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.organisation.directory import Directory


def test_unindexed_is_a_unary_plus_in_sqlite_and_the_bare_column_elsewhere() -> None:
    t = table("t", column("a"), column("b"))
    query = select(t.c.a).where(unindexed(t.c.a) == t.c.b)
    assert "WHERE +t.a = t.b" in str(query.compile(dialect=sqlite.dialect()))
    assert "WHERE t.a = t.b" in str(query.compile(dialect=postgresql.dialect()))


def test_the_pooled_counts_walk_the_pool_index_and_read_no_rating_row(ws: Workspace) -> None:
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if "count(distinct(employee.company_id))" in statement.lower().replace(" ", ""):
            statements.append((statement, parameters))

    event.listen(ws.engine, "before_cursor_execute", seen)
    try:
        reports = [company_report_view(ws, c.id) for c in Directory(ws).companies()]
    finally:
        event.remove(ws.engine, "before_cursor_execute", seen)
    assert any(r.pooling_needs for r in reports) and statements
    with ws.engine.connect() as conn:
        for statement, parameters in statements:
            plan = " | ".join(
                str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            )
            assert "competency_rating USING COVERING INDEX ix_competency_rating_pool" in plan, plan
            assert "SCAN competency_rating" not in plan and "competency_rating USING INDEX" not in plan, plan
