"""The tabs shown for a selected company or employee. Each feature adds its tab factory here (one line each).

A tab is any QWidget with ``set_subject(ident: uuid.UUID) -> None``; it is called when the selection changes.
Tabs get the WorkspaceContext and must leave the database to services (via ``operations.run_action``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from .company_interview_view import interview_tab
from .company_report_tab import company_report_tab
from .competency_view import competency_tab
from .context import WorkspaceContext
from .funding_view import funding_tab
from .history_view import history_tab
from .plan_editor import plan_tab
from .privacy_view import privacy_tab
from .role_profiles_tab import role_profiles_tab


class SubjectTab(Protocol):
    def set_subject(self, ident: uuid.UUID) -> None: ...


TabFactory = Callable[[WorkspaceContext], tuple[str, QWidget]]


def company_tab_factories() -> list[TabFactory]:
    """Tabs after „Überblick“ for a selected company, in order."""
    factories: list[TabFactory] = []
    factories.append(interview_tab)
    factories.append(role_profiles_tab)
    factories += [funding_tab, company_report_tab]
    return factories


def employee_tab_factories() -> list[TabFactory]:
    """Tabs after „Überblick“ for a selected employee, in order."""
    factories: list[TabFactory] = []
    factories += [competency_tab, history_tab]
    factories.append(plan_tab)
    factories.append(privacy_tab)
    return factories
