"""After an edit the tree's data is read in a job, as F5 reads it: the window does not freeze at network scale
(issue 11: an edit's synchronous refresh took 285–298 ms on the UI thread at 300 companies)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip
from pytestqt.qtbot import QtBot

from tests.ui.windows import make_window, visible_leaves
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.companies import CompanyInput, create_company
from verbund_desktop.ui.organisation.directory_model import KIND_ROLE, NodeKind
from verbund_desktop.ui.shell.blank_labels import BlankLabels
from verbund_desktop.ui.shell.main_window import MainWindow


def company_rows(window: MainWindow, parent: QModelIndex | None = None) -> list[str]:
    """The companies' labels in the tree."""
    parent = parent or QModelIndex()
    out: list[str] = []
    for row in range(window.model.rowCount(parent)):
        index = window.model.index(row, 0, parent)
        if index.data(KIND_ROLE) == NodeKind.COMPANY:
            out.append(index.data())
        out.extend(company_rows(window, index))
    return out


def test_a_company_edit_reads_the_tree_in_a_job_and_selects_the_new_company(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)
    readers: list[threading.Thread] = []
    snapshot = window.directory.snapshot

    def recorded():  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread())
        return snapshot()

    window.directory.snapshot = recorded  # type: ignore[method-assign]
    new = create_company(demo_ws, CompanyInput("Tischlerei Groß", 12), actor="Test")
    window.context.notify_changed("company", new)
    assert window.updating  # the notice returned at once; the job reads the data
    assert not window.select(NodeKind.COMPANY, new)  # not in the tree yet: chosen once it is in
    qtbot.waitUntil(lambda: not window.updating)
    assert readers and threading.main_thread() not in readers
    assert any(label.startswith("Tischlerei Groß") for label in company_rows(window))
    assert window.company_overview.title.text() == "Tischlerei Groß"  # the selection asked for meanwhile


def test_two_edits_in_a_row_end_in_the_newest_tree(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    first = create_company(demo_ws, CompanyInput("Erste Werkstatt", 5), actor="Test")
    window.context.notify_changed("company", first)
    second = create_company(demo_ws, CompanyInput("Zweite Werkstatt", 7), actor="Test")
    window.context.notify_changed("company", second)
    qtbot.waitUntil(lambda: not window.updating)
    labels = company_rows(window)
    assert all(any(label.startswith(name) for label in labels) for name in ("Erste", "Zweite"))
    assert window.select(NodeKind.COMPANY, second)


def test_a_click_while_the_tree_is_read_is_kept(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    companies = window.directory.companies()
    assert window.select(NodeKind.COMPANY, companies[0].id)
    window.context.notify_changed("company", companies[0].id)  # an edit of the shown company
    assert window.select(NodeKind.COMPANY, companies[1].id)  # the advisor clicks on meanwhile
    qtbot.waitUntil(lambda: not window.updating)
    assert window.company_overview.title.text() == companies[1].name


def test_switching_to_pseudonyms_reads_nothing_and_shows_no_name_afterwards(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)

    def no_read():  # type: ignore[no-untyped-def]
        raise AssertionError("the labels change, the data does not: nothing is read")

    window.directory.snapshot = no_read  # type: ignore[method-assign]
    window.action_pseudonyms.setChecked(True)
    qtbot.waitUntil(lambda: not window.updating)  # the demo's rows fit one slice, unless the machine is busy
    labels = [window.model.index(0, 0).data(), *visible_leaves(window)]
    assert "BM-01" in labels and not any("Weiß" in label for label in labels)
    window.action_pseudonyms.setChecked(False)
    qtbot.waitUntil(lambda: not window.updating)
    assert any("Weiß" in label for label in visible_leaves(window))


def hover_tooltip(window: MainWindow, shown: list[str]) -> None:
    """A tooltip asked for over the last visible row (a person's, with the tree expanded)."""
    view = window.tree
    index = view.indexAt(view.viewport().rect().topLeft())
    while view.indexBelow(index).isValid():
        index = view.indexBelow(index)
    center = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, center, view.viewport().mapToGlobal(center))
    QApplication.sendEvent(view.viewport(), event)
    if QToolTip.isVisible():
        shown.append(QToolTip.text())


def test_from_the_switch_on_no_name_is_painted_while_the_rows_are_relabelled_in_slices(
    qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At network scale the switch relabels in slices; from the moment it is asked for until the last slice is
    in, the tree is painted (each slice: a real paint of the viewport) with no row text; then the codes."""
    window = make_window(qtbot, demo_ws)
    window.tree.expandAll()  # the people's rows on screen
    own = window.tree.itemDelegate()
    names = [leaf.split(" (")[0] for leaf in visible_leaves(window)]  # "Weiß, Jörg (BM-01)"
    painted: list[str] = []
    initialise = BlankLabels.initStyleOption

    def recorded(self: BlankLabels, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        initialise(self, option, index)
        painted.append(option.text)

    monkeypatch.setattr(BlankLabels, "initStyleOption", recorded)
    shown: list[str] = []
    window.filling.budget_s = 0.0  # every step a slice of its own, as with 6,000 people
    window.action_pseudonyms.setChecked(True)
    assert window.updating and isinstance(window.tree.itemDelegate(), BlankLabels)
    slices = 0
    while window.updating:
        window.tree.viewport().grab()  # paints every visible row through the view's delegate
        hover_tooltip(window, shown)
        QApplication.processEvents()  # the next slice
        slices += 1
    assert slices > 1 and painted and set(painted) == {""}  # rows were painted, none with its text
    assert shown == []  # and no row's tooltip (its label) came up
    qtbot.waitUntil(lambda: window.tree.itemDelegate() is own)
    labels = [window.model.index(0, 0).data(), *visible_leaves(window)]
    assert "BM-01" in labels and not any(name in label for name in names for label in labels)
    window.tree.viewport().grab()  # the view's own delegate paints the codes
