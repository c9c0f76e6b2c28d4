"""`make office`: the coordination office on this machine, to try sync with a laptop workspace.

Starts PostgreSQL 16 (the ``pgserver`` wheel; data under the user data folder, kept between runs), creates or
upgrades the office database, fills it once from a new demo workspace (which becomes the laptop workspace to
connect), makes a self-signed certificate, assigns the demo companies to the demo advisor, issues a one-time code,
and runs the sync service until Ctrl+C. Nothing here is for production: see docs/office.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import warnings
from pathlib import Path
from typing import Any

import platformdirs
import uvicorn

from verbund_desktop.office.app import create_app
from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.office.certificate import make_self_signed
from verbund_desktop.services.office.companies import list_advisors, list_companies
from verbund_desktop.services.office.database import init_office_database, open_office_database
from verbund_desktop.services.office.devices import assign_company, issue_enrolment_code
from verbund_desktop.services.office.seed import seed_from_workspace
from verbund_desktop.services.sync.tls import fingerprint_of_pem
from verbund_desktop.services.workspace.demo import create_demo_workspace


def _postgres(folder: Path) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs about XDG_RUNTIME_DIR, on import of pgserver
        import pgserver

        server = pgserver.get_server(folder, cleanup_mode="stop")
    if "verbund" not in server.psql("SELECT datname FROM pg_database;"):
        server.psql("CREATE DATABASE verbund;")
    return server


def _laptop_and_seed(url: str, folder: Path) -> Path:
    """The demo as the laptop workspace, and the same rows in the office (once)."""
    laptop = folder / "laptop-demo.db"
    office = open_office_database(url)
    try:
        if list_advisors(office):
            return laptop
        building = folder / "laptop-demo.entsteht.db"
        building.unlink(missing_ok=True)
        create_demo_workspace(building, None).close()
        ws = open_workspace(building)
        try:
            seed_from_workspace(ws, office, share=True)
        finally:
            ws.close()
        shutil.move(building, laptop)
        advisor = list_advisors(office)[0][0]
        for company_id, _name in list_companies(office):
            assign_company(office, advisor, company_id)
    finally:
        office.close()
    return laptop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8443)
    args = parser.parse_args()
    # A folder name without spaces: PostgreSQL's socket option (-k) is cut at a space ("Verbund Desktop").
    folder = Path(platformdirs.user_data_dir("verbund-office"))
    folder.mkdir(parents=True, exist_ok=True)
    server = _postgres(folder / "postgres")
    try:
        _run(str(server.get_uri("verbund")), folder, args.port)
    finally:
        _stop(server)


def _stop(server: Any) -> None:
    """Stop PostgreSQL (its data stays for the next run), also when a killed earlier run left its handle."""
    from pgserver._commands import pg_ctl

    server.cleanup()
    if server.get_postmaster_info().is_running():
        try:
            pg_ctl(["-w", "stop"], pgdata=server.pgdata, user=server.system_user)
        except subprocess.CalledProcessError:
            # The cleanup's stop was still under way when asked: pg_ctl found no PID file. Stopped is stopped;
            # before, Ctrl+C ended in this traceback and exit code 1.
            if (Path(server.pgdata) / "postmaster.pid").exists():
                raise


def _run(url: str, folder: Path, port: int) -> None:
    init_office_database(url)
    laptop = _laptop_and_seed(url, folder)
    tls = folder / "tls"
    if not (tls / "office-cert.pem").exists():
        make_self_signed(tls, ["127.0.0.1", "localhost"])
    fingerprint = fingerprint_of_pem((tls / "office-cert.pem").read_text(encoding="ascii"))
    office = open_office_database(url)
    code = issue_enrolment_code(office, list_advisors(office)[0][0]).code
    print(
        f"""
Koordinierungsstelle läuft (Demo-Verbund, PostgreSQL unter {folder / "postgres"}).

Laptop verbinden:
  1. Laptop-Arbeitsbereich (Demo, schon mit dem Büro abgeglichen): {laptop}
     Eine Kopie davon öffnen:  cp "{laptop}" ~/laptop.db && VERBUND_DB=~/laptop.db make run
  2. Menü „Sync“ → „Mit der Koordinierungsstelle verbinden …“
     Adresse:        127.0.0.1:{port}
     Einmal-Code:    {code}   (48 Stunden gültig, nur einmal)
     Fingerabdruck:  {fingerprint}
        (der Dialog zeigt den Fingerabdruck des Dienstes; nur bei Gleichheit bestätigen)

Weitere Codes:  .venv/bin/verbund office code --db '{url}' --advisor {list_advisors(office)[0][0]}
Beenden mit Strg+C.
""",
        flush=True,
    )
    uvicorn.run(
        create_app(office),
        host="127.0.0.1",
        port=port,
        ssl_certfile=str(tls / "office-cert.pem"),
        ssl_keyfile=str(tls / "office-key.pem"),
        access_log=False,
    )


if __name__ == "__main__":
    main()
