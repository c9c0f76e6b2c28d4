"""Before every commit: is the workspace file still the one that was opened?

SQLite keeps writing into the file it opened, even when that file was deleted, moved aside or copied over in the
file manager; such commits "succeed" into nowhere or damage the file. The guard remembers the file's identity
(device and file id, the first bytes — the salt of an encrypted file — and its size, which never shrinks without
VACUUM) and refuses the write with a German message when any of them changed. The unit of work then rolls back;
the views keep what the advisor typed, and once the file is back a new attempt saves it.

After every commit the WAL is checkpointed into the file and emptied (``wal_checkpoint(TRUNCATE)`` when the
connection goes back to the pool). So everything reported as saved is in the database file itself: a file moved
aside keeps all saved changes, and no committed WAL frame of ours is left beside the path, where SQLite would
apply it to a file put there in the meantime (that is how a copied-in backup became "malformed").
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from verbund_desktop.assessment.errors import Message
from verbund_desktop.persistence.errors import ReadOnlyWorkspaceError, WorkspaceFileChangedError

log = logging.getLogger(__name__)
_HEADER_BYTES = 16
_DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


@dataclass(frozen=True)
class FileIdentity:
    device: int
    file_id: int
    header: bytes
    size: int


def identity_of(path: Path) -> FileIdentity | None:
    """None when the file is missing or cannot be read."""
    try:
        with Path(path).open("rb") as fh:
            st = os.fstat(fh.fileno())
            header = fh.read(_HEADER_BYTES)
    except OSError:
        return None
    return FileIdentity(device=st.st_dev, file_id=st.st_ino, header=header, size=st.st_size)


class FileGuard:
    """Refuses commits into a workspace file that was replaced or deleted since it was opened."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.opened = identity_of(self.path)
        self.checkpoint_due = False
        self._long_reads = 0
        self._lock = threading.Lock()

    @contextmanager
    def long_read(self) -> Iterator[None]:
        """While a long read (a backup in a worker) holds its snapshot, checkpoints after commits are passive:
        a TRUNCATE checkpoint would wait for that reader (up to the busy timeout) on the thread that saved.
        The commits stay durable in the WAL; the first checkpoint after the read empties it again."""
        with self._lock:
            self._long_reads += 1
        try:
            yield
        finally:
            with self._lock:
                self._long_reads -= 1

    @property
    def checkpoint_mode(self) -> str:
        return "PASSIVE" if self._long_reads else "TRUNCATE"

    def problem(self) -> str | None:
        """A German message when the file is not the opened one any more, else None."""
        now = identity_of(self.path)
        name = self.path.name
        advice = (
            "Die Änderung wurde NICHT gespeichert; Ihre Eingaben stehen noch im Fenster. Bitte legen Sie die "
            "Datei wieder an ihren Platz und speichern Sie erneut, oder notieren Sie die Eingaben und starten "
            "Sie Verbund Desktop neu."
        )
        if now is None:
            return f"Die Datei „{name}“ des Arbeitsbereichs ist nicht mehr da (gelöscht oder verschoben). {advice}"
        if self.opened is None:
            self.opened = now
            return None
        if (now.device, now.file_id) != (self.opened.device, self.opened.file_id) or now.header != (
            self.opened.header
        ):
            return (
                f"Die Datei „{name}“ wurde außerhalb von Verbund Desktop durch eine andere ersetzt. {advice}"
            )
        if now.size < self.opened.size:
            return f"Die Datei „{name}“ wurde außerhalb von Verbund Desktop verändert (sie ist kürzer geworden). {advice}"
        return None

    def check(self) -> None:
        problem = self.problem()
        if problem:
            raise WorkspaceFileChangedError(problem)

    def committed(self) -> None:
        """After a commit of ours the file may have grown (checkpoint): remember its size."""
        now = identity_of(self.path)
        if self.opened is not None and now is not None and now.file_id == self.opened.file_id:
            self.opened = FileIdentity(now.device, now.file_id, self.opened.header, now.size)


def guard_commits(
    factory: sessionmaker[Session], engine: Engine, guard: FileGuard, *, read_only: bool = False
) -> None:
    """Check ``guard`` before every flush and commit of sessions from ``factory``; empty the WAL after each
    commit; a read-only workspace refuses writes."""

    def _check(_session: Session, *_args: Any) -> None:
        guard.check()

    def _after_commit(_session: Session) -> None:
        guard.checkpoint_due = True

    def _checkpoint(dbapi_conn: Any, _record: Any) -> None:
        if not guard.checkpoint_due:
            return
        mode = guard.checkpoint_mode
        guard.checkpoint_due = mode != "TRUNCATE"  # a passive one leaves the WAL to the next checkpoint
        try:
            dbapi_conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
        except _DB_ERRORS as exc:  # the commit itself is durable in the WAL; only the early copy failed
            log.warning("Checkpoint nach dem Speichern fehlgeschlagen: %s", type(exc).__name__)
        guard.committed()

    def _refuse(session: Session, *_args: Any) -> None:
        if session.new or session.dirty or session.deleted:
            raise ReadOnlyWorkspaceError(
                Message(
                    "„{name}“ ist nur zum Lesen geöffnet, weil ein anderes Programm ihn gerade bearbeitet. "
                    "Die Änderung wurde nicht gespeichert.",
                    name=guard.path.name,
                )
            )

    def _explain(context: Any) -> None:
        # A read that fails because the file under the program was replaced (another salt: "file is not a
        # database") says so, like a refused commit, instead of a database error: the page cache no longer
        # outlives a unit of work, so a replaced file shows at its first read.
        if isinstance(context.original_exception, _DB_ERRORS):
            problem = guard.problem()
            if problem:
                raise WorkspaceFileChangedError(problem) from context.original_exception

    event.listen(engine, "handle_error", _explain)
    if read_only:
        event.listen(factory, "before_flush", _refuse)
        return
    event.listen(factory, "before_flush", _check)
    event.listen(factory, "before_commit", _check)
    event.listen(factory, "after_commit", _after_commit)
    event.listen(engine, "checkin", _checkpoint)
