"""The app's open of damaged, read-only and locked files: no traceback, the message that names the cause, the
restore offer, and not a byte of the file changed."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.support.damage import flip_bit, folder_state, read_only, truncate, zero_tail
from verbund_desktop.services.workspace.demo import create_demo_workspace
from verbund_desktop.ui.shell import launcher as launcher_module
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher

KEY = "Sweep-Passphrase 1"


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("open-sweep") / "demo.db"
    create_demo_workspace(path, KEY).close()
    return path.read_bytes()


class Offers:
    """Stands in for the restore offer and the warning box (both modal) and keeps their messages."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def offer_restore(self, _parent: object, _path: Path, message: str, **_kw: object) -> bool:
        self.messages.append(message)
        return False

    def warning(self, _parent: object, _title: str, message: str, *_a: object) -> None:
        self.messages.append(message)


class Cancelled:
    """The passphrase dialog, asked again after a failed open: keeps the reason it shows, then is cancelled."""

    def __init__(self, box: Offers, _name: str, error: str = "", *_args: object) -> None:
        if error:
            box.messages.append(error)

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Rejected


@pytest.fixture
def offers(monkeypatch: pytest.MonkeyPatch) -> Offers:
    box = Offers()
    monkeypatch.setenv("VERBUND_PASSPHRASE", KEY)
    monkeypatch.setattr(launcher_module, "offer_restore", box.offer_restore)
    monkeypatch.setattr(launcher_module.QMessageBox, "warning", box.warning)
    monkeypatch.setattr(launcher_module, "PassphraseDialog", functools.partial(Cancelled, box))
    return box


def open_variant(folder: Path, data: bytes, offers: Offers) -> tuple[object, str]:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "demo.db"
    db.write_bytes(data)
    before = folder_state(folder)
    offers.messages.clear()
    ws = WorkspaceLauncher().open_path(db)
    message = offers.messages[-1] if offers.messages else ""
    if ws is not None:
        ws.close()  # type: ignore[attr-defined]
        return ws, message
    assert folder_state(folder) == before  # a file that did not open is unchanged
    return None, message


OPEN_PARTS = 4


@pytest.mark.parametrize("part", range(OPEN_PARTS))
def test_damaged_files_are_named_and_offer_a_restore(
    part: int, qtbot: QtBot, offers: Offers, original: bytes, tmp_path: Path, derived_once: None
) -> None:
    """A bit flipped in every page, a cut at every page boundary, zeroed tails: opened as the program opens."""
    pages = len(original) // 4096
    mine = range(part, pages, OPEN_PARTS)
    variants = {f"bit in page {p}": flip_bit(original, p) for p in mine}
    variants |= {f"cut after {p} pages": truncate(original, p) for p in mine}
    if part == 0:
        variants |= {f"last {p} pages zeroed": zero_tail(original, p) for p in (1, 64)}
    failed = 0
    for name, data in variants.items():
        ws, message = open_variant(tmp_path / name.replace(" ", "_"), data, offers)
        if ws is not None:
            continue  # the damage is in pages that opening does not read; `verbund check` finds it
        failed += 1
        assert "beschädigt" in message or "abgeschnitten" in message, (name, message)
        assert "SQL" not in message and "sqlite" not in message.lower() and "interner Fehler" not in message
    assert failed >= len(mine)  # every cut fails to open, at the least


def test_a_read_only_folder_is_not_a_wrong_passphrase(
    qtbot: QtBot, offers: Offers, original: bytes, tmp_path: Path
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "demo.db").write_bytes(original)
    before = folder_state(folder)
    with read_only(folder):
        ws = WorkspaceLauncher().open_path(folder / "demo.db")
    assert ws is None
    assert "schreibgeschützt" in offers.messages[-1] and "Passphrase" not in offers.messages[-1]
    assert folder_state(folder) == before


def test_damage_met_while_the_window_loads_offers_a_restore_instead_of_a_crash(
    qtbot: QtBot, offers: Offers, original: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from verbund_desktop.ui.shell import app as app_module

    db = tmp_path / "demo.db"
    db.write_bytes(original)
    ws = WorkspaceLauncher().open_path(db)
    assert ws is not None

    def damaged_window(_ws: object, **_kwargs: object) -> None:
        raise sqlcipher3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(app_module, "main_window_class", lambda: damaged_window)
    monkeypatch.setattr(app_module, "offer_restore", offers.offer_restore)
    assert app_module.first_window(ws) is None
    assert "beschädigt" in offers.messages[-1]
