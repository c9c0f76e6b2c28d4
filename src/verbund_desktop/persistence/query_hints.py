"""Hints to SQLite's query planner that change how a query reads, never what it returns.

``unindexed(column)`` is the column itself; in SQLite it is written with the unary ``+`` that SQLite's planner
documents for this purpose ("Disqualifying WHERE clause terms using unary-+"): the term is not used to look rows
up in an index, so the planner chooses another way in (another index, another join order). Other databases get
the bare column.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class unindexed(FunctionElement[Any]):  # lower case: an SQL construct, named as SQLAlchemy names its own
    """``unindexed(Table.column) == other``: the same comparison, not used for an index lookup in SQLite."""

    name = "unindexed"
    inherit_cache = True


@compiles(unindexed)
def _bare(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(unindexed, "sqlite")
def _unary_plus(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))
