"""Fixtures of the office tests: a real PostgreSQL database per test (tests/pg.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import pg
from tests.office.service import RunningService, running_service
from verbund_desktop.services.office.certificate import OfficeCertificate, make_self_signed
from verbund_desktop.services.office.database import OfficeDatabase, open_office_database


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


@pytest.fixture
def demo_office_url(demo_template: Path) -> Iterator[str]:
    """A new PostgreSQL database at the head revision holding the rows of the demo workspace (the same ids as
    every laptop made from ``demo_template``)."""
    with pg.fresh_database(migrated=True, seed=demo_template) as url:
        yield url


@pytest.fixture(scope="session")
def office_cert(tmp_path_factory: pytest.TempPathFactory) -> OfficeCertificate:
    return make_self_signed(tmp_path_factory.mktemp("cert"), ["127.0.0.1", "localhost"])


@pytest.fixture(scope="session")
def other_cert(tmp_path_factory: pytest.TempPathFactory) -> OfficeCertificate:
    """A second certificate for the same address: what a machine in the middle would present."""
    return make_self_signed(tmp_path_factory.mktemp("other-cert"), ["127.0.0.1", "localhost"])


@pytest.fixture
def service(demo_office_url: str, office_cert: OfficeCertificate) -> Iterator[RunningService]:
    with running_service(demo_office_url, office_cert) as running:
        yield running


@pytest.fixture
def office(demo_office_url: str) -> Iterator[OfficeDatabase]:
    """The office database behind ``service``, opened by the test to set up and inspect it."""
    db = open_office_database(demo_office_url)
    yield db
    db.close()
