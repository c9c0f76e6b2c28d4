"""Factories of the network node's tabs (after „Überblick“), built on first use by the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from verbund_desktop.ui.common.context import WorkspaceContext


def pool_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    from verbund_desktop.ui.network.pool_view import PoolView

    view = PoolView(context)
    return QCoreApplication.translate("PoolView", "Bedarf im Verbund"), view


def joint_courses_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    from verbund_desktop.ui.network.joint_course_view import JointCoursesView

    view = JointCoursesView(context)
    return QCoreApplication.translate("JointCoursesView", "Verbundmaßnahmen"), view


def follow_ups_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    from verbund_desktop.ui.network.follow_up_view import FollowUpsView

    view = FollowUpsView(context)
    return QCoreApplication.translate("FollowUpsView", "Nachgespräche"), view
