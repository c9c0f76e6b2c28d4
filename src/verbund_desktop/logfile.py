"""The program's log: one rotating file in the platform's log folder, for the app and the CLI alike.

A GUI program on Windows has no stderr, so without this file a crash on a laptop would leave no trace.
No personal data may reach it: log lines carry ids, counts and error classes. Tracebacks are written with
the class of each exception and the code lines of the stack, but never the exception's message, because a
message can quote row contents (a name, a note) or SQL parameters.

``VERBUND_LOG_DIR`` points the log elsewhere (tests use it so that they never write to the user's folders).

The desktop program starts with :func:`configure_early_logging`: the same file, hooks and format, but written by
a plain file handler that needs neither ``logging.handlers`` (``socket``, ``pickle``, ``queue``) nor
``platformdirs`` until a record comes, so the first window shows sooner; :func:`configure_logging` then puts
the rotating handler in its place without losing or doubling a record.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from verbund_desktop.paths import APP_AUTHOR, APP_NAME

LOG_FILE_NAME = "verbund.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 4
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

if TYPE_CHECKING:
    from collections.abc import Callable

_handler: _LogFile | None = None


def log_dir() -> Path:
    env = os.environ.get("VERBUND_LOG_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import PlatformDirs  # here, not at import: the first window shows without it

    return Path(PlatformDirs(APP_NAME, APP_AUTHOR, roaming=False).user_log_dir)


def log_path() -> Path:
    return log_dir() / LOG_FILE_NAME


def describe_exception(exc: BaseException) -> str:
    """Classes and stack of ``exc`` and its causes, without any exception message."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        stack = "".join(
            f"\n    {f.filename}:{f.lineno} in {f.name}: {(f.line or '').strip()}" for f in frames
        )
        parts.append(f"{type(current).__module__}.{type(current).__qualname__}{stack}")
        current = current.__cause__ or current.__context__
    return "\n  caused by: ".join(parts)


class _NoMessageFormatter(logging.Formatter):
    """Writes a record's exception as classes and stack only. It never uses ``record.exc_text``: another
    handler may have cached the full text (with the message) there."""

    def format(self, record: logging.LogRecord) -> str:
        exc_info, exc_text = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            text = super().format(record)
        finally:
            record.exc_info, record.exc_text = exc_info, exc_text
        if exc_info and exc_info[1] is not None:
            text += "\nTraceback (messages left out): " + describe_exception(exc_info[1])
        return text


class _QuietFileHandler(logging.FileHandler):
    """The log file until the rotating handler takes over (appends, opened at the first record). A write
    that fails (disk full, file gone) is dropped: logging's default report on stderr would repeat the
    record's arguments there."""

    def handleError(self, record: logging.LogRecord) -> None:
        return


def _rotating(path: Path) -> logging.Handler:
    import logging.handlers  # here, not at import: socket, pickle and queue are not needed for a first window

    class _QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:  # as _QuietFileHandler
            return

    return _QuietRotatingFileHandler(
        path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=False
    )


class _LogFile(logging.Handler):
    """The root logger's one handler for the log file. It writes through a target handler (made at the first
    record when only a factory is given) that :meth:`switch` replaces under this handler's lock, so a record
    emitted meanwhile by another thread goes to exactly one of the two, never to none."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self._make_target: Callable[[], logging.Handler] | None = None
        self._target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:  # called with self.lock held
        if self._target is None and self._make_target is not None:
            make, self._make_target = self._make_target, None
            try:
                self._target = make()
            except OSError:  # the folder cannot be written: the program runs without a log file
                return
        if self._target is not None:
            self._target.emit(record)

    def switch(
        self, target: logging.Handler | None, make_target: Callable[[], logging.Handler] | None
    ) -> None:
        """Write through ``target`` from now on, or through what ``make_target`` makes at the next record."""
        if target is not None:
            target.setFormatter(_NoMessageFormatter(_FORMAT))
        self.acquire()
        try:
            old, self._target, self._make_target = self._target, target, make_target
        finally:
            self.release()
        if old is not None:
            old.close()

    def flush(self) -> None:
        self.acquire()
        try:
            if self._target is not None:
                self._target.flush()
        finally:
            self.release()

    def handleError(self, record: logging.LogRecord) -> None:  # as _QuietFileHandler
        return

    def close(self) -> None:
        self.switch(None, None)
        super().close()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    logging.getLogger("verbund_desktop.crash").critical("Unbehandelter Fehler", exc_info=(kind, exc, tb))
    if sys.stderr is not None:  # a windowed program on Windows has none
        print(apology(), file=sys.stderr)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    logging.getLogger("verbund_desktop.crash").critical(
        "Unbehandelter Fehler im Hintergrund-Thread",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )


def apology() -> str:
    return (
        "Das hat leider nicht geklappt: Im Programm ist ein interner Fehler aufgetreten. Es wurde nichts "
        f"gespeichert, was nicht vorher schon gespeichert war. Einzelheiten stehen in der Protokolldatei "
        f"„{log_path()}“."
    )


def configure_early_logging() -> None:
    """Hook uncaught exceptions and send log records to the log file, written by a plain file handler that
    finds its folder and opens the file only at the first record. :func:`configure_logging` replaces it."""

    def make() -> logging.Handler:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietFileHandler(path, encoding="utf-8", delay=True)
        handler.setFormatter(_NoMessageFormatter(_FORMAT))
        return handler

    _install(None, make)


def configure_logging() -> Path | None:
    """Send the program's log records to the rotating file and hook uncaught exceptions to it.

    Safe to call again (the file handler is replaced, e.g. after ``VERBUND_LOG_DIR`` changed). Returns the
    log file, or None when the folder cannot be written: the program then runs without a log file.
    """
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _rotating(path)
    except OSError:
        _install(None, None)
        return None
    _install(handler, None)
    return path


def _install(target: logging.Handler | None, make_target: Callable[[], logging.Handler] | None) -> None:
    global _handler
    root = logging.getLogger()
    if _handler is None:
        _handler = _LogFile()
        root.addHandler(_handler)
    _handler.switch(target, make_target)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    # SQLAlchemy logs statements and parameters at INFO when echo is on; it never may be.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
