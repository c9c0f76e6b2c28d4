"""Push and pull for the sync service: the device's scope handed to the office's apply and pull.

Each changeset is applied in a transaction of its own (``apply_changeset`` wants exactly that), so a push of
many changesets that breaks off half-way leaves the first ones accepted; resending them returns the stored
answers and applies nothing twice. The transactions of one request follow each other on one connection.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.models import OfficeReplica
from verbund_desktop.services.office.auth import RequestRefused
from verbund_desktop.services.office.database import OfficeDatabase
from verbund_desktop.services.office.devices import Scope
from verbund_desktop.services.sync.office_apply import Scope as SyncScope
from verbund_desktop.services.sync.office_apply import apply_changeset, changes_since
from verbund_desktop.sync.encoding import WireError
from verbund_desktop.sync.messages import (
    Changeset,
    RepeatedRowError,
    batch_to_wire,
    changeset_from_wire,
    result_to_wire,
)

MAX_CHANGESETS = 500  # per request; the laptop sends more in several requests
MAX_PULL = 5000


def sync_scope(scope: Scope) -> SyncScope:
    companies = None if scope.company_ids is None else frozenset(str(c) for c in scope.company_ids)
    return SyncScope(network_id=str(scope.network_id), company_ids=companies)


def push_changesets(office: OfficeDatabase, scope: Scope, payload: Any) -> dict[str, Any]:
    changesets = payload.get("changesets") if isinstance(payload, dict) else None
    if not isinstance(changesets, list) or set(payload) != {"changesets"}:
        raise UserError("Die Anfrage enthält keine Liste von Änderungspaketen.")
    if len(changesets) > MAX_CHANGESETS:
        raise UserError(f"Höchstens {MAX_CHANGESETS} Änderungspakete je Anfrage.")
    parsed = _parsed(changesets)
    results = []
    with office.request_session() as session:  # one connection, one transaction per changeset
        _bind_replicas(session, scope, changesets)
        session.commit()
        for changeset in parsed:  # committed by apply_changeset: on PostgreSQL with its pipelines
            result = apply_changeset(session, sync_scope(scope), changeset, commit=True)
            results.append(result_to_wire(result))
    return {"results": results}


def _parsed(changesets: list[Any]) -> list[Changeset | Any]:
    """Each changeset read once. One that names a row twice is a hand-made or altered request: the whole request
    is refused (400) before anything is written. Another format error stays the answer of its changeset, as
    before (``apply_changeset`` reads it again and says why)."""
    parsed: list[Changeset | Any] = []
    for changeset in changesets:
        try:
            parsed.append(changeset_from_wire(changeset))
        except RepeatedRowError as exc:
            raise UserError(str(exc)) from exc
        except WireError:
            parsed.append(changeset)
    return parsed


def _bind_replicas(s: Session, scope: Scope, changesets: list[Any]) -> None:
    """Each replica id belongs to the device that first pushed under it; another device using it is refused
    (it could otherwise make the office refuse that replica's changesets as "counting backwards")."""
    replicas = {c.get("replica_id") for c in changesets if isinstance(c, dict)}
    wanted = sorted(r for r in replicas if isinstance(r, str) and r)
    if not wanted or scope.device_id is None:
        return
    s.execute(
        insert(OfficeReplica)
        .values([{"replica_id": r, "device_id": scope.device_id} for r in wanted])
        .on_conflict_do_nothing()
    )
    owners = set(s.scalars(select(OfficeReplica.device_id).where(OfficeReplica.replica_id.in_(wanted))))
    if owners != {scope.device_id}:
        raise RequestRefused(
            "Diese Änderungen tragen die Kennung eines Arbeitsbereichs, der mit einem anderen Gerät verbunden "
            "ist; es wurde nichts übernommen.",
            status=403,
            reason="foreign-replica",
        )


def pull_changes(
    office: OfficeDatabase, scope: Scope, after: str | None, limit: str | None
) -> dict[str, Any]:
    try:
        cursor = int(after or "0")
        count = int(limit or "1000")
    except ValueError as exc:
        raise UserError("„after“ und „limit“ müssen ganze Zahlen sein.") from exc
    if cursor < 0 or not 1 <= count <= MAX_PULL:
        raise UserError(f"„after“ darf nicht negativ sein, „limit“ liegt zwischen 1 und {MAX_PULL}.")
    with office.unit_of_work() as uow:
        return batch_to_wire(changes_since(uow.session, sync_scope(scope), cursor, count))
