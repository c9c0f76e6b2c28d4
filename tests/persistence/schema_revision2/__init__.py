"""A schema revision 2 that exists only in the tests, and the switch that makes the program see it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic.config import Config

from verbund_desktop.persistence import migrate, workspace
from verbund_desktop.persistence.migrations import HEAD_REVISION

REVISION_1 = HEAD_REVISION  # the shipped head, whatever it is
REVISION_2 = "0002_kill_test"
HERE = Path(__file__).resolve().parent


@contextmanager
def revision_2_available() -> Iterator[None]:
    """While active, the program's head is revision 2 (the shipped versions plus this folder)."""
    original_config = migrate.alembic_config
    original_head = workspace.HEAD_REVISION

    def config_with_revision_2(connection: object = None) -> Config:
        cfg = original_config(connection)  # type: ignore[arg-type]
        cfg.set_main_option("path_separator", "os")
        cfg.set_main_option("version_locations", f"{migrate.MIGRATIONS_DIR / 'versions'}{os.pathsep}{HERE}")
        return cfg

    migrate._script.cache_clear()
    migrate.alembic_config = config_with_revision_2  # type: ignore[assignment]
    workspace.HEAD_REVISION = REVISION_2
    try:
        yield
    finally:
        migrate.alembic_config = original_config  # type: ignore[assignment]
        workspace.HEAD_REVISION = original_head
        migrate._script.cache_clear()
