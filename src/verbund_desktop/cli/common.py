"""What every command group of the CLI shares: the user error it raises, the `--db` option, the passphrase from
the environment or the terminal, opening the workspace with its writer lock, the actor named in the audit trail,
and the JSON answer of importing commands (also on refusal)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from verbund_desktop.assessment.errors import UserError
from verbund_desktop.assessment.passphrase_rule import passphrase_problem
from verbund_desktop.files import failure_reason, is_plain_sqlite
from verbund_desktop.paths import default_database_path
from verbund_desktop.persistence.workspace import Workspace


class CliError(UserError):
    """A user error: message in German, printed without traceback; exit code 2 unless given."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def db_arg(parser: argparse.ArgumentParser) -> None:
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
        try:
            if is_plain_sqlite(path):
                return None
        except OSError as exc:
            raise CliError(f"„{path}“ kann nicht gelesen werden: {failure_reason(exc)}.") from exc
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


def open_for_cli(args: argparse.Namespace, *, reading: bool = False) -> Workspace:
    """Open the workspace holding its writer lock. With ``reading`` a workspace that another instance holds
    is opened read-only instead of refused (a note on stderr says so)."""
    from verbund_desktop.persistence.errors import WorkspaceLockedError
    from verbund_desktop.persistence.writer_lock import stale_takeover_message
    from verbund_desktop.services.workspace.workspace_service import (
        CLI_PROGRAM,
        open_existing,
        open_read_only,
    )

    path = database_path(args)
    if not path.exists():
        raise CliError(f"Die Datenbank „{path}“ gibt es nicht. Mit „verbund demo --db {path}“ anlegen.")
    passphrase = passphrase_for(path)
    try:
        ws = open_existing(path, passphrase, program=CLI_PROGRAM)
    except WorkspaceLockedError as err:
        if not reading:
            raise
        print(f"verbund: Hinweis: {err} Er wird deshalb nur lesend geöffnet.", file=sys.stderr)
        return open_read_only(path, passphrase)
    notice = stale_takeover_message(ws.writer_lock) if ws.writer_lock else None
    if notice:
        print(f"verbund: Hinweis: {notice}", file=sys.stderr)
    return ws


def cli_actor(ws: Workspace) -> str:
    """Who the audit trail names for a command: the workspace's current advisor, from the command line."""
    from verbund_desktop.services.organisation.directory import Directory

    name = Directory(ws).current_advisor_name()
    return f"{name} (Kommandozeile)" if name else "Kommandozeile"


def json_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help="Ergebnis als JSON ausgeben (auch eine Ablehnung, mit ihren Problemen).",
    )


def print_json(data: Mapping[str, Any] | list[Any]) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def run_import(
    args: argparse.Namespace,
    action: Callable[[], Mapping[str, Any]],
    summary: Callable[[Mapping[str, Any]], str],
) -> int:
    """Run an import; with ``--json`` print ``{"ok": true, …}`` or, when refused, ``{"ok": false, "fehler": …,
    "probleme": […]}`` on stdout and exit 2; without it print ``summary`` or let the refusal reach ``main``."""
    try:
        result = action()
    except UserError as err:
        if not getattr(args, "json", False):
            raise
        problems = list(getattr(err, "problems", ()))
        print_json({"ok": False, "fehler": str(err).split("\n", 1)[0], "probleme": problems})
        return 2
    if getattr(args, "json", False):
        print_json({"ok": True, **result})
    else:
        print(summary(result))
    return 0
