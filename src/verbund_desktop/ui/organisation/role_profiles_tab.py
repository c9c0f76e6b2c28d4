"""Tab „Stellenprofile“ of a company: its role profiles with target levels; create, edit, delete."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.assessment.gaps import Priority
from verbund_desktop.services.organisation import role_profiles as service
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.common.operations import run_action
from verbund_desktop.ui.organisation.role_editor import RoleProfileDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RoleProfilesTab(QWidget):
    """``set_subject(company_id)`` lists the company's role profiles; Enter edits, Entf deletes, Einfg adds."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = context
        self.company_id: uuid.UUID | None = None
        self.roles = QListWidget()
        self.roles.setAccessibleName(self.tr("Stellenprofile"))
        self.roles.setSpacing(2)
        self.targets = QTableWidget(0, 4)
        self.targets.setHorizontalHeaderLabels(
            [self.tr("Kompetenz"), self.tr("Katalog"), self.tr("Soll-Niveau"), self.tr("Priorität")]
        )
        self.targets.verticalHeader().setVisible(False)
        self.targets.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.targets.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)  # catalogue names are long; the full name is in the tooltip
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 240)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.targets.setWordWrap(False)
        self.targets.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Neues Stellenprofil …"))
        self.edit_button = QPushButton(self.tr("Bearbeiten …"))
        self.delete_button = QPushButton(self.tr("Löschen …"))
        self.new_button.clicked.connect(self.create_role)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.description)
        right_layout.addWidget(self.targets)
        splitter = QSplitter()
        splitter.addWidget(self.roles)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 800])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter)

        self.roles.currentItemChanged.connect(self._role_selected)
        self.roles.itemActivated.connect(lambda _item: self.edit())
        for keys, slot in (("Insert", self.create_role), ("Delete", self.delete)):
            shortcut = QShortcut(QKeySequence(keys), self.roles)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._update_buttons()

    def set_subject(self, ident: uuid.UUID) -> None:
        self.company_id = ident
        self.refresh()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        current = select or self.current_role()
        self.roles.clear()
        if self.company_id is None:
            return
        for role in service.roles(self._ctx.workspace, self.company_id):
            text = self.tr("{0}\n{1} Kompetenzen · {2} Personen").format(
                role.name, role.target_count, role.employee_count
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, role.id)
            item.setToolTip(role.description)
            self.roles.addItem(item)
            if role.id == current:
                self.roles.setCurrentItem(item)
        if self.roles.currentItem() is None and self.roles.count():
            self.roles.setCurrentRow(0)
        if not self.roles.count():
            self._role_selected(None, None)
        self._update_buttons()

    def current_role(self) -> uuid.UUID | None:
        item = self.roles.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _update_buttons(self) -> None:
        has_role = self.current_role() is not None
        self.new_button.setEnabled(self.company_id is not None)
        self.edit_button.setEnabled(has_role)
        self.delete_button.setEnabled(has_role)

    def _role_selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.targets.setRowCount(0)
        role_id = self.current_role() if item is not None else None
        self._update_buttons()
        if role_id is None:
            self.description.setText(self.tr("Noch kein Stellenprofil. Mit „Neues Stellenprofil …“ anlegen."))
            return
        self.description.setText(item.toolTip() if item is not None else "")
        for view in service.role_targets(self._ctx.workspace, role_id):
            row = self.targets.rowCount()
            self.targets.insertRow(row)
            priority = Priority(view.priority)
            cells = [
                f"{view.code} {view.name_de}",
                view.catalog_label,
                f"{view.target_level} – {view.level_label}",
                f"{int(priority)} – {domain_label(priority.label_de)}",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.targets.setItem(row, column, cell)

    # -- actions -----------------------------------------------------------------------------------------------
    def dialog(self, role_id: uuid.UUID | None) -> RoleProfileDialog | None:
        """The dialog for a new (``None``) or an existing profile; the caller shows it (tests fill it)."""
        company_id = self.company_id
        if company_id is None:
            return None
        ws = self._ctx.workspace
        initial = service.load_role(ws, role_id) if role_id is not None else None
        return RoleProfileDialog(
            service.competence_choices(ws),
            initial,
            lambda data: service.role_problems(ws, company_id, data, role_id=role_id),
            self,
        )

    def save(self, dialog: RoleProfileDialog, role_id: uuid.UUID | None) -> uuid.UUID | None:
        company_id = self.company_id
        if company_id is None:
            return None
        ws, actor, data = self._ctx.workspace, self._ctx.actor, dialog.data()
        if role_id is None:
            saved = run_action(
                self, self._ctx, lambda: service.create_role(ws, company_id, data, actor=actor)
            )
        else:
            changed = ("company", company_id)
            run_action(
                self, self._ctx, lambda: service.update_role(ws, role_id, data, actor=actor), changed=changed
            )
            saved = role_id
        self.refresh(select=saved)
        return saved

    def create_role(self) -> None:
        dialog = self.dialog(None)
        if dialog is not None and dialog.exec() == RoleProfileDialog.DialogCode.Accepted:
            self.save(dialog, None)

    def edit(self) -> None:
        role_id = self.current_role()
        dialog = self.dialog(role_id) if role_id is not None else None
        if dialog is not None and dialog.exec() == RoleProfileDialog.DialogCode.Accepted:
            self.save(dialog, role_id)

    def delete(self) -> None:
        role_id = self.current_role()
        item = self.roles.currentItem()
        if role_id is None or item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Stellenprofil löschen"),
            self.tr(
                "Das Stellenprofil „{0}“ löschen? Beschäftigte und frühere Kompetenzgespräche bleiben erhalten, "
                "nur die Zuordnung zu diesem Profil entfällt."
            ).format(item.text().split("\n")[0]),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(role_id)

    def remove(self, role_id: uuid.UUID) -> None:
        ws, actor = self._ctx.workspace, self._ctx.actor
        run_action(
            self,
            self._ctx,
            lambda: service.delete_role(ws, role_id, actor=actor),
            changed=("company", self.company_id),
        )
        self.refresh()


def role_profiles_tab(context: WorkspaceContext) -> tuple[str, QWidget]:
    """Tab factory for ``feature_tabs.company_tab_factories``."""
    return QApplication.translate("RoleProfilesTab", "Stellenprofile"), RoleProfilesTab(context)
