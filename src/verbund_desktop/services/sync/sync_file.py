"""Sync without a network: "Sync-Datei exportieren / einlesen", the same messages as over HTTP.

The laptop writes its pending changesets and its pull cursor into a sealed file (``sync.sealed``); the office
answers with a file holding its answers and every change after that cursor, numbered like the laptop's file.
Reading a file twice, or an older answer after a newer one, changes nothing; a file read out of order or a
tampered or foreign file is refused with a German message. Resending changesets is harmless (their ids).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from verbund_desktop.assessment.errors import Message, UserError, message_of
from verbund_desktop.files import read_limited, write_atomic
from verbund_desktop.persistence.models.sync import sync_state
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.common.code_tag import store_code_tag
from verbund_desktop.services.sync.enrolment import settle_bundled_content
from verbund_desktop.services.sync.office_apply import Scope, apply_changeset, changes_since
from verbund_desktop.services.sync.outbox import read_state, store_results, take_pending
from verbund_desktop.services.sync.pull import PullReport, apply_batch_on, commit_pulled
from verbund_desktop.sync.encoding import WireError
from verbund_desktop.sync.messages import (
    ProgramVersionError,
    RepeatedRowError,
    batch_from_wire,
    batch_to_wire,
    changeset_from_wire,
    changeset_to_wire,
    result_from_wire,
    result_to_wire,
)
from verbund_desktop.sync.sealed import MAX_FILE_BYTES, FileKeys, Header, SyncFileError, seal, unseal

OFFICE = "office"
FILE_PULL_LIMIT = 1_000_000  # a file carries everything the laptop misses


@dataclass(frozen=True)
class ExportReport:
    path: Path
    changesets: int
    seq: int


@dataclass(frozen=True)
class ImportReport:
    accepted: int
    conflicts: int
    rejected: int
    pull: PullReport


def set_file_keys(
    ws: Workspace,
    key: bytes,
    signing: Ed25519PrivateKey,
    office: Ed25519PublicKey,
    *,
    code_tag: str | None = None,
) -> None:
    """Store the sync file's keys at enrolment (inside the encrypted workspace; never logged), and the code tag
    the office gave the device (``services.common.code_tag``), as an enrolment over the network does."""
    from cryptography.hazmat.primitives import serialization

    raw = serialization.Encoding.Raw
    private = signing.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = office.public_bytes(raw, serialization.PublicFormat.Raw)
    with ws.unit_of_work() as uow:
        uow.session.execute(
            sync_state.update().values(
                file_key=key.hex(), signing_key=private.hex(), office_public_key=public.hex()
            )
        )
        if code_tag:
            store_code_tag(uow.session, code_tag)
        settle_bundled_content(uow.session.connection())  # the shipped content enters as seed (version 0)
        uow.commit()


def _laptop_keys(session: Session) -> FileKeys:
    row = session.execute(
        select(sync_state.c.file_key, sync_state.c.signing_key, sync_state.c.office_public_key)
    ).one()
    if not (row.file_key and row.signing_key and row.office_public_key):
        raise UserError(
            "Dieser Arbeitsbereich ist noch nicht mit der Koordinierungsstelle verbunden; ohne ihre Schlüssel "
            "gibt es keine Sync-Datei. Bitte zuerst „Mit der Koordinierungsstelle verbinden“."
        )
    return FileKeys(
        key=bytes.fromhex(row.file_key),
        signing=Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.signing_key)),
        peer=Ed25519PublicKey.from_public_bytes(bytes.fromhex(row.office_public_key)),
    )


def export_sync_file(ws: Workspace, dest: Path) -> ExportReport:
    """Write every pending changeset and this replica's cursor into a sealed file for the office."""
    with ws.unit_of_work() as uow:
        keys = _laptop_keys(uow.session)
    changesets = take_pending(ws)
    with ws.unit_of_work() as uow:
        conn = uow.session.connection()
        state = read_state(conn)
        seq = int(conn.execute(select(sync_state.c.file_seq_out)).scalar_one()) + 1
        conn.execute(sync_state.update().values(file_seq_out=seq))
        payload = {
            "replica_id": state.replica_id,
            "cursor": state.pull_cursor,
            "changesets": [changeset_to_wire(c) for c in changesets],
        }
        write_atomic(dest, seal(Header("to_office", state.replica_id, OFFICE, seq), payload, keys))
        uow.commit()  # the number counts only once the file is written
    return ExportReport(path=dest, changesets=len(changesets), seq=seq)


Progress = Callable[[int, int], None]  # (done, total) between the steps; may raise to cancel the import
IMPORT_STEPS = 3  # read and open the file, apply it, commit


def import_sync_file(ws: Workspace, source: Path, *, progress: Progress | None = None) -> ImportReport:
    """Read the office's answer: store its answers, apply its changes and count the file, in one transaction
    (all or nothing; each file once).

    ``progress(done, IMPORT_STEPS)`` is called between the steps, the last time just before the commit; when
    it raises (a cancel), the transaction rolls back and the file can be read again."""
    step = progress or (lambda done, total: None)
    step(0, IMPORT_STEPS)
    data = _read(source)
    with ws.unit_of_work() as uow:
        conn = uow.session.connection()
        keys = _laptop_keys(uow.session)
        last = int(conn.execute(select(sync_state.c.file_seq_in)).scalar_one())
        replica_id = read_state(conn).replica_id
    header, payload = unseal(data, keys, me=replica_id, kind="to_laptop", last_seq=last)
    try:
        results = [result_from_wire(r) for r in payload["results"]]
        batch = batch_from_wire(payload["batch"])
    except (RepeatedRowError, ProgramVersionError) as exc:
        raise SyncFileError(Message("Die Sync-Datei ist ungültig: {why}", why=message_of(exc))) from exc
    except (KeyError, TypeError, WireError) as exc:
        raise SyncFileError("Der Inhalt der Sync-Datei ist ungültig. Es wurde nichts geändert.") from exc
    with ws.unit_of_work() as uow:
        step(1, IMPORT_STEPS)
        conn = uow.session.connection()
        store_results(conn, results)
        pull = apply_batch_on(conn, batch)
        conn.execute(sync_state.update().values(file_seq_in=header.seq))
        step(2, IMPORT_STEPS)  # the last chance to cancel: nothing is stored before the commit
        commit_pulled(uow.commit)
    return ImportReport(
        accepted=sum(r.status == "accepted" for r in results),
        conflicts=sum(r.status == "conflict" for r in results),
        rejected=sum(r.status == "rejected" for r in results),
        pull=pull,
    )


def _read(source: Path) -> bytes:
    try:
        return read_limited(source, MAX_FILE_BYTES)
    except OSError as exc:
        raise SyncFileError(
            Message("Die Sync-Datei „{name}“ kann nicht gelesen werden.", name=source.name)
        ) from exc


def answer_sync_file(session: Session, device: Scope, keys: FileKeys, data: bytes) -> bytes:
    """The office's side: apply the laptop's changesets (each in its own savepoint) and answer with the results
    and every change after the laptop's cursor. The caller commits."""
    header, payload = unseal(data, keys, me=OFFICE, kind="to_office", last_seq=-1)  # resending is harmless
    try:
        changesets = [changeset_from_wire(c) for c in payload["changesets"]]
        cursor = int(payload["cursor"])
    except (RepeatedRowError, ProgramVersionError) as exc:  # hand-made or altered by someone holding the keys
        raise SyncFileError(Message("Die Sync-Datei ist ungültig: {why}", why=message_of(exc))) from exc
    except (KeyError, TypeError, ValueError, WireError) as exc:
        raise SyncFileError("Der Inhalt der Sync-Datei ist ungültig. Es wurde nichts geändert.") from exc
    results = []
    for changeset in changesets:
        with session.begin_nested():
            results.append(apply_changeset(session, device, changeset))
    batch = changes_since(session, device, cursor, FILE_PULL_LIMIT)
    answer = {"results": [result_to_wire(r) for r in results], "batch": batch_to_wire(batch)}
    return seal(Header("to_laptop", OFFICE, header.sender, header.seq), answer, keys)
