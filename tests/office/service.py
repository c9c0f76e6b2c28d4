"""The real sync service for tests: uvicorn with TLS on a free loopback port, in a thread of the test process."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import uvicorn

from verbund_desktop.office.app import create_app
from verbund_desktop.services.office.certificate import OfficeCertificate
from verbund_desktop.services.office.database import open_office_database


@dataclass(frozen=True)
class RunningService:
    address: str  # "127.0.0.1:<port>", as an advisor types it
    port: int


@contextmanager
def running_service(db_url: str, cert: OfficeCertificate) -> Iterator[RunningService]:
    office = open_office_database(db_url)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(office),
        ssl_certfile=str(cert.certificate),
        ssl_keyfile=str(cert.key),
        log_config=None,  # records go to the root logger, where the tests capture them
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the sync service did not start")
            threading.Event().wait(0.02)
        yield RunningService(f"127.0.0.1:{port}", port)
    finally:
        server.should_exit = True
        thread.join()
        sock.close()
        office.close()
