"""Import the database layer and the main window in a background thread while the first dialog is shown.

The first window a person sees (the passphrase dialog or the welcome dialog) needs only Qt and a few small
modules. SQLAlchemy, the models, the services and most of the UI take far longer to import than that window to
show, so they are imported here, in a thread, while the person types. Python's import lock is per module, so
the thread may run while the UI thread shows a dialog; whoever needs the heavy modules calls :func:`wait`
first (the worker that opens the workspace, or the UI thread before it builds the main window), which joins
the thread and then finds every module already in ``sys.modules``.

A failed import is only logged here: the real import after :func:`wait` raises it again where it is handled.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

# What opening a workspace and showing its window import, heaviest first.
HEAVY_MODULES = (
    "verbund_desktop.services.workspace.workspace_service",
    "verbund_desktop.ui.protection.backup_dialogs",
    "verbund_desktop.ui.shell.main_window",
    "logging.handlers",  # the rotating log file, which replaces the first plain one once the window is up
)

_lock = threading.Lock()
_thread: threading.Thread | None = None


def _import_all(modules: tuple[str, ...]) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # raised again by the real import after wait()
            log.warning("Vorab-Import fehlgeschlagen: %s", name, exc_info=True)
            return


def start(modules: tuple[str, ...] = HEAVY_MODULES) -> None:
    """Begin importing ``modules`` in the background (once per process; later calls do nothing)."""
    global _thread
    with _lock:
        if _thread is not None:
            return
        _thread = threading.Thread(target=_import_all, args=(modules,), name="verbund-preload", daemon=True)
        _thread.start()


def wait() -> None:
    """Block until the background imports are done (at once when they never started or already ended)."""
    with _lock:
        thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join()


def running() -> bool:
    """Whether the background imports were started and are not done yet."""
    with _lock:
        thread = _thread
    return thread is not None and thread.is_alive()
