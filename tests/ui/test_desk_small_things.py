"""Small things that cost time (issue 14, seventh item)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.common import folders


def test_open_dialogs_start_in_documents_then_in_the_last_folder(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_ws)
    chosen = tmp_path / "Regeln" / "foerderregeln-2027.json"
    chosen.parent.mkdir()
    chosen.write_text("{}", encoding="utf-8")
    starts: list[str] = []

    def dialog(_parent: object, _title: str, start: str, *_args: Any) -> tuple[str, str]:
        starts.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.funding_rules.load()  # „Förderregelwerk laden …“; the file is refused, the folder remembered
    window.funding_rules.load()
    assert starts == [str(folders.documents_folder()), str(chosen.parent)]
