"""The tabs shown for a selected company or employee, after „Überblick“.

A tab is any QWidget with ``set_subject(ident: uuid.UUID) -> None``; it is called when the selection changes.
Tabs get the WorkspaceContext and leave the database to services (via ``operations.run_action``).

Tabs are declared here by module and factory name and built on first use (the first selection of a company or
person): their modules pull in ReportLab, the PDF painter and more, which the start of the program need not wait
for. The title is known up front (same translation context as the tab's own module).
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from verbund_desktop.ui.common.context import WorkspaceContext


class SubjectTab(Protocol):
    def set_subject(self, ident: uuid.UUID) -> None: ...


TabFactory = Callable[[WorkspaceContext], tuple[str, QWidget]]


@dataclass(frozen=True)
class FeatureTab:
    """A tab by title and where its factory lives (``module`` relative to the ``ui`` package)."""

    title: str
    module: str
    factory: str

    def create(self, context: WorkspaceContext) -> tuple[str, QWidget]:
        module = importlib.import_module(f"verbund_desktop.ui.{self.module}")
        make: TabFactory = getattr(module, self.factory)
        return make(context)


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def company_tabs() -> list[FeatureTab]:
    """Tabs after „Überblick“ for a selected company, in order."""
    return [
        FeatureTab(
            _t("CompanyInterviewView", "Bedarfsanalyse"), "needs.company_interview_view", "interview_tab"
        ),
        FeatureTab(
            _t("RoleProfilesTab", "Stellenprofile"), "organisation.role_profiles_tab", "role_profiles_tab"
        ),
        FeatureTab(_t("FundingView", "Förderung"), "funding.funding_view", "funding_tab"),
        FeatureTab(_t("CompanyReportTab", "Bericht"), "needs.company_report_tab", "company_report_tab"),
    ]


def employee_tabs() -> list[FeatureTab]:
    """Tabs after „Überblick“ for a selected employee, in order."""
    return [
        FeatureTab(_t("CompetencyView", "Kompetenzgespräch"), "competency.competency_view", "competency_tab"),
        FeatureTab(_t("HistoryView", "Verlauf"), "competency.history_view", "history_tab"),
        FeatureTab(_t("PlanEditor", "Entwicklungsplan"), "planning.plan_editor", "plan_tab"),
        FeatureTab(_t("PrivacyTab", "Datenschutz"), "protection.privacy_view", "privacy_tab"),
    ]


def network_tabs() -> list[FeatureTab]:
    """Tabs after „Überblick“ for the network node: pooled demand, joint courses, follow-ups."""
    return [
        FeatureTab(_t("PoolView", "Bedarf im Verbund"), "network.network_tabs", "pool_tab"),
        FeatureTab(_t("JointCoursesView", "Verbundmaßnahmen"), "network.network_tabs", "joint_courses_tab"),
        FeatureTab(_t("FollowUpsView", "Nachgespräche"), "network.network_tabs", "follow_ups_tab"),
    ]
