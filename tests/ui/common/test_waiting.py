"""Issue 14: slow actions ran without feedback. Every action through ``run_action`` (imports, exports, sync
files, rule sets …) shows a wait cursor and what it is doing in the status bar, and clears both afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.windows import make_window
from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.funding import funding_rules_store


def _seen(window: object) -> tuple[Qt.CursorShape | None, str]:
    cursor = QApplication.overrideCursor()
    return (cursor.shape() if cursor is not None else None), window.statusBar().currentMessage()  # type: ignore[attr-defined]


def test_loading_a_rule_set_shows_that_it_is_working(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rule set loads in a job (issue 11): the status bar names it while it runs, then clears."""
    from tests.ui.common.test_cancelled_jobs import Gate
    from verbund_desktop.ui.common.job_indicator import JobIndicator

    window = make_window(qtbot, demo_ws)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise UserError("Die Datei ist kein Förderregelwerk.")

    gate = Gate(refuse)
    monkeypatch.setattr(funding_rules_store, "import_rule_set", gate)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    rules = tmp_path / "regeln.json"
    rules.write_text("{}", encoding="utf-8")
    job = window.funding_rules.load(rules)  # „Extras › Förderregelwerk laden …“
    assert job is not None
    qtbot.waitUntil(gate.reached.is_set)
    indicator = window.statusBar().findChild(JobIndicator)
    assert indicator is not None and indicator.isVisible()
    assert "Förderregelwerk wird geladen" in indicator.label.text()
    gate.opened.set()
    qtbot.waitUntil(lambda: job.done)
    assert job.outcome == "failed" and warnings == ["Die Datei ist kein Förderregelwerk."]
    assert indicator.isHidden() and QApplication.overrideCursor() is None  # nothing left behind


def test_saving_a_pdf_from_the_preview_shows_that_it_is_working(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verbund_desktop.ui.printing import print_preview

    window = make_window(qtbot, demo_ws)
    during: list[tuple[Qt.CursorShape | None, str]] = []
    real_write = print_preview.write_pdf

    def write(path: Path, data: bytes) -> Path:
        during.append(_seen(window))
        return real_write(path, data)

    monkeypatch.setattr(print_preview, "write_pdf", write)
    monkeypatch.setattr(print_preview, "choose_save_path", lambda _parent, name: tmp_path / name)
    written = print_preview.save_document(window, "plan.pdf", lambda: b"%PDF-1.4\n%%EOF\n")
    assert written == tmp_path / "plan.pdf" and written.read_bytes().startswith(b"%PDF")
    assert during == [(Qt.CursorShape.WaitCursor, "Wird gespeichert …")]
    assert _seen(window) == (None, "")
