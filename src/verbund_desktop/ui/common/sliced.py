"""UI-thread work in slices: a generator's steps run until a time budget is used up, then the event loop turns
(repaint, input, the stall detector's timer) before the next slice.

Filling the directory tree with 6,000 people is about half a second of Qt calls that must happen on the UI
thread; in slices no turn of the event loop waits longer than the budget plus one step. The first slice runs
at once, so small work (the demo) is done when ``start`` returns.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer

BUDGET_S = 0.03


class Sliced(QObject):
    """Runs one generator at a time; ``start`` with another one drops the unfinished rest of the first."""

    def __init__(self, parent: QObject | None = None, budget_s: float = BUDGET_S) -> None:
        super().__init__(parent)
        self.budget_s = budget_s
        self._steps: Iterator[object] | None = None
        self._done: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    @property
    def running(self) -> bool:
        return self._steps is not None

    def start(self, steps: Iterator[object], done: Callable[[], object] | None = None) -> None:
        self._timer.stop()
        self._steps, self._done = steps, done
        self._turn()

    def finish(self) -> None:
        """Run the remaining steps now (before something needs the whole result)."""
        self._timer.stop()
        self.budget_s, budget = float("inf"), self.budget_s
        try:
            self._turn()
        finally:
            self.budget_s = budget

    def _turn(self) -> None:
        steps = self._steps
        if steps is None:
            return
        deadline = time.perf_counter() + self.budget_s
        for _ in steps:
            if time.perf_counter() >= deadline:
                self._timer.start()
                return
        self._steps = None
        done, self._done = self._done, None
        if done is not None:
            done()
