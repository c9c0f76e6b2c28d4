"""Issue 14 (branch messages2): joint courses, follow-ups, funding input, erasure and consent, backups and file
failures say in English what they refuse in the English UI, and exactly the same German as before in German.

Each test does what the advisor does through the service the screen calls and reads the refusal as the UI
shows it (``user_message``, as ``run_action`` and ``show_failure`` do)."""

from __future__ import annotations

import errno
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.services.network.test_joint_courses import ACTOR, START, _draft
from tests.support.offers import OPENQCAT_FULL
from tests.ui.keyboard import type_text
from tests.ui.shell.test_translations import ENGLISH, Install, language  # noqa: F401 (the fixture)
from verbund_desktop.assessment.errors import UserError
from verbund_desktop.assessment.esco import read_esco_concepts
from verbund_desktop.assessment.funding import FundingInput, estimate_funding
from verbund_desktop.assessment.funding_rules import read_json_document
from verbund_desktop.assessment.network_terms import CourseStatus
from verbund_desktop.assessment.openqcat import read_openqcat
from verbund_desktop.files import failure_reason
from verbund_desktop.persistence.backup import create_backup
from verbund_desktop.persistence.backup_verify import verify_backup
from verbund_desktop.persistence.errors import describe_failure, failure_sentence
from verbund_desktop.persistence.models import ConsentRecord
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.follow_ups import set_interval_months
from verbund_desktop.services.network.funder_report import parse_period
from verbund_desktop.services.network.joint_courses import create_joint_course, set_course_status
from verbund_desktop.services.offers.catalogue_import import import_offer_file
from verbund_desktop.services.offers.offer_review import (
    ChosenCompetence,
    confirm_offer_competences,
    offers_to_review,
)
from verbund_desktop.services.protection import privacy, retention
from verbund_desktop.services.protection.erasure import StaleReviewError
from verbund_desktop.services.sync.client import parse_address
from verbund_desktop.services.sync.conflicts import resolve_conflict
from verbund_desktop.services.sync.sync_file import import_sync_file
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.common.service_messages import ui_message, user_message
from verbund_desktop.ui.sync.connect_dialog import ConnectDialog


def refusal(action: object) -> UserError:
    with pytest.raises(UserError) as caught:
        action()  # type: ignore[operator]
    return caught.value


def both(exc: UserError, install: Install) -> tuple[str, str]:
    """The refusal as the German UI and as the English UI show it."""
    german = user_message(exc)
    assert german == str(exc)  # the German UI (and the CLI) show the text exactly as raised
    translators = install(QLocale(ENGLISH))
    english = user_message(exc)
    for translator in translators:  # back to the German UI for the next step
        QCoreApplication.removeTranslator(translator)
    assert user_message(exc) == german
    return german, english


def test_joint_course_refusals(ws: Workspace, language: Install) -> None:  # noqa: F811
    negative = refusal(lambda: create_joint_course(ws, _draft(ws, hours=Decimal(-1)), actor=ACTOR))
    assert both(negative, language) == (
        "Die Stundenzahl darf nicht negativ sein.",
        "The number of hours must not be negative.",
    )
    course = create_joint_course(ws, _draft(ws, min_seats=2), actor=ACTOR)
    too_few = refusal(lambda: set_course_status(ws, course, CourseStatus.CONFIRMED, actor=ACTOR))
    assert both(too_few, language) == (
        "Bestätigt werden kann die Verbundmaßnahme erst mit 2 bestätigten Plätzen (bisher 0).",
        "The joint course can only be confirmed with 2 confirmed seats (so far 0).",
    )
    skipped = refusal(lambda: set_course_status(ws, course, CourseStatus.COMPLETED, actor=ACTOR))
    assert both(skipped, language) == (
        "Eine Verbundmaßnahme, die in Planung ist, kann nicht abgeschlossen werden.",
        "A joint course that is in planning cannot become completed.",
    )


def test_follow_up_interval_refused(ws: Workspace, language: Install) -> None:  # noqa: F811
    assert both(refusal(lambda: set_interval_months(ws, 40, actor=ACTOR)), language) == (
        "Der Abstand des Nachgesprächs muss zwischen 1 und 36 Monaten liegen.",
        "The interval of the follow-up must be between 1 and 36 months.",
    )


def test_impossible_funding_input_names_every_problem(language: Install) -> None:  # noqa: F811
    impossible = FundingInput(
        start=START,
        company_size=Decimal(30),
        age=90,
        hours=Decimal(-1),
        course_cost=Decimal(2000),
        qualification_year=2030,
        last_funding=date(2027, 6, 1),
    )
    german, english = both(refusal(lambda: estimate_funding(impossible)), language)
    assert german == (
        "Die Angaben sind nicht möglich: Die Stundenzahl darf nicht negativ sein. Das Alter 90 ist nicht "
        "möglich (erlaubt: 14 bis 80 Jahre). Das Abschlussjahr 2030 liegt nach dem Maßnahmebeginn (01.03.2027). "
        "Das Ende der letzten geförderten Teilnahme (01.06.2027) liegt nach dem Maßnahmebeginn (01.03.2027)."
    )
    assert english == (
        "The details are not possible: The number of hours must not be negative. The age 90 is not possible "
        "(allowed: 14 to 80 years). The year of qualification 2030 lies after the start of the course "
        "(01/03/2027). The end of the last funded participation (01/06/2027) lies after the start of the "
        "course (01/03/2027)."
    )


def test_consent_and_erasure_refusals(ws: Workspace, language: Install) -> None:  # noqa: F811
    with ws.unit_of_work() as uow:
        consent = uow.session.scalars(select(ConsentRecord.id).where(ConsentRecord.status == "given")).first()
    assert consent is not None
    future = refusal(
        lambda: privacy.withdraw_consent(
            ws, actor=ACTOR, consent_id=consent, on=date(2027, 2, 1), today=date(2027, 1, 4)
        )
    )
    assert both(future, language) == (
        "Das Datum 01.02.2027 liegt in der Zukunft.",
        "The date 01/02/2027 lies in the future.",
    )
    unconfirmed = refusal(lambda: retention.erase_past_retention(ws, actor=ACTOR, ids=[], confirmation="ja"))
    assert both(unconfirmed, language) == (
        "Zur Bestätigung bitte „LÖSCHEN“ eingeben.",
        "To confirm, please type “LÖSCHEN”.",
    )
    stale = StaleReviewError(
        "Mindestens eine geprüfte Erwähnung steht nicht mehr an derselben Stelle; die Texte wurden seit "
        "der Prüfung geändert. Es wurde nichts gelöscht. Bitte die Löschung neu beginnen."
    )
    assert isinstance(stale, UserError)  # shown as it is, not as an internal error
    assert both(stale, language)[1].startswith("At least one reviewed mention is no longer in the same place")


def test_backup_refusals(ws: Workspace, tmp_path: Path, language: Install) -> None:  # noqa: F811
    taken = tmp_path / "sicherung.db"
    taken.write_bytes(b"schon da")
    exists = refusal(lambda: create_backup(ws, taken))
    assert both(exists, language) == (
        f"„{taken}“ gibt es schon; eine vorhandene Datei wird nicht überschrieben.",
        f"“{taken}” already exists; an existing file is not overwritten.",
    )
    assert taken.read_bytes() == b"schon da"
    missing = tmp_path / "fehlt.db"
    assert both(refusal(lambda: verify_backup(missing, None)), language) == (
        f"Die Sicherung „{missing}“ gibt es nicht.",
        f"The backup “{missing}” does not exist.",
    )
    empty = tmp_path / "leer.db"
    empty.write_bytes(b"")
    assert both(refusal(lambda: verify_backup(empty, None)), language)[1] == (
        "“leer.db” is empty or truncated and not a backup."
    )


def test_why_a_file_operation_failed_in_english(qapp: object, language: Install) -> None:  # noqa: F811
    language(QLocale(ENGLISH))
    assert ui_message(failure_reason(OSError(errno.ENOSPC, "No space left"))) == "the disk is full"
    assert ui_message(failure_sentence(RuntimeError("kaputt"), "demo.db")) == (
        "An unexpected database error occurred while accessing “demo.db”."
    )


def test_sync_file_and_conflict_refusals(ws: Workspace, tmp_path: Path, language: Install) -> None:  # noqa: F811
    garbage = tmp_path / "buero.vbsync"
    garbage.write_bytes(b"keine Sync-Datei")
    assert both(refusal(lambda: import_sync_file(ws, garbage)), language)[1] == (
        "This workspace is not connected to the coordination office yet; without its keys there is no sync "
        "file. Please use “Connect to the coordination office” first."
    )
    gone = refusal(lambda: resolve_conflict(ws, str(uuid.uuid4()), "mine", actor=ACTOR))
    assert both(gone, language) == (
        "Diesen Konflikt gibt es nicht mehr; er wurde schon gelöst oder die Daten wurden gelöscht.",
        "This conflict no longer exists; it was already resolved or the data were deleted.",
    )
    assert ui_message(refusal(lambda: parse_address("buero:viele")).messages[0]) == (
        "Der Port der Adresse ist keine gültige Zahl."  # the German UI
    )


def test_the_english_connect_dialog_refuses_a_plain_http_address(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text))
    )
    language(QLocale(ENGLISH))
    dialog = ConnectDialog(WorkspaceContext(demo_ws, "Beraterin B"))
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.address, "http://buero.example.de")
    qtbot.mouseClick(dialog.fetch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["The address must begin with “https://” or name only the host and port."]
    assert dialog.certificate is None


def test_a_full_disk_is_explained_in_english(qapp: object, language: Install) -> None:  # noqa: F811
    described = describe_failure(OSError(errno.ENOSPC, "No space left on device"), "demo.db")
    assert isinstance(described, UserError)
    assert user_message(described).startswith("Der Datenträger mit „demo.db“ ist voll.")
    language(QLocale(ENGLISH))
    assert user_message(described) == (
        "The disk holding “demo.db” is full. Please make room and try again. What was saved before is kept; "
        "the last step was not saved."
    )


def test_a_bad_esco_file_and_period_are_refused_in_english(language: Install) -> None:  # noqa: F811
    bad = refusal(lambda: read_esco_concepts(b"conceptUri;name\nx;y\n", "skills_de.csv"))
    german, english = both(bad, language)
    assert german.startswith(
        "Die Datei „skills_de.csv“ wurde nicht eingelesen, es wurde nichts geändert:\n– Zeile 1: Spalten fehlen: "
    )
    assert english.startswith(
        "The file “skills_de.csv” was not imported; nothing was changed:\n– Row 1: columns missing: "
    )
    assert both(refusal(lambda: parse_period("2026-12..2026-01")), language) == (
        "Das Ende des Zeitraums liegt vor seinem Beginn.",
        "The end of the period lies before its start.",
    )


def test_a_file_that_is_no_openqcat_is_refused_in_english(language: Install) -> None:  # noqa: F811
    german, english = both(refusal(lambda: read_openqcat(b"<KATALOG/>", "kurse.xml")), language)
    assert german.endswith(
        "– Zeile 1: Das Wurzelelement „KATALOG“ ist kein openQCAT-Katalog (erwartet: OPENQCAT)."
    )
    assert english == (
        "The file “kurse.xml” was not imported; nothing was changed:\n"
        "– Line 1: the root element “KATALOG” is not an openQCAT catalogue (expected: OPENQCAT)."
    )


def test_reviewing_an_offer_refuses_impossible_levels_in_english(ws: Workspace, language: Install) -> None:  # noqa: F811
    import_offer_file(ws, OPENQCAT_FULL, actor=ACTOR, today=date.today())
    item = offers_to_review(ws)[0]
    choice = item.choices[0]
    wrong = [ChosenCompetence(choice.competence_id, 3, 3)]
    german, english = both(
        refusal(lambda: confirm_offer_competences(ws, item.offer_id, wrong, actor=ACTOR)), language
    )
    assert "muss die Ausgangsstufe kleiner als die Zielstufe sein" in german
    assert english.startswith("For “") and "the starting level must be lower than the target level" in english


def test_a_rule_set_file_that_is_no_json_is_refused_in_english(tmp_path: Path, language: Install) -> None:  # noqa: F811
    broken = tmp_path / "regelwerk.json"
    broken.write_text("[1, 2", encoding="utf-8")
    german, english = both(refusal(lambda: read_json_document(broken, "rule-set.schema.json")), language)
    assert german.startswith("Die Datei „regelwerk.json“ enthält kein gültiges JSON: ")
    assert english.startswith("The file “regelwerk.json” contains no valid JSON: ")
