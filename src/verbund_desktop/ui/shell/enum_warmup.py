"""Create the main window's PySide6 enum types while the passphrase dialog waits, on the UI thread, in slices.

PySide6 creates a class's Python enum types the first time the class is taken from its module (≈ 2.5 ms per
class under load, ≈ 130 enum types for the main window: most of its build time). Taking those classes
beforehand, while the person types the passphrase, moves that cost out of the window build.

Everything runs on the UI thread, in turns of the event loop (a 0 ms timer; a few classes per turn, ≈ 4 ms at
most plus one class; a class with many enums in a turn of its own), so no keystroke waits long and no second
thread ever creates a Qt type (that lazy creation runs Python code and is not documented as thread-safe).
While the background imports
(``preload``) are still running, the warm-up waits for them instead of racing them, and it never imports a
module itself: a class whose module is not loaded yet is skipped. It starts (after the background imports
are begun) on the turn after the dialog is first painted and stops by itself when the list is done.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from verbund_desktop.ui.common.painted import PaintedDialog
from verbund_desktop.ui.shell import preload
from verbund_desktop.ui.shell.window_enums import WINDOW_ENUMS

if TYPE_CHECKING:  # QEvent (≈ 180 enum members) only where a widget other than a PaintedDialog is watched
    from PySide6.QtCore import QEvent

BUDGET_S = 0.004
# A class with this many enum types (QStyle: 11, ≈ 8 ms) is taken at the start of a turn, alone.
HEAVY_CLASS = 6
WAIT_FOR_PRELOAD_MS = 25


def touch(module: str, qualname: str) -> bool:
    """Take ``module.qualname`` (creating it and its class's enums); False when the module is not loaded."""
    target: object | None = sys.modules.get(module)
    if target is None:
        return False
    for part in qualname.split("."):
        target = getattr(target, part, None)
        if target is None:
            return False
    return True


def by_owner(entries: Iterable[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """(module, owner class, how many of its enum types are listed): taking the class creates them all."""
    counts: Counter[tuple[str, str]] = Counter()
    for module, qualname in entries:
        counts[module, qualname.rpartition(".")[0] or qualname] += 1
    return [(module, owner, count) for (module, owner), count in counts.items()]


class EnumWarmup(QObject):
    """Takes the classes of ``entries`` a slice per turn of the event loop, then stops; ``start`` again does
    nothing. ``touched`` counts the classes taken."""

    def __init__(
        self,
        entries: Iterable[tuple[str, str]] = WINDOW_ENUMS,
        *,
        budget_s: float = BUDGET_S,
        busy: Callable[[], bool] = preload.running,
    ) -> None:
        super().__init__()
        self.budget_s = budget_s
        self._busy = busy
        self._pending = by_owner(entries)[::-1]  # popped from the end: in the list's order
        self._started = False
        self.turns = 0
        self.touched = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def done(self) -> bool:
        return self._started and not self._pending

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self._timer.start()

    def _turn(self) -> None:
        if self._busy():  # the preload thread still imports (and creates Qt types): do not race it
            self._timer.setInterval(WAIT_FOR_PRELOAD_MS)
            return
        self._timer.setInterval(0)
        self.turns += 1
        end = time.perf_counter() + self.budget_s
        taken = 0
        while self._pending:
            module, owner, count = self._pending[-1]
            if taken and count >= HEAVY_CLASS:  # one class's enums cannot be split: give it a turn of its own
                break
            self._pending.pop()
            self.touched += touch(module, owner)
            taken += 1
            if count >= HEAVY_CLASS or time.perf_counter() >= end:
                break
        if not self._pending:
            self._timer.stop()


class _StartWhenPainted(QObject):
    """Starts the background imports (``preload``) and then the warm-up on the next turn after ``dialog`` is
    first painted, so neither delays the dialog on screen: the import thread holds the GIL most of the time,
    and begun before the dialog it took ≈ 25 ms from the dialog's own set-up (paired runs, 2026-12-03). A
    ``PaintedDialog`` says so itself; any other widget is watched with an event filter, which costs the
    first dialog's ``show()`` a few ms (``ui/common/painted.py``)."""

    def __init__(self, dialog: QWidget, warmup: EnumWarmup) -> None:
        super().__init__(dialog)
        self._warmup = warmup
        self._dialog: PaintedDialog | None = None
        if isinstance(dialog, PaintedDialog):
            self._dialog = dialog
            dialog.painted.connect(self._painted)
        else:
            dialog.installEventFilter(self)

    def _painted(self) -> None:
        if self._dialog is not None:
            self._dialog.painted.disconnect(self._painted)
            self._dialog = None
            QTimer.singleShot(0, self._begin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._begin)
        return False

    def _begin(self) -> None:
        preload.start()  # first: the warm-up waits while it runs
        self._warmup.start()


_warmup: EnumWarmup | None = None


def warm_while_shown(dialog: QWidget) -> None:
    """Once ``dialog`` is on screen (its first paint), start the background imports and warm the main
    window's enums (once per process). A start that shows no dialog begins the imports where it opens
    (``launcher``)."""
    global _warmup
    if not isinstance(dialog, QObject):  # a scripted stand-in (tests): nothing is shown
        return
    if _warmup is None:
        _warmup = EnumWarmup()
    if not _warmup.done:
        _StartWhenPainted(dialog, _warmup)
