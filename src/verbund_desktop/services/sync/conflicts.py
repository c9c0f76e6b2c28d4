"""Conflicts a person resolves: shown side by side, resolved by "mine", "theirs", "edited" or "merge".

A resolution never edits what was sent: it changes the local row (with capture off for the office's state, on for
the person's edits), bases the held change on the office's version and, once the last conflict of a changeset is
resolved, moves its changes into a new changeset (new id, next local number) that the next sync sends.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import IntegrityError

from verbund_desktop.assessment.errors import InputError, Message
from verbund_desktop.persistence.models.sync import sync_change, sync_changeset, sync_conflict, sync_state
from verbund_desktop.persistence.sync_capture import (
    fold_pending,
    load_names,
    load_old_values,
    old_data_of,
    row_json,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common import audit
from verbund_desktop.services.sync.conflict_texts import (
    COLUMN_LABELS,
    KIND_TEXTS,
    TABLE_LABELS,
    choices_for,
    shown,
)
from verbund_desktop.services.sync.outbox import canonical_id, hex_id, set_versions, wire_change
from verbund_desktop.services.sync.pull import PARKED, retry_parked
from verbund_desktop.services.sync.schema import (
    column_kind,
    from_wire_values,
    raw_to_python,
    synced_columns,
    synced_table,
    to_wire_values,
)

BASE_UNKNOWN = "(nicht bekannt)"
BASE_NEW = "(neu angelegt)"


@dataclass(frozen=True)
class FieldView:
    column: str
    label: str
    mine: str
    theirs: str
    in_conflict: bool  # named by the office as changed on both sides (or the natural key)
    base: str = BASE_UNKNOWN  # the value both started from (the office's version my change is based on)
    changed_on_both: bool = (
        False  # changed here and there since the base (by the base, else the office's mark)
    )


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str
    table_label: str
    row_id: str
    kind: str
    text: str
    fields: tuple[FieldView, ...]
    choices: tuple[str, ...]
    existing_id: str | None


def _open_conflict(conn: Connection, conflict_id: str) -> Any:
    found = conn.execute(
        select(sync_conflict).where(sync_conflict.c.id == conflict_id, sync_conflict.c.resolution.is_(None))
    ).first()
    if found is None:
        raise InputError(
            "Diesen Konflikt gibt es nicht mehr; er wurde schon gelöst oder die Daten wurden gelöscht."
        )
    return found


def _my_change(conn: Connection, conflict: Any) -> Any:
    return conn.execute(
        select(sync_change).where(sync_change.c.tbl == conflict.tbl, sync_change.c.row_id == conflict.row_id)
    ).first()


def list_conflicts(ws: Workspace) -> list[ConflictView]:
    with ws.unit_of_work() as uow:
        conn = uow.session.connection()
        rows = conn.execute(
            select(sync_conflict)
            .where(sync_conflict.c.resolution.is_(None), sync_conflict.c.kind != PARKED)
            .order_by(sync_conflict.c.detected_at)
        ).all()
        return [_view(conn, row) for row in rows]


def _view(conn: Connection, conflict: Any) -> ConflictView:
    change = _my_change(conn, conflict)
    mine = dict(wire_change(conn, change).new or {}) if change is not None else {}
    theirs = json.loads(conflict.theirs) if conflict.theirs else {}
    base = _base_values(conn, change)
    marked = set(json.loads(conflict.fields))
    names = [n for n in sorted(set(mine) | marked) if n != "id"]
    if conflict.kind in ("same_field", "other_fields"):
        names = sorted(set(names) | {n for n in theirs if n in mine and theirs[n] != mine[n]})
    fields = tuple(
        FieldView(
            column=n,
            label=COLUMN_LABELS.get(n, n),
            mine=shown(mine.get(n)) if change is not None and change.op != "delete" else "(gelöscht)",
            theirs=shown(theirs.get(n)) if conflict.theirs else "(gelöscht)",
            in_conflict=n in marked,
            base=_shown_base(change, base, n),
            changed_on_both=_changed_on_both(conflict, n, mine, theirs, base, marked),
        )
        for n in names
    )
    return ConflictView(
        id=conflict.id,
        table=conflict.tbl,
        table_label=TABLE_LABELS.get(conflict.tbl, conflict.tbl),
        row_id=canonical_id(conflict.row_id),
        kind=conflict.kind,
        text=KIND_TEXTS.get(conflict.kind, conflict.kind),
        fields=fields,
        choices=choices_for(conflict.kind),
        existing_id=conflict.existing_id,
    )


def _base_values(conn: Connection, change: Any) -> dict[str, Any]:
    """The canonical values my held update started from, where capture kept them (an erasure drops them)."""
    if change is None or change.op != "update":
        return {}
    raw = load_old_values(change.old_data)
    return to_wire_values(change.tbl, raw_to_python(change.tbl, raw, conn.dialect))


def _shown_base(change: Any, base: Mapping[str, Any], name: str) -> str:
    if name in base:
        return shown(base[name])
    return BASE_NEW if change is not None and change.op == "insert" else BASE_UNKNOWN


def _changed_on_both(
    conflict: Any,
    name: str,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    base: Mapping[str, Any],
    marked: set[str],
) -> bool:
    """By the base where it is known (an edit of another field there is no clash); else as the office said."""
    if conflict.kind in ("same_field", "other_fields") and name in base and name in mine and conflict.theirs:
        return mine[name] != base[name] and theirs.get(name) != base[name]
    return name in marked


def resolve_conflict(
    ws: Workspace, conflict_id: str, choice: str, *, actor: str, edited: Mapping[str, Any] | None = None
) -> None:
    """Resolve one conflict; ``edited`` maps columns to canonical values (choice "edited")."""
    with ws.unit_of_work() as uow:
        conn = uow.session.connection()
        conflict = _open_conflict(conn, conflict_id)
        if choice not in choices_for(conflict.kind):
            raise InputError(
                "Diese Lösung passt nicht zu diesem Konflikt. Bitte eine der angebotenen wählen."
            )
        if choice == "edited" and not edited:
            raise InputError("Für „bearbeitet“ bitte mindestens ein Feld ändern.")
        if choice == "after":  # the program picks the number: after every version of the series known here
            edited = {"version": str(_version_after(conn, conflict))}
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        _capture(conn, on=False)
        if choice == "theirs":
            _take_theirs(conn, conflict)
        else:
            _rebase(conn, conflict)
        _capture(conn, on=True)
        if choice in ("edited", "after"):
            _write(
                conn,
                conflict.tbl,
                conflict.row_id,
                from_wire_values(conflict.tbl, _from_texts(conflict.tbl, edited)),
            )
        elif choice == "merge":
            _merge_into_existing(conn, conflict)
        if conflict.kind in ("duplicate", "plan_successor"):
            _capture(conn, on=False)
            _store_existing(conn, conflict)
            _capture(conn, on=True)
        fold_pending(conn)  # the person's edits join the held change now, not at the commit
        _capture(conn, on=False)
        retry_parked(conn)  # office rows that waited for this conflict (its duplicate's children) fit now
        _capture(conn, on=True)
        conn.execute(
            sync_conflict.update().where(sync_conflict.c.id == conflict.id).values(resolution=choice)
        )
        _drop_vanished(conn, conflict.changeset_id)
        _reissue_if_done(conn, conflict.changeset_id)
        audit.record(
            uow.session,
            actor=actor,
            action="sync_resolve",
            entity_type=conflict.tbl,
            entity_id=uuid.UUID(conflict.row_id),
            field=conflict.kind,
            new=choice,
        )
        uow.commit()


def _version_after(conn: Connection, conflict: Any) -> int:
    """The next version of my successor's series after the office's successor and every version held here."""
    plans = synced_table("development_plan")
    mine = conn.execute(
        select(plans.c.series_id, plans.c.version, plans.c.frozen_at).where(
            plans.c.id == uuid.UUID(conflict.row_id)
        )
    ).first()
    if mine is None:
        raise InputError("Diese Planversion gibt es hier nicht mehr; bitte zuerst synchronisieren.")
    if mine.frozen_at is not None:  # the paper says this number: renumbering would contradict it
        raise InputError(
            Message(
                "Ihre Fassung wurde schon als Version {version} gedruckt; eine neue Nummer passte nicht mehr zum "
                "gedruckten Plan. Bitte mit der Koordinierungsstelle klären, welche Fassung gilt. Nichts wurde "
                "geändert.",
                version=mine.version,
            )
        )
    series = mine.series_id
    here = conn.execute(select(func.max(plans.c.version)).where(plans.c.series_id == series)).scalar()
    theirs = json.loads(conflict.theirs).get("version") if conflict.theirs else None
    return max(int(here or 0), int(theirs or 0)) + 1


def _from_texts(table: str, edited: Mapping[str, Any] | None) -> dict[str, Any]:
    """What the person typed, as canonical values ("—" is empty, "ja"/"nein", decimal comma)."""
    kinds = {c.name: column_kind(c)[0] for c in synced_columns(table)}
    out: dict[str, Any] = {}
    for name, typed in (edited or {}).items():
        if name not in kinds:
            raise InputError(Message("Das Feld „{name}“ gibt es hier nicht.", name=name))
        text_value = str(typed).strip()
        kind = kinds[name]
        try:
            if text_value in ("", "—") and kind != "str":
                out[name] = None
            elif kind == "int":
                out[name] = int(text_value)
            elif kind == "float":
                out[name] = float(text_value.replace(",", "."))
            elif kind == "bool":
                out[name] = text_value.lower() in ("ja", "true", "1")
            elif kind == "decimal":
                out[name] = text_value.replace(",", ".")
            else:
                out[name] = typed
        except ValueError as exc:
            raise InputError(
                Message("„{text}“ ist keine Zahl. Nichts wurde geändert.", text=text_value)
            ) from exc
    return out


def _capture(conn: Connection, *, on: bool) -> None:
    conn.execute(sync_state.update().values(capture=1 if on else 0))


def _rebase(conn: Connection, conflict: Any) -> None:
    """My change, now based on the office's version (and a row deleted there sent again as a new insert)."""
    set_versions(conn, [(conflict.tbl, canonical_id(conflict.row_id), conflict.theirs_version)])
    change = _my_change(conn, conflict)
    if change is None:
        return
    # Based on the office's version now: the values before my edits are no longer the base (not kept here).
    values: dict[str, Any] = {"base_version": conflict.theirs_version}
    if change.op == "update":
        values["old_data"] = old_data_of(load_names(change.old_data), {})
    if conflict.kind == "deleted_there" and change.op == "update":
        values.update(op="insert", old_data=None, new_data=row_json(conn, conflict.tbl, conflict.row_id))
    conn.execute(sync_change.update().where(sync_change.c.id == change.id).values(**values))


def _take_theirs(conn: Connection, conflict: Any) -> None:
    conn.execute(
        sync_change.delete().where(sync_change.c.tbl == conflict.tbl, sync_change.c.row_id == conflict.row_id)
    )
    table = synced_table(conflict.tbl)
    ident = uuid.UUID(conflict.row_id)
    if conflict.kind in ("duplicate", "plan_successor"):
        conn.execute(table.delete().where(table.c.id == ident))  # mine goes; the office's row takes its place
        return
    set_versions(conn, [(conflict.tbl, canonical_id(conflict.row_id), conflict.theirs_version)])
    if conflict.theirs is None:
        conn.execute(table.delete().where(table.c.id == ident))
        return
    values = from_wire_values(conflict.tbl, json.loads(conflict.theirs))
    values.pop("id", None)
    exists = conn.execute(select(table.c.id).where(table.c.id == ident)).first()
    if exists is None:
        conn.execute(table.insert().values(id=ident, **values))
    else:
        conn.execute(table.update().where(table.c.id == ident).values(**values))


def _store_existing(conn: Connection, conflict: Any) -> None:
    """The office's row that holds the natural key, stored here (it may not have been pulled yet)."""
    if conflict.existing_id is None or conflict.theirs is None:
        return
    table = synced_table(conflict.tbl)
    ident = uuid.UUID(conflict.existing_id)
    if conn.execute(select(table.c.id).where(table.c.id == ident)).first() is None:
        values = from_wire_values(conflict.tbl, json.loads(conflict.theirs))
        values["id"] = ident
        try:
            with conn.begin_nested():
                conn.execute(table.insert().values(**values))
        except IntegrityError as exc:
            raise InputError(
                "Der Name oder das Kürzel ist hier noch vergeben. Bitte einen anderen wählen; nichts wurde geändert."
            ) from exc


def _write(conn: Connection, table_name: str, stored_id: str, values: Mapping[str, Any]) -> None:
    table = synced_table(table_name)
    conn.execute(table.update().where(table.c.id == uuid.UUID(stored_id)).values(**values))


def _merge_into_existing(conn: Connection, conflict: Any) -> None:
    """Everything that refers to my duplicate refers to the existing row; then my duplicate goes."""
    if conflict.existing_id is None:
        raise InputError("Der vorhandene Eintrag ist nicht bekannt; bitte zuerst synchronisieren.")
    mine, existing = uuid.UUID(conflict.row_id), uuid.UUID(conflict.existing_id)
    target = synced_table(conflict.tbl)
    for table in target.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is target:
                conn.execute(table.update().where(fk.parent == mine).values({fk.parent.name: existing}))
    conn.execute(target.delete().where(target.c.id == mine))


def _drop_vanished(conn: Connection, changeset_id: str) -> None:
    """Writes of rows that are gone here now (my duplicate and what hung on it, taken away by the resolution)."""
    changes = conn.execute(
        select(sync_change.c.id, sync_change.c.tbl, sync_change.c.row_id).where(
            sync_change.c.changeset_id == changeset_id, sync_change.c.op != "delete"
        )
    ).all()
    for change in changes:
        table = synced_table(change.tbl)
        if conn.execute(select(table.c.id).where(table.c.id == uuid.UUID(change.row_id))).first() is None:
            conn.execute(sync_change.delete().where(sync_change.c.id == change.id))


def _reissue_if_done(conn: Connection, changeset_id: str) -> None:
    """The last conflict of a changeset resolved: its changes become a new changeset for the next sync."""
    open_left = conn.execute(
        text(
            "SELECT count(*) FROM sync_conflict WHERE changeset_id = :c AND resolution IS NULL AND kind != 'parked' "
            "AND EXISTS (SELECT 1 FROM sync_change s WHERE s.tbl = sync_conflict.tbl "
            "AND s.row_id = sync_conflict.row_id)"
        ),
        {"c": changeset_id},
    ).scalar_one()
    if open_left:
        return
    conn.execute(sync_changeset.update().where(sync_changeset.c.id == changeset_id).values(status="resolved"))
    if (
        conn.execute(select(sync_change.c.id).where(sync_change.c.changeset_id == changeset_id)).first()
        is None
    ):
        return
    new_id = str(uuid.uuid4())
    seq = conn.execute(select(sync_state.c.next_local_seq)).scalar_one()
    conn.execute(sync_state.update().values(next_local_seq=seq + 1))
    created = conn.execute(select(sync_changeset.c.created_at).where(sync_changeset.c.id == changeset_id))
    conn.execute(
        sync_changeset.insert().values(
            id=new_id, local_seq=seq, status="pending", created_at=created.scalar_one()
        )
    )
    conn.execute(
        sync_change.update().where(sync_change.c.changeset_id == changeset_id).values(changeset_id=new_id)
    )


__all__ = ["ConflictView", "FieldView", "hex_id", "list_conflicts", "resolve_conflict"]
