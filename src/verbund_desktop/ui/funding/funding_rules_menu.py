"""Menu actions for corrected § 82 rule sets: load one from a file, or go back to the bundled ones."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from verbund_desktop.ui.common import folders
from verbund_desktop.ui.common.context import WorkspaceContext

if TYPE_CHECKING:  # the rule-set store loads jsonschema: imported when used, not at start-up
    from verbund_desktop.services.funding.funding_rules_store import LoadedRuleSet
from verbund_desktop.ui.common.operations import run_action


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

    def load(self, path: Path | None = None) -> LoadedRuleSet | None:
        if path is None:
            path = folders.open_file(
                self.window, "rules", self.tr("Förderregelwerk laden"), self.tr("Regelwerke (*.json)")
            )
            if path is None:
                return None
        from verbund_desktop.services.funding.funding_rules_store import import_rule_set

        chosen = path
        loaded = run_action(
            self.window,
            self.context,
            lambda: import_rule_set(self.context.workspace, chosen, actor=self.context.actor),
            title=self.tr("Förderregelwerk laden"),
            changed=("funding_rules", None),
        )
        if loaded is not None:
            effect = (
                self.tr("Es ersetzt das mitgelieferte Regelwerk mit demselben Schlüssel.")
                if loaded.replaces_builtin
                else self.tr("Es gilt zusätzlich zu den mitgelieferten Regelwerken.")
            )
            QMessageBox.information(
                self.window,
                self.tr("Förderregelwerk laden"),
                self.tr("Regelwerk „{0}“ ({1}) geladen. {2} Alle Schätzungen verwenden es ab jetzt.").format(
                    loaded.title, loaded.validity_de, effect
                ),
            )
        return loaded

    def reset(self) -> int | None:
        from verbund_desktop.services.funding.funding_rules_store import reset_rule_sets

        return run_action(
            self.window,
            self.context,
            lambda: reset_rule_sets(self.context.workspace, actor=self.context.actor),
            changed=("funding_rules", None),
        )
