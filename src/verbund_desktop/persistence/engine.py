"""Engines for workspace files: plain SQLite or SQLCipher, with durable pragmas on every connection."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, Literal

import sqlcipher3
from sqlalchemy import URL, Connection, Engine, create_engine, event

from verbund_desktop import malloc_arenas
from verbund_desktop.files import PRIVATE_FILE_MODE, SQLITE_HEADER, ensure_private_dir, restrict_file
from verbund_desktop.persistence.secret import SALT_BYTES, Passphrase, RawKey
from verbund_desktop.persistence.thread_pool import PerThreadPool

# WAL for workspaces; DELETE while a new workspace is built under its temporary name (one file to rename).
JournalMode = Literal["WAL", "DELETE"]
PAGE_CACHE_KIB = 32 * 1024  # the working connections' page cache, see _install_pragmas
_LONG_WORK_S = 0.05  # a unit of work this long may have filled the cache: its memory goes back to the system


def _quote_key(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


# What keys a connection: the passphrase typed (SQLCipher derives the key: ~0.1–0.4 s), the held passphrase
# (its key for the file's salt, derived once per open and then reused) or a derived key itself.
Key = str | Passphrase | RawKey


def _key(conn: Any, key: str | RawKey) -> None:
    # SQLCipher would print decryption failures to stderr; the caller turns them into a German message.
    conn.execute("PRAGMA cipher_log_level = NONE")
    value = key.pragma_value() if isinstance(key, RawKey) else _quote_key(key)
    conn.execute(f"PRAGMA key = {value}")


def file_salt(path: Path) -> bytes | None:
    """The salt of an encrypted file (its first 16 bytes); None for a new, empty or plain file."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SALT_BYTES)
    except OSError:
        return None
    if len(head) < SALT_BYTES or head == SQLITE_HEADER:
        return None
    return head


def resolve_key(path: Path, key: Key) -> str | RawKey:
    """The held passphrase becomes the raw key for ``path``'s salt (no derivation after the first); a file
    without a salt yet (being created) is keyed with the passphrase, and SQLCipher picks its salt."""
    if not isinstance(key, Passphrase):
        return key
    salt = file_salt(path)
    return key.reveal() if salt is None else key.key_for(salt)


def precreate_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (POSIX).

    SQLite creates a new database with the umask's mode (usually 0644) and gives its WAL, SHM and journal files
    the mode of the database file; a database that starts 0600 keeps all of them private from the first byte.
    """
    if sys.platform == "win32" or path.exists():
        return
    # Any failure here (read-only or missing folder) is reported by SQLite's own open right after.
    with contextlib.suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))


def restrict_database_files(path: Path) -> None:
    """Mode 0600 for the database and those of its side files that exist (files made by older versions)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):  # not ours, or already gone: nothing to tighten
            restrict_file(Path(str(path) + suffix))


def raw_connect(path: Path, passphrase: Key | None) -> Any:
    """A DB-API connection: sqlite3 for plain files, sqlcipher3 keyed with the passphrase otherwise."""
    precreate_private(path)
    if passphrase is None:
        return sqlite3.connect(str(path), check_same_thread=False)
    key = resolve_key(path, passphrase)
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    _key(conn, key)
    return conn


def make_engine(path: Path, passphrase: str | Passphrase | None) -> Engine:
    """Create the SQLAlchemy engine for a workspace file; SQLCipher connections when a passphrase is given.

    The passphrase is not put into the URL (SQLAlchemy would keep a ``str`` copy for the engine's lifetime):
    each new connection asks the one :class:`.secret.Passphrase` object for it, so clearing that object leaves
    no long-lived copy in the engine. ``synchronous=FULL`` with WAL makes every commit durable before it returns
    (no data loss on power cut).
    """
    engine = _create(path, passphrase)
    _install_pragmas(engine, path, encrypted=passphrase is not None, journal_mode="WAL")
    return engine


def make_schema_engine(
    path: Path, passphrase: str | Passphrase | None, *, journal_mode: JournalMode = "WAL"
) -> Engine:
    """An engine for schema changes (creation, upgrades): every transaction, DDL included, is a real one.

    The drivers (sqlite3 and sqlcipher3 on Python 3.11) begin a transaction only before INSERT, UPDATE and
    DELETE, so each ``CREATE TABLE`` or ``ALTER TABLE`` of a migration would be committed on its own and a
    failed or killed upgrade would leave half a schema behind. SQLAlchemy's documented recipe: switch the
    driver's own transaction handling off and emit ``BEGIN`` ourselves (IMMEDIATE: a schema change writes, so
    it takes the write lock at once and waits for other writers through ``busy_timeout``). Ordinary work keeps
    :func:`make_engine`; only schema changes run here.
    """
    engine = _create(path, passphrase)
    _install_pragmas(engine, path, encrypted=passphrase is not None, journal_mode=journal_mode)

    @event.listens_for(engine, "connect")
    def _driver_autocommit(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # no implicit BEGIN/COMMIT from the driver any more
        # SQLite's procedure for schema changes (lang_altertable.html, "other kinds of table schema changes"):
        # foreign keys off outside the transaction, ``PRAGMA foreign_key_check`` before the commit. With them
        # on, the ``DROP TABLE`` of a batch table rebuild deletes every row first and ON DELETE CASCADE takes
        # each dependent row with it (rebuilding ``company`` would erase every person).
        dbapi_conn.execute("PRAGMA foreign_keys = OFF")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # COMMIT and ROLLBACK still come from the driver

    return engine


def _create(path: Path, passphrase: str | Passphrase | None) -> Engine:
    secret = Passphrase.hold(passphrase)
    url = URL.create("sqlite+pysqlite", database=str(path))
    precreate_private(path)
    # hide_parameters: an error text (dialog, log, traceback) must never quote row contents.
    if secret is None:
        return create_engine(url, hide_parameters=True)

    def connect() -> Any:  # the key derived once for this file's salt; a cleared passphrase opens nothing
        return raw_connect(path, secret)

    # The sqlcipher3 module as the DB-API (its errors are wrapped like sqlite3's); one connection per
    # thread, as SQLAlchemy's pysqlcipher dialect does, but closed only when its thread ends and never while
    # in use (SingletonThreadPool closed arbitrary ones, in use or not: see persistence/thread_pool.py).
    return create_engine(
        url,
        module=sqlcipher3,
        creator=connect,
        poolclass=PerThreadPool,
        hide_parameters=True,
    )


class ForeignDatabaseError(Exception):
    """A readable SQLite database that Verbund Desktop did not create; it is left untouched."""


def _install_pragmas(engine: Engine, path: Path, *, encrypted: bool, journal_mode: JournalMode) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        if encrypted:
            cur.execute("PRAGMA cipher_log_level = NONE")
        # Read before anything writes: a wrong key or a damaged file fails here, and a foreign database is
        # refused before the journal-mode switch below would change its header.
        tables = {row[0] for row in cur.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "alembic_version" not in tables:
            cur.close()
            raise ForeignDatabaseError(f"{path.name} has tables but no alembic_version")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.execute(f"PRAGMA journal_mode = {journal_mode}")
        cur.execute("PRAGMA synchronous = FULL")
        # A 32 MiB page cache (SQLCipher's default is 8 MB): network-wide aggregates walk the ratings in index
        # order and fetch each row's page; with the small cache every fetch decrypted the page again (the
        # plain GROUP BY over 130,000 ratings, load 8: 8 MiB 3.2–5.4 s, 16 MiB 3.0 s, 32 MiB 0.9–1.5 s,
        # 64 MiB 0.9–1.2 s). Pages are allocated as read, so a small workspace never uses it all, and they
        # are given back when the connection returns to the pool (``_release_cache``).
        cur.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        cur.close()
        restrict_database_files(path)

    @event.listens_for(engine, "checkout")
    def _checked_out(_dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        record.info["checked_out"] = time.perf_counter()

    @event.listens_for(engine, "checkin")
    def _release_cache(dbapi_conn: Any, record: Any) -> None:
        # The cache serves one unit of work: a connection back in the pool (one per thread) gives its pages
        # back, so the UI thread's and every worker's connection do not each keep up to PAGE_CACHE_KIB of
        # decrypted pages for the rest of the session (peak memory at network scale, bench_memory). After a
        # long unit of work (a report, an aggregate: it may have filled the cache) the freed memory goes back
        # to the operating system too (≤ a few ms; after short ones it is reused by the next).
        if dbapi_conn is None:
            return
        with contextlib.suppress(Exception):  # a closed or broken connection has nothing to give back
            dbapi_conn.execute("PRAGMA shrink_memory")
        if time.perf_counter() - record.info.pop("checked_out", time.perf_counter()) >= _LONG_WORK_S:
            malloc_arenas.give_back()


def readonly_connect(path: Path, passphrase: Key | None) -> Any:
    """Open without any write (not even a journal-mode switch), to inspect a file before trusting it."""
    uri = path.resolve().as_uri() + "?mode=ro"
    key = None if passphrase is None else resolve_key(path, passphrase)
    module: Any = sqlite3 if key is None else sqlcipher3
    conn = module.connect(uri, uri=True, check_same_thread=False)
    if key is not None:
        _key(conn, key)
    return conn


def copy_database(src: Path, dest: Path, passphrase: str | None) -> None:
    """Consistent copy through SQLite's online backup API; the copy is encrypted with the same passphrase.

    Works while other connections are open and includes committed pages still in the WAL.
    """
    ensure_private_dir(dest.parent)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    source = raw_connect(src, passphrase)
    target = raw_connect(tmp, passphrase)
    try:
        source.backup(target)
        target.commit()
    finally:
        target.close()
        source.close()
    tmp.replace(dest)
