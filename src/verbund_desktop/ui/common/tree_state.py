"""Keeping a tree as the person left it across a model reset (F5, an edit elsewhere): expansion, selection, width."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtWidgets import QSplitter, QTreeView, QWidget


@dataclass
class TreeState:
    expanded: set[str] = field(default_factory=set)
    current: str | None = None
    scroll: int = 0
    splitter_sizes: list[int] = field(default_factory=list)


def _rows(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[QModelIndex]:
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)


def capture(tree: QTreeView, id_role: int) -> TreeState:
    model = tree.model()
    state = TreeState(
        expanded={str(i.data(id_role)) for i in _rows(model, QModelIndex()) if tree.isExpanded(i)},
        scroll=tree.verticalScrollBar().value(),
    )
    current = tree.currentIndex()
    if current.isValid():
        state.current = str(current.data(id_role))
    splitter = _splitter_of(tree)
    if splitter is not None:
        state.splitter_sizes = splitter.sizes()
    return state


def restore(tree: QTreeView, state: TreeState, id_role: int) -> None:
    """Expand and select the rows that still exist; a first load (nothing captured) shows the top level open."""
    model = tree.model()
    if not state.expanded and state.current is None:
        tree.expandToDepth(0)
    current = QModelIndex()
    for index in _rows(model, QModelIndex()):
        ident = str(index.data(id_role))
        if ident in state.expanded:
            tree.setExpanded(index, True)
        if ident == state.current:
            current = index
    if current.isValid():
        tree.setCurrentIndex(current)
    tree.verticalScrollBar().setValue(state.scroll)
    splitter = _splitter_of(tree)
    if splitter is not None and state.splitter_sizes:
        splitter.setSizes(state.splitter_sizes)


def _splitter_of(widget: QWidget) -> QSplitter | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QSplitter):
        parent = parent.parentWidget()
    return parent


@contextmanager
def kept(tree: QTreeView, id_role: int) -> Iterator[TreeState]:
    """``with kept(tree, ID_ROLE): model.reset(...)`` – the tree looks as before, where its rows still exist."""
    state = capture(tree, id_role)
    yield state
    restore(tree, state, id_role)
