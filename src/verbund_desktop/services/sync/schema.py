"""Which tables and columns sync, each column's canonical kind, and rows converted to and from the wire."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    Float,
    Integer,
    Numeric,
    String,
    Table,
    Uuid,
)
from sqlalchemy.types import TypeDecorator, TypeEngine

from verbund_desktop.persistence import models  # noqa: F401  - registers every table
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.sync_capture import is_synced_column, is_synced_table
from verbund_desktop.sync.encoding import WireError, decode, encode


def synced_table(name: str) -> Table:
    """The table ``name`` if it syncs; a table this program does not know, or a local one, is refused."""
    table = Base.metadata.tables.get(name)
    if table is None or not is_synced_table(name) or "id" not in table.c:
        raise WireError(
            f"Die Tabelle „{name}“ gibt es in dieser Programmversion nicht. Nichts wurde übernommen."
        )
    return table


@cache
def synced_columns(name: str) -> tuple[Column[Any], ...]:
    return tuple(c for c in synced_table(name).columns if is_synced_column(name, c.name))


def _base_type(type_: TypeEngine[Any]) -> TypeEngine[Any]:
    return type_.impl_instance if isinstance(type_, TypeDecorator) else type_


def column_kind(column: Column[Any]) -> tuple[str, int | None]:
    """The canonical kind of a column and, for decimals, its scale."""
    type_ = _base_type(column.type)
    checks: list[tuple[type, str]] = [
        (Uuid, "uuid"),
        (DateTime, "datetime"),
        (Date, "date"),
        (Boolean, "bool"),
        (Float, "float"),
        (Numeric, "decimal"),
        (Integer, "int"),
        (JSON, "json"),
        (String, "str"),
    ]
    for cls, kind in checks:
        if isinstance(type_, cls):
            scale = getattr(type_, "scale", None) if kind == "decimal" else None
            return kind, scale
    raise WireError(f"Die Spalte „{column.name}“ hat eine Art, die nicht übertragen werden kann.")


@cache
def _kinds(name: str) -> dict[str, tuple[str, int | None]]:
    """Each synced column's name with its kind and scale, in the table's order (decided once per table)."""
    return {c.name: column_kind(c) for c in synced_columns(name)}


def to_wire_values(name: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Canonical values of the synced columns present in ``values``."""
    out: dict[str, Any] = {}
    for column, (kind, scale) in _kinds(name).items():
        if column in values:
            out[column] = encode(kind, values[column], scale)
    return out


def from_wire_values(name: str, wire: Mapping[str, Any]) -> dict[str, Any]:
    """Python values of a wire row; a column this program does not know is refused, never dropped."""
    kinds = _kinds(name)
    unknown = sorted(set(wire) - set(kinds))
    if unknown:
        raise WireError(
            f"Die Spalten {', '.join(unknown)} der Tabelle „{name}“ kennt diese Programmversion nicht. "
            "Nichts wurde übernommen."
        )
    return {key: decode(kinds[key][0], value) for key, value in wire.items()}


def raw_to_python(name: str, raw: Mapping[str, Any], dialect: Dialect) -> dict[str, Any]:
    """Values as a capture trigger stored them (SQLite's own forms) converted by the columns' own types."""
    out: dict[str, Any] = {}
    for column in synced_columns(name):
        if column.name not in raw:
            continue
        processor = column.type.dialect_impl(dialect).result_processor(dialect, None)
        value = raw[column.name]
        out[column.name] = processor(value) if processor is not None and value is not None else value
    return out
