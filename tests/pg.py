"""A real PostgreSQL for the tests: ``VERBUND_TEST_PG_URL`` if set, else a PostgreSQL 16 server of the ``pgserver``
wheel started once per test process (so once per pytest-xdist worker, each with its own data folder).

Each test gets a database of its own (``fresh_database``), cloned from a template database that was migrated to
the head revision once per process: ``CREATE DATABASE … TEMPLATE`` copies files instead of replaying migrations.
These tests are never skipped: without a server they fail.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from verbund_desktop.persistence.workspace import open_workspace
from verbund_desktop.services.office.database import (
    init_office_database,
    open_office_database,
)
from verbund_desktop.services.office.seed import seed_from_workspace

ENV_URL = "VERBUND_TEST_PG_URL"
_servers: list[Any] = []


@cache
def server_url() -> str:
    """The URL of a PostgreSQL server the tests may create and drop databases on."""
    given = os.environ.get(ENV_URL)
    if given:
        return given
    with warnings.catch_warnings():
        # platformdirs warns about a missing XDG_RUNTIME_DIR when pgserver is imported (it falls back to /tmp).
        warnings.simplefilter("ignore")
        import pgserver

        data = Path(tempfile.mkdtemp(prefix="verbund-pg-"))
        server = pgserver.get_server(data, cleanup_mode="stop")
    _servers.append((server, data))
    return str(server.get_uri())


def stop_servers() -> None:
    """Stop the servers this process started and remove their data folders (end of the test session)."""
    while _servers:
        server, data = _servers.pop()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            server.cleanup()
        shutil.rmtree(data, ignore_errors=True)
    # a later caller in this process (the next benchmark) starts a new server instead of the stopped one's URL
    server_url.cache_clear()
    template_database.cache_clear()


def _admin(sql: str) -> None:
    engine = create_engine(_psycopg(server_url()), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def _psycopg(url: str) -> str:
    return make_url(url).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def database_url(name: str) -> str:
    return make_url(server_url()).set(database=name).render_as_string(hide_password=False)


@cache
def template_database(seed: Path | None = None) -> str:
    """A database at the head revision (holding the rows of the workspace ``seed``, if given), made once per
    process, cloned for every test that wants one."""
    name = f"verbund_tpl_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    _admin(f'CREATE DATABASE "{name}"')
    url = database_url(name)
    init_office_database(url)
    if seed is not None:
        office = open_office_database(url)
        ws = open_workspace(seed)
        try:
            seed_from_workspace(ws, office)
        finally:
            ws.close()
            office.close()
    return name


@contextmanager
def fresh_database(*, migrated: bool, seed: Path | None = None) -> Iterator[str]:
    """The URL of a new database (empty, at the head revision, or that with the rows of the workspace
    ``seed``), dropped afterwards."""
    name = f"verbund_t_{uuid.uuid4().hex[:12]}"
    template = f' TEMPLATE "{template_database(seed)}"' if migrated or seed else ""
    _admin(f'CREATE DATABASE "{name}"{template}')
    try:
        yield database_url(name)
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
