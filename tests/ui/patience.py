"""Waiting for Qt without a speed bound: a wait ends when its condition holds; only a hang makes it fail.

pytest-qt gives every wait 5 s by default, which a busy 2-core machine can exceed (another test suite beside
this one, eight people on one machine). ``PatientQtBot`` waits up to ``PATIENCE_MS`` instead; it returns as
soon as the condition holds, so a fast machine is not slowed down, and a real hang still ends the test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

PATIENCE_MS = 240_000  # below pytest-timeout's 300 s, so a hang fails with pytest-qt's clear message


class PatientQtBot(QtBot):
    """``QtBot`` whose waits default to ``PATIENCE_MS``; an explicit ``timeout`` still wins."""

    def waitUntil(self, callback: Callable[[], bool | None], *, timeout: int = PATIENCE_MS) -> None:
        super().waitUntil(callback, timeout=timeout)

    def waitExposed(self, widget: QWidget, *, timeout: int = PATIENCE_MS) -> Any:
        return super().waitExposed(widget, timeout=timeout)

    def waitActive(self, widget: QWidget, *, timeout: int = PATIENCE_MS) -> Any:
        return super().waitActive(widget, timeout=timeout)

    def waitSignal(self, signal: SignalInstance, *, timeout: int = PATIENCE_MS, **kwargs: Any) -> Any:
        return super().waitSignal(signal, timeout=timeout, **kwargs)

    def waitSignals(self, signals: list[SignalInstance], *, timeout: int = PATIENCE_MS, **kwargs: Any) -> Any:
        return super().waitSignals(signals, timeout=timeout, **kwargs)

    def waitCallback(self, *, timeout: int = PATIENCE_MS, **kwargs: Any) -> Any:
        return super().waitCallback(timeout=timeout, **kwargs)
