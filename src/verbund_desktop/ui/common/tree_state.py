"""Keeping a tree as the person left it across a model reset (F5, an edit elsewhere): expansion, selection, width."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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


def _rows(
    model: QAbstractItemModel, parent: QModelIndex, descend: Callable[[QModelIndex], bool]
) -> Iterator[QModelIndex]:
    """The rows below ``parent``, and below each row that ``descend`` accepts (the rows inside collapsed
    ones cannot be expanded on screen: skipping them keeps this proportional to what is open)."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        if descend(index):
            yield from _rows(model, index, descend)


def capture(tree: QTreeView, id_role: int) -> TreeState:
    model = tree.model()
    state = TreeState(
        expanded={
            str(i.data(id_role)) for i in _rows(model, QModelIndex(), tree.isExpanded) if tree.isExpanded(i)
        },
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
    for index in _rows(model, QModelIndex(), lambda i: str(i.data(id_role)) in state.expanded):
        ident = str(index.data(id_role))
        if ident in state.expanded:
            tree.setExpanded(index, True)
        if ident == state.current:
            current = index
    if not current.isValid() and state.current is not None:  # selected inside a collapsed row
        current = next(
            (
                i
                for i in _rows(model, QModelIndex(), lambda _i: True)
                if str(i.data(id_role)) == state.current
            ),
            QModelIndex(),
        )
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
