"""The UI-thread stall detector sees the event loop blocked: at demo size on the main actions, and an injected
stall. No timing of the actions is asserted (that depends on the machine); the detector itself is checked."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.common.stall_detector import StallDetector

STALL = 0.3


def test_the_detector_records_the_main_actions_and_sees_an_injected_300_ms_stall(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    window = make_window(qtbot, demo_ws)
    detector = StallDetector(interval_ms=5)
    detector.start()
    company = window.directory.companies()[0]
    person = window.directory.employees()[0]
    assert window.select("company", company.id)
    tabs = window.company_tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Bericht"))
    assert window.select("employee", person.id)
    qtbot.keyClick(window.tree, Qt.Key.Key_F5)
    qtbot.wait(50)
    seen = detector.stats()
    assert seen.ticks > 0 and seen.max >= 0 and seen.p99 <= seen.max

    detector.reset()
    QTimer.singleShot(0, lambda: time.sleep(STALL))  # the UI thread blocked as by a slow query
    qtbot.waitUntil(lambda: bool(detector.gaps) and max(detector.gaps) >= STALL * 0.9)
    detector.stop()
    stats = detector.stats()
    assert stats.max >= STALL * 0.9 and stats.max == max(detector.gaps)
    assert QApplication.activeModalWidget() is None


def test_the_detector_ticks_while_running_and_reset_forgets_the_gaps(qtbot: QtBot) -> None:
    detector = StallDetector(interval_ms=5)
    detector.start()
    qtbot.wait(100)
    detector.stop()
    assert detector.stats().ticks > 0
    detector.reset()
    assert detector.gaps == []
