"""Extras → Förderregelwerk laden: a corrected rule set from the office, or a clear refusal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.windows import make_window
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.resources import resource_path
from verbund_desktop.services.funding.funding_rules_store import loaded_rule_sets
from verbund_desktop.ui.common import operations
from verbund_desktop.ui.funding import funding_rules_menu


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(funding_rules_menu.QMessageBox, "information", record)
    monkeypatch.setattr(operations.QMessageBox, "warning", record)
    return shown


def load(qtbot: QtBot, window: Any, path: Path) -> Any:
    """Load through the menu's job and wait for its end; the result, or None when it was refused."""
    job = window.funding_rules.load(path)
    assert job is not None
    qtbot.waitUntil(lambda: job.done)
    return window.funding_rules.loaded if job.outcome == "finished" else None


def test_the_menu_offers_loading_and_reset(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    texts = [a.text() for a in window.protection.menu.actions()]
    assert "Förderregelwerk &laden …" in texts and "Förderregelwerke zurück&setzen" in texts


def test_loading_a_corrected_set_says_what_it_replaces(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, boxes: list[str]
) -> None:
    window = make_window(qtbot, demo_ws)
    doc = json.loads(resource_path("funding", "sgb3-82-2024.json").read_text("utf-8"))
    doc["title"] = "§ 82 SGB III (Korrektur 2026)"
    path = tmp_path / "korrektur.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    loaded = load(qtbot, window, path)
    assert loaded is not None
    assert "Korrektur 2026" in boxes[-1] and "ersetzt das mitgelieferte Regelwerk" in boxes[-1]
    assert window.saved_label.text().startswith("Gespeichert")
    assert window.funding_rules.reset() == 1
    assert loaded_rule_sets(demo_ws) == []


def test_a_broken_file_is_refused_with_a_german_message(
    qtbot: QtBot, demo_ws: Workspace, tmp_path: Path, boxes: list[str]
) -> None:
    window = make_window(qtbot, demo_ws)
    path = tmp_path / "kaputt.json"
    path.write_text('{"key": "x"}', encoding="utf-8")
    assert load(qtbot, window, path) is None
    assert "entspricht nicht dem Schema" in boxes[-1]
    assert loaded_rule_sets(demo_ws) == []
