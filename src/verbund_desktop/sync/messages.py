"""The messages of the sync protocol as frozen dataclasses, to and from their strict JSON form.

``from_wire`` refuses a message with a missing or an unknown field (never drops it): a newer program's field
that this one does not understand must stop the sync with a message, not vanish.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from verbund_desktop.assessment.errors import Message, as_message
from verbund_desktop.sync.encoding import WireError

Op = Literal["insert", "update", "delete"]
OPS: frozenset[str] = frozenset({"insert", "update", "delete"})
Status = Literal["accepted", "conflict", "rejected"]
STATUSES: frozenset[str] = frozenset({"accepted", "conflict", "rejected"})
# Conflict kinds, each shown to a person in plain German (services/sync/conflict_texts.py).
CONFLICT_KINDS = frozenset(
    {
        "same_field",
        "other_fields",
        "deleted_there",
        "changed_there",
        "duplicate",
        "plan_successor",
        "constraint",
    }
)
Values = Mapping[str, Any]


@dataclass(frozen=True)
class Change:
    """One row changed in a local transaction. ``base_version`` is the office version the change was made on
    (0: the row as first shared, or a new row). A delete is a tombstone: no content, only table, key, version."""

    table: str
    row_id: str
    op: Op
    base_version: int
    new: Values | None = None  # insert: every synced column; update: only the changed columns; delete: None
    # The sent, unanswered changeset of the same replica that changed this row before (its answer was not back
    # when this change was sent): the office takes ``base_version`` when every version since is that one's own.
    # Left out of the wire form when None, so such a change reads exactly as from a program without the field.
    after: str | None = None


@dataclass(frozen=True)
class Changeset:
    """One local transaction; ``id`` is its idempotency key (resending it is harmless)."""

    id: str
    replica_id: str
    local_seq: int
    schema_rev: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class ConflictItem:
    table: str
    row_id: str
    kind: str
    fields: tuple[str, ...] = ()
    theirs_version: int = 0
    theirs: Values | None = None  # the office's current row (None: deleted there)
    existing_id: str | None = None  # duplicate natural key: the office's row with the same key


@dataclass(frozen=True)
class ApplyResult:
    changeset_id: str
    status: Status
    server_seq: int | None = None
    versions: tuple[tuple[str, str, int], ...] = ()  # (table, row_id, new version) of an accepted changeset
    conflicts: tuple[ConflictItem, ...] = ()
    message: str = ""  # German, for a rejection; no personal data
    reason: str = ""  # rejected: "rewound", "schema", "scope", "format"


@dataclass(frozen=True)
class RowState:
    """The office's state of one row as of ``server_seq``; ``values`` None for a tombstone."""

    table: str
    row_id: str
    version: int
    server_seq: int
    values: Values | None


@dataclass(frozen=True)
class Batch:
    """Every accepted change with ``after < server_seq <= until`` in the scope, in the network's total order."""

    after: int
    until: int
    rows: tuple[RowState, ...]
    more: bool = False
    erased: tuple[tuple[str, str], ...] = field(default=())  # (table, row_id) erased under Art. 17


class ProgramVersionError(WireError):
    """A message whose fields this program version does not know (or lacks ones it needs): the other side runs
    another version of the program. Unlike the other structural errors a person can act on it (update), so it
    reaches the UI as it is."""


def _fields(
    obj: Any, what: str, required: set[str], optional: frozenset[str] = frozenset()
) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise WireError(f"{what}: Die Nachricht ist kein Objekt.")
    missing = required - obj.keys()
    unknown = obj.keys() - required - optional
    if missing or unknown:
        names = ", ".join(sorted(missing | unknown))
        raise ProgramVersionError(
            Message(
                "{what}: Die Nachricht passt nicht zu dieser Programmversion (Felder: {names}). Nichts wurde "
                "übernommen.",
                what=as_message(what),
                names=names,
            )
        )
    return obj


def _uuid_text(value: Any, what: str) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError as exc:
        raise WireError(f"{what}: Eine Kennung ist keine UUID.") from exc


def _int(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise WireError(f"{what}: Eine Zahl fehlt oder ist ungültig.")
    return value


def _values(value: Any, what: str) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise WireError(f"{what}: Die Werte einer Zeile sind ungültig.")
    return dict(value)


def change_to_wire(change: Change) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "table": change.table,
        "row_id": change.row_id,
        "op": change.op,
        "base_version": change.base_version,
        "new": None if change.new is None else dict(change.new),
    }
    if change.after is not None:
        wire["after"] = change.after
    return wire


def change_from_wire(obj: Any) -> Change:
    what = "Änderung"
    data = _fields(obj, what, {"table", "row_id", "op", "base_version", "new"}, frozenset({"after"}))
    if data["op"] not in OPS or not isinstance(data["table"], str):
        raise WireError(f"{what}: Die Art der Änderung ist unbekannt.")
    new = _values(data["new"], what)
    if (data["op"] == "delete") != (new is None):
        raise WireError(f"{what}: Eine Löschung trägt keine Inhalte, jede andere Änderung trägt welche.")
    return Change(
        table=data["table"],
        row_id=_uuid_text(data["row_id"], what),
        op=data["op"],
        base_version=_int(data["base_version"], what),
        new=new,
        after=None if data.get("after") is None else _uuid_text(data["after"], what),
    )


def changeset_to_wire(changeset: Changeset) -> dict[str, Any]:
    return {
        "id": changeset.id,
        "replica_id": changeset.replica_id,
        "local_seq": changeset.local_seq,
        "schema_rev": changeset.schema_rev,
        "changes": [change_to_wire(c) for c in changeset.changes],
    }


class RepeatedRowError(WireError):
    """A changeset that names one row twice: capture keeps one change per row, so only a hand-made or altered
    request or file has it. It is refused whole (the office would otherwise apply one change on top of another
    from the same base)."""


def check_rows_once(changeset: Changeset) -> None:
    """Raise :class:`RepeatedRowError` if two changes of ``changeset`` name the same (table, row)."""
    seen: set[tuple[str, str]] = set()
    for change in changeset.changes:
        key = (change.table, change.row_id)
        if key in seen:
            raise RepeatedRowError(
                Message(
                    "Das Änderungspaket {changeset} ändert die Zeile {row} der Tabelle „{table}“ zweimal; ein "
                    "Änderungspaket enthält jede Zeile höchstens einmal. Es wurde nichts übernommen.",
                    changeset=str(changeset.id),
                    row=change.row_id,
                    table=change.table,
                )
            )
        seen.add(key)


def changeset_from_wire(obj: Any) -> Changeset:
    what = "Änderungspaket"
    data = _fields(obj, what, {"id", "replica_id", "local_seq", "schema_rev", "changes"})
    if not isinstance(data["changes"], list) or not isinstance(data["schema_rev"], str):
        raise WireError(f"{what}: Die Liste der Änderungen fehlt.")
    changeset = Changeset(
        id=_uuid_text(data["id"], what),
        replica_id=_uuid_text(data["replica_id"], what),
        local_seq=_int(data["local_seq"], what),
        schema_rev=data["schema_rev"],
        changes=tuple(change_from_wire(c) for c in data["changes"]),
    )
    check_rows_once(changeset)
    return changeset


def row_to_wire(row: RowState) -> dict[str, Any]:
    values = None if row.values is None else dict(row.values)
    return {
        "table": row.table,
        "row_id": row.row_id,
        "version": row.version,
        "seq": row.server_seq,
        "values": values,
    }


def row_from_wire(obj: Any) -> RowState:
    what = "Zeile"
    data = _fields(obj, what, {"table", "row_id", "version", "seq", "values"})
    if not isinstance(data["table"], str):
        raise WireError(f"{what}: Die Tabelle fehlt.")
    return RowState(
        table=data["table"],
        row_id=_uuid_text(data["row_id"], what),
        version=_int(data["version"], what),
        server_seq=_int(data["seq"], what),
        values=_values(data["values"], what),
    )


def batch_to_wire(batch: Batch) -> dict[str, Any]:
    return {
        "after": batch.after,
        "until": batch.until,
        "more": batch.more,
        "rows": [row_to_wire(r) for r in batch.rows],
        "erased": [list(e) for e in batch.erased],
    }


def batch_from_wire(obj: Any) -> Batch:
    what = "Abruf"
    data = _fields(obj, what, {"after", "until", "more", "rows", "erased"})
    if not isinstance(data["rows"], list) or not isinstance(data["erased"], list):
        raise WireError(f"{what}: Die Zeilen fehlen.")
    after, until = _int(data["after"], what), _int(data["until"], what)
    if until < after:
        raise WireError(f"{what}: Der Bereich der Änderungen ist ungültig.")
    erased = []
    for item in data["erased"]:
        if not isinstance(item, list) or len(item) != 2 or not isinstance(item[0], str):
            raise WireError(f"{what}: Eine Löschung nach Art. 17 ist ungültig.")
        erased.append((item[0], _uuid_text(item[1], what)))
    rows = tuple(row_from_wire(r) for r in data["rows"])
    named = [(r.table, r.row_id) for r in rows]
    if len(set(named)) != len(named):  # the office sends each row's current state once
        raise RepeatedRowError(
            Message(
                "{what}: Eine Zeile kommt zweimal vor; die Antwort ist verändert worden. Es wurde nichts übernommen.",
                what=as_message(what),
            )
        )
    return Batch(after=after, until=until, rows=rows, more=bool(data["more"]), erased=tuple(erased))


def conflict_to_wire(item: ConflictItem) -> dict[str, Any]:
    return {
        "table": item.table,
        "row_id": item.row_id,
        "kind": item.kind,
        "fields": list(item.fields),
        "theirs_version": item.theirs_version,
        "theirs": None if item.theirs is None else dict(item.theirs),
        "existing_id": item.existing_id,
    }


def conflict_from_wire(obj: Any) -> ConflictItem:
    what = "Konflikt"
    data = _fields(
        obj, what, {"table", "row_id", "kind", "fields", "theirs_version", "theirs", "existing_id"}
    )
    if data["kind"] not in CONFLICT_KINDS or not isinstance(data["fields"], list):
        raise WireError(f"{what}: Die Art des Konflikts ist unbekannt.")
    existing = data["existing_id"]
    return ConflictItem(
        table=str(data["table"]),
        row_id=_uuid_text(data["row_id"], what),
        kind=data["kind"],
        fields=tuple(str(f) for f in data["fields"]),
        theirs_version=_int(data["theirs_version"], what),
        theirs=_values(data["theirs"], what),
        existing_id=None if existing is None else _uuid_text(existing, what),
    )


def result_to_wire(result: ApplyResult) -> dict[str, Any]:
    return {
        "changeset_id": result.changeset_id,
        "status": result.status,
        "server_seq": result.server_seq,
        "versions": [list(v) for v in result.versions],
        "conflicts": [conflict_to_wire(c) for c in result.conflicts],
        "message": result.message,
        "reason": result.reason,
    }


def result_from_wire(obj: Any) -> ApplyResult:
    what = "Antwort"
    data = _fields(
        obj, what, {"changeset_id", "status", "server_seq", "versions", "conflicts", "message", "reason"}
    )
    if data["status"] not in STATUSES or not isinstance(data["versions"], list):
        raise WireError(f"{what}: Der Ausgang ist unbekannt.")
    versions = []
    for item in data["versions"]:
        if not isinstance(item, list) or len(item) != 3:
            raise WireError(f"{what}: Eine Versionsangabe ist ungültig.")
        versions.append((str(item[0]), _uuid_text(item[1], what), _int(item[2], what)))
    seq = data["server_seq"]
    return ApplyResult(
        changeset_id=_uuid_text(data["changeset_id"], what),
        status=data["status"],
        server_seq=None if seq is None else _int(seq, what),
        versions=tuple(versions),
        conflicts=tuple(conflict_from_wire(c) for c in data["conflicts"]),
        message=str(data["message"]),
        reason=str(data["reason"]),
    )
