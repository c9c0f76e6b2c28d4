"""The tree's rows painted without their text while its labels are being replaced (the switch to pseudonyms).

The switch relabels every person in slices (``ui/common/sliced.py``), so the window stays responsive at network
scale; meanwhile no row's text is painted, so no name stays on screen once codes were asked for. The view gets
its own delegate back when the relabelling is done, or at the first paint after it, should the end's callback
have been dropped for a newer fill.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QToolTip


class BlankLabels(QStyledItemDelegate):
    """Installed on ``view`` at once; paints rows without text, and shows no tooltip (the label), while ``busy()``."""

    def __init__(self, view: QAbstractItemView, busy: Callable[[], bool]) -> None:
        super().__init__(view)
        self._view, self._busy = view, busy
        self._own = view.itemDelegate()
        view.setItemDelegate(self)
        view.viewport().update()

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self._busy():
            option.text = ""
        else:
            QTimer.singleShot(0, self.release)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if self._busy() and event.type() == QEvent.Type.ToolTip:
            QToolTip.hideText()
            return True  # handled: a row not relabelled yet would show its name
        return super().helpEvent(event, view, option, index)

    def release(self) -> None:
        """The view's own delegate back (once)."""
        if self._view.itemDelegate() is self:
            self._view.setItemDelegate(self._own)
            self._view.viewport().update()
            self.deleteLater()
