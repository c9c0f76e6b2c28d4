"""A UI-thread stall detector: a fast timer on the event loop records how late each tick comes.

The timer asks to fire every ``interval_ms``; when the UI thread is busy (a query, a layout, a long Python
loop) the tick comes late, and the lateness is how long the window could not repaint or react. The detector
keeps every gap, so a benchmark reports their p99 and maximum, and a test can inject a stall and see it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer


@dataclass(frozen=True)
class StallStats:
    ticks: int
    p99: float  # seconds the event loop was blocked beyond the timer interval, 99th percentile
    max: float


def _percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))]


class StallDetector(QObject):
    """Records the gaps in the UI thread's event loop while running (``start``/``stop``/``reset``)."""

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval = interval_ms / 1000
        self.gaps: list[float] = []
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._tick()  # a stall still running when stopped counts too
        self._last = None

    def reset(self) -> None:
        self.gaps.clear()
        if self._last is not None:
            self._last = time.perf_counter()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append(max(0.0, now - self._last - self.interval))
        self._last = now

    def stats(self) -> StallStats:
        return StallStats(len(self.gaps), _percentile(self.gaps, 99), max(self.gaps, default=0.0))
