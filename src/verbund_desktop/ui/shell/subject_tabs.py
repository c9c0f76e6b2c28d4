"""The tab widget of a selected company or person: only the visible tab is built and told the subject.

Selecting a company used to build every tab and load every one of them, hidden ones too (the report tab
alone computed the whole company report). Now a selection tells only the tab on screen; the others are marked
out of date and catch up when they are shown. A tab is built on its first show (its module is imported then).
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QTabWidget, QWidget

from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.shell.feature_tabs import FeatureTab


class _PendingTab(QWidget):
    """Placeholder of a feature tab that has not been shown yet."""

    def __init__(self, feature: FeatureTab) -> None:
        super().__init__()
        self.feature = feature


class SubjectTabs(QTabWidget):
    """„Überblick“ (kept up to date by the window) and the feature tabs, each told the subject when shown."""

    def __init__(
        self, context: WorkspaceContext, overview_title: str, overview: QWidget, features: list[FeatureTab]
    ) -> None:
        super().__init__()
        self.context = context
        self.setDocumentMode(True)
        # Fusion draws unselected tabs lower and clips the dots of a capital umlaut („Überblick“).
        self.tabBar().setStyleSheet("QTabBar::tab { padding: 6px 12px 4px 12px; }")
        self.addTab(overview, overview_title)
        for feature in features:
            self.addTab(_PendingTab(feature), feature.title)
        self.subject: uuid.UUID | None = None
        self._stale: set[int] = set()
        self.currentChanged.connect(self._bring_current_up_to_date)

    def set_subject(self, ident: uuid.UUID) -> None:
        """Show ``ident``: the visible tab loads it now, every other tab when it is shown next."""
        self.subject = ident
        self._stale = set(range(1, self.count()))
        self._bring_current_up_to_date()

    def widget(self, index: int) -> QWidget | None:
        """The tab at ``index``, built now if it was not yet (it still learns its subject when shown)."""
        found = super().widget(index)
        if isinstance(found, _PendingTab):
            return self._realize(index, found, tell=False)
        return found

    def is_built(self, index: int) -> bool:
        return not isinstance(super().widget(index), _PendingTab)

    def is_stale(self, index: int) -> bool:
        """True when the tab at ``index`` has not been told the current subject yet (built or not)."""
        return index in self._stale

    def _bring_current_up_to_date(self, *_args: object) -> None:
        index = self.currentIndex()
        if self.subject is None or index not in self._stale:
            return
        self._stale.discard(index)
        widget = super().widget(index)
        if isinstance(widget, _PendingTab):
            self._realize(index, widget)
        elif widget is not None:
            _tell(widget, self.subject)

    def _realize(self, index: int, pending: _PendingTab, *, tell: bool = True) -> QWidget:
        """Build a tab on first show and put it in place of its placeholder. It learns its subject before it
        is shown, so its own show handling (loading, focus) sees the subject."""
        title, widget = pending.feature.create(self.context)
        if tell and self.subject is not None:
            _tell(widget, self.subject)
        current = self.currentIndex()
        self.blockSignals(True)
        try:
            self.removeTab(index)
            self.insertTab(index, widget, title)
            self.setCurrentIndex(current)
        finally:
            self.blockSignals(False)
        pending.deleteLater()
        return widget


def _tell(widget: QWidget, subject: uuid.UUID) -> None:
    setter = getattr(widget, "set_subject", None)
    if setter is not None:
        setter(subject)
