"""The `verbund` command: the same services as the desktop program, for scripts and the office."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from verbund_desktop import __version__, crash_dumps
from verbund_desktop.assessment.errors import UserError
from verbund_desktop.assessment.funding_format import format_headcount
from verbund_desktop.cli import catalog as cli_catalog
from verbund_desktop.cli import funding as cli_funding
from verbund_desktop.cli import offers as cli_offers
from verbund_desktop.cli import office as cli_office
from verbund_desktop.cli import plans as cli_plans
from verbund_desktop.cli import pool as cli_pool
from verbund_desktop.cli import protection as cli_protection
from verbund_desktop.cli.common import CliError, database_path, db_arg, open_for_cli, passphrase_for
from verbund_desktop.logfile import apology, configure_logging
from verbund_desktop.persistence.errors import describe_failure

Handler = Callable[[argparse.Namespace], int]
log = logging.getLogger(__name__)


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


def _cmd_demo(args: argparse.Namespace) -> int:
    from verbund_desktop.services.workspace.demo import create_demo_workspace
    from verbund_desktop.services.workspace.workspace_service import CLI_PROGRAM

    path = database_path(args)
    if path.exists():
        raise CliError(f"„{path}“ gibt es schon; die Demo überschreibt keine vorhandene Datei.")
    passphrase = passphrase_for(path, new=True, unencrypted=args.unencrypted)
    ws = create_demo_workspace(path, passphrase, program=CLI_PROGRAM)
    ws.close()
    state = "unverschlüsselt" if args.unencrypted else "verschlüsselt"
    print(f"Demo-Arbeitsbereich angelegt ({state}): {path}")
    return 0


def _cmd_catalog_list(args: argparse.Namespace) -> int:
    from verbund_desktop.assessment.catalog import builtin_catalogs

    for cat in builtin_catalogs():
        count = sum(1 for _ in cat.competences())
        print(f"{cat.key}\t{cat.version}\t{cat.name}\t{count} Kompetenzen\t{cat.licence}")
    return 0


def _cmd_catalog_show(args: argparse.Namespace) -> int:
    from verbund_desktop.assessment.catalog import builtin_catalogs

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
    from verbund_desktop.services.workspace.check import check_workspace, encryption_text

    ws = open_for_cli(args, reading=True)
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
    from verbund_desktop.services.organisation.directory import Directory

    ws = open_for_cli(args, reading=True)
    try:
        directory = Directory(ws)
        companies = directory.companies(include_archived=True)
        employees = directory.employees(include_archived=True) if args.what == "beschaeftigte" else []
    finally:
        ws.close()
    if args.what == "betriebe":
        for c in companies:
            print(
                f"{c.id}\t{c.name}\t{format_headcount(c.headcount)} Beschäftigte\t{c.employee_count} erfasst"
            )
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
    db_arg(demo)
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
    cli_catalog.register(catalog_sub)
    catalog_sub.add_parser("list", help="Kataloge auflisten.").set_defaults(func=_cmd_catalog_list)
    show = catalog_sub.add_parser("show", help="Einen Katalog zeigen.")
    show.add_argument("key", metavar="SCHLÜSSEL", help="z. B. digcomp-2.2")
    show.add_argument("--json", action="store_true", help="Als JSON ausgeben.")
    show.set_defaults(func=_cmd_catalog_show)

    check = sub.add_parser("check", help="Schema-Stand, Integrität und Anzahl der Datensätze prüfen.")
    db_arg(check)
    check.set_defaults(func=_cmd_check)

    listing = sub.add_parser("list", help="Betriebe oder Beschäftigte mit ihren IDs auflisten.")
    listing.add_argument("what", choices=("betriebe", "beschaeftigte"), metavar="betriebe|beschaeftigte")
    db_arg(listing)
    listing.set_defaults(func=_cmd_list)

    for register in _extensions():
        register(sub)
    return parser


def _extensions() -> list[Callable[[Any], None]]:
    """Subcommands that live in their own modules."""
    return [
        cli_funding.register,
        cli_protection.register,
        cli_plans.register,
        cli_office.register,
        cli_offers.register,
        cli_pool.register,
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Every failure ends in a German sentence on stderr and exit code 2, never a traceback:
    a ``UserError`` as its own text, a database or disk failure by its cause, anything else (a bug) as an
    apology with the log file's place; the details go to the log, without messages (see logfile)."""
    crash_dumps.disable_core_dumps()  # before any passphrase is read
    configure_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.func
    try:
        code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handling below
        return code
    except CliError as err:
        return _fail(err.message, err.exit_code)
    except UserError as err:
        return _fail(str(err))
    except BrokenPipeError:
        return _pipe_closed()
    except KeyboardInterrupt:
        print("verbund: abgebrochen.", file=sys.stderr)
        return 130
    except Exception as exc:
        described = describe_failure(exc, database_path(args).name if hasattr(args, "db") else "Datei")
        if described is not None:
            log.warning("Befehl %s fehlgeschlagen: %s", args.command, type(described).__name__, exc_info=exc)
            return _fail(str(described))
        log.error("Interner Fehler im Befehl %s", args.command, exc_info=exc)
        return _fail(apology())


def _fail(message: str, exit_code: int = 2) -> int:
    with contextlib.suppress(OSError):  # stderr closed or on a full disk: the exit code still tells
        print(f"verbund: Fehler: {message}", file=sys.stderr)
    return exit_code


def _pipe_closed() -> int:
    """The reader of our output went away (``verbund list … | head -1``): stop quietly, as Unix tools do.

    stdout is pointed at the null device so that the interpreter's final flush cannot fail again; the exit
    code is the one a program killed by SIGPIPE has (128 + 13)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (tests capture it in memory)
        pass
    finally:
        os.close(devnull)
    return 141


if __name__ == "__main__":
    raise SystemExit(main())
