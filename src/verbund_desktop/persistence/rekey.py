"""Passphrases of encrypted workspaces: check one against the file, change it (SQLCipher ``PRAGMA rekey``), or
encrypt a workspace that was created without encryption.

The passphrase is only ever handed to SQLCipher; it is not logged and not written anywhere else.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from verbund_desktop.assessment.errors import Message, as_message
from verbund_desktop.assessment.passphrase_rule import MIN_PASSPHRASE_LENGTH, passphrase_problem
from verbund_desktop.files import is_plain_sqlite
from verbund_desktop.persistence.backup import list_backups
from verbund_desktop.persistence.engine import _quote_key, raw_connect
from verbund_desktop.persistence.errors import (
    DamagedWorkspaceError,
    WorkspaceError,
    WrongPassphraseError,
    failure_sentence,
)
from verbund_desktop.persistence.workspace import Workspace, inspect_file

log = logging.getLogger(__name__)

_DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
_READ_FAILURES: tuple[type[BaseException], ...] = (*_DB_ERRORS, MemoryError)  # MemoryError: a damaged page


@dataclass(frozen=True)
class PassphraseChange:
    backups_rekeyed: int
    backups_skipped: tuple[Path, ...]  # backups that did not open with the old passphrase (left as they are)


def verify_passphrase(path: Path, passphrase: str) -> bool:
    """True when ``passphrase`` opens the encrypted workspace at ``path``. Reads only; never writes."""
    if "\x00" in passphrase or not passphrase:
        return False
    try:
        info = inspect_file(Path(path), passphrase)
    except WrongPassphraseError:
        return False
    except ValueError:  # characters the SQLite API refuses
        return False
    return info.encrypted


def rekey_file(path: Path, old: str, new: str) -> None:
    """Re-encrypt the (closed) workspace file ``path`` from ``old`` to ``new``. Atomic: a crash leaves either key."""
    path = Path(path)
    problem = passphrase_problem(new)
    if problem:
        raise WorkspaceError(problem)
    if not path.is_file():
        raise WorkspaceError(Message("Die Datei „{path}“ gibt es nicht.", path=str(path)))
    wrong = WrongPassphraseError("Die bisherige Passphrase ist falsch. Es wurde nichts geändert.")
    if not old or "\x00" in old or is_plain_sqlite(path):
        raise wrong
    conn = raw_connect(path, old)
    try:
        try:  # nothing is written before the old key has proved itself by reading the schema
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except _DB_ERRORS as exc:
            raise wrong from exc
        # SQLCipher's rekey gives up silently on a damaged page; find the damage first and say so.
        if [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
            raise DamagedWorkspaceError(
                Message(
                    "Die Passphrase wurde nicht geändert: „{name}“ ist beschädigt. Bitte zuerst eine "
                    "Sicherung wiederherstellen. Es wurde nichts geändert.",
                    name=path.name,
                )
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA rekey = {_quote_key(new)}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except _READ_FAILURES as exc:
        raise WorkspaceError(
            Message(
                "Die Passphrase konnte nicht geändert werden. {why}",
                why=as_message(failure_sentence(exc, path.name)),
            )
        ) from exc
    finally:
        conn.close()
    if not verify_passphrase(path, new):  # pragma: no cover - SQLCipher guarantees this
        raise WorkspaceError("Die neue Passphrase öffnet die Datei nicht; bitte eine Sicherung prüfen.")


def change_passphrase(ws: Workspace, old: str, new: str, *, include_backups: bool = True) -> PassphraseChange:
    """Change the passphrase of an open encrypted workspace; views keep using the same Workspace object.

    With ``include_backups`` the backups in the workspace's backup folder that open with ``old`` are re-keyed
    too, so the old passphrase opens nothing any more.
    """
    if not ws.encrypted:
        raise WorkspaceError("Dieser Arbeitsbereich ist nicht verschlüsselt; bitte zuerst verschlüsseln.")
    problem = passphrase_problem(new)
    if problem:
        raise WorkspaceError(problem)
    if new == old:
        raise WorkspaceError("Die neue Passphrase ist dieselbe wie die bisherige.")
    with ws.exclusive():
        ws.engine.dispose()  # rekey_file checks the old passphrase before it writes anything
        rekey_file(ws.path, old, new)
        ws.reopen(new)
    rekeyed, skipped = 0, []
    if include_backups:
        for backup in list_backups(ws.path):
            try:
                rekey_file(backup.path, old, new)
                rekeyed += 1
            except WorkspaceError:
                skipped.append(backup.path)
    log.info("Passphrase geändert; %d Sicherungen umgeschlüsselt.", rekeyed)
    return PassphraseChange(backups_rekeyed=rekeyed, backups_skipped=tuple(skipped))


def encrypt_file(path: Path, new: str) -> None:
    """Encrypt an unencrypted (closed) workspace file in place with ``new`` (``sqlcipher_export``)."""
    path = Path(path)
    problem = passphrase_problem(new)
    if problem:
        raise WorkspaceError(problem)
    if not is_plain_sqlite(path):
        raise WorkspaceError(Message("„{name}“ ist schon verschlüsselt.", name=path.name))
    inspect_file(path, None)
    staging = path.with_name(path.name + ".verschluesselt.part")
    staging.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {_quote_key(new)}", (str(staging),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    except _DB_ERRORS as exc:
        staging.unlink(missing_ok=True)
        raise WorkspaceError(
            Message(
                "Der Arbeitsbereich konnte nicht verschlüsselt werden. {why}",
                why=as_message(failure_sentence(exc, path.name)),
            )
        ) from exc
    finally:
        conn.close()
    if not verify_passphrase(staging, new):  # pragma: no cover - defensive
        staging.unlink(missing_ok=True)
        raise WorkspaceError("Die verschlüsselte Kopie lässt sich nicht öffnen; es wurde nichts geändert.")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(staging, path)


def encrypt_workspace(ws: Workspace, new: str) -> None:
    """Encrypt the open, unencrypted workspace ``ws``; the same Workspace object then uses the new key.

    Backups made before stay unencrypted; the caller tells the user so.
    """
    if ws.encrypted:
        raise WorkspaceError("Dieser Arbeitsbereich ist schon verschlüsselt.")
    with ws.exclusive():
        ws.engine.dispose()
        try:
            encrypt_file(ws.path, new)
        except WorkspaceError:
            ws.reopen(None)
            raise
        ws.reopen(new)


__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "PassphraseChange",
    "change_passphrase",
    "encrypt_file",
    "encrypt_workspace",
    "passphrase_problem",
    "rekey_file",
    "verify_passphrase",
]
