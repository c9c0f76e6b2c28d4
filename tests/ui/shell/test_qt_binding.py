"""The Qt binding must not corrupt the interpreter: PySide6 6.12.0 under CPython 3.11 lost a reference to None on
every void method call, and the program aborted after a few thousand calls (painting one PDF page is ~2,000)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(1_000):  # 2,000 calls: a leak shows clearly, yet stays below an abort
        label.setText(str(i % 7))
        label.setWindowTitle("Entwicklungsplan")
    # A few references may come and go with unrelated objects; a leak per call would show as ~2,000.
    assert abs(sys.getrefcount(None) - before) < 100
