"""The directory tree changes only the rows that differ: no model reset, untouched rows keep their items."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPersistentModelIndex
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
