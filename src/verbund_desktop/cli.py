"""The `verbund` command: the same services as the desktop program, for scripts and the office."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__, crash_dumps
from .assessment.passphrase_rule import passphrase_problem
from .cli_errors import CliError
from .paths import default_database_path
from .persistence.errors import WorkspaceError
from .persistence.workspace import Workspace

Handler = Callable[[argparse.Namespace], int]


class GermanHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "Aufruf: ")


class GermanArgumentParser(argparse.ArgumentParser):
    """argparse with German help and messages; usage errors exit 2 without a traceback."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", GermanHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "Angaben"
        self._optionals.title = "Optionen"
        self.add_argument("-h", "--help", action="help", help="Diese Hilfe zeigen und beenden.")

    def error(self, message: str) -> NoReturn:
        translations = {
            "the following arguments are required": "Diese Angaben fehlen",
            "unrecognized arguments": "Unbekannte Angaben",
            "invalid choice": "ungültige Auswahl",
            "expected one argument": "erwartet einen Wert",
            "invalid int value": "keine ganze Zahl",
            "not allowed with argument": "nicht zusammen erlaubt mit",
            "argument": "Angabe",
        }
        for en, de in translations.items():
            message = message.replace(en, de)
        self.print_usage(sys.stderr)
        self.exit(2, f"verbund: Fehler: {message}\n")


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PFAD",
        help="Datenbankdatei (sonst VERBUND_DB, sonst die Datei im Benutzer-Datenordner).",
    )


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_database_path()


def passphrase_for(path: Path, *, new: bool = False, unencrypted: bool = False) -> str | None:
    """The passphrase from VERBUND_PASSPHRASE, else asked for on the terminal; None only by explicit choice."""
    if unencrypted:
        return None
    env = os.environ.get("VERBUND_PASSPHRASE")
    if env is not None:
        if not env:
            raise CliError("VERBUND_PASSPHRASE ist leer; eine leere Passphrase ist nicht erlaubt.")
        if new:
            _refuse_weak(env, "VERBUND_PASSPHRASE: ")
        return env
    if not new and path.exists():
        from .persistence.engine import is_plain_sqlite

        try:
            if is_plain_sqlite(path):
                return None
        except OSError as exc:
            raise CliError(f"„{path}“ kann nicht gelesen werden: {exc.strerror}.") from exc
    if not sys.stdin.isatty():
        raise CliError(
            "Keine Passphrase: bitte VERBUND_PASSPHRASE setzen oder im Terminal aufrufen"
            + (" (oder --unverschluesselt wählen)." if new else ".")
        )
    first = getpass.getpass("Passphrase: ")
    if new:
        _refuse_weak(first)
        if getpass.getpass("Passphrase wiederholen: ") != first:
            raise CliError("Die beiden Eingaben stimmen nicht überein.")
    return first


def _refuse_weak(passphrase: str, prefix: str = "") -> None:
    """The app's passphrase rule (:mod:`.assessment.passphrase_rule`) for a new workspace."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise CliError(prefix + problem)


def open_for_cli(args: argparse.Namespace) -> Workspace:
    from .services.workspace_service import open_existing

    path = database_path(args)
    if not path.exists():
        raise CliError(f"Die Datenbank „{path}“ gibt es nicht. Mit „verbund demo --db {path}“ anlegen.")
    return open_existing(path, passphrase_for(path))


def _cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo import create_demo_workspace

    path = database_path(args)
    if path.exists():
        raise CliError(f"„{path}“ gibt es schon; die Demo überschreibt keine vorhandene Datei.")
    ws = create_demo_workspace(path, passphrase_for(path, new=True, unencrypted=args.unencrypted))
    ws.close()
    state = "unverschlüsselt" if args.unencrypted else "verschlüsselt"
    print(f"Demo-Arbeitsbereich angelegt ({state}): {path}")
    return 0


def _cmd_catalog_list(args: argparse.Namespace) -> int:
    from .assessment.catalog import builtin_catalogs

    for cat in builtin_catalogs():
        count = sum(1 for _ in cat.competences())
        print(f"{cat.key}\t{cat.version}\t{cat.name}\t{count} Kompetenzen\t{cat.licence}")
    return 0


def _cmd_catalog_show(args: argparse.Namespace) -> int:
    from .assessment.catalog import builtin_catalogs

    by_key = {c.key: c for c in builtin_catalogs()}
    cat = by_key.get(args.key)
    if cat is None:
        raise CliError(f"Unbekannter Katalog „{args.key}“. Vorhanden: {', '.join(sorted(by_key))}.")
    if args.json:
        print(json.dumps(cat.to_json_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{cat.name} – Version {cat.version}\nQuelle: {cat.source}\nLizenz: {cat.licence}\n")
    for lv in cat.levels:
        print(f"  Stufe {lv.value}: {lv.label_de}")
    for area in cat.areas:
        print(f"\n{area.code} {area.name_de}")
        for comp in area.competences:
            print(f"  {comp.code} {comp.name_de}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from .services.check import check_workspace, encryption_text

    ws = open_for_cli(args)
    try:
        report = check_workspace(ws)
    finally:
        ws.close()
    print(f"Datei: {ws.path}")
    print(encryption_text(report.encrypted))
    print(f"Schema-Stand: {report.revision} (Programm: {report.head})")
    print(f"Integritätsprüfung: {', '.join(report.integrity)}")
    print("Datensätze:")
    for table, count in report.counts.items():
        print(f"  {table}: {count}")
    if not report.ok:
        for problem in report.problems():
            print(f"Problem: {problem}", file=sys.stderr)
        return 1
    print("Keine Probleme gefunden.")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from .services.directory import Directory

    ws = open_for_cli(args)
    try:
        directory = Directory(ws)
        companies = directory.companies(include_archived=True)
        employees = directory.employees(include_archived=True) if args.what == "beschaeftigte" else []
    finally:
        ws.close()
    if args.what == "betriebe":
        for c in companies:
            print(f"{c.id}\t{c.name}\t{c.headcount} Beschäftigte\t{c.employee_count} erfasst")
    else:
        names = {c.id: c.name for c in companies}
        for e in employees:
            print(f"{e.id}\t{e.pseudonym_code}\t{e.display_name}\t{names.get(e.company_id, '')}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = GermanArgumentParser(
        prog="verbund",
        description="Verbund Desktop auf der Kommandozeile: Demo anlegen, Kataloge zeigen, Datenbank prüfen.",
        epilog="Die Datenbank: --db PFAD, sonst VERBUND_DB, sonst die Datei im Benutzer-Datenordner. "
        "Die Passphrase: VERBUND_PASSPHRASE, sonst Abfrage im Terminal.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"verbund {__version__}",
        help="Programmversion zeigen und beenden.",
    )
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser)
    sub.required = True

    demo = sub.add_parser("demo", help="Demo-Arbeitsbereich anlegen (überschreibt nichts).")
    _db_arg(demo)
    demo.add_argument(
        "--unverschluesselt",
        dest="unencrypted",
        action="store_true",
        help="Ohne Verschlüsselung anlegen (nur für Tests; personenbezogene Daten wären lesbar).",
    )
    demo.set_defaults(func=_cmd_demo)

    catalog = sub.add_parser("catalog", help="Mitgelieferte Kompetenzkataloge.")
    catalog_sub = catalog.add_subparsers(
        dest="catalog_command", metavar="BEFEHL", parser_class=GermanArgumentParser
    )
    catalog_sub.required = True
    catalog_sub.add_parser("list", help="Kataloge auflisten.").set_defaults(func=_cmd_catalog_list)
    show = catalog_sub.add_parser("show", help="Einen Katalog zeigen.")
    show.add_argument("key", metavar="SCHLÜSSEL", help="z. B. digcomp-2.2")
    show.add_argument("--json", action="store_true", help="Als JSON ausgeben.")
    show.set_defaults(func=_cmd_catalog_show)

    check = sub.add_parser("check", help="Schema-Stand, Integrität und Anzahl der Datensätze prüfen.")
    _db_arg(check)
    check.set_defaults(func=_cmd_check)

    listing = sub.add_parser("list", help="Betriebe oder Beschäftigte mit ihren IDs auflisten.")
    listing.add_argument("what", choices=("betriebe", "beschaeftigte"), metavar="betriebe|beschaeftigte")
    _db_arg(listing)
    listing.set_defaults(func=_cmd_list)

    for register in _extensions():
        register(sub)
    return parser


def _extensions() -> list[Callable[[Any], None]]:
    """Subcommands that live in their own modules."""
    from . import cli_funding, cli_plans, cli_protection

    return [cli_funding.register, cli_protection.register, cli_plans.register]


def main(argv: Sequence[str] | None = None) -> int:
    crash_dumps.disable_core_dumps()  # before any passphrase is read
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.func
    try:
        return handler(args)
    except CliError as err:
        print(f"verbund: Fehler: {err.message}", file=sys.stderr)
        return err.exit_code
    except (WorkspaceError, ValueError) as err:
        print(f"verbund: Fehler: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("verbund: abgebrochen.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
