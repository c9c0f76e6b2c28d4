"""`verbund office …`: the coordination office's database, certificate, sync service and devices."""

from __future__ import annotations

import argparse
import os
import uuid
from pathlib import Path
from typing import Any

from verbund_desktop.cli.common import CliError, open_for_cli

# The office services (and their cryptography) load inside each command: every other `verbund` command
# imports this module to register its parser, and none of them needs them.
SERVICE_FACTORY = "verbund_desktop.office.app:app_from_environment"


def _db_url_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        required=True,
        metavar="URL",
        help="PostgreSQL-Adresse der Büro-Datenbank, z. B. postgresql://verbund@localhost/verbund.",
    )


def _uuid(text: str, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as exc:
        raise CliError(f"„{text}“ ist keine gültige {what}-ID.") from exc


def _cmd_init(args: argparse.Namespace) -> int:
    from verbund_desktop.services.office.content import load_bundled_content
    from verbund_desktop.services.office.database import init_office_database, open_office_database

    before, after = init_office_database(args.db)
    if before == after:
        print(f"Büro-Datenbank ist aktuell (Schema-Stand {after}).")
    else:
        print(f"Büro-Datenbank auf Schema-Stand {after} gebracht (vorher: {before or 'leer'}).")
    office = open_office_database(args.db)
    try:
        content = load_bundled_content(office)
    finally:
        office.close()
    if content.loaded is None:
        print(content.skipped)
    elif content.loaded.changed:
        added = [*content.loaded.catalogs_added, *content.loaded.guides_added]
        offers = f", {content.loaded.offers_loaded} Beispielangebote" if content.loaded.offers_loaded else ""
        print(f"Mitgelieferte Inhalte geladen: {', '.join(added) or 'keine neuen Kataloge'}{offers}.")
    else:
        print("Mitgelieferte Inhalte sind aktuell.")
    return 0


def _cmd_cert(args: argparse.Namespace) -> int:
    from verbund_desktop.services.office.certificate import make_self_signed

    try:
        made = make_self_signed(Path(args.out), args.host or ["localhost"])
    except FileExistsError as exc:
        raise CliError(
            f"„{exc.args[0]}“ gibt es schon; ein vorhandenes Zertifikat wird nicht ersetzt."
        ) from exc
    print(f"Zertifikat: {made.certificate}\nSchlüssel:  {made.key}")
    print(f"SHA-256-Fingerabdruck: {made.fingerprint}")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from verbund_desktop.logfile import configure_logging
    from verbund_desktop.services.office.database import OFFICE_DB_ENV, open_office_database
    from verbund_desktop.services.sync.tls import fingerprint_of_pem

    for path in (args.cert, args.key):
        if not Path(path).is_file():
            raise CliError(f"„{path}“ gibt es nicht (Zertifikat und Schlüssel: „verbund office cert“).")
    open_office_database(args.db).close()  # refuses a database not at the program's schema, before listening
    fingerprint = fingerprint_of_pem(Path(args.cert).read_text(encoding="ascii"))
    print(
        f"Sync-Dienst auf https://{args.host}:{args.port}\nSHA-256-Fingerabdruck: {fingerprint}", flush=True
    )
    os.environ[OFFICE_DB_ENV] = args.db
    # Started by name like `uvicorn --factory`: the service is a layer of its own, next to the CLI. No access
    # log: it would record the laptops' addresses; the service logs outcomes without personal data itself.
    config = uvicorn.Config(
        SERVICE_FACTORY,
        factory=True,
        host=args.host,
        port=args.port,
        ssl_certfile=args.cert,
        ssl_keyfile=args.key,
        access_log=False,
    )
    # uvicorn's logging set-up (in Config) closes every handler there is, the program's log file too: the
    # service's own records (refusals, failures) then reached no file. Put the log file back before serving.
    configure_logging()
    server = uvicorn.Server(config)
    server.run()
    return 0 if server.started else 3  # 3: uvicorn.run's exit code when the service could not start


def _cmd_seed(args: argparse.Namespace) -> int:
    from verbund_desktop.services.office.database import open_office_database
    from verbund_desktop.services.office.seed import seed_from_workspace

    ws = open_for_cli(argparse.Namespace(db=Path(args.workspace)), reading=True)
    try:
        office = open_office_database(args.db)
        try:
            copied = seed_from_workspace(ws, office, order=True)
        finally:
            office.close()
    finally:
        ws.close()
    print(f"{copied} Datensätze aus „{Path(args.workspace).name}“ in die Büro-Datenbank übernommen.")
    return 0


def _cmd_advisors(args: argparse.Namespace) -> int:
    from verbund_desktop.services.office.companies import list_advisors, list_companies
    from verbund_desktop.services.office.database import open_office_database

    office = open_office_database(args.db)
    try:
        for advisor_id, name in list_advisors(office):
            print(f"{advisor_id}\t{name}")
        for company_id, name in list_companies(office):
            print(f"Betrieb\t{company_id}\t{name}")
    finally:
        office.close()
    return 0


def _cmd_code(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from verbund_desktop.services.office.database import open_office_database
    from verbund_desktop.services.office.devices import issue_enrolment_code, issue_office_user_code

    if (args.advisor is None) == (args.user is None):
        raise CliError(
            "Bitte genau eines angeben: --advisor ID (Laptop) oder --user ID (Koordinierungsstelle)."
        )
    if args.hours < 1:
        raise CliError("--hours muss mindestens 1 sein.")
    office = open_office_database(args.db)
    try:
        lifetime = timedelta(hours=args.hours)
        if args.user is not None:
            issued = issue_office_user_code(office, _uuid(args.user, "Personen"), lifetime=lifetime)
        else:
            issued = issue_enrolment_code(office, _uuid(args.advisor, "Berater"), lifetime=lifetime)
    finally:
        office.close()
    scope = " (sieht den ganzen Verbund)" if args.user is not None else ""
    print(
        f"Einmal-Code: {issued.code}{scope}\n"
        f"gültig bis {issued.expires_at:%d.%m.%Y %H:%M} UTC, nur einmal verwendbar."
    )
    return 0


def _cmd_user_add(args: argparse.Namespace) -> int:
    from verbund_desktop.services.office.database import open_office_database
    from verbund_desktop.services.office.office_users import add_office_user

    network = None if args.network is None else _uuid(args.network, "Verbunds")
    office = open_office_database(args.db)
    try:
        user = add_office_user(office, args.name, email=args.email, role=args.role, network_id=network)
    finally:
        office.close()
    print(
        f"{user.id}\t{user.name}\nAngelegt; ein Einmal-Code für ein Gerät: verbund office code --user {user.id}"
    )
    return 0


def _cmd_users(args: argparse.Namespace) -> int:
    from verbund_desktop.services.office.database import open_office_database
    from verbund_desktop.services.office.office_users import list_office_users

    office = open_office_database(args.db)
    try:
        users = list_office_users(office)
    finally:
        office.close()
    for user in users:
        print(f"{user.id}\t{user.name}\t{user.role}")
    return 0


def _cmd_assign(args: argparse.Namespace) -> int:
    from verbund_desktop.services.office.database import open_office_database
    from verbund_desktop.services.office.devices import assign_company

    office = open_office_database(args.db)
    try:
        assign_company(office, _uuid(args.advisor, "Berater"), _uuid(args.company, "Betriebs"))
    finally:
        office.close()
    print("Betrieb zugeordnet.")
    return 0


def _cmd_devices(args: argparse.Namespace) -> int:
    from verbund_desktop.services.office.database import open_office_database
    from verbund_desktop.services.office.devices import list_devices

    office = open_office_database(args.db)
    try:
        devices = list_devices(office)
    finally:
        office.close()
    for d in devices:
        state = f"gesperrt seit {d.revoked_at:%d.%m.%Y}" if d.revoked_at else "aktiv"
        holder = "Beratung" if d.advisor_id is not None else "Koordinierungsstelle (ganzer Verbund)"
        print(f"{d.id}\t{d.holder_name}\t{holder}\t{d.label}\t{state}\tKürzel {d.code_tag or '—'}")
    return 0


def _cmd_revoke(args: argparse.Namespace) -> int:
    from verbund_desktop.services.office.database import open_office_database
    from verbund_desktop.services.office.devices import revoke_device

    office = open_office_database(args.db)
    try:
        revoke_device(office, _uuid(args.device, "Geräte"))
    finally:
        office.close()
    print("Gerät gesperrt; seine Anfragen werden ab jetzt abgewiesen.")
    return 0


def register(sub: Any) -> None:
    office = sub.add_parser("office", help="Koordinierungsstelle: Büro-Datenbank, Sync-Dienst, Geräte.")
    commands = office.add_subparsers(dest="office_command", metavar="BEFEHL", parser_class=type(office))
    commands.required = True

    def command(name: str, help_text: str, func: Any, *, db: bool = True) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        if db:
            _db_url_arg(parser)
        parser.set_defaults(func=func)
        return parser

    command("init", "Büro-Datenbank anlegen oder auf den Programmstand bringen.", _cmd_init)
    cert = command("cert", "Selbstsigniertes TLS-Zertifikat erstellen.", _cmd_cert, db=False)
    cert.add_argument("--out", required=True, metavar="ORDNER", help="Ordner für Zertifikat und Schlüssel.")
    cert.add_argument(
        "--host", action="append", metavar="NAME", help="Rechnername oder IP (mehrfach möglich)."
    )
    serve = command("serve", "Sync-Dienst über HTTPS starten.", _cmd_serve)
    serve.add_argument("--host", default="0.0.0.0", help="Adresse, auf der der Dienst lauscht.")
    serve.add_argument("--port", type=int, default=8443, help="Port (Standard 8443).")
    serve.add_argument("--cert", required=True, metavar="PFAD", help="Zertifikat (PEM).")
    serve.add_argument("--key", required=True, metavar="PFAD", help="Privater Schlüssel (PEM).")
    seed = command("seed", "Eine leere Büro-Datenbank aus einem Arbeitsbereich füllen.", _cmd_seed)
    seed.add_argument(
        "--workspace", required=True, metavar="PFAD", help="Arbeitsbereich, der übernommen wird."
    )
    command("advisors", "Berater*innen und Betriebe mit ihren IDs auflisten.", _cmd_advisors)
    code = command("code", "Einmal-Code zum Verbinden eines Geräts erstellen.", _cmd_code)
    code.add_argument("--advisor", metavar="ID", help="ID der Beraterin / des Beraters (ihre Betriebe).")
    code.add_argument(
        "--user", metavar="ID", help="ID einer Person der Koordinierungsstelle (ganzer Verbund)."
    )
    code.add_argument("--hours", type=int, default=48, help="Gültigkeit in Stunden (Standard 48).")
    user_add = command("user-add", "Eine Person der Koordinierungsstelle anlegen.", _cmd_user_add)
    user_add.add_argument("--name", required=True, help="Name der Person.")
    user_add.add_argument("--email", default="", help="E-Mail-Adresse (freiwillig).")
    user_add.add_argument("--role", default="coordinator", choices=["coordinator", "admin"], help="Rolle.")
    user_add.add_argument("--network", metavar="ID", help="Verbund (nur nötig, wenn es mehrere gibt).")
    command("users", "Personen der Koordinierungsstelle mit ihren IDs auflisten.", _cmd_users)
    assign = command("assign", "Einen Betrieb einer Beraterin / einem Berater zuordnen.", _cmd_assign)
    assign.add_argument("--advisor", required=True, metavar="ID")
    assign.add_argument("--company", required=True, metavar="ID")
    command("devices", "Verbundene Geräte auflisten.", _cmd_devices)
    revoke = command("revoke", "Ein Gerät sperren (verloren, ersetzt).", _cmd_revoke)
    revoke.add_argument("--device", required=True, metavar="ID")
