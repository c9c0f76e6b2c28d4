"""One helper runs every user action: call the service, report errors in German, announce the commit.

Views never open a database session; they call a service through ``run_action`` (Anki's operations pattern).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..persistence.errors import WorkspaceError
from .context import WorkspaceContext

T = TypeVar("T")
log = logging.getLogger(__name__)

# Errors whose message is a complete German sentence meant for the user.
USER_ERRORS: tuple[type[BaseException], ...] = (ValueError, WorkspaceError, PermissionError)


def run_action(
    parent: QWidget | None,
    context: WorkspaceContext | None,
    action: Callable[[], T],
    *,
    title: str = "Verbund Desktop",
    changed: tuple[str, uuid.UUID | None] | None = None,
) -> T | None:
    """Run ``action`` (which commits its own unit of work). On success emit ``saved`` (and ``data_changed``);
    on a user error show its message and return None. Unexpected errors are logged and shown plainly too:
    nothing is half-saved, because the unit of work rolled back."""
    try:
        result = action()
    except USER_ERRORS as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None
    except Exception as exc:
        log.exception("Aktion fehlgeschlagen")
        QMessageBox.critical(
            parent,
            title,
            QCoreApplication.translate(
                "Operations",
                "Die Aktion ist fehlgeschlagen; es wurde nichts geändert.\n\nTechnische Angabe: {0}: {1}",
            ).format(type(exc).__name__, exc),
        )
        return None
    if context is not None:
        context.notify_saved()
        if changed is not None:
            context.notify_changed(changed[0], changed[1])
    return result
