"""Issue 14 (branch english4): the last German sentences of the English UI — the workspace and lock messages of
``persistence/``, an OS failure reason without a German text, the contents of rule-set files, a sync file of another program version — said in English in the English UI and exactly as
before in the German UI.

Each test does what the advisor does where the UI shows it (opens a workspace another program holds, opens a
file of a newer program version, loads a rule-set file with bad rules) and reads the box as the UI shows it."""

from __future__ import annotations

import errno
import json
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.sync.harness import Office, value
from tests.sync.test_sync_file import Keys, answer, edit, enrolled, laptop_side
from tests.ui.funding.test_funding_rules_menu import load
from tests.ui.shell.test_damaged_open import Offers, offers  # noqa: F401 (the fixture)
from tests.ui.shell.test_main_window import make_window
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from verbund_desktop.assessment.errors import Message, failure_message
from verbund_desktop.persistence.errors import WorkspaceError, WorkspaceLockedError
from verbund_desktop.persistence.workspace import Workspace, folder_failure
from verbund_desktop.persistence.writer_lock import LockHolder, WriterLock, acquire, stale_takeover_message
from verbund_desktop.resources import resource_path
from verbund_desktop.services.funding.funding_rules_store import loaded_rule_sets
from verbund_desktop.services.planning.printing import PrintError
from verbund_desktop.services.sync.outbox import sync_counts
from verbund_desktop.services.sync.sync_file import export_sync_file, import_sync_file
from verbund_desktop.services.workspace.demo import create_demo_workspace
from verbund_desktop.sync.sealed import FileKeys, SyncFileError, seal, unseal
from verbund_desktop.ui.common import operations
from verbund_desktop.ui.common.service_messages import ui_message, user_message
from verbund_desktop.ui.funding import funding_rules_menu
from verbund_desktop.ui.shell import instance
from verbund_desktop.ui.shell.launcher import WorkspaceLauncher

KEY = "Sweep-Passphrase 1"  # the passphrase of test_damaged_open's fixture
HOLDER = LockHolder(
    program="Verbund Desktop", host="LAPTOP-7", user="mkoch", pid=4711, since="2027-03-22T13:05:00+00:00"
)


def _local(since: str) -> tuple[str, str, str]:
    """The holder's time as the boxes show it: German day, English day, clock."""
    local = datetime.fromisoformat(since).astimezone()
    return local.strftime("%d.%m.%Y"), local.strftime("%d/%m/%Y"), local.strftime("%H:%M")


@pytest.fixture
def locked_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the box „ist schon geöffnet“ (then closed: the advisor cancels)."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(instance.QMessageBox, "exec", exec_)
    return shown


@pytest.fixture
def rule_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the boxes of Extras → Förderregelwerk laden (its result, or its refusal)."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(funding_rules_menu.QMessageBox, "information", record)
    monkeypatch.setattr(operations.QMessageBox, "warning", record)
    return shown


def _open_held(tmp_path: Path) -> tuple[Path, WriterLock]:
    db = tmp_path / "demo.db"
    create_demo_workspace(db, KEY).close()
    return db, acquire(db, "Verbund Desktop")


def test_a_workspace_open_in_another_program_says_who_has_it_in_english(
    qtbot: QtBot,
    tmp_path: Path,
    language: Install,  # noqa: F811
    locked_boxes: list[str],
    offers: Offers,  # noqa: F811
) -> None:
    language(QLocale(ENGLISH))
    db, lock = _open_held(tmp_path)
    with lock:
        assert WorkspaceLauncher().open_path(db) is None
        _, day, clock = _local(lock.holder.since)
        assert locked_boxes[-1] == (
            f"“demo.db” is already open: Verbund Desktop on “{lock.holder.host}” (login “{lock.holder.user}”, "
            f"process {lock.holder.pid}, since {day} {clock}).\n\nA workspace can be edited in only one program "
            "at a time, so that no change is lost."
        )


def test_the_same_box_in_the_german_ui(
    qtbot: QtBot,
    tmp_path: Path,
    locked_boxes: list[str],
    offers: Offers,  # noqa: F811
) -> None:
    db, lock = _open_held(tmp_path)
    with lock:
        assert WorkspaceLauncher().open_path(db) is None
        day, _, clock = _local(lock.holder.since)
        assert locked_boxes[-1] == (
            f"„demo.db“ ist schon geöffnet: Verbund Desktop auf „{lock.holder.host}“ (Anmeldung "
            f"„{lock.holder.user}“, Prozess {lock.holder.pid}, seit {day} {clock} Uhr).\n\nEin Arbeitsbereich "
            "kann nur in einem Programm zugleich bearbeitet werden, damit keine Änderung verloren geht."
        )


def test_the_refused_lock_and_a_taken_over_lock_in_both_languages(
    qapp: object,
    tmp_path: Path,
    language: Install,  # noqa: F811
) -> None:
    db = tmp_path / "demo.db"
    with acquire(db, "Verbund Desktop"), pytest.raises(WorkspaceLockedError) as refused:
        acquire(db, "verbund (Kommandozeile)")
    german = str(refused.value)
    assert german.startswith("„demo.db“ ist gerade in Verbund Desktop auf „")
    assert german.endswith(
        " Uhr) geöffnet. Bitte dort schließen und es dann erneut versuchen. Es wurde nichts geändert."
    )
    stale = WriterLock(db, -1, HOLDER, HOLDER)
    german_day, english_day, clock = _local(HOLDER.since)
    notice = stale_takeover_message(stale)
    assert notice == (
        f"„demo.db“ war noch von Verbund Desktop auf „LAPTOP-7“ (Anmeldung „mkoch“, Prozess 4711, seit "
        f"{german_day} {clock} Uhr) gesperrt; dieses Programm läuft nicht mehr (abgestürzt oder ausgeschaltet). "
        "Die Sperre wurde übernommen. Bitte prüfen Sie die zuletzt eingegebenen Daten."
    )
    assert ui_message(notice) == notice  # the German UI shows it as raised
    language(QLocale(ENGLISH))
    english = user_message(refused.value)
    assert english.startswith("“demo.db” is open in Verbund Desktop on “")
    assert english.endswith(") right now. Please close it there and then try again. Nothing was changed.")
    assert "Anmeldung" not in english and "Uhr" not in english
    assert ui_message(notice) == (
        f"“demo.db” was still locked by Verbund Desktop on “LAPTOP-7” (login “mkoch”, process 4711, since "
        f"{english_day} {clock}); that program is no longer running (it crashed or was switched off). The lock "
        "was taken over. Please check the data entered last."
    )


def test_a_file_of_a_newer_program_version_is_refused_in_english(
    qtbot: QtBot,
    tmp_path: Path,
    language: Install,  # noqa: F811
    offers: Offers,  # noqa: F811
) -> None:
    db = tmp_path / "demo.db"
    create_demo_workspace(db, None).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zukunft9'")
    conn.close()
    assert WorkspaceLauncher().open_path(db) is None
    assert offers.messages[-1] == (
        "„demo.db“ wurde mit einer neueren Version von Verbund Desktop erstellt (Schema zukunft9). Bitte das "
        "Programm aktualisieren; die Datei bleibt unverändert."
    )
    language(QLocale(ENGLISH))
    assert WorkspaceLauncher().open_path(db) is None
    assert offers.messages[-1] == (
        "“demo.db” was created with a newer version of Verbund Desktop (schema zukunft9). Please update the "
        "program; the file stays unchanged."
    )


def test_an_os_reason_without_a_german_text_is_english_in_its_english_sentence(
    qapp: object,
    language: Install,  # noqa: F811
) -> None:
    exc = OSError(errno.ENODEV, "No such device")
    error = WorkspaceError(folder_failure(Path("/media/stick/verbund"), exc))
    german = "Der Ordner „/media/stick/verbund“ kann nicht angelegt werden: Systemmeldung „No such device“."
    assert str(error) == german and user_message(error) == german
    language(QLocale(ENGLISH))
    assert user_message(error) == (
        "The folder “/media/stick/verbund” cannot be created: system message “No such device”."
    )
    full = WorkspaceError(folder_failure(Path("/media/stick/verbund"), OSError(errno.ENOSPC, "No space")))
    assert str(failure_message(OSError(errno.ENOSPC, "x"))) == "der Datenträger ist voll"
    assert user_message(full) == "The folder “/media/stick/verbund” cannot be created: the disk is full."


def _rule_set_file(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    doc = json.loads(resource_path("funding", "sgb3-82-2024.json").read_text("utf-8"))
    change(doc)
    path = tmp_path / "korrektur.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _bad_rules(doc: dict[str, Any]) -> None:
    doc["course_cost_bands"][1]["from_employees"] = 60  # a gap after the first band
    doc["course_cost_bands"][0]["share"] = "1.5"
    doc["bonuses"][0]["valid_from"] = "2023-01-01"


def _against_the_schema(doc: dict[str, Any]) -> None:
    doc["course_cost_bands"][0]["share"] = 7


BAD_RULES_DE = (
    "Regelwerk „korrektur.json“ abgelehnt: Lehrgangskosten, Band 2: Es beginnt bei 60 Beschäftigten und lässt eine "
    "Lücke nach dem vorigen Band (erwartet: 50); Bänder müssen lückenlos bei 0 beginnen. Lehrgangskosten, Band 1: "
    "Der Anteil „share“ = 1.5 liegt nicht zwischen 0 und 1 (0 % bis 100 %). Der Zuschlag „training_agreement“ "
    "beginnt am 01.01.2023, außerhalb der Gültigkeit des Regelwerks (gültig ab 01.04.2024)."
)
BAD_RULES_EN = (
    "Rule set “korrektur.json” refused: Course costs, band 2: it starts at 60 employees and leaves a gap after the "
    "previous band (expected: 50); bands must start at 0 without gaps. Course costs, band 1: the share “share” = "
    "1.5 does not lie between 0 and 1 (0% to 100%). The bonus “training_agreement” starts on 01/01/2023, outside "
    "the validity of the rule set (valid from 01/04/2024)."
)


def test_a_rule_set_with_bad_rules_is_refused_in_both_languages(
    qtbot: QtBot,
    demo_ws: Workspace,
    tmp_path: Path,
    rule_boxes: list[str],
    language: Install,  # noqa: F811
) -> None:
    window = make_window(qtbot, demo_ws)
    path = _rule_set_file(tmp_path, _bad_rules)
    assert load(qtbot, window, path) is None
    assert rule_boxes[-1] == BAD_RULES_DE
    language(QLocale(ENGLISH))
    assert load(qtbot, window, path) is None
    assert rule_boxes[-1] == BAD_RULES_EN
    assert loaded_rule_sets(demo_ws) == []


def test_a_rule_set_against_the_schema_and_a_good_one_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    tmp_path: Path,
    rule_boxes: list[str],
    language: Install,  # noqa: F811
) -> None:
    window = make_window(qtbot, demo_ws)
    path = _rule_set_file(tmp_path, _against_the_schema)
    assert load(qtbot, window, path) is None
    assert rule_boxes[-1] == (
        "Die Datei „korrektur.json“ entspricht nicht dem Schema: Der Eintrag „course_cost_bands[0].share“ muss vom "
        "Typ Text sein, ist aber eine ganze Zahl."
    )
    language(QLocale(ENGLISH))
    assert load(qtbot, window, path) is None
    assert rule_boxes[-1] == (
        "The file “korrektur.json” does not match the schema: The entry “course_cost_bands[0].share” must be of "
        "the type text, but is an integer."
    )
    assert load(qtbot, window, _rule_set_file(tmp_path, lambda doc: None)) is not None
    assert "(valid from 01/04/2024)" in rule_boxes[-1] and "gültig" not in rule_boxes[-1]


def test_a_sync_file_of_another_program_version_says_so_in_both_languages(
    qapp: object,
    demo_template: Path,
    tmp_path: Path,
    language: Install,  # noqa: F811
) -> None:
    """The office's answer carries a field this program does not know (a newer office): the refusal names it
    instead of „Der Inhalt der Sync-Datei ist ungültig“, and nothing is changed."""
    keys, office = Keys(), Office(demo_template, tmp_path)
    ws = enrolled(demo_template, tmp_path, keys)
    try:
        edit(ws, "vom Laptop")
        reply = answer(office, keys, export_sync_file(ws, tmp_path / "f").path.read_bytes())
        replica = value(ws, "SELECT replica_id FROM sync_state")
        header, payload = unseal(reply, laptop_side(keys), me=replica, kind="to_laptop", last_seq=-1)
        payload["batch"]["neu"] = 1
        forged = tmp_path / "vom-buero.verbund-sync"
        forged.write_bytes(seal(header, payload, FileKeys(keys.key, keys.office, keys.laptop.public_key())))
        pending = sync_counts(ws).pending
        with pytest.raises(SyncFileError) as refused:
            import_sync_file(ws, forged)
        assert str(refused.value) == (
            "Die Sync-Datei ist ungültig: Abruf: Die Nachricht passt nicht zu dieser Programmversion (Felder: neu). "
            "Nichts wurde übernommen."
        )
        assert sync_counts(ws).pending == pending
        language(QLocale(ENGLISH))
        assert user_message(refused.value) == (
            "The sync file is invalid: Fetch: the message does not fit this version of the program (fields: neu). "
            "Nothing was taken over."
        )
    finally:
        ws.close()


def test_a_print_that_cannot_be_written_names_the_reason_in_english(
    qapp: object,
    language: Install,  # noqa: F811
) -> None:
    error = PrintError(
        Message(
            "„{path}“ kann nicht geschrieben werden: {reason}.",
            path="/media/stick/plan.pdf",
            reason=failure_message(OSError(errno.ENODEV, "No such device")),
        )
    )
    assert user_message(error) == (
        "„/media/stick/plan.pdf“ kann nicht geschrieben werden: Systemmeldung „No such device“."
    )
    language(QLocale(ENGLISH))
    assert (
        user_message(error) == "“/media/stick/plan.pdf” cannot be written: system message “No such device”."
    )
