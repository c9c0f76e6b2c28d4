"""The read-only list table of ui/common/tables: what the Datenschutz tab and the restore dialog rely on."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView
from pytestqt.qtbot import QtBot

from verbund_desktop.ui.common.tables import list_table, set_rows


def test_a_list_table_selects_one_whole_row_and_cannot_be_edited(qtbot: QtBot) -> None:
    table = list_table(["Art", "Erstellt", "Datei"], stretch=2)
    qtbot.addWidget(table)
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == [
        "Art",
        "Erstellt",
        "Datei",
    ]
    assert table.rowCount() == 0
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.verticalHeader().isHidden()
    assert table.horizontalHeader().sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    assert table.horizontalHeader().sectionResizeMode(0) != QHeaderView.ResizeMode.Stretch


def test_set_rows_replaces_every_row_with_its_texts(qtbot: QtBot) -> None:
    table = list_table(["Zweck", "Status"], stretch=0)
    qtbot.addWidget(table)
    set_rows(table, [("Kompetenzerhebung", "gültig"), ("Förderantrag", "widerrufen"), ("Verbund", "gültig")])
    set_rows(table, [("Förderantrag", "widerrufen"), ("Verbund", "gültig")])
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert cells == [["Förderantrag", "widerrufen"], ["Verbund", "gültig"]]
    set_rows(table, [])
    assert table.rowCount() == 0
