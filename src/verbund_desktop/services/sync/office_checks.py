"""Each change of a changeset checked against the office's state: a write to make, or a conflict.

Conflict kinds: ``same_field`` (a column I changed was changed there since my base), ``other_fields`` (the row
changed there in other columns: still held, nothing is merged silently), ``deleted_there`` (my update or insert
of a row deleted there), ``changed_there`` (my delete of a row changed there, or one with new dependants there),
``duplicate`` (a natural key taken by another row: two "Produktion" departments, two ``BM-06``),
``plan_successor`` (a second successor to the same plan version) and ``constraint`` (refused by the database).

A base older than the office's version is still the change's own when every version since is the replica's:
the change names (``after``) the changeset of the same replica that wrote the office's current version, which
the office accepted (``own_versions``). That is the second of two sync files exported before the first one's
answer came back, or an edit after an answer lost over HTTPS: a linear history of one replica, no conflict.
Anything else (another device wrote since, the named changeset was refused, unknown or another replica's) is
compared as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from verbund_desktop.persistence.models.sync import office_sync_log
from verbund_desktop.persistence.scope import NETWORK_TABLES
from verbund_desktop.services.sync.office_lookup import RowLookup, unique_keys
from verbund_desktop.services.sync.office_rows import OfficeRow, Scope, as_uuid
from verbund_desktop.services.sync.office_scope import check_scope, refuse_shared_write
from verbund_desktop.services.sync.schema import synced_table, to_wire_values
from verbund_desktop.sync.messages import Change, Changeset, ConflictItem, result_from_wire

# changeset id -> the (table, row id, version) it wrote, for the accepted changesets named by ``after``
OwnVersions = dict[str, frozenset[tuple[str, str, int]]]


def own_versions(session: Session, changeset: Changeset) -> OwnVersions:
    """The versions written by the changesets that ``changeset``'s changes name as predecessors, for those the
    office accepted from the same replica (one statement; none when no change names one)."""
    named = {c.after for c in changeset.changes if c.after is not None}
    if not named:
        return {}
    log = office_sync_log.c
    rows = session.execute(
        select(log.changeset_id, log.result).where(
            log.changeset_id.in_(sorted(named)),
            log.replica_id == changeset.replica_id,
            log.status == "accepted",
        )
    )
    return {row.changeset_id: frozenset(result_from_wire(json.loads(row.result)).versions) for row in rows}


def _based(plan: RowPlan, own: OwnVersions) -> bool:
    """The change was made on the office's version, or on an older one whose successors are all its replica's
    (the named predecessor wrote the current version; it was itself accepted only on such a history)."""
    change, version = plan.change, plan.state.version
    if change.base_version == version:
        return True
    if change.after is None or change.base_version > version:
        return False
    return (change.table, change.row_id, version) in own.get(change.after, frozenset())


@dataclass
class RowPlan:
    change: Change
    table: Table
    state: OfficeRow
    values: dict[str, Any] = field(default_factory=dict)  # python values to write
    company_id: str | None = None
    conflict: ConflictItem | None = None
    noop: bool = False
    as_update: bool = False  # an insert of a row the office has: written as an update

    def write(self, session: Session) -> None:
        if self.noop:
            return
        ident = as_uuid(self.change.row_id)
        if self.change.op == "insert" and not self.as_update:
            session.execute(self.table.insert().values(**self.values))
        elif self.change.op == "update" or self.as_update:
            session.execute(self.table.update().where(self.table.c.id == ident).values(**self.values))
        else:
            session.execute(self.table.delete().where(self.table.c.id == ident))

    def next_state(self) -> OfficeRow:
        version = self.state.version + 1
        fields = dict(self.state.field_versions)
        if self.change.op != "delete":
            fields.update({name: version for name in self.values if name != "id"})
        return OfficeRow(
            version=version,
            deleted=self.change.op == "delete",
            company_id=self.company_id,
            field_versions=fields,
            known=self.state.known,
        )


def plan_change(
    lookup: RowLookup,
    device: Scope,
    change: Change,
    touched: frozenset[tuple[str, str]],
    own: OwnVersions | None = None,
) -> RowPlan:
    """The write or the conflict for ``change``; ``lookup`` reads the office's state (nothing is written);
    ``own``: the versions of the predecessors the changeset names (``own_versions``)."""
    table = synced_table(change.table)
    plan = RowPlan(change=change, table=table, state=lookup.state(change.table, change.row_id))
    current = lookup.current(table, change.row_id)
    if change.op == "insert":
        _plan_insert(lookup, device, plan, current, own or {})
    elif change.op == "update":
        _plan_update(lookup, device, plan, current, own or {})
    else:
        _plan_delete(lookup, device, plan, current, touched, own or {})
    return plan


def _conflict(plan: RowPlan, kind: str, current: dict[str, Any] | None, **extra: Any) -> None:
    theirs = None if current is None else to_wire_values(plan.change.table, current)
    plan.conflict = ConflictItem(
        table=plan.change.table,
        row_id=plan.change.row_id,
        kind=kind,
        theirs_version=plan.state.version,
        theirs=theirs,
        **extra,
    )


def _plan_insert(
    lookup: RowLookup, device: Scope, plan: RowPlan, current: dict[str, Any] | None, own: OwnVersions
) -> None:
    change = plan.change
    plan.values = lookup.new_values(change)
    plan.values["id"] = as_uuid(change.row_id)
    plan.company_id = lookup.company_of(change.table, plan.values)
    if current is not None:  # the row is there already (bundled content, or a restored or copied replica)
        plan.as_update = True  # identical: nothing to do; else compared like an update of every column
        _plan_update(lookup, device, plan, current, own)
        return
    if plan.state.deleted and not _based(plan, own):
        _conflict(plan, "deleted_there", None)  # created again by someone who had not seen the deletion
        return
    check_scope(
        lookup, device, change.table, plan.company_id, plan.values, new_company=change.table == "company"
    )
    refuse_shared_write(device, change.table)
    _check_natural_keys(lookup, plan)


def _plan_update(
    lookup: RowLookup, device: Scope, plan: RowPlan, current: dict[str, Any] | None, own: OwnVersions
) -> None:
    change = plan.change
    plan.values = lookup.new_values(change)
    plan.values.pop("id", None)  # the key is never rewritten (SQLite counts that as a change of a parent key)
    if current is None or plan.state.deleted:
        _conflict(plan, "deleted_there", None, fields=tuple(sorted(plan.values)))
        return
    merged = {**current, **plan.values}
    plan.company_id = lookup.company_of(change.table, merged)
    before = lookup.company_of(change.table, current)
    check_scope(lookup, device, change.table, plan.company_id, merged)
    if before != plan.company_id or change.table in NETWORK_TABLES:  # moved: may leave the scope too
        check_scope(lookup, device, change.table, before, current)
    if to_wire_values(change.table, current) == to_wire_values(change.table, merged):
        plan.noop = True  # the same values on both sides: nothing to apply, nothing to decide
        return
    refuse_shared_write(device, change.table)
    if not _based(plan, own):
        changed_there = {n for n, v in plan.state.field_versions.items() if v > change.base_version}
        overlap = tuple(sorted(set(plan.values) & changed_there))
        kind = "same_field" if overlap or not changed_there else "other_fields"
        _conflict(plan, kind, current, fields=overlap or tuple(sorted(plan.values)))
        return
    _check_natural_keys(lookup, plan, merged)


def _plan_delete(
    lookup: RowLookup,
    device: Scope,
    plan: RowPlan,
    current: dict[str, Any] | None,
    touched: frozenset[tuple[str, str]],
    own: OwnVersions,
) -> None:
    change = plan.change
    if current is None or plan.state.deleted:
        plan.noop = True  # deleted on both sides: nothing to do
        return
    plan.company_id = lookup.company_of(change.table, current)
    check_scope(lookup, device, change.table, plan.company_id, current)
    refuse_shared_write(device, change.table)
    if not _based(plan, own):
        _conflict(plan, "changed_there", current)
        return
    if _has_new_dependants(lookup, change, touched):
        _conflict(plan, "changed_there", current)


def _has_new_dependants(lookup: RowLookup, change: Change, touched: frozenset[tuple[str, str]]) -> bool:
    """Rows referring to the deleted one that this changeset does not delete or change itself: deleting would
    cascade into (or unlink) rows the laptop never saw."""
    return any(key not in touched for key in lookup.dependants(change.table, change.row_id))


def _check_natural_keys(lookup: RowLookup, plan: RowPlan, merged: dict[str, Any] | None = None) -> None:
    values = merged if merged is not None else plan.values
    for names in unique_keys(plan.table):
        if merged is not None and not set(names) & set(plan.values):
            continue  # this update does not touch the key
        if any(values.get(n) is None for n in names):
            continue
        existing = lookup.holder(plan.table, names, values, plan.change.row_id)
        if existing is not None:
            kind = "plan_successor" if "version" in names and "series_id" in names else "duplicate"
            _conflict(plan, kind, existing, fields=tuple(names), existing_id=str(existing["id"]))
            return
