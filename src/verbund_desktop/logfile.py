"""The program's log: one rotating file in the platform's log folder, for the app and the CLI alike.

A GUI program on Windows has no stderr, so without this file a crash on a laptop would leave no trace.
No personal data may reach it: log lines carry ids, counts and error classes. Tracebacks are written with
the class of each exception and the code lines of the stack, but never the exception's message, because a
message can quote row contents (a name, a note) or SQL parameters.

``VERBUND_LOG_DIR`` points the log elsewhere (tests use it so that they never write to the user's folders).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import PlatformDirs

from verbund_desktop.paths import APP_AUTHOR, APP_NAME

LOG_FILE_NAME = "verbund.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 4
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

_handler: logging.Handler | None = None


def log_dir() -> Path:
    env = os.environ.get("VERBUND_LOG_DIR")
    if env:
        return Path(env).expanduser()
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


class _QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log write that fails (disk full, file gone) is dropped: logging's default report on stderr would
    repeat the record's arguments there."""

    def handleError(self, record: logging.LogRecord) -> None:
        return


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


def configure_logging() -> Path | None:
    """Send the program's log records to the rotating file and hook uncaught exceptions to it.

    Safe to call again (the file handler is replaced, e.g. after ``VERBUND_LOG_DIR`` changed). Returns the
    log file, or None when the folder cannot be written: the program then runs without a log file.
    """
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _QuietRotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8", delay=False
        )
    except OSError:
        return None
    handler.setFormatter(_NoMessageFormatter(_FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    # SQLAlchemy logs statements and parameters at INFO when echo is on; it never may be.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    _handler = handler
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return path
