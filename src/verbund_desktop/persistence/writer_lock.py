"""One writer per workspace: an OS file lock beside the database file, held by the app and every CLI command
that writes.

Own small module instead of a dependency: only a non-blocking exclusive lock on one file is needed, plus a
readable note of the holder, which generic lock packages do not keep (some delete or empty the file). The lock
is ``flock`` on POSIX and ``msvcrt.locking`` on Windows. Both belong to the open file handle and the operating
system drops them when the process dies, so a crashed holder never blocks the workspace: its note stays in the
file and the next opener reports that it took the stale lock over. The note names the program, host, login
and process (never data of employees). The lock file itself is never deleted, which keeps acquiring free of
races between unlinking and locking.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import NamedTuple

from verbund_desktop.assessment.errors import Message, failure_message
from verbund_desktop.persistence.errors import WorkspaceError, WorkspaceLockedError

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
# Windows locks a byte range, and other processes cannot read locked bytes: the lock byte lies far behind the
# note so that a second instance can still read who holds the workspace.
_LOCK_OFFSET = 1 << 30
_NOTE_LIMIT = 4096


class LockHolder(NamedTuple):
    """Who holds a workspace's writer lock, as its lock note says (a named tuple: no ``dataclasses`` module on the
    way to the first window)."""

    program: str
    host: str
    user: str
    pid: int
    since: str  # ISO 8601, UTC
    channel: str = ""  # where the holding app listens for "show your window" (empty for the CLI)

    def describe(self) -> Message:
        """Who holds it, e.g. „Verbund Desktop auf „LAPTOP-7“ (Anmeldung „mkoch“, Prozess 4711, seit …)“: a
        German message part the UI says in its own language (the time in the machine's time zone)."""
        from datetime import datetime  # when a holder is described: not on the way to the first window

        try:
            local = datetime.fromisoformat(self.since).astimezone()
        except ValueError:
            since = Message("unbekannt")
        else:
            since = Message(
                "{day} {clock} Uhr", day=local.date(), clock=f"{local.hour:02d}:{local.minute:02d}"
            )
        return Message(
            "{program} auf „{host}“ (Anmeldung „{user}“, Prozess {pid}, seit {since})",
            program=self.program,
            host=self.host,
            user=self.user,
            pid=self.pid,
            since=since,
        )

    @property
    def on_this_host(self) -> bool:
        return self.host == _host()


def lock_path_for(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + LOCK_SUFFIX)


def read_holder(db_path: Path) -> LockHolder | None:
    """The note in the lock file, or None when there is none (free, or released cleanly)."""
    try:
        with lock_path_for(db_path).open("rb") as fh:
            raw = fh.read(_NOTE_LIMIT)
    except OSError:
        return None
    return _parse(raw)


def _parse(raw: bytes) -> LockHolder | None:
    raw = raw.rstrip(b"\x00 \n")
    if not raw:
        return None
    import json  # here, not at import: the way to the first dialog only checks whether a lock file exists

    try:
        data = json.loads(raw.decode("utf-8"))
        return LockHolder(
            program=str(data["program"]),
            host=str(data["host"]),
            user=str(data["user"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            channel=str(data.get("channel", "")),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return LockHolder(program="ein unbekanntes Programm", host="?", user="?", pid=0, since="")


def _host() -> str:
    import platform  # here, not at import: the way to the first dialog only checks whether a lock file exists

    return platform.node()


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or the user database
        return "unbekannt"


class WriterLock:
    """The held lock of one workspace. ``taken_over`` is the note of a crashed holder whose lock was taken."""

    def __init__(self, db_path: Path, fd: int, holder: LockHolder, taken_over: LockHolder | None) -> None:
        self.db_path = Path(db_path)
        self.holder = holder
        self.taken_over = taken_over
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def set_channel(self, channel: str) -> None:
        """Record where the holding app listens, so a second start can ask it to show its window."""
        if self._fd is None:
            return
        self.holder = self.holder._replace(channel=channel)
        _write_note(self._fd, self.holder)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # an empty note: released cleanly, not crashed
        except OSError:
            log.warning("Die Sperrdatei konnte nicht geleert werden.")
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(db_path: Path, program: str) -> WriterLock:
    """Take the writer lock of the workspace at ``db_path`` or raise WorkspaceLockedError (nothing changed)."""
    db_path = Path(db_path)
    from datetime import UTC, datetime  # when a lock is taken: not on the way to the first window

    path = lock_path_for(db_path)
    fd = _locked_file(db_path, path)
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        previous = _parse(os.read(fd, _NOTE_LIMIT))
        me = LockHolder(
            program=program,
            host=_host(),
            user=_login(),
            pid=os.getpid(),
            since=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        _write_note(fd, me)
    except OSError as exc:
        _unlock(fd)
        os.close(fd)
        raise WorkspaceError(
            Message(
                "Die Sperrdatei „{name}“ kann nicht geschrieben werden ({reason}). Es wurde nichts geändert.",
                name=path.name,
                reason=failure_message(exc),
            )
        ) from exc
    if previous is not None:
        log.warning("Verwaiste Sperre übernommen (Prozess %s auf %s).", previous.pid, previous.host)
    return WriterLock(db_path, fd, me, previous)


def _locked_file(db_path: Path, path: Path) -> int:
    """The lock file opened and locked (its descriptor), or WorkspaceError / WorkspaceLockedError, nothing kept."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        raise WorkspaceError(
            Message(
                "Die Sperrdatei „{name}“ kann nicht angelegt werden ({reason}); ist der Ordner "
                "schreibgeschützt? Es wurde nichts geändert.",
                name=path.name,
                reason=failure_message(exc),
            )
        ) from exc
    try:
        locked = _try_lock(fd)
    except OSError as exc:  # e.g. a network share without lock support
        os.close(fd)
        raise WorkspaceError(
            Message(
                "„{name}“ kann nicht gesperrt werden ({reason}); Arbeitsbereiche auf diesem Laufwerk werden "
                "nicht unterstützt. Es wurde nichts geändert.",
                name=db_path.name,
                reason=failure_message(exc),
            )
        ) from exc
    if not locked:
        os.close(fd)
        holder = read_holder(db_path)
        raise WorkspaceLockedError(
            Message(
                "„{name}“ ist gerade in {who} geöffnet. Bitte dort schließen und es dann erneut versuchen. "
                "Es wurde nichts geändert.",
                name=db_path.name,
                who=holder.describe() if holder else Message("einem anderen Programm"),
            ),
            holder,
        )
    return fd


def stale_takeover_message(lock: WriterLock) -> str | None:
    """German notice when ``lock`` replaced the lock of a program that ended without releasing it."""
    if lock.taken_over is None:
        return None
    return Message(
        "„{name}“ war noch von {holder} gesperrt; dieses Programm läuft nicht mehr (abgestürzt oder "
        "ausgeschaltet). Die Sperre wurde übernommen. Bitte prüfen Sie die zuletzt eingegebenen Daten.",
        name=lock.db_path.name,
        holder=lock.taken_over.describe(),
    )


def _write_note(fd: int, holder: LockHolder) -> None:
    import json

    data = json.dumps(holder._asdict(), ensure_ascii=False).encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, data)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            log.warning("Die Sperre konnte nicht gelöst werden; sie endet mit dem Programm.")

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock (not lockf): the lock belongs to this open file, so a second open in the same process is
        # refused as well, and closing some other handle of the file does not drop it.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def holder_if_locked(db_path: Path) -> LockHolder | None:
    """Who holds the workspace right now, or None when it is free. Creates no file and takes nothing."""
    path = lock_path_for(db_path)
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        return None  # no lock file (never opened), or not even readable: opening will say why
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
    except OSError:
        return None
    finally:
        os.close(fd)
    return read_holder(db_path) or LockHolder(
        program="ein anderes Programm", host="?", user="?", pid=0, since=""
    )
