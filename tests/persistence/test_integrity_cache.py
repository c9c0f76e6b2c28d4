"""`verbund check` and backup verification read with a page cache that holds the file, and give it back."""

from __future__ import annotations

from pathlib import Path

from verbund_desktop.persistence.integrity import MAX_CACHE_BYTES, cache_kib_for, whole_file_cache
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.workspace.check import check_workspace


def test_the_cache_fits_the_file_within_bounds(tmp_path: Path) -> None:
    small = tmp_path / "small.db"
    small.write_bytes(b"x" * 4096)
    assert cache_kib_for(small) == 8 * 1024  # never below SQLite's default
    assert cache_kib_for(tmp_path / "missing.db") == 8 * 1024
    big = tmp_path / "big.db"
    with big.open("wb") as fh:
        fh.truncate(100 * 2**20)
    assert cache_kib_for(big) == 125 * 1024
    with big.open("r+b") as fh:
        fh.truncate(4 * MAX_CACHE_BYTES)
    assert cache_kib_for(big) == MAX_CACHE_BYTES // 1024


def test_the_check_restores_the_connection_cache(ws: Workspace) -> None:
    with ws.engine.connect() as conn:
        driver = conn.connection.driver_connection
        before = driver.execute("PRAGMA cache_size").fetchone()[0]
        with whole_file_cache(driver, ws.path):
            assert driver.execute("PRAGMA cache_size").fetchone()[0] == -cache_kib_for(ws.path)
        assert driver.execute("PRAGMA cache_size").fetchone()[0] == before
    report = check_workspace(ws)
    assert report.ok and report.integrity == ["ok"] and report.page_problems == []
    with ws.engine.connect() as conn:
        assert conn.connection.driver_connection.execute("PRAGMA cache_size").fetchone()[0] == before
