"""`verbund offers`: import a provider's catalogue (openQCAT XML, CSV or XLSX template) and list the offers."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from verbund_desktop.cli.common import cli_actor, db_arg, json_arg, open_for_cli, print_json, run_import


def register(sub: Any) -> None:
    offers = sub.add_parser("offers", help="Angebotskataloge der Bildungsanbieter importieren und zeigen.")
    offers_sub = offers.add_subparsers(dest="offers_command", metavar="BEFEHL", parser_class=type(offers))
    offers_sub.required = True
    do_import = offers_sub.add_parser(
        "import",
        help="Einen Katalog einlesen: openQCAT 1.1 (.xml) oder die Angebotsvorlage (.csv, .xlsx). Alles oder nichts.",
    )
    do_import.add_argument("file", type=Path, metavar="DATEI")
    do_import.add_argument(
        "--xsd",
        type=Path,
        metavar="XSD",
        help="Die offizielle openQCAT-Schemadatei (open-Qcat.V1.1.xsd): openQCAT-Dateien zusätzlich dagegen prüfen.",
    )
    json_arg(do_import)
    db_arg(do_import)
    do_import.set_defaults(func=_cmd_import)
    listing = offers_sub.add_parser(
        "list", help="Die Angebote mit Anbieter, Kurs-ID und Prüfstand auflisten."
    )
    listing.add_argument("--aktive", action="store_true", help="Zurückgezogene Angebote weglassen.")
    json_arg(listing)
    db_arg(listing)
    listing.set_defaults(func=_cmd_list)


def _cmd_import(args: argparse.Namespace) -> int:
    from verbund_desktop.services.offers.catalogue_import import import_catalogue, read_catalogue_file

    def action() -> Mapping[str, Any]:
        catalogue = read_catalogue_file(args.file, official_xsd=args.xsd)  # a refused file needs no workspace
        ws = open_for_cli(args)
        try:
            return import_catalogue(ws, catalogue, actor=cli_actor(ws), today=date.today()).to_json_dict()
        finally:
            ws.close()

    return run_import(args, action, _summary)


def _summary(result: Mapping[str, Any]) -> str:
    kind = "Vollkatalog" if result["vollkatalog"] else "Aktualisierung"
    hours_note = str(result["format"]).startswith("openQCAT")
    return (
        f"{result['quelle']} ({kind}) eingelesen: {result['neu']} neu, {result['geaendert']} geändert, "
        f"{result['unveraendert']} unverändert, {result['zurueckgezogen']} zurückgezogen. "
        f"Kompetenzen zu prüfen: {result['zu_pruefen']} (im Programm: Angebote › Angebote prüfen …)."
        + (" openQCAT enthält keine Stundenzahl: die Stunden werden dort eingetragen." if hours_note else "")
    )


def _cmd_list(args: argparse.Namespace) -> int:
    from verbund_desktop.services.offers.offer_list import list_offers

    ws = open_for_cli(args, reading=True)
    try:
        rows = list_offers(ws, include_retired=not args.aktive)
    finally:
        ws.close()
    if args.json:
        print_json([row.to_json_dict() for row in rows])
        return 0
    for row in rows:
        ident = f"{row.provider_id}/{row.course_id}" if row.provider_id else "Beispiel"
        print(f"{row.offer_id}\t{ident}\t{row.provider}\t{row.title}\t{row.state_de}")
    return 0
