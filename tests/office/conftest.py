"""Fixtures of the office tests: a real PostgreSQL database per test (tests/pg.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests import pg


@pytest.fixture(scope="session", autouse=True)
def _postgres_server() -> Iterator[None]:
    pg.server_url()
    yield
    pg.stop_servers()


@pytest.fixture
def empty_pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database."""
    with pg.fresh_database(migrated=False) as url:
        yield url


@pytest.fixture
def office_url() -> Iterator[str]:
    """A new PostgreSQL database at the head revision (no rows)."""
    with pg.fresh_database(migrated=True) as url:
        yield url
