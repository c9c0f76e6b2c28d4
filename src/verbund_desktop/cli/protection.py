"""``verbund backup|restore|passwd|export-person|erase-person``: protecting the data on the command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from verbund_desktop.assessment.german import format_datetime
from verbund_desktop.cli.common import CliError, database_path, open_for_cli, passphrase_for
from verbund_desktop.files import ensure_private_dir, failure_reason, is_plain_sqlite

if TYPE_CHECKING:
    from collections.abc import Sequence

    from verbund_desktop.persistence.workspace import Workspace
    from verbund_desktop.services.protection.erasure import KnownDocument
    from verbund_desktop.services.protection.text_scrub import UndecidedMention

_DB_HELP = "Datenbankdatei (sonst VERBUND_DB, sonst die Datei im Benutzer-Datenordner)."


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the protection commands to ``verbund``."""
    backup = subparsers.add_parser(
        "backup",
        help="Sicherung des Arbeitsbereichs in eine Datei schreiben (verschlüsselt wie das Original).",
    )
    _db(backup)
    backup.add_argument("--out", type=Path, required=True, metavar="DATEI", help="Neue Sicherungsdatei.")
    backup.set_defaults(func=_cmd_backup)

    restore = subparsers.add_parser(
        "restore",
        help="Arbeitsbereich aus einer Sicherung wiederherstellen; der bisherige Stand wird aufbewahrt.",
    )
    _db(restore)
    restore.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        metavar="DATEI",
        help="Die Sicherungsdatei. Hat sie eine frühere Passphrase: VERBUND_BACKUP_PASSPHRASE. Der "
        "wiederhergestellte Arbeitsbereich hat immer die jetzige Passphrase (VERBUND_PASSPHRASE).",
    )
    restore.set_defaults(func=_cmd_restore)

    passwd = subparsers.add_parser(
        "passwd",
        help="Passphrase ändern (neue aus VERBUND_NEW_PASSPHRASE oder Abfrage); "
        "einen unverschlüsselten Arbeitsbereich verschlüsseln.",
    )
    _db(passwd)
    passwd.set_defaults(func=_cmd_passwd)

    export = subparsers.add_parser(
        "export-person", help="Auskunft nach Art. 15 DSGVO zu einer Person als JSON und PDF schreiben."
    )
    _db(export)
    export.add_argument("--employee", required=True, metavar="ID", help="ID oder Pseudonym-Code der Person.")
    export.add_argument("--out", type=Path, required=True, metavar="ORDNER", help="Zielordner.")
    export.set_defaults(func=_cmd_export_person)

    erase = subparsers.add_parser(
        "erase-person", help="Eine Person mit allen ihren Daten endgültig löschen (Art. 17 DSGVO)."
    )
    _db(erase)
    erase.add_argument("--employee", required=True, metavar="ID", help="ID oder Pseudonym-Code der Person.")
    erase.add_argument("--yes", action="store_true", help="Die Löschung bestätigen (sie ist endgültig).")
    erase.add_argument(
        "--alle-erwaehnungen",
        action="store_true",
        dest="all_mentions",
        help="Auch die unsicheren Erwähnungen ersetzen (nur der Vorname, nur der Nachname, Namensgleichheit). "
        "Ohne diese Angabe werden sie aufgelistet und bleiben stehen.",
    )
    erase.set_defaults(func=_cmd_erase_person)


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="PFAD", help=_DB_HELP)


def _existing_db(args: argparse.Namespace) -> Path:

    path = database_path(args)
    if not path.exists():
        raise CliError(f"Die Datenbank „{path}“ gibt es nicht.")
    return path


def _actor(ws: Workspace) -> str:
    from verbund_desktop.services.organisation.directory import Directory

    name = Directory(ws).current_advisor_name()
    return f"{name} (Kommandozeile)" if name else "Kommandozeile"


def _cmd_backup(args: argparse.Namespace) -> int:
    from verbund_desktop.persistence.backup import create_backup

    _existing_db(args)
    out = Path(args.out)
    if out.exists():
        raise CliError(f"„{out}“ gibt es schon; eine vorhandene Datei wird nicht überschrieben.")
    ws = open_for_cli(args, reading=True)  # a consistent copy needs no writer lock
    try:
        result = create_backup(ws, out)
    finally:
        ws.close()
    state = "verschlüsselt" if result.encrypted else "NICHT verschlüsselt"
    print(f"Sicherung geschrieben und geprüft ({state}, Schema {result.revision}): {out}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from verbund_desktop.persistence.restore import restore_backup
    from verbund_desktop.services.workspace.check import encryption_text
    from verbund_desktop.services.workspace.workspace_service import CLI_PROGRAM

    path = database_path(args)
    source = Path(args.source)
    if not source.is_file():
        raise CliError(f"Die Sicherung „{source}“ gibt es nicht.")
    current = _current_passphrase(path)
    backup_key = os.environ.get("VERBUND_BACKUP_PASSPHRASE") or current or passphrase_for(source)
    # The same service as the desktop restore: the result always has the workspace's current passphrase.
    result = restore_backup(path, source, backup_key, target_passphrase=current, program=CLI_PROGRAM)
    print(f"Wiederhergestellt aus „{source}“ (Schema {result.revision}): {path}")
    if result.protection_note():
        print(result.protection_note())
    print(encryption_text(not is_plain_sqlite(path)))
    if result.aside is not None:
        print(f"Der bisherige Stand wurde aufbewahrt: {result.aside}")
    return 0


def _current_passphrase(path: Path) -> str | None:
    """The passphrase the restored workspace will have: the one that opens the current workspace.

    None for an unencrypted workspace (the backup then keeps its own protection). Without a workspace file,
    VERBUND_PASSPHRASE (if set) becomes the passphrase.
    """
    from verbund_desktop.persistence.rekey import verify_passphrase

    if not path.exists():
        return os.environ.get("VERBUND_PASSPHRASE") or None
    try:
        if path.stat().st_size == 0 or is_plain_sqlite(path):
            return None
    except OSError as exc:
        raise CliError(f"„{path}“ kann nicht gelesen werden: {failure_reason(exc)}.") from exc
    current = passphrase_for(path)
    if current is None or not verify_passphrase(path, current):
        raise CliError(
            f"Die Passphrase öffnet den jetzigen Arbeitsbereich „{path.name}“ nicht (oder er ist beschädigt). "
            "Der wiederhergestellte Arbeitsbereich bekäme sonst eine unbekannte Passphrase; es wurde nichts "
            "geändert. Ist die Datei beschädigt, bitte sie beiseitelegen und dann wiederherstellen."
        )
    return current


def new_passphrase() -> str:
    """The new passphrase from VERBUND_NEW_PASSPHRASE, else typed twice on the terminal."""
    from verbund_desktop.persistence.rekey import passphrase_problem

    env = os.environ.get("VERBUND_NEW_PASSPHRASE")
    if env is not None:
        problem = passphrase_problem(env)
        if problem:
            raise CliError(f"VERBUND_NEW_PASSPHRASE: {problem}")
        return env
    if not sys.stdin.isatty():
        raise CliError(
            "Keine neue Passphrase: bitte VERBUND_NEW_PASSPHRASE setzen oder im Terminal aufrufen."
        )
    first = getpass.getpass("Neue Passphrase: ")
    problem = passphrase_problem(first)
    if problem:
        raise CliError(problem)
    if getpass.getpass("Neue Passphrase wiederholen: ") != first:
        raise CliError("Die beiden Eingaben stimmen nicht überein.")
    return first


def _cmd_passwd(args: argparse.Namespace) -> int:
    from verbund_desktop.persistence.rekey import change_passphrase, encrypt_workspace
    from verbund_desktop.services.workspace.workspace_service import CLI_PROGRAM, open_existing

    path = _existing_db(args)
    old = passphrase_for(path)
    new = new_passphrase()  # a refused new passphrase must leave the file untouched: checked before the open
    ws = open_existing(path, old, program=CLI_PROGRAM)
    try:
        if old is None:
            encrypt_workspace(ws, new)
            print(f"Der Arbeitsbereich ist jetzt verschlüsselt: {path}")
            print("Hinweis: Sicherungen von vorher sind weiterhin unverschlüsselt; bitte löschen.")
            return 0
        change = change_passphrase(ws, old, new)
    finally:
        ws.close()
    print(f"Passphrase geändert: {path}")
    print(f"Sicherungen mit neuer Passphrase: {change.backups_rekeyed}")
    for skipped in change.backups_skipped:
        print(f"Nicht umgeschlüsselt (andere Passphrase): {skipped}")
    return 0


def _cmd_export_person(args: argparse.Namespace) -> int:
    from verbund_desktop.services.organisation.directory import Directory, find_employee
    from verbund_desktop.services.protection.person_data import export_person

    out = Path(args.out)
    try:
        ensure_private_dir(out)
    except OSError as exc:
        raise CliError(f"Der Ordner „{out}“ kann nicht angelegt werden: {failure_reason(exc)}.") from exc
    ws = open_for_cli(args)
    try:
        employee_id = find_employee(ws, args.employee)
        network = Directory(ws).network()
        files = export_person(
            ws, employee_id, out, actor=_actor(ws), network_name=network.name if network else ""
        )
    finally:
        ws.close()
    print(f"Auskunft (JSON): {files.json_path}")
    print(f"Auskunft (PDF):  {files.pdf_path}")
    return 0


def _cmd_erase_person(args: argparse.Namespace) -> int:
    """Without ``--yes`` only the review: unsure mentions and known files, nothing changes (exit 1). With
    ``--yes`` the erasure; unsure mentions stay as written unless ``--alle-erwaehnungen`` is given."""
    from verbund_desktop.services.organisation.directory import find_employee
    from verbund_desktop.services.protection.erasure import erase_person, erasure_preview

    ws = open_for_cli(args)
    try:
        employee_id = find_employee(ws, args.employee)
        if not args.yes:
            preview = erasure_preview(ws, employee_id)
            heading = (
                "mit --yes --alle-erwaehnungen werden sie ersetzt"
                if args.all_mentions
                else "sie bleiben stehen, außer mit --alle-erwaehnungen"
            )
            _print_review(preview.undecided, preview.documents, heading)
            raise CliError("Die Löschung ist endgültig. Zur Bestätigung bitte --yes angeben.")
        result = erase_person(ws, actor=_actor(ws), employee_id=employee_id, approve_all=args.all_mentions)
    finally:
        ws.close()
    removed = result.removed
    print(
        f"Person gelöscht: {removed.assessments} Kompetenzgespräche, {removed.ratings} Bewertungen, "
        f"{removed.plans} Entwicklungspläne, {removed.consent_records} Einwilligungen; "
        f"{removed.audit_events_scrubbed} Protokolleinträge bereinigt, "
        f"{removed.text_mentions} Erwähnungen in Texten ersetzt."
    )
    _print_review(result.undecided_left, result.documents, "sie sind stehen geblieben")
    print("Hinweis: Ältere Sicherungen enthalten die Person noch, bis sie durch neue ersetzt sind.")
    return 0


def _print_review(
    undecided: Sequence[UndecidedMention], documents: Sequence[KnownDocument], heading: str
) -> None:
    from verbund_desktop.services.protection.erasure import REASON_LABELS

    if undecided:
        print(f"Unsichere Erwähnungen ({len(undecided)}; {heading}):")
        for u in undecided:
            print(f"  {u.ref.place}: „…{u.before}[{u.ref.text}]{u.after}…“ – {REASON_LABELS[u.reason]}")
    if documents:
        print("Dateien zur Person, die das Programm erstellt hat (bitte ebenfalls löschen):")
        for doc in documents:
            for path in doc.files or ("Ablageort unbekannt",):
                print(f"  {format_datetime(doc.at)} · {doc.kind}: {path}")
