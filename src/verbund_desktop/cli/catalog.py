"""`verbund catalog import-esco`: a branch of the ESCO skills pillar, or a collection, as a catalogue beside DigComp."""

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
        help="Einen Zweig der ESCO-Fertigkeiten oder eine ESCO-Sammlung (CSV, deutsch) als Kompetenzkatalog "
        "mit der Skala 0–4 laden.",
    )
    esco.add_argument(
        "file",
        type=Path,
        metavar="DATEI",
        help="Der entpackte ESCO-Download (Ordner oder seine skills_de.csv), eine CSV mit broaderUri oder "
        "eine Sammlung.",
    )
    part = esco.add_mutually_exclusive_group(required=True)
    part.add_argument("--branch", metavar="URI", help="URI der Fertigkeitengruppe (des Zweigs).")
    part.add_argument(
        "--collection",
        action="store_true",
        help="DATEI ist eine ESCO-Sammlung (z. B. digitalSkillsCollection_de.csv): alle ihre Fertigkeiten.",
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
    from verbund_desktop.services.offers.esco_catalogue import import_esco_branch, import_esco_collection

    def action() -> Mapping[str, Any]:
        ws = open_for_cli(args)
        try:
            actor = cli_actor(ws)
            if args.collection:
                result = import_esco_collection(ws, args.file, version=args.esco_version, actor=actor)
            else:
                result = import_esco_branch(
                    ws, args.file, args.branch, version=args.esco_version, actor=actor
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
