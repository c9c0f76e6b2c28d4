"""Preview, print and „Als PDF speichern“ of the plan editor; printing or saving freezes the version."""

from __future__ import annotations

import uuid
from abc import abstractmethod
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from verbund_desktop.report import build_development_plan
from verbund_desktop.services.organisation.letterhead import letterhead_logo
from verbund_desktop.services.planning import printing
from verbund_desktop.services.planning.plan_documents import development_plan_view
from verbund_desktop.services.planning.plan_queries import PlanState, PlanVersionInfo
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import QT_TRANSLATE_NOOP
from verbund_desktop.ui.common.locale_format import ui_datetime
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.printing.print_preview import PreviewDialog, print_document, save_document

T = TypeVar("T")
TITLE = QT_TRANSLATE_NOOP("PlanEditor", "Entwicklungsplan")  # shown through plan_title()
TOOL_TIPS = (  # preview, print, save as PDF; shown through print_tool_tips()
    QT_TRANSLATE_NOOP("PlanEditor", "Vorschau (Strg+Umschalt+P)"),
    QT_TRANSLATE_NOOP("PlanEditor", "Drucken (Strg+P) – die gedruckte Version wird festgeschrieben"),
    QT_TRANSLATE_NOOP("PlanEditor", "Als PDF speichern (Strg+Umschalt+S) – die Version wird festgeschrieben"),
)


def plan_title() -> str:
    """„Entwicklungsplan“ in the UI language (tab, dialog titles)."""
    return QCoreApplication.translate("PlanEditor", TITLE)


def print_tool_tips() -> tuple[str, ...]:
    """The tool tips of the editor's buttons „Vorschau“, „Drucken“ and „Als PDF speichern“, in the UI language."""
    return tuple(QCoreApplication.translate("PlanEditor", tip) for tip in TOOL_TIPS)


def version_label(version: PlanVersionInfo) -> str:
    """„Version 2 – in Bearbeitung“ or „Version 1 – gedruckt am 03.02.2026 14:05“, in the UI language."""
    if version.frozen_at is None:
        return QCoreApplication.translate("PlanEditor", "Version {0} – in Bearbeitung").format(
            version.version
        )
    return QCoreApplication.translate("PlanEditor", "Version {0} – gedruckt am {1}").format(
        version.version, ui_datetime(version.frozen_at)
    )


class PlanPrintActions:
    """Mixed into the plan editor (a QWidget) that provides the attributes and methods declared here."""

    context: WorkspaceContext
    state: PlanState | None
    preview: PreviewDialog | None
    today: Callable[[], date]

    @abstractmethod
    def _run(self, action: Callable[[], T]) -> T | None:
        """Run a service call through ``operations.run_action`` (provided by the editor)."""

    @abstractmethod
    def reload(self, plan_id: uuid.UUID | None = None, measure_id: uuid.UUID | None = None) -> None:
        """Show the plan anew from the database (provided by the editor)."""

    @abstractmethod
    def current_measure_id(self) -> uuid.UUID | None:
        """The measure selected in the editor's table (provided by the editor)."""

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def document_title(self) -> str:
        """Print job name and preview title: the pseudonym code, never the name (job names land in the
        print spooler, titles in the task bar)."""
        state = self.state
        if state is None:
            return plan_title()
        return QCoreApplication.translate("PlanEditor", "Entwicklungsplan {0} (Version {1})").format(
            state.pseudonym_code, state.version
        )

    def suggested_file_name(self) -> str:
        state = self.state
        assert state is not None
        return printing.plan_file_name(
            state.pseudonym_code, state.employee_name, state.version, pseudonymised=self.context.pseudonymised
        )

    def preview_pdf(self) -> bytes | None:
        """The document as it would print now (a frozen version: exactly its snapshot)."""
        if self.state is None:
            return None
        plan_id, ws = self.state.plan_id, self.context.workspace
        view = self._run_quiet(lambda: development_plan_view(ws, plan_id, today=self.today()))
        return build_development_plan(view, logo=letterhead_logo(ws)) if view is not None else None

    def _run_quiet(self, action: Callable[[], T]) -> T | None:
        return run_action(self._widget(), None, action, title=plan_title())

    def final_pdf(self) -> bytes | None:
        """Freeze the shown version (if it is not yet) and return what is printed."""
        if self.state is None:
            return None
        plan_id, ws, actor = self.state.plan_id, self.context.workspace, self.context.actor
        pdf = self._run(lambda: printing.plan_pdf(ws, plan_id, actor=actor, today=self.today()))
        self.reload(plan_id, self.current_measure_id())
        return pdf

    def show_preview(self) -> None:
        pdf = self.preview_pdf()
        if pdf is None or self.state is None:
            return
        self.preview = PreviewDialog(
            pdf,
            self.document_title(),
            self.suggested_file_name(),
            self.final_pdf,
            self._widget(),
            on_saved=self.record_saved,
        )
        self.preview.open()

    def print_plan(self) -> None:
        if self.state is not None:
            print_document(self._widget(), self.document_title(), self.final_pdf)

    def save_plan(self) -> None:
        if self.state is not None:
            save_document(self._widget(), self.suggested_file_name(), self.final_pdf, self.record_saved)

    def record_saved(self, path: Path) -> None:
        """Note the file in the person's record, so an erasure can list it for deletion."""
        if self.state is not None:
            plan_id, ws, actor = self.state.plan_id, self.context.workspace, self.context.actor
            self._run(lambda: printing.record_saved_plan(ws, plan_id, path, actor=actor))
