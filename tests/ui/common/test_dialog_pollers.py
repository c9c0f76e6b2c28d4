"""The tests' dialog pollers (tests/ui/dialogs.py) end with their test: one whose dialog never opened is named
(tests/ui/conftest.py fails its test) and never answers a later dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.dialogs import stop_pollers, when_modal


def test_a_poller_whose_dialog_never_opened_is_named_and_answers_no_later_box(qtbot: QtBot) -> None:
    stale: list[str] = []
    when_modal(QMessageBox, lambda box: (stale.append(box.text()), box.accept()))
    QApplication.processEvents()  # it polls: no box yet
    left = stop_pollers()  # as after the test that armed it
    assert len(left) == 1 and "QMessageBox poller armed at" in left[0] and "test_dialog_pollers.py" in left[0]
    mine: list[str] = []
    when_modal(QMessageBox, lambda box: (mine.append(box.text()), box.accept()))
    QMessageBox.information(None, "Verbund Desktop", "Die Sperre wurde übernommen.")
    assert mine == ["Die Sperre wurde übernommen."] and stale == []
    assert stop_pollers() == []  # a poller that acted is done
