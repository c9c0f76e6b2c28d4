"""``verbund pool show`` (pooled demand across the network) and ``verbund report funder`` (the funder's figures).

Both only read the workspace. The pooled demand counts people with pooling consent only; the funder's report
applies the disclosure rules it prints (at least 5 people from 3 companies, dominance, secondary suppression,
rounding to 5).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from verbund_desktop.cli.common import CliError, db_arg, open_for_cli

FORMATS = ("pdf", "xlsx", "csv")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``pool show``; add ``funder`` to the ``report`` group (created by the plans module)."""
    pool = subparsers.add_parser("pool", help="Gebündelter Bedarf im Verbund.")
    pool_sub = pool.add_subparsers(dest="pool_command", metavar="BEFEHL", parser_class=type(pool))
    pool_sub.required = True
    show = pool_sub.add_parser(
        "show",
        help="Personen mit Lücke je Kompetenz und Zielstufe, mit der Zahl der Betriebe.",
        description="Zeigt den gebündelten Bedarf: je Kompetenz und Zielstufe die Zahl der Personen mit "
        "einer Lücke und die Zahl ihrer Betriebe. Gezählt werden nur Personen, die der pseudonymisierten "
        "Nutzung im Verbund zugestimmt haben.",
    )
    db_arg(show)
    show.add_argument("--region", help="Nur Betriebe dieser Region.")
    show.add_argument(
        "--groesse", dest="size_band", choices=("unter_50", "50_499", "ab_500"), help="Größenklasse."
    )
    show.add_argument(
        "--von", dest="start", type=_date, metavar="JJJJ-MM-TT", help="Gespräche ab diesem Tag."
    )
    show.add_argument(
        "--bis", dest="end", type=_date, metavar="JJJJ-MM-TT", help="Gespräche bis zu diesem Tag."
    )
    show.add_argument("--json", action="store_true", help="Maschinenlesbar ausgeben.")
    show.set_defaults(func=_cmd_pool_show)

    report = subparsers.choices.get("report")
    if report is None:
        report = subparsers.add_parser("report", help="Berichte drucken.")
    report_sub = next(a for a in report._actions if isinstance(a, argparse._SubParsersAction))
    funder = report_sub.add_parser(
        "funder",
        help="Bericht an den Fördermittelgeber für einen Zeitraum schreiben (PDF, XLSX oder CSV).",
        description="Schreibt die Kennzahlen des Verbunds für einen Zeitraum, mit Geheimhaltung kleiner "
        "Fallzahlen; die Regeln und ihre Quellen stehen im Bericht.",
    )
    db_arg(funder)
    funder.add_argument("--period", required=True, metavar="JJJJ-MM..JJJJ-MM", help="z. B. 2026-01..2026-12.")
    funder.add_argument("--format", choices=FORMATS, default="pdf", help="Dateiformat (Standard: pdf).")
    funder.add_argument(
        "--out", type=Path, metavar="DATEI", help="Zieldatei (Standard: CSV auf die Ausgabe)."
    )
    funder.set_defaults(func=_cmd_report_funder)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"„{text}“ ist kein Datum der Form JJJJ-MM-TT.") from None


def _cmd_pool_show(args: argparse.Namespace) -> int:
    from verbund_desktop.services.network.pooling import PoolFilter, pooled_demand

    f = PoolFilter(region=args.region, size_band=args.size_band, start=args.start, end=args.end)
    ws = open_for_cli(args, reading=True)
    try:
        demand = pooled_demand(ws, f)
    finally:
        ws.close()
    if args.json:
        print(json.dumps(demand.as_json(), ensure_ascii=False, indent=2))
        return 0
    if not demand.cells:
        print("Kein gebündelter Bedarf für diese Auswahl.", file=sys.stderr)
        return 0
    print("Kompetenz\tZielstufe\tPersonen\tBetriebe")
    for cell in sorted(demand.cells, key=lambda c: (-c.people, c.code, c.level)):
        print(f"{cell.label}\t{cell.level}\t{cell.people}\t{cell.companies}")
    return 0


def _cmd_report_funder(args: argparse.Namespace) -> int:
    from verbund_desktop.files import write_atomic
    from verbund_desktop.report.funder import build_funder_report, funder_csv, funder_xlsx
    from verbund_desktop.services.network.funder_report import funder_report, parse_period

    period = parse_period(args.period)
    out: Path | None = args.out
    if out is None and args.format != "csv":
        raise CliError("Für PDF und XLSX bitte eine Zieldatei mit --out angeben.")
    if out is not None and out.is_dir():
        raise CliError(f"„{out}“ ist ein Ordner; bitte einen Dateinamen angeben.")
    ws = open_for_cli(args, reading=True)
    try:
        vm = funder_report(ws, period, today=date.today())
    finally:
        ws.close()
    if args.format == "csv":
        text = funder_csv(vm)
        if out is None:
            sys.stdout.write(text)
            return 0
        data = text.encode("utf-8")
    else:
        data = build_funder_report(vm) if args.format == "pdf" else funder_xlsx(vm)
    assert out is not None
    print(write_atomic(out, data))
    return 0
