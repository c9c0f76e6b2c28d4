"""What the compare-and-set rules read from the office's database, per row or for a whole changeset at once.

The rules in ``office_checks`` ask five questions of the office's state: a row's sync state, its current domain
row, the company a row belongs to, whether another row holds a natural key, and whether a row to be deleted has
dependants. :class:`RowLookup` answers each with its own statements (the reference). :class:`ChangesetLookup`
reads the answers for every row of a changeset in one statement per table and question before the rules run,
and falls back to the row's own statement for anything it did not read ahead, so both give the same answers:
nothing is written while a changeset is planned.

:class:`ReadAhead` holds the reads that depend on the changeset alone (the sync rows, the rows, the natural keys
of the new values), so the office can send them in one pipeline with the network's lock (``office_apply``) and
hand their rows to :class:`ChangesetLookup`, which then reads only what depends on them (parents, the keys of
updated rows merged with their current values).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import ARRAY, Dialect, Select, Table, UniqueConstraint, and_, any_, bindparam, select, tuple_
from sqlalchemy.orm import Session

from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models.sync import office_sync_row
from verbund_desktop.persistence.pipeline import Read
from verbund_desktop.services.sync.change_values import ChangeValues, decoded
from verbund_desktop.services.sync.office_rows import MAX_DEPTH, OfficeRow, as_uuid, is_uuid, office_row
from verbund_desktop.services.sync.schema import synced_table
from verbund_desktop.sync.messages import Change

CHUNK = 500  # keys per IN list

Key = tuple[str, str]  # (table, canonical row id)


def unique_keys(table: Table) -> list[tuple[str, ...]]:
    return [
        tuple(c.name for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


class RowLookup:
    """Every answer from statements of its own (one row at a time)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def new_values(self, change: Change) -> dict[str, Any]:
        """The Python values of the change's new values (a fresh dict; a malformed value raises WireError)."""
        return decoded(None, change)

    def state(self, table: str, row_id: str) -> OfficeRow:
        return office_row(self.session, table, row_id)

    def current(self, table: Table, row_id: str) -> dict[str, Any] | None:
        found = self.session.execute(select(table).where(table.c.id == as_uuid(row_id))).mappings().first()
        return None if found is None else dict(found)

    def parent(self, target: Table, value: Any) -> dict[str, Any] | None:
        found = self.session.execute(select(target).where(target.c.id == value)).mappings().first()
        return None if found is None else dict(found)

    def holder(
        self, table: Table, names: Sequence[str], values: dict[str, Any], own: str
    ) -> dict[str, Any] | None:
        """Another row holding the natural key ``names`` with ``values`` (None: the key is free)."""
        query = select(table).where(
            and_(*(table.c[n] == values[n] for n in names)), table.c.id != as_uuid(own)
        )
        found = self.session.execute(query).mappings().first()
        return None if found is None else dict(found)

    def dependants(self, table_name: str, row_id: str) -> list[Key]:
        """(table, id) of every row with a foreign key to the row."""
        ident = as_uuid(row_id)
        out: list[Key] = []
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table.name != table_name or "id" not in table.c:
                    continue
                ids = self.session.execute(select(table.c.id).where(fk.parent == ident)).scalars()
                out += [(table.name, str(i)) for i in ids]
        return out

    def company_of(self, table_name: str, values: dict[str, Any], depth: int = 0) -> str | None:
        """The company a row belongs to (following its foreign keys), None for network-wide rows."""
        if table_name == "company":
            return str(values["id"])
        if values.get("company_id") is not None:
            return str(values["company_id"])
        if depth >= MAX_DEPTH:
            return None
        table = synced_table(table_name)
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
            target, value = fk.column.table, values.get(fk.parent.name)
            if value is None or target.name == table_name:
                continue
            if target.name == "company":
                return str(value)
            parent = self.parent(target, value)
            if parent is not None:
                found = self.company_of(target.name, parent, depth + 1)
                if found is not None:
                    return found
        return None


class ChangesetLookup(RowLookup):
    """The same answers, read ahead for all rows of a changeset (one statement per table and question)."""

    def __init__(
        self,
        session: Session,
        changes: Sequence[Change],
        *,
        ahead: ReadAhead | None = None,
        ahead_rows: list[list[dict[str, Any]]] | None = None,
    ) -> None:
        """``ahead_rows``: the answers to ``ahead.reads``, read in this transaction (None: read here)."""
        super().__init__(session)
        self._values = ahead.values if ahead is not None else ChangeValues(changes)  # decoded once
        self._read_ahead: set[tuple[str, str]] = set()
        self._states: dict[Key, OfficeRow] = {}
        self._rows: dict[Key, dict[str, Any] | None] = {}
        self._holders: dict[tuple[str, tuple[str, ...], tuple[Any, ...]], list[dict[str, Any]]] = {}
        self._dependants: dict[Key, list[Key]] = {}
        self._dependants_read: set[str] = set()
        self._deletes: dict[str, list[str]] = defaultdict(list)
        by_table: dict[str, list[str]] = defaultdict(list)
        for change in changes:
            by_table[change.table].append(change.row_id)
            if change.op == "delete":
                self._deletes[change.table].append(change.row_id)
        if ahead is not None and ahead_rows is not None:
            self._take(ahead, ahead_rows)
        for name, ids in by_table.items():
            if (name, "state") not in self._read_ahead:
                self._read_states(name, ids)
            self._read_rows(synced_table(name), ids)
        written = self._decoded(changes)
        self._read_parents(written)
        self._read_holders(written)

    # -- reading ahead --------------------------------------------------------------------------------------

    def _take(self, ahead: ReadAhead, answers: list[list[dict[str, Any]]]) -> None:
        for (kind, name, names, wanted), rows in zip(ahead.parts, answers, strict=True):
            if kind == "state":
                self._read_ahead.add((name, kind))
                found = {r["row_id"]: r for r in rows}
                for row_id in wanted:
                    r = found.get(row_id)
                    self._states[(name, row_id)] = (
                        OfficeRow()
                        if r is None
                        else OfficeRow(
                            r["version"],
                            bool(r["deleted"]),
                            r["company_id"],
                            json.loads(r["field_versions"]),
                            True,
                        )
                    )
            elif kind == "rows":
                by_id = {str(r["id"]): r for r in rows}
                for row_id in wanted:
                    self._rows[(name, row_id)] = by_id.get(str(as_uuid(row_id)))
            else:  # natural keys
                for key in wanted:
                    self._holders[(name, names, key)] = []
                for r in rows:
                    holders = self._holders.get((name, names, tuple(r[n] for n in names)))
                    if holders is not None:
                        holders.append(r)

    def _read_states(self, name: str, ids: list[str]) -> None:
        for part in _chunks(sorted(set(ids))):
            query = select(office_sync_row).where(
                office_sync_row.c.tbl == name, office_sync_row.c.row_id.in_(part)
            )
            found = {r.row_id: r for r in self.session.execute(query)}
            for row_id in part:
                r = found.get(row_id)
                self._states[(name, row_id)] = (
                    OfficeRow()
                    if r is None
                    else OfficeRow(
                        r.version, bool(r.deleted), r.company_id, json.loads(r.field_versions), True
                    )
                )

    def _read_rows(self, table: Table, ids: Iterable[Any]) -> None:
        wanted = sorted({str(i) for i in ids} - {k[1] for k in self._rows if k[0] == table.name})
        for part in _chunks(wanted):
            found = self.session.execute(select(table).where(table.c.id.in_([as_uuid(i) for i in part])))
            rows = {str(r["id"]): dict(r) for r in found.mappings()}
            for row_id in part:
                self._rows[(table.name, row_id)] = rows.get(str(as_uuid(row_id)))

    def _decoded(self, changes: Sequence[Change]) -> list[tuple[str, dict[str, Any]]]:
        """Every set of values the rules may follow or key on: new values, current rows, and both merged."""
        out: list[tuple[str, dict[str, Any]]] = []
        for change in changes:
            current = self._rows.get((change.table, change.row_id))
            if current is not None:
                out.append((change.table, current))
            values = self._values.of(change)  # None: a delete, or values the rules refuse at this change
            if values is None:
                continue
            values["id"] = as_uuid(change.row_id)
            out.append((change.table, values))
            if current is not None:
                out.append((change.table, {**current, **values}))
        return out

    def _read_parents(self, written: list[tuple[str, dict[str, Any]]]) -> None:
        frontier = written
        for _depth in range(MAX_DEPTH):
            wanted: dict[str, set[str]] = defaultdict(set)
            for name, values in frontier:
                if name == "company" or values.get("company_id") is not None:
                    continue
                for fk in synced_table(name).foreign_keys:
                    target, value = fk.column.table, values.get(fk.parent.name)
                    if value is not None and target.name not in (name, "company"):
                        wanted[target.name].add(str(value))
            frontier = []
            for name, ids in wanted.items():
                table = synced_table(name)
                self._read_rows(table, [i for i in ids if is_uuid(i)])
                frontier += [(name, row) for i in ids if (row := self._rows.get((name, i))) is not None]
            if not frontier:
                return

    def _read_holders(self, written: list[tuple[str, dict[str, Any]]]) -> None:
        wanted: dict[tuple[str, tuple[str, ...]], set[tuple[Any, ...]]] = defaultdict(set)
        for name, values in written:
            for names in unique_keys(synced_table(name)):
                if all(values.get(n) is not None for n in names):
                    wanted[(name, names)].add(tuple(values[n] for n in names))
        for (name, names), all_keys in wanted.items():
            keys = {k for k in all_keys if (name, names, k) not in self._holders}  # not read ahead
            if not keys:
                continue
            table = synced_table(name)
            columns = [table.c[n] for n in names]
            for part in _chunks(sorted(keys, key=repr)):
                for key in part:
                    self._holders[(name, names, key)] = []
                condition = (
                    columns[0].in_([k[0] for k in part]) if len(names) == 1 else tuple_(*columns).in_(part)
                )
                for row in self.session.execute(select(table).where(condition)).mappings():
                    found = self._holders.get((name, names, tuple(row[n] for n in names)))
                    if found is not None:
                        found.append(dict(row))

    # -- answers ------------------------------------------------------------------------------------------------

    def new_values(self, change: Change) -> dict[str, Any]:
        return decoded(self._values, change)

    def state(self, table: str, row_id: str) -> OfficeRow:
        found = self._states.get((table, row_id))
        return found if found is not None else super().state(table, row_id)

    def current(self, table: Table, row_id: str) -> dict[str, Any] | None:
        key = (table.name, row_id)
        return self._rows[key] if key in self._rows else super().current(table, row_id)

    def parent(self, target: Table, value: Any) -> dict[str, Any] | None:
        key = (target.name, str(value))
        if key not in self._rows:  # read once (e.g. a company's network for each of its rows)
            self._rows[key] = super().parent(target, value)
        return self._rows[key]

    def holder(
        self, table: Table, names: Sequence[str], values: dict[str, Any], own: str
    ) -> dict[str, Any] | None:
        rows = self._holders.get((table.name, tuple(names), tuple(values[n] for n in names)))
        if rows is None:
            return super().holder(table, names, values, own)
        return next((r for r in rows if r["id"] != as_uuid(own)), None)

    def dependants(self, table_name: str, row_id: str) -> list[Key]:
        if table_name not in self._dependants_read:
            self._read_dependants(table_name)
        found = self._dependants.get((table_name, row_id))
        return found if found is not None else super().dependants(table_name, row_id)

    def _read_dependants(self, table_name: str) -> None:
        self._dependants_read.add(table_name)
        ids = sorted(set(self._deletes.get(table_name, ())))
        for row_id in ids:
            self._dependants[(table_name, row_id)] = []
        for table in Base.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table.name != table_name or "id" not in table.c:
                    continue
                for part in _chunks(ids):
                    query = select(table.c.id, fk.parent).where(fk.parent.in_([as_uuid(i) for i in part]))
                    for ident, parent in self.session.execute(query):
                        self._dependants[(table_name, str(parent))].append((table.name, str(ident)))


Part = tuple[str, str, tuple[str, ...], list[Any]]  # kind, table, key columns, what is asked for


class ReadAhead:
    """The reads of :class:`ChangesetLookup` that depend on the changes alone, as :class:`Read` statements (one per
    table and question, ``= ANY(array)``, each compiled once). Building it raises ``WireError`` or ``ValueError``
    for a changeset the rules refuse (an unknown table, a malformed id): then the caller reads without it, and
    the rules name the fault where they always did."""

    def __init__(self, changes: Sequence[Change], dialect: Dialect, *, companies: bool = False) -> None:
        # companies: also the companies the new values name (an office user's device: their network is checked)
        self.parts: list[Part] = []
        self.reads: list[Read] = []
        self.values = ChangeValues(changes)
        by_table: dict[str, list[str]] = defaultdict(list)
        for change in changes:
            by_table[change.table].append(change.row_id)
        for name, ids in by_table.items():
            table = synced_table(name)
            wanted = sorted(set(ids))
            self._add(
                ("state", name, (), wanted),
                Read(_states_query(), {"tbl": name, "ids": wanted}, office_sync_row.c),
            )
            uuids = [as_uuid(i) for i in wanted]
            self._add(("rows", name, (), wanted), Read(_rows_query(name), {"ids": uuids}, table.c))
        keys: dict[tuple[str, tuple[str, ...]], set[tuple[Any, ...]]] = defaultdict(set)
        for change in changes:
            values = self.values.of(change)  # None: a delete, or values the rules refuse at this change
            if values is None:
                continue
            table = synced_table(change.table)
            for names in unique_keys(table):
                if all(values.get(n) is not None and _plain(table, n, dialect) for n in names):
                    keys[(change.table, names)].add(tuple(values[n] for n in names))
        for (name, names), found in keys.items():
            asked: list[tuple[Any, ...]] = sorted(found, key=repr)
            params = {f"k{i}": sorted({k[i] for k in asked}, key=repr) for i in range(len(names))}
            read = Read(_holders_query(name, names), params, synced_table(name).c)
            self._add(("holders", name, names, asked), read)
        if companies and (wanted := self.values.companies()):
            read = Read(
                _rows_query("company"), {"ids": [as_uuid(i) for i in wanted]}, synced_table("company").c
            )
            self._add(("rows", "company", (), wanted), read)

    def _add(self, part: Part, read: Read) -> None:
        self.parts.append(part)
        self.reads.append(read)


def _plain(table: Table, column: str, dialect: Dialect) -> bool:
    """Whether the driver takes the column's Python values as they are (no conversion by its type)."""
    return table.c[column].type.dialect_impl(dialect).bind_processor(dialect) is None


@cache
def _states_query() -> Select[Any]:
    sync = office_sync_row
    ids = bindparam("ids", type_=ARRAY(sync.c.row_id.type))
    return select(sync).where(sync.c.tbl == bindparam("tbl"), sync.c.row_id == any_(ids))


@cache
def _rows_query(name: str) -> Select[Any]:
    table = synced_table(name)
    return select(table).where(table.c.id == any_(bindparam("ids", type_=ARRAY(table.c.id.type))))


@cache
def _holders_query(name: str, names: tuple[str, ...]) -> Select[Any]:
    """The rows whose key columns each hold one of the values asked for (``k0``, ``k1`` …): for a key of several
    columns a superset of the keys asked for; the rows of other combinations are not used."""
    table = synced_table(name)
    return select(table).where(
        *(table.c[n] == any_(bindparam(f"k{i}", type_=ARRAY(table.c[n].type))) for i, n in enumerate(names))
    )
