"""Before every commit: is the workspace file still the one that was opened?

SQLite keeps writing into the file it opened, even when that file was deleted, moved aside or copied over in the
file manager; such commits "succeed" into nowhere or damage the file. The guard remembers the file's identity
(device and file id, the first bytes — the salt of an encrypted file — and its size, which never shrinks without
VACUUM) and refuses the commit with a German message when any of them changed. The unit of work then rolls back;
the views keep what the advisor typed, and once the file is back a new attempt saves it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from .errors import ReadOnlyWorkspaceError, WorkspaceFileChangedError

_HEADER_BYTES = 16


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


def guard_commits(factory: sessionmaker[Session], guard: FileGuard, *, read_only: bool = False) -> None:
    """Check ``guard`` before every commit of sessions from ``factory``; a read-only workspace refuses writes."""

    def _before_commit(_session: Session) -> None:
        guard.check()

    def _after_commit(_session: Session) -> None:
        guard.committed()

    def _refuse(session: Session, *_args: Any) -> None:
        if session.new or session.dirty or session.deleted:
            raise ReadOnlyWorkspaceError(
                f"„{guard.path.name}“ ist nur zum Lesen geöffnet, weil ein anderes Programm ihn gerade "
                "bearbeitet. Die Änderung wurde nicht gespeichert."
            )

    if read_only:
        event.listen(factory, "before_flush", _refuse)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_commit", _after_commit)
