"""Sync service processes on a listening socket they inherit, for the kill test.

``python -m tests.office.serve_fd URL CERT KEY FD`` runs one service. ``python -m tests.office.serve_fd --fork
URL CERT KEY FD`` is a fork server: it imports the service once and then answers commands on its standard input,
one per line, each with one line on its standard output:

- ``start``: fork a service child (answer: its pid);
- ``restart``: SIGKILL the child, reap it, fork a new one (answer: the new pid);
- ``alive``: ``yes`` while the child runs, ``no`` once it has exited;
- end of input: SIGKILL the child, reap it, exit.

Every child is a whole service process of its own, as a cold start would be: it opens its own office database
(engine, connections) and builds its app, TLS context and event loop after the fork. Only the imports (about 1.4 s
of a 2 s cold start) are done once, before any child exists; the fork server opens no database, socket or thread.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
import traceback

import uvicorn

from verbund_desktop.office.app import create_app
from verbund_desktop.services.office.database import open_office_database


def main(url: str, cert: str, key: str, fd: str) -> None:
    sock = socket.socket(fileno=int(fd))
    config = uvicorn.Config(
        create_app(open_office_database(url)), ssl_certfile=cert, ssl_keyfile=key, log_level="warning"
    )
    uvicorn.Server(config).run(sockets=[sock])


def _fork_child(args: list[str]) -> int:
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the service child, which never returns
        code = 1
        try:
            devnull = os.open(os.devnull, os.O_RDWR)
            os.dup2(devnull, 0)  # the commands are the fork server's, not the child's
            os.dup2(devnull, 1)
            main(*args)
            code = 0
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stderr.flush()
            os._exit(code)
    return pid


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # exited by itself, not yet reaped
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def fork_server(args: list[str]) -> None:
    pid: int | None = None
    exited = False
    try:
        for line in sys.stdin:
            command = line.strip()
            if command == "start" and pid is None:
                pid = _fork_child(args)
                answer = str(pid)
            elif command == "restart" and pid is not None:
                if not exited:
                    _kill(pid)
                pid, exited = _fork_child(args), False
                answer = str(pid)
            elif command == "alive" and pid is not None:
                if not exited:
                    exited = os.waitpid(pid, os.WNOHANG)[0] == pid
                answer = "no" if exited else "yes"
            else:
                answer = f"unknown command {command!r}"
            sys.stdout.write(answer + "\n")
            sys.stdout.flush()
    finally:
        if pid is not None and not exited:
            _kill(pid)


if __name__ == "__main__":
    if sys.argv[1] == "--fork":
        fork_server(sys.argv[2:6])
    else:
        main(*sys.argv[1:5])
