"""One helper runs every user action: call the service, report errors in German, announce the commit.

Views never open a database session; they call a service through ``run_action`` (Anki's operations pattern).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.logfile import log_path
from verbund_desktop.persistence.errors import describe_failure
from verbund_desktop.ui.common.busy import run_in_worker
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.prompts import waiting
from verbund_desktop.ui.common.service_messages import user_message

if TYPE_CHECKING:  # annotations only: not on the way to the first window
    import uuid

T = TypeVar("T")
log = logging.getLogger(__name__)

# Errors whose message is a complete German sentence meant for the user.
USER_ERRORS: tuple[type[BaseException], ...] = (UserError,)


def internal_error_text() -> str:
    return QCoreApplication.translate(
        "Operations",
        "Das hat leider nicht geklappt: Im Programm ist ein interner Fehler aufgetreten. Es wurde nichts "
        "geändert. Einzelheiten für die Fehlersuche stehen in der Protokolldatei „{0}“.",
    ).format(log_path())


def explain_failure(exc: Exception, context: WorkspaceContext | None) -> tuple[str, bool]:
    """The German text for a failed action and whether it is a known cause (True) or an internal error.

    The exception's own text is never shown: it may quote SQL or row contents. Both cases are logged, with
    the error's class and stack only (see logfile)."""
    if isinstance(exc, UserError):
        return user_message(exc), True
    name = context.workspace.path.name if context is not None else "Der Arbeitsbereich"
    described = describe_failure(exc, name)
    if described is not None:
        log.warning("Aktion fehlgeschlagen: %s", type(described).__name__, exc_info=exc)
        return user_message(described), True
    log.error("Interner Fehler bei einer Aktion", exc_info=exc)
    return internal_error_text(), False


def show_failure(
    parent: QWidget | None, context: WorkspaceContext | None, title: str, exc: BaseException
) -> None:
    """Show why an action (or a job, as its ``on_failed``) failed: a warning for a known cause, otherwise
    the apology for an internal error (logged by ``explain_failure``)."""
    if not isinstance(exc, Exception):
        QMessageBox.critical(parent, title, internal_error_text())
        return
    text, known = explain_failure(exc, context)
    if known:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.critical(parent, title, text)


def run_action(
    parent: QWidget | None,
    context: WorkspaceContext | None,
    action: Callable[[], T],
    *,
    title: str = "Verbund Desktop",
    changed: tuple[str, uuid.UUID | None] | None = None,
    in_worker: bool = False,
) -> T | None:
    """Run ``action`` (which commits its own unit of work). On success emit ``saved`` (and ``data_changed``);
    on a user error show its message and return None. A failure of the database or the disk is named by its
    cause (locked, read-only, full, damaged); anything else is a bug: logged, and an apology with the log
    file's place is shown. Nothing is half-saved, because the unit of work rolled back.

    ``in_worker``: an action whose work grows with the whole workspace (an erasure reads every text) runs in a
    thread behind a modal busy indicator, so the window keeps repainting (``busy.run_in_worker``)."""
    label = QCoreApplication.translate("Operations", "{0} …").format(title)
    try:
        if in_worker:
            result = run_in_worker(parent, label, action)
        else:
            with waiting(parent, label):
                result = action()
    except Exception as exc:
        show_failure(parent, context, title, exc)
        return None
    if context is not None:
        context.notify_saved()
        if changed is not None:
            context.notify_changed(changed[0], changed[1])
    return result
