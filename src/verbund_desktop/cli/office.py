"""`verbund office …`: the coordination office's database, certificate, sync service and devices."""

from __future__ import annotations

import argparse
from typing import Any

from verbund_desktop.services.office.database import init_office_database


def _db_url_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        required=True,
        metavar="URL",
        help="PostgreSQL-Adresse der Büro-Datenbank, z. B. postgresql://verbund@localhost/verbund.",
    )


def _cmd_init(args: argparse.Namespace) -> int:
    before, after = init_office_database(args.db)
    if before == after:
        print(f"Büro-Datenbank ist aktuell (Schema-Stand {after}).")
    else:
        print(f"Büro-Datenbank auf Schema-Stand {after} gebracht (vorher: {before or 'leer'}).")
    return 0


def register(sub: Any) -> None:
    office = sub.add_parser("office", help="Koordinierungsstelle: Büro-Datenbank, Sync-Dienst, Geräte.")
    office_sub = office.add_subparsers(dest="office_command", metavar="BEFEHL", parser_class=type(office))
    office_sub.required = True
    init = office_sub.add_parser("init", help="Büro-Datenbank anlegen oder auf den Programmstand bringen.")
    _db_url_arg(init)
    init.set_defaults(func=_cmd_init)
