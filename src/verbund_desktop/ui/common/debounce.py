"""Debounced input: act on what was typed once the typing pauses, not on every key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

# Short enough to feel immediate, long enough that a word typed at speed filters once instead of per key.
TYPING_PAUSE_MS = 150


class Debounced(QObject):
    """``push(text)`` on every change; ``action(text)`` runs with the latest text after ``delay_ms`` of quiet.
    ``flush()`` runs a pending action at once (Enter must act on everything typed so far)."""

    def __init__(
        self, action: Callable[[str], None], delay_ms: int = TYPING_PAUSE_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.action = action
        self._text = ""
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._pending

    def push(self, text: str) -> None:
        self._text = text
        self._pending = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._pending:
            self._pending = False
            self.action(self._text)
