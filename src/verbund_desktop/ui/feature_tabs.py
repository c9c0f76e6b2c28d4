"""The tabs shown for a selected company or employee. Each feature adds its tab factory here (one line each).

A tab is any QWidget with ``set_subject(ident: uuid.UUID) -> None``; it is called when the selection changes.
Tabs get the WorkspaceContext and must leave the database to services (via ``operations.run_action``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from .context import WorkspaceContext


class SubjectTab(Protocol):
    def set_subject(self, ident: uuid.UUID) -> None: ...


TabFactory = Callable[[WorkspaceContext], tuple[str, QWidget]]


def company_tab_factories() -> list[TabFactory]:
    """Tabs after „Überblick“ for a selected company, in order."""
    factories: list[TabFactory] = []
    return factories


def employee_tab_factories() -> list[TabFactory]:
    """Tabs after „Überblick“ for a selected employee, in order."""
    factories: list[TabFactory] = []
    return factories
