"""``verbund plan print`` and ``verbund report company``: the printed documents on the command line.

IDs are the ones ``verbund list betriebe|beschaeftigte`` prints. Printing a plan freezes its current version,
exactly as printing from the program does.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from verbund_desktop.cli.common import CliError, cli_actor, db_arg, open_for_cli

if TYPE_CHECKING:
    pass


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``plan print`` and ``report company`` to the ``verbund`` command."""

    plan = subparsers.add_parser("plan", help="Entwicklungspläne drucken.")
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="BEFEHL", parser_class=type(plan))
    plan_sub.required = True
    printing = plan_sub.add_parser(
        "print",
        help="Entwicklungspläne als PDF-Dateien schreiben (die gedruckte Version wird festgeschrieben).",
        description="Schreibt den aktuellen Entwicklungsplan einer Person, aller Beschäftigten eines Betriebs "
        "oder aller Beschäftigten als PDF-Dateien in einen Ordner. Die gedruckte Version wird "
        "festgeschrieben; spätere Änderungen ergeben eine neue Version.",
    )
    db_arg(printing)
    which = printing.add_mutually_exclusive_group()  # "one of … is required" has no German translation
    which.add_argument("--employee", metavar="ID", help="ID der Person (siehe „verbund list beschaeftigte“).")
    which.add_argument("--company", metavar="ID", help="ID des Betriebs (siehe „verbund list betriebe“).")
    which.add_argument("--all", action="store_true", help="Alle Beschäftigten aller Betriebe.")
    printing.add_argument("--out", required=True, type=Path, metavar="ORDNER", help="Zielordner.")
    printing.add_argument(
        "--pseudonymisiert",
        dest="pseudonymised",
        action="store_true",
        help="Kürzel statt Namen drucken (auch in den Dateinamen).",
    )
    printing.set_defaults(func=_cmd_plan_print)

    report = subparsers.add_parser("report", help="Berichte drucken.")
    report_sub = report.add_subparsers(dest="report_command", metavar="BEFEHL", parser_class=type(report))
    report_sub.required = True
    company = report_sub.add_parser(
        "company",
        help="Bedarfsanalyse eines Betriebs als PDF schreiben.",
        description="Schreibt den Bericht zur Bedarfsanalyse eines Betriebs (Profil, Treiber des Wandels, "
        "Kompetenz-Heatmap, Handlungsfelder, Maßnahmen mit Förderübersicht) als PDF-Datei.",
    )
    db_arg(company)
    company.add_argument("--company", required=True, metavar="ID", help="ID des Betriebs.")
    company.add_argument("--out", required=True, type=Path, metavar="DATEI.pdf", help="Zieldatei.")
    company.add_argument(
        "--pseudonymisiert",
        dest="pseudonymised",
        action="store_true",
        help="Beschäftigte nur mit Kürzeln (Pseudonymen) zeigen.",
    )
    company.set_defaults(func=_cmd_report_company)


def _uuid(text: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise CliError(
            f"„{text}“ ist keine gültige ID {what}; die IDs zeigt „verbund list betriebe|beschaeftigte“."
        ) from None


def _cmd_plan_print(args: argparse.Namespace) -> int:
    from verbund_desktop.services.planning.printing import plan_print_jobs, print_plans

    if not (args.employee or args.company or args.all):
        raise CliError("Bitte angeben, was gedruckt wird: --employee ID, --company ID oder --all.")
    employee_id = _uuid(args.employee, "einer Person") if args.employee else None
    company_id = _uuid(args.company, "eines Betriebs") if args.company else None
    out_dir: Path = args.out
    if out_dir.exists() and not out_dir.is_dir():
        raise CliError(f"„{out_dir}“ ist kein Ordner.")
    ws = open_for_cli(args, reading=True)  # printing writes nothing into the workspace
    try:
        jobs, skipped = plan_print_jobs(
            ws, employee_id=employee_id, company_id=company_id, pseudonymised=args.pseudonymised
        )
        for line in skipped:
            print(f"Übersprungen: {line}", file=sys.stderr)
        if not jobs:
            raise CliError("Es gibt keinen Entwicklungsplan zum Drucken.", exit_code=1)
        result = print_plans(
            ws, jobs, out_dir, actor=cli_actor(ws), today=date.today(), pseudonymised=args.pseudonymised
        )
    finally:
        ws.close()
    for path in result.written:
        print(path)
    count = len(result.written)
    noun = "Entwicklungsplan" if count == 1 else "Entwicklungspläne"
    print(f"{count} {noun} geschrieben nach {out_dir}.", file=sys.stderr)
    return 0


def _cmd_report_company(args: argparse.Namespace) -> int:
    from verbund_desktop.services.needs.report_printing import write_company_report

    company_id = _uuid(args.company, "eines Betriebs")
    out: Path = args.out
    if out.is_dir():
        raise CliError(f"„{out}“ ist ein Ordner; bitte einen Dateinamen angeben (z. B. bericht.pdf).")
    ws = open_for_cli(args, reading=True)  # printing writes nothing into the workspace
    try:
        path = write_company_report(ws, company_id, out, today=date.today(), pseudonymised=args.pseudonymised)
    finally:
        ws.close()
    print(path)
    return 0
