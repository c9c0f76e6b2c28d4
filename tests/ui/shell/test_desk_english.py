"""Issue 14 (branch desk5): the sentences of the advisor's desk that were still German in the English UI.

Each test does what the advisor does where the UI shows the sentence and reads the box as the UI shows it, in
the English UI and in the German one (which says exactly what it said before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from tests.ui.protection.test_audit_words import prompts  # noqa: F401 (the fixture)
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher

FOREIGN_FILES = {
    "Entwicklungsplan.pdf": (b"%PDF-1.4\n", "a PDF document", "ein PDF-Dokument"),
    "Logo.png": (b"\x89PNG\r\n\x1a\n", "a picture", "ein Bild"),
    "Liste.xlsx": (
        b"PK\x03\x04",
        "a ZIP archive or an Office document",
        "ein ZIP-Archiv oder Office-Dokument",
    ),
    "Notizen.txt": (b"Notizen zum Besuch\n", "a text file", "eine Textdatei"),
}


def _foreign(tmp_path: Path, name: str) -> Path:
    head = FOREIGN_FILES[name][0]
    path = tmp_path / name
    path.write_bytes(head + (b"x" * 40 if name.endswith(".txt") else bytes(range(256)) * 7))
    return path


@pytest.mark.parametrize("name", sorted(FOREIGN_FILES))
def test_a_foreign_file_chosen_as_workspace_is_explained_in_english(
    tmp_path: Path,
    language: Install,  # noqa: F811
    prompts: dict[str, list[str]],  # noqa: F811
    name: str,
) -> None:
    language(QLocale(ENGLISH))
    path = _foreign(tmp_path, name)
    before = path.read_bytes()
    assert WorkspaceLauncher().open_path(path) is None
    assert prompts["warning"] == [
        f"“{name}” is not a Verbund Desktop workspace (the file is {FOREIGN_FILES[name][1]}). Please choose "
        "the workspace's file (usually ending in .db). The chosen file was not changed."
    ]
    assert path.read_bytes() == before and prompts["restore"] == []


def test_a_file_of_unknown_kind_is_explained_in_english(
    tmp_path: Path,
    language: Install,  # noqa: F811
    prompts: dict[str, list[str]],  # noqa: F811
) -> None:
    language(QLocale(ENGLISH))
    path = tmp_path / "kaputt.db"
    path.write_bytes(bytes(range(256)) * 3)  # random-looking, but no whole number of database pages
    assert WorkspaceLauncher().open_path(path) is None
    assert prompts["warning"] == [
        "“kaputt.db” is not a Verbund Desktop workspace. Please choose the workspace's file (usually ending in "
        ".db). The chosen file was not changed."
    ]


@pytest.mark.parametrize("name", sorted(FOREIGN_FILES))
def test_the_same_files_in_the_german_ui(
    tmp_path: Path,
    prompts: dict[str, list[str]],  # noqa: F811
    name: str,
) -> None:
    path = _foreign(tmp_path, name)
    assert WorkspaceLauncher().open_path(path) is None
    assert prompts["warning"] == [
        f"„{name}“ ist kein Arbeitsbereich von Verbund Desktop (die Datei ist {FOREIGN_FILES[name][2]}). Bitte "
        "die Datei des Arbeitsbereichs wählen (meist mit der Endung .db). Die gewählte Datei wurde nicht verändert."
    ]
