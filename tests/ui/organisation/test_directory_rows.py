"""The directory tree changes only the rows that differ: no model reset, untouched rows keep their items."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.ui.organisation.directory_model import ID_ROLE, DirectoryModel


def labels(model: DirectoryModel) -> list[list[str]]:
    root = model.index(0, 0)
    out = []
    for r in range(model.rowCount(root)):
        company = model.index(r, 0, root)
        out.append(
            [company.data()] + [model.index(k, 0, company).data() for k in range(model.rowCount(company))]
        )
    return out


def test_an_edit_updates_its_rows_and_leaves_the_others_alone(
    qtbot: QtBot, qtmodeltester: object, demo_ws: Workspace
) -> None:
    directory = Directory(demo_ws)
    network, companies, people = directory.network(), directory.companies(), directory.employees()
    model = DirectoryModel()
    model.set_directory(network, companies, people)
    fresh = DirectoryModel()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    root = model.index(0, 0)
    kept = QPersistentModelIndex(model.index(0, 0, model.index(1, 0, root)))  # a person of the 2nd company
    kept_id = kept.data(ID_ROLE)

    renamed = dataclasses.replace(people[0], last_name="Zuletzt")  # moves within its company
    gone = people[-1]
    edited = [renamed, *[p for p in people[1:] if p.id != gone.id]]
    model.set_directory(network, companies, edited)
    fresh.set_directory(network, companies, edited)
    assert resets == [] and labels(model) == labels(fresh)
    assert kept.isValid() and kept.data(ID_ROLE) == kept_id
    model.set_directory(network, companies[1:], people)  # a company gone, a person back
    fresh.set_directory(network, companies[1:], people)
    assert resets == [] and labels(model) == labels(fresh)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_filled_in_slices_the_tree_is_the_same_and_valid_between_slices(
    qtbot: QtBot, qtmodeltester: object, demo_ws: Workspace
) -> None:
    """At network scale the rows are set in slices between turns of the event loop (F5, the first fill);
    with no time budget at all every step is a slice of its own, and the end result is the one-go result."""
    from verbund_desktop.ui.common.sliced import Sliced

    directory = Directory(demo_ws)
    network, companies, people = directory.network(), directory.companies(), directory.employees()
    whole = DirectoryModel()
    whole.set_directory(network, companies, people)
    model = DirectoryModel()
    sliced = Sliced(budget_s=0)
    done: list[bool] = []
    sliced.start(model.fill_steps(network, companies, people), lambda: done.append(True))
    assert sliced.running and not done  # the first slice only: the rest after the event loop turned
    qtbot.waitUntil(lambda: bool(done))
    assert labels(model) == labels(whole) and not sliced.running
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    renamed = dataclasses.replace(people[0], last_name="Zuletzt")
    sliced.start(model.fill_steps(network, companies, [renamed, *people[1:]]))
    sliced.start(model.fill_steps(network, companies, people))  # a newer update drops the rest of the older
    sliced.finish()
    assert labels(model) == labels(whole) and not sliced.running


def test_a_relabelled_row_changes_in_one_notice_and_keeps_its_identity(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    """Switching to pseudonyms relabels every person: one dataChanged per row (the sorted, filtered proxy
    re-sorts and re-filters a row per notice), every role set, the row's kind and id kept."""
    from verbund_desktop.ui.organisation.directory_model import KIND_ROLE, SEARCH_ROLE

    directory = Directory(demo_ws)
    network, companies, people = directory.network(), directory.companies(), directory.employees()
    model = DirectoryModel()
    model.set_directory(network, companies, people)
    notices: list[object] = []
    model.dataChanged.connect(lambda *args: notices.append(args))
    model.set_directory(network, companies, people, pseudonymised=True)
    assert len(notices) == len(people)
    fresh = DirectoryModel()
    fresh.set_directory(network, companies, people, pseudonymised=True)
    assert labels(model) == labels(fresh)
    root = model.index(0, 0)
    for r in range(model.rowCount(root)):
        company = model.index(r, 0, root)
        for k in range(model.rowCount(company)):
            mine, theirs = model.index(k, 0, company), fresh.index(k, 0, fresh.index(r, 0, fresh.index(0, 0)))
            for role in (ID_ROLE, KIND_ROLE, SEARCH_ROLE, Qt.ItemDataRole.ToolTipRole):
                assert mine.data(role) == theirs.data(role)
