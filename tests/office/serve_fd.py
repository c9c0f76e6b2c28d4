"""A sync service process on a listening socket it inherits: ``python -m tests.office.serve_fd URL CERT KEY FD``
(the kill test restarts it on the same socket, so the port never changes)."""

from __future__ import annotations

import socket
import sys

import uvicorn

from verbund_desktop.office.app import create_app
from verbund_desktop.services.office.database import open_office_database


def main(url: str, cert: str, key: str, fd: str) -> None:
    sock = socket.socket(fileno=int(fd))
    config = uvicorn.Config(
        create_app(open_office_database(url)), ssl_certfile=cert, ssl_keyfile=key, log_level="warning"
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main(*sys.argv[1:5])
