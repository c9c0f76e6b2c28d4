"""`verbund catalog import-esco`: a branch of the ESCO skills CSV as a catalogue beside DigComp."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from verbund_desktop.cli.common import cli_actor, db_arg, json_arg, open_for_cli, run_import


def register(catalog_sub: Any) -> None:
    """Add ``import-esco`` to the ``catalog`` command group."""
    esco = catalog_sub.add_parser(
        "import-esco",
        help="Einen Zweig der ESCO-Fertigkeiten (CSV, deutsch) als Kompetenzkatalog mit der Skala 0–4 laden.",
    )
    esco.add_argument(
        "file", type=Path, metavar="DATEI", help="ESCO-CSV mit conceptUri, preferredLabel, broaderUri …"
    )
    esco.add_argument(
        "--branch", required=True, metavar="URI", help="URI der Fertigkeitengruppe (des Zweigs)."
    )
    esco.add_argument(
        "--esco-version",
        metavar="VERSION",
        help="ESCO-Version, z. B. 1.2.0 (sonst aus dem Namen des Download-Ordners, „… - v1.2.0 - …“).",
    )
    json_arg(esco)
    db_arg(esco)
    esco.set_defaults(func=_cmd_import_esco)


def _cmd_import_esco(args: argparse.Namespace) -> int:
    from verbund_desktop.services.offers.esco_catalogue import import_esco_branch

    def action() -> Mapping[str, Any]:
        ws = open_for_cli(args)
        try:
            result = import_esco_branch(
                ws, args.file, args.branch, version=args.esco_version, actor=cli_actor(ws)
            )
        finally:
            ws.close()
        return result.to_json_dict()

    return run_import(args, action, _summary)


def _summary(result: Mapping[str, Any]) -> str:
    return (
        f"Katalog „{result['name']}“ (Schlüssel {result['schluessel']}, ESCO {result['version']}) geladen: "
        f"{result['bereiche']} Bereiche, {result['kompetenzen']} Kompetenzen.\n{result['lizenzhinweis']}"
    )
