"""Small list dialogs: the departments of a company, and the archive (restore companies and people)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.services.organisation import companies, departments
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.locale_format import ui_date
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.organisation.company_editor import ERROR_STYLE

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("CompanyDialogs", "Schließen")
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


def _current_id(widget: QListWidget) -> uuid.UUID | None:
    item = widget.currentItem()
    value = item.data(ID_ROLE) if item is not None else None
    return value if isinstance(value, uuid.UUID) else None


class DepartmentsDialog(QDialog):
    """Every action here is saved at once; Enter in the name field adds a department."""

    def __init__(
        self, context: WorkspaceContext, company_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = context
        self.company_id = company_id
        self.changed = False
        self.setWindowTitle(self.tr("Abteilungen"))
        self.setMinimumWidth(460)
        self.list = QListWidget()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Neue Abteilung, z. B. Backstube"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        add = QPushButton(self.tr("Hinzufügen"))
        rename = QPushButton(self.tr("Umbenennen …"))
        delete = QPushButton(self.tr("Löschen"))
        add.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        rename.clicked.connect(self.rename)
        delete.clicked.connect(self.delete)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(add)
        actions = QHBoxLayout()
        actions.addWidget(rename)
        actions.addWidget(delete)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(actions)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(_close_buttons(self))
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for department in departments.departments(self._ctx.workspace, self.company_id):
            item = QListWidgetItem(
                self.tr("{0}  ({1} Personen)").format(department.name, department.employee_count)
            )
            item.setData(ID_ROLE, department.id)
            self.list.addItem(item)

    def _run(self, action: Callable[[], object]) -> bool:
        def done() -> bool:
            action()
            return True

        ok = run_action(self, self._ctx, done) is True
        self.refresh()
        self.changed = self.changed or ok
        return ok

    def add(self) -> None:
        ws, actor, name, company = self._ctx.workspace, self._ctx.actor, self.name.text(), self.company_id
        problem = self._problem(name, None)
        self.error.setText(problem)
        if not problem and self._run(lambda: departments.create_department(ws, company, name, actor=actor)):
            self.name.clear()

    def rename(self, new_name: str | None = None) -> None:
        ident = _current_id(self.list)
        if ident is None:
            return
        if new_name is None:
            old = self.list.currentItem().text().split("  (")[0]
            new_name, ok = QInputDialog.getText(
                self, self.tr("Abteilung umbenennen"), self.tr("Neuer Name:"), text=old
            )
            if not ok:
                return
        problem = self._problem(new_name, ident)
        self.error.setText(problem)
        if not problem:
            ws, actor, name = self._ctx.workspace, self._ctx.actor, new_name
            self._run(lambda: departments.rename_department(ws, ident, name, actor=actor))

    def delete(self) -> None:
        ident = _current_id(self.list)
        if ident is None:
            return
        ws, actor = self._ctx.workspace, self._ctx.actor
        self._run(lambda: departments.delete_department(ws, ident, actor=actor))

    def _problem(self, name: str, ident: uuid.UUID | None) -> str:
        clean = name.strip()
        if not clean:
            return self.tr("Bitte einen Namen für die Abteilung angeben.")
        for department in departments.departments(self._ctx.workspace, self.company_id):
            if department.id != ident and department.name.casefold() == clean.casefold():
                return self.tr("Die Abteilung „{0}“ gibt es in diesem Betrieb schon.").format(clean)
        return ""


class ArchiveDialog(QDialog):
    """Archived companies and people; „Wiederherstellen“ brings the selected one back into the directory."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self.restored: list[tuple[str, uuid.UUID]] = []
        self.setWindowTitle(self.tr("Archiv"))
        self.setMinimumSize(520, 420)
        self.companies = QListWidget()
        self.employees = QListWidget()
        restore_company = QPushButton(self.tr("Betrieb wiederherstellen"))
        restore_employee = QPushButton(self.tr("Person wiederherstellen"))
        restore_company.clicked.connect(lambda: self.restore("company"))
        restore_employee.clicked.connect(lambda: self.restore("employee"))
        self.companies.itemActivated.connect(lambda _item: self.restore("company"))
        self.employees.itemActivated.connect(lambda _item: self.restore("employee"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Archivierte Betriebe:")))
        layout.addWidget(self.companies)
        layout.addWidget(restore_company, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("Archivierte Beschäftigte:")))
        layout.addWidget(self.employees)
        layout.addWidget(restore_employee, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(_close_buttons(self))
        self.refresh()

    def refresh(self) -> None:
        ws = self._ctx.workspace
        self.companies.clear()
        self.employees.clear()
        for entry in companies.archived_companies(ws):
            self._add(self.companies, entry.name, entry.id, ui_date(entry.archived_at.astimezone().date()))
        for entry in companies.archived_employees(ws):
            who = entry.code if self._ctx.pseudonymised else f"{entry.name} ({entry.code})"
            self._add(self.employees, f"{who} – {entry.company_name}", entry.id, "")

    @staticmethod
    def _add(widget: QListWidget, text: str, ident: uuid.UUID, when: str) -> None:
        archived = QCoreApplication.translate("ArchiveDialog", "{0}  (archiviert am {1})")
        item = QListWidgetItem(archived.format(text, when) if when else text)
        item.setData(ID_ROLE, ident)
        widget.addItem(item)

    def restore(self, kind: str) -> None:
        widget = self.companies if kind == "company" else self.employees
        ident = _current_id(widget)
        if ident is None:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Bitte zuerst einen Eintrag auswählen.")
            )
            return
        ws, actor = self._ctx.workspace, self._ctx.actor
        restore = companies.restore_company if kind == "company" else companies.restore_employee

        def action() -> bool:
            restore(ws, ident, actor=actor)
            return True

        if run_action(self, self._ctx, action, changed=(kind, ident)):
            self.restored.append((kind, ident))
        self.refresh()
