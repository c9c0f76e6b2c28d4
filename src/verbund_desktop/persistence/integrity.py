"""What ``verbund check`` and every backup verification read: all of it, with a page cache that holds the file.

``PRAGMA integrity_check`` walks every b-tree page and looks every row up in each of its indexes (so every
index is verified against its table); with SQLCipher's default cache (2,000 pages, 8 MB) a workspace larger
than that has its pages decrypted and authenticated again and again, so the check grew far faster than the data.
A cache as large as the file (up to :data:`MAX_CACHE_BYTES`) makes every page decrypted once; the connection's
own cache size is restored afterwards and the memory handed back. ``PRAGMA cipher_integrity_check`` then
authenticates the HMAC of every page of an encrypted file, free pages included, which the b-tree walk does not
read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Enough for a whole network's workspace (300 companies: ≈ 90 MiB); a larger file is checked in this much.
MAX_CACHE_BYTES = 256 * 2**20
_MARGIN = 1.25  # the WAL's pages and SQLite's own bookkeeping


def cache_kib_for(path: Path) -> int:
    """The page cache, in KiB, that holds ``path`` whole (never below SQLite's default 8 MB)."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0
    return max(8 * 1024, min(int(size * _MARGIN), MAX_CACHE_BYTES) // 1024)


@contextmanager
def whole_file_cache(conn: Any, path: Path) -> Iterator[None]:
    """``conn`` (a DB-API connection) with a page cache the size of the file while the block runs."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{cache_kib_for(path)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")
        conn.execute("PRAGMA shrink_memory")


def structure_problems(conn: Any) -> list[str]:
    """``PRAGMA integrity_check``: ``["ok"]``, or what is wrong (b-trees, records, every index)."""
    return [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]


def page_authentication_problems(conn: Any) -> list[str]:
    """``PRAGMA cipher_integrity_check`` of an encrypted file: the pages whose HMAC fails (none: ``[]``)."""
    return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
