"""Issue 14: save dialogs started in the program's folder and forgot the last one. Every file dialog now starts
in the folder last used for its purpose (the preview's „Als PDF speichern“ too), each purpose on its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from verbund_desktop.ui.common import folders
from verbund_desktop.ui.printing import batch_print, print_preview


class FakeDialogs:
    """Stands in for the native dialogs: records where each one started, answers with ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[str] = []
        self.answer = ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._folder)

    def _file(self, _parent: Any, _title: str, start: str, _filter: str = "") -> tuple[str, str]:
        self.started.append(start)
        return self.answer, ""

    def _folder(self, _parent: Any, _title: str, start: str) -> str:
        self.started.append(start)
        return self.answer


def test_the_preview_save_dialog_starts_where_the_last_pdf_went(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = FakeDialogs(monkeypatch)
    first = print_preview.choose_save_path(None, "Plan BM-02.pdf")  # cancelled: nothing remembered
    assert first is None
    assert Path(dialogs.started[0]) == folders.documents_folder() / "Plan BM-02.pdf"

    (tmp_path / "Kunden" / "Bäckerei").mkdir(parents=True)
    dialogs.answer = str(tmp_path / "Kunden" / "Bäckerei" / "Plan BM-02")
    saved = print_preview.choose_save_path(None, "Plan BM-02.pdf")
    assert saved == tmp_path / "Kunden" / "Bäckerei" / "Plan BM-02.pdf"  # the suffix is added

    dialogs.answer = ""
    print_preview.choose_save_path(None, "Plan BM-03.pdf")
    assert Path(dialogs.started[-1]) == tmp_path / "Kunden" / "Bäckerei" / "Plan BM-03.pdf"


def test_each_purpose_keeps_its_own_folder(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = FakeDialogs(monkeypatch)
    plans, offers = tmp_path / "Pläne", tmp_path / "Angebote"
    plans.mkdir()
    offers.mkdir()
    dialogs.answer = str(plans)
    assert batch_print.choose_folder(None) == plans
    dialogs.answer = str(offers / "katalog.xml")
    assert folders.open_file(None, "offers", "Angebote importieren") == offers / "katalog.xml"

    dialogs.answer = ""
    batch_print.choose_folder(None)
    folders.open_file(None, "offers", "Angebote importieren")
    print_preview.choose_save_path(None, "x.pdf")
    assert [Path(p) for p in dialogs.started[-3:]] == [plans, offers, folders.documents_folder() / "x.pdf"]


def test_a_vanished_folder_falls_back_to_the_default(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = FakeDialogs(monkeypatch)
    gone = tmp_path / "USB-Stick"
    gone.mkdir()
    folders.remember("backup", gone / "sicherung.db")
    gone.rmdir()
    folders.open_file(None, "backup", "Sicherung wählen", default=tmp_path)
    assert Path(dialogs.started[-1]) == tmp_path
