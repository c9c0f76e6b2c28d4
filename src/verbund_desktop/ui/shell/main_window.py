"""The main window: directory tree with type-ahead filter on the left, the detail page on the right."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelection, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.directory import (
    CompanySummary,
    Directory,
    DirectorySnapshot,
    EmployeeSummary,
    NetworkSummary,
)
from verbund_desktop.ui.common import geometry, settings, tree_state
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.debounce import Debounced
from verbund_desktop.ui.common.job_indicator import JobIndicator
from verbund_desktop.ui.common.jobs import Job
from verbund_desktop.ui.common.sliced import Sliced
from verbund_desktop.ui.funding.funding_rules_menu import FundingRuleActions
from verbund_desktop.ui.offers.offer_menu import OfferActions
from verbund_desktop.ui.organisation.company_actions import CompanyActions
from verbund_desktop.ui.organisation.directory_model import (
    ID_ROLE,
    KIND_ROLE,
    DirectoryFilter,
    DirectoryModel,
    NodeKind,
)
from verbund_desktop.ui.printing.batch_print import install_batch_print_action
from verbund_desktop.ui.protection.protection_menu import ProtectionMenu
from verbund_desktop.ui.shell.about import show_about
from verbund_desktop.ui.shell.blank_labels import BlankLabels
from verbund_desktop.ui.shell.detail_pages import DetailPage, company_rows, employee_rows, network_rows
from verbund_desktop.ui.shell.feature_tabs import company_tabs, employee_tabs, network_tabs
from verbund_desktop.ui.shell.read_only import with_read_only_banner
from verbund_desktop.ui.shell.source_lines import forget_module_sources
from verbund_desktop.ui.shell.subject_tabs import SubjectTabs
from verbund_desktop.ui.sync.sync_menu import SyncMenu

_FALLBACK_SHORTCUTS = {
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Refresh: "F5",
}


class MainWindow(QMainWindow):
    """Shows one open workspace. Emits ``open_requested``/``new_requested`` for the application to handle."""

    open_requested = Signal()
    new_requested = Signal()
    shown = Signal()

    def __init__(
        self, workspace: Workspace, actor: str = "", snapshot: DirectorySnapshot | None = None
    ) -> None:
        """``snapshot``: the tree's data, read beforehand in a worker (``Directory.snapshot``); else read here."""
        super().__init__()
        self.workspace = workspace
        self.directory = Directory(workspace)
        self.context = WorkspaceContext(workspace, actor or self.directory.current_advisor_name(), self)
        self._current: tuple[str, uuid.UUID] | None = None
        self._network: NetworkSummary | None = None
        self._companies: dict[uuid.UUID, CompanySummary] = {}
        self._employees: dict[uuid.UUID, EmployeeSummary] = {}
        self._generation = 0  # counts tree updates: a reload's late result does not undo a newer one
        self.reload_job: Job | None = None
        self._pending_select: tuple[str, uuid.UUID] | None = None  # see select()
        self.setWindowTitle(self.tr("Verbund Desktop – {0}").format(workspace.path.name))
        if workspace.read_only:
            self.setWindowTitle(self.tr("Verbund Desktop – {0} (nur lesen)").format(workspace.path.name))
        geometry.restore(
            self, settings.WINDOW_GEOMETRY, QSize(1280, 700)
        )  # fits 1366×768 with its status bar
        self.model = DirectoryModel()
        self.filling = Sliced(self)  # the tree's rows are set in slices (ui/common/sliced.py)
        self.proxy = DirectoryFilter()
        self.proxy.setSourceModel(self.model)

        left = self._build_tree()
        self._build_pages()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        self.setCentralWidget(with_read_only_banner(splitter) if workspace.read_only else splitter)
        self._build_menus()
        self._install_feature_menus()
        self.filter_input = Debounced(self._filter_changed, parent=self)  # filters once the typing pauses
        self._connect()
        self._build_status_bar()
        self.apply(snapshot or self.directory.snapshot())
        forget_module_sources()  # the window's imports are done: drop the sources PySide6 read (source_lines)

    # -- building --------------------------------------------------------------------------------------------
    def _build_tree(self) -> QWidget:
        """The type-ahead filter above the tree of the network, its companies and employees."""
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Suchen: Betrieb, Name, Code … (Strg+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Suche"))
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Verbund, Betriebe und Beschäftigte"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.tree)
        return left

    def _build_pages(self) -> None:
        """The detail pages: a hint while nothing is selected, else the tabs of the network, company or person."""
        self.pages = QStackedWidget()
        self.empty_page = QLabel(self.tr("Links einen Betrieb oder eine Person auswählen."))
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = DetailPage()  # the network page
        self.company_overview = DetailPage()
        self.employee_overview = DetailPage()
        # Only the visible tab of a selection loads it; the others when shown (ui/shell/subject_tabs.py).
        overview = self.tr("Überblick")
        self.company_tabs = SubjectTabs(self.context, overview, self.company_overview, company_tabs())
        self.employee_tabs = SubjectTabs(self.context, overview, self.employee_overview, employee_tabs())
        self.network_tabs = SubjectTabs(self.context, overview, self.detail, network_tabs())
        for page in (self.empty_page, self.network_tabs, self.company_tabs, self.employee_tabs):
            self.pages.addWidget(page)

    def _install_feature_menus(self) -> None:
        """The menus and actions the features bring (companies, protection, funding rules, offers, sync, print)."""
        self.company_actions = CompanyActions(self, self.tree, self.context, self.select)
        self.protection = ProtectionMenu(self, self.context)
        self.funding_rules = FundingRuleActions(self, self.context, self.protection.menu)
        self.offer_actions = OfferActions(self, self.context)
        self.sync_menu = SyncMenu(self, self.context)
        self.batch_print_action = install_batch_print_action(self, self.context)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.filter_input.push)
        self.filter_edit.returnPressed.connect(self._focus_first_match)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.context.saved.connect(self._show_saved)
        self.context.data_changed.connect(self._data_changed)

    def _build_status_bar(self) -> None:
        """Running jobs, „Gespeichert …“ and, at first, which workspace is open and whether it is encrypted."""
        self.saved_label = QLabel()
        self.jobs = self.context.jobs  # long work of this window (ui/common/jobs.py), shown in the status bar
        self.statusBar().addPermanentWidget(JobIndicator(self.jobs))
        self.statusBar().addPermanentWidget(self.saved_label)
        state = self.tr("verschlüsselt") if self.workspace.encrypted else self.tr("NICHT verschlüsselt")
        self.statusBar().showMessage(
            self.tr("Arbeitsbereich geöffnet ({0}): {1}").format(state, self.workspace.path)
        )

    def _show_saved(self, when: datetime) -> None:
        self.saved_label.setText(self.tr("Gespeichert {0}").format(when.strftime("%H:%M:%S")))

    def _data_changed(self, kind: str, _ident: object) -> None:
        if kind in ("company", "employee", "network", "erasure"):
            current = self._current

            def reselect() -> None:  # a row asked for meanwhile, else the one shown if the update lost it
                target, self._pending_select = self._pending_select, None
                if target is None and self._current is None:  # a click meanwhile is kept
                    target = current
                if target is not None and self._current != target:
                    self.select(*target)

            if kind == "erasure" and isinstance(
                _ident, uuid.UUID
            ):  # the erased person leaves the tree at once
                self._employees.pop(_ident, None)
                self.model.remove_person(_ident)
            self.reload_then(reselect)  # the tree's data is read in a job, as F5 does
        elif kind == "company_interview":  # only the overview's interview status changed: no tree rebuild
            self._companies = {c.id: c for c in self.directory.companies()}
            shown = self._companies.get(_ident) if isinstance(_ident, uuid.UUID) else None
            if shown is not None and self._current == (NodeKind.COMPANY, shown.id):
                self.company_overview.show_rows(shown.name, self.tr("Betrieb"), company_rows(shown))
        elif kind in ("assessment", "plan", "consent"):  # counts on the person's overview: no tree rebuild
            if isinstance(_ident, uuid.UUID):  # one person's counts: their row only
                row = self.directory.employee_row(_ident)
                if row is not None:
                    self._employees[_ident] = row
            else:  # several people (a print batch, a joint course)
                self._employees = {e.id: e for e in self.directory.employees()}
            if self._current is not None and self._current[0] == NodeKind.EMPLOYEE:
                self._show_employee_overview(self._current[1])

    # -- menus -----------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        self.action_new = self._action(self.tr("&Neuer Arbeitsbereich …"), QKeySequence.StandardKey.New)
        self.action_new.triggered.connect(self.new_requested)
        self.action_open = self._action(self.tr("Ö&ffnen …"), QKeySequence.StandardKey.Open)
        self.action_open.triggered.connect(self.open_requested)
        self.action_quit = self._action(self.tr("&Beenden"), QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        file_menu.addActions([self.action_new, self.action_open])
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        self.action_find = self._action(self.tr("&Suchen"), QKeySequence.StandardKey.Find)
        self.action_find.triggered.connect(self.focus_filter)
        edit_menu.addAction(self.action_find)

        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        self.action_refresh = self._action(self.tr("&Aktualisieren"), QKeySequence.StandardKey.Refresh)
        self.action_refresh.triggered.connect(self.reload)
        self.action_pseudonyms = self._action(self.tr("Nur &Pseudonym-Codes zeigen"), None)
        self.action_pseudonyms.setCheckable(True)
        self.action_pseudonyms.setChecked(settings.SHOW_PSEUDONYMS.get())
        self.action_pseudonyms.toggled.connect(self._toggle_pseudonyms)
        view_menu.addActions([self.action_refresh, self.action_pseudonyms])

        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        self.action_about = self._action(self.tr("Ü&ber Verbund Desktop"), None)
        self.action_about.triggered.connect(lambda: show_about(self))
        help_menu.addAction(self.action_about)

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            sequence = QKeySequence(shortcut)
            if sequence.isEmpty():  # platforms without a binding (Quit on Windows, Refresh elsewhere)
                sequence = QKeySequence(_FALLBACK_SHORTCUTS.get(shortcut, ""))
            action.setShortcut(sequence)
        self.addAction(action)
        return action

    # -- data ------------------------------------------------------------------------------------------------
    @property
    def pseudonymised(self) -> bool:
        return self.action_pseudonyms.isChecked()

    def reload(self) -> None:
        """F5: the tree's data is read in a job, then the rows that changed are updated in slices."""
        self.reload_then(None)

    @property
    def updating(self) -> bool:
        """A reload's job or its slices are still under way (the tree shows the data from before)."""
        return (self.reload_job is not None and not self.reload_job.done) or self.filling.running

    def reload_then(self, then: Callable[[], object] | None) -> None:
        """As F5 (edits too), and ``then`` runs once the last slice is in."""
        self._generation += 1
        generation = self._generation
        if self.reload_job is not None:
            self.reload_job.cancel()

        def loaded(snapshot: DirectorySnapshot) -> None:
            if generation == self._generation:  # else a newer update came first
                self.apply(snapshot, then)

        self.reload_job = self.jobs.submit(
            self.tr("Aktualisieren"), lambda _c: self.directory.snapshot(), loaded
        )

    def apply(self, snapshot: DirectorySnapshot, then: Callable[[], object] | None = None) -> None:
        """Show ``snapshot`` in the tree: expansion, selection and width survive (``tree_state``); ``then``
        runs once the last slice is in."""
        self._generation += 1
        state = tree_state.capture(self.tree, ID_ROLE)
        self._network = snapshot.network
        self._companies = {c.id: c for c in snapshot.companies}
        self._employees = {e.id: e for e in snapshot.employees}
        self.pages.setCurrentWidget(self.empty_page)
        self.context.pseudonymised = self.pseudonymised
        steps = self.model.fill_steps(
            snapshot.network, snapshot.companies, snapshot.employees, pseudonymised=self.pseudonymised
        )
        self.filling.start(steps, lambda: self._filled(state, then))

    def _filled(self, state: tree_state.TreeState, then: Callable[[], object] | None) -> None:
        tree_state.restore(self.tree, state, ID_ROLE)
        # The model updates rows in place (no reset), so a kept selection emits nothing: show its fresh data.
        self._current = None
        current = self.tree.currentIndex()
        if current.isValid() and self.tree.selectionModel().isSelected(current):
            self.show_node(current)
        if then is not None:
            then()

    def _toggle_pseudonyms(self, on: bool) -> None:
        settings.SHOW_PSEUDONYMS.set(on)
        # the rows the window holds (only the labels change), relabelled in slices with no text painted meanwhile
        blank = BlankLabels(self.tree, lambda: self.filling.running)
        rows = DirectorySnapshot(
            self._network, list(self._companies.values()), list(self._employees.values())
        )
        self.apply(rows, blank.release)

    # -- navigation ------------------------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        if text:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(0)

    def _focus_first_match(self) -> None:
        """Enter in the search field opens the first hit (the company itself when its name matches)."""
        self.filter_input.flush()
        index = self.proxy.first_hit()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.setFocus()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self.show_node(indexes[0])

    def show_node(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        ident = uuid.UUID(index.data(ID_ROLE))
        self._current = (kind, ident)
        if kind == NodeKind.NETWORK and self._network is not None:
            self.detail.show_rows(self._network.name, self.tr("Verbund"), network_rows(self._network))
            self.network_tabs.set_subject(ident)
            self.pages.setCurrentWidget(self.network_tabs)
        elif kind == NodeKind.COMPANY and ident in self._companies:
            c = self._companies[ident]
            self.company_overview.show_rows(c.name, self.tr("Betrieb"), company_rows(c))
            self.company_tabs.set_subject(ident)
            self.pages.setCurrentWidget(self.company_tabs)
        elif kind == NodeKind.EMPLOYEE and ident in self._employees:
            self._show_employee_overview(ident)
            self.employee_tabs.set_subject(ident)
            self.pages.setCurrentWidget(self.employee_tabs)

    def _show_employee_overview(self, ident: uuid.UUID) -> None:
        e = self._employees.get(ident)
        if e is None:
            return
        company = self._companies.get(e.company_id)
        title = e.pseudonym_code if self.pseudonymised else f"{e.first_name} {e.last_name}"
        rows = employee_rows(e, company.name if company else "", pseudonymised=self.pseudonymised)
        self.employee_overview.show_rows(title, self.tr("Beschäftigte/r"), rows)

    def select(self, kind: str, ident: uuid.UUID) -> bool:
        """Select the tree row of an entity (used after refreshes and by features that create entities)."""
        self.filling.finish()  # every row is in the tree first
        matches = self.model.match(
            self.model.index(0, 0),
            ID_ROLE,
            str(ident),
            1,
            Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
        )
        if not matches:
            if self.reload_job is not None and not self.reload_job.done:  # a row the running reload brings:
                self._pending_select = (kind, ident)  # selected once it is in
            return False
        proxy_index = self.proxy.mapFromSource(matches[0])
        if not proxy_index.isValid():
            return False
        self.tree.setCurrentIndex(proxy_index)
        self.show_node(proxy_index)
        return True

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.cancel_all()  # the workspace is closed after the window: no job may still use it
        self.jobs.wait()
        geometry.save(self, settings.WINDOW_GEOMETRY)
        super().closeEvent(event)
