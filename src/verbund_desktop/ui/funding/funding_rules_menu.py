"""Menu actions for corrected § 82 rule sets: load one from a file, or go back to the bundled ones."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from verbund_desktop.ui.common import folders
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.jobs import Job, JobControl
from verbund_desktop.ui.common.operations import run_action, show_failure
from verbund_desktop.ui.common.service_messages import ui_message

if TYPE_CHECKING:  # the rule-set store loads jsonschema: imported when used, not at start-up
    from verbund_desktop.services.funding.funding_rules_store import LoadedRuleSet


class FundingRuleActions(QObject):
    """Adds „Förderregelwerk laden …“ and „Förderregelwerke zurücksetzen“ to ``menu``."""

    def __init__(self, window: QMainWindow, context: WorkspaceContext, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        menu.addSeparator()
        self.action_load = QAction(self.tr("Förderregelwerk &laden …"), window)
        self.action_load.triggered.connect(lambda: self.load())
        self.action_reset = QAction(self.tr("Förderregelwerke zurück&setzen"), window)
        self.action_reset.triggered.connect(self.reset)
        menu.addActions([self.action_load, self.action_reset])
        self.load_job: Job | None = None
        self.loaded: LoadedRuleSet | None = None  # of the last load that finished

    def load(self, path: Path | None = None) -> Job | None:
        """Load a rule set in a job (progress and „Abbrechen“ in the status bar); all or nothing: a cancelled
        or refused load stores nothing. ``loaded`` holds the result of the last load that finished."""
        title = self.tr("Förderregelwerk laden")
        if path is None:
            path = folders.open_file(self.window, "rules", title, self.tr("Regelwerke (*.json)"))
            if path is None:
                return None
        from verbund_desktop.services.funding.funding_rules_store import import_rule_set

        chosen, ws, actor = path, self.context.workspace, self.context.actor

        def work(control: JobControl) -> LoadedRuleSet:
            return import_rule_set(ws, chosen, actor=actor, progress=control.progress)

        self.loaded = None
        self.load_job = self.context.jobs.submit(
            self.tr("Förderregelwerk wird geladen"),
            work,
            on_done=self._loaded,
            on_failed=lambda exc: show_failure(self.window, self.context, title, exc),
        )
        return self.load_job

    def _loaded(self, loaded: LoadedRuleSet) -> None:
        self.loaded = loaded
        self.context.notify_saved()
        self.context.notify_changed("funding_rules", None)
        effect = (
            self.tr("Es ersetzt das mitgelieferte Regelwerk mit demselben Schlüssel.")
            if loaded.replaces_builtin
            else self.tr("Es gilt zusätzlich zu den mitgelieferten Regelwerken.")
        )
        QMessageBox.information(
            self.window,
            self.tr("Förderregelwerk laden"),
            self.tr("Regelwerk „{0}“ ({1}) geladen. {2} Alle Schätzungen verwenden es ab jetzt.").format(
                loaded.title, ui_message(loaded.validity_de), effect
            ),
        )

    def reset(self) -> int | None:
        from verbund_desktop.services.funding.funding_rules_store import reset_rule_sets

        return run_action(
            self.window,
            self.context,
            lambda: reset_rule_sets(self.context.workspace, actor=self.context.actor),
            changed=("funding_rules", None),
        )
