"""The „Betrieb“ menu and the tree's context menu: create, edit and archive companies and people.

Each action opens a dialog, then saves through the services via ``run_action`` and selects what it created.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QTreeView

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation import companies as service
from verbund_desktop.services.organisation.company_validation import EmployeeInput
from verbund_desktop.services.organisation.departments import departments
from verbund_desktop.services.organisation.role_profiles import roles
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.organisation.company_dialogs import ArchiveDialog, DepartmentsDialog
from verbund_desktop.ui.organisation.company_editor import CompanyDialog, EmployeeDialog
from verbund_desktop.ui.organisation.directory_model import ID_ROLE, KIND_ROLE, NodeKind

# Shows a node of the directory tree: (kind, id) -> whether it was found.
SelectNode = Callable[[str, uuid.UUID], bool]


class CompanyActions(QObject):
    """Owns the actions; enables them for the selected tree row. Dialog builders are public for tests."""

    def __init__(
        self, window: QMainWindow, tree: QTreeView, context: WorkspaceContext, select: SelectNode
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tree = tree
        self.select_node = select
        self.ctx = context
        self.menu = QMenu(self.tr("Be&trieb"), window)
        self.action_new_company = self._action(self.tr("Neuer &Betrieb …"), "Ctrl+Shift+B", self.new_company)
        self.action_new_employee = self._action(
            self.tr("Neue/r Besc&häftigte/r …"), "Ctrl+Shift+E", self.new_employee
        )
        self.action_edit = self._action(self.tr("Auswahl &bearbeiten …"), "Ctrl+E", self.edit_selected)
        self.action_departments = self._action(self.tr("&Abteilungen …"), None, self.edit_departments)
        self.action_archive = self._action(self.tr("Auswahl a&rchivieren …"), None, self.archive_selected)
        self.action_archive_list = self._action(
            self.tr("Arc&hiv: wiederherstellen …"), None, self.show_archive
        )
        self.menu.addActions([self.action_new_company, self.action_new_employee])
        self.menu.addSeparator()
        self.menu.addActions([self.action_edit, self.action_departments, self.action_archive])
        self.menu.addSeparator()
        self.menu.addAction(self.action_archive_list)
        bar = window.menuBar()
        help_menu = bar.actions()[-1] if bar.actions() else None
        bar.insertMenu(help_menu, self.menu) if help_menu is not None else bar.addMenu(self.menu)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.selectionModel().currentChanged.connect(lambda *_: self.update_actions())
        self.update_actions()

    def _action(self, text: str, keys: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # -- selection ---------------------------------------------------------------------------------------------
    def selected(self) -> tuple[str, uuid.UUID] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return str(index.data(KIND_ROLE)), uuid.UUID(index.data(ID_ROLE))

    def selected_company(self) -> uuid.UUID | None:
        """The selected company, or the company of the selected person."""
        selected = self.selected()
        if selected is None:
            return None
        kind, ident = selected
        if kind == NodeKind.COMPANY:
            return ident
        if kind == NodeKind.EMPLOYEE:
            return service.load_employee(self.ctx.workspace, ident)[0]
        return None

    def update_actions(self) -> None:
        kind = (self.selected() or ("", None))[0]
        person_or_company = kind in (NodeKind.COMPANY, NodeKind.EMPLOYEE)
        self.action_new_employee.setEnabled(person_or_company)
        self.action_departments.setEnabled(person_or_company)
        self.action_edit.setEnabled(person_or_company)
        self.action_archive.setEnabled(person_or_company)

    def _context_menu(self, pos: QPoint) -> None:
        self.update_actions()
        self.menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- companies ---------------------------------------------------------------------------------------------
    def company_dialog(self, company_id: uuid.UUID | None) -> CompanyDialog:
        initial = service.load_company(self.ctx.workspace, company_id) if company_id is not None else None
        return CompanyDialog(initial, self.window)

    def save_company(self, dialog: CompanyDialog, company_id: uuid.UUID | None) -> uuid.UUID | None:
        ws, actor, data = self.ctx.workspace, self.ctx.actor, dialog.data()
        if company_id is None:
            saved = run_action(self.window, self.ctx, lambda: service.create_company(ws, data, actor=actor))
        else:
            saved = run_action(
                self.window, self.ctx, lambda: _then(company_id, service.update_company, ws, data, actor)
            )
        if saved is not None:
            self.ctx.notify_changed("company", saved)
            self.select_node(NodeKind.COMPANY, saved)
        return saved

    def new_company(self) -> None:
        dialog = self.company_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_company(dialog, None)

    # -- employees ---------------------------------------------------------------------------------------------
    def employee_dialog(self, company_id: uuid.UUID, employee_id: uuid.UUID | None) -> EmployeeDialog:
        ws = self.ctx.workspace
        if employee_id is None:
            initial = EmployeeInput("", "", service.next_pseudonym_code(ws, company_id))
        else:
            initial = service.load_employee(ws, employee_id)[1]
        return EmployeeDialog(
            initial,
            departments(ws, company_id),
            roles(ws, company_id),
            lambda data: service.employee_problems(ws, company_id, data, employee_id=employee_id),
            new=employee_id is None,
            parent=self.window,
        )

    def save_employee(
        self, dialog: EmployeeDialog, company_id: uuid.UUID, employee_id: uuid.UUID | None
    ) -> uuid.UUID | None:
        ws, actor, data = self.ctx.workspace, self.ctx.actor, dialog.data()
        if employee_id is None:
            saved = run_action(
                self.window, self.ctx, lambda: service.create_employee(ws, company_id, data, actor=actor)
            )
        else:
            saved = run_action(
                self.window, self.ctx, lambda: _then(employee_id, service.update_employee, ws, data, actor)
            )
        if saved is not None:
            self.ctx.notify_changed("employee", saved)
            self.select_node(NodeKind.EMPLOYEE, saved)
        return saved

    def new_employee(self) -> None:
        company_id = self.selected_company()
        if company_id is None:
            return
        dialog = self.employee_dialog(company_id, None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_employee(dialog, company_id, None)

    # -- selected entity ---------------------------------------------------------------------------------------
    def edit_selected(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        kind, ident = selected
        if kind == NodeKind.COMPANY:
            company_dialog = self.company_dialog(ident)
            if company_dialog.exec() == QDialog.DialogCode.Accepted:
                self.save_company(company_dialog, ident)
        elif kind == NodeKind.EMPLOYEE:
            company_id = service.load_employee(self.ctx.workspace, ident)[0]
            employee_dialog = self.employee_dialog(company_id, ident)
            if employee_dialog.exec() == QDialog.DialogCode.Accepted:
                self.save_employee(employee_dialog, company_id, ident)

    def archive_selected(self, *, confirm: bool = True) -> bool:
        selected = self.selected()
        if selected is None or selected[0] not in (NodeKind.COMPANY, NodeKind.EMPLOYEE):
            return False
        kind, ident = selected
        label = self.tree.currentIndex().data()
        question = (
            self.tr("Den Betrieb „{0}“ mit allen Beschäftigten archivieren?")
            if kind == NodeKind.COMPANY
            else self.tr("„{0}“ archivieren?")
        ).format(label)
        if confirm:
            answer = QMessageBox.question(
                self.window,
                self.tr("Archivieren"),
                question
                + "\n\n"
                + self.tr("Archivierte Einträge sind ausgeblendet und über „Archiv“ wiederherstellbar."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        ws, actor = self.ctx.workspace, self.ctx.actor
        archive = service.archive_company if kind == NodeKind.COMPANY else service.archive_employee

        def action() -> bool:
            archive(ws, ident, actor=actor)
            return True

        return run_action(self.window, self.ctx, action, changed=(kind, ident)) is True

    def edit_departments(self) -> None:
        company_id = self.selected_company()
        if company_id is None:
            return
        dialog = DepartmentsDialog(self.ctx, company_id, self.window)
        dialog.exec()
        if dialog.changed:
            self.ctx.notify_changed("company", company_id)

    def show_archive(self) -> None:
        dialog = ArchiveDialog(self.ctx, self.window)
        dialog.exec()
        if dialog.restored:
            kind, ident = dialog.restored[-1]
            self.select_node(kind, ident)


def _then(
    ident: uuid.UUID, update: Callable[..., None], ws: Workspace, data: object, actor: str
) -> uuid.UUID:
    """Run an update service (which returns nothing) and return the id, so run_action's result means success."""
    update(ws, ident, data, actor=actor)
    return ident
