"""`verbund check`: schema revision, integrity and row counts of a workspace."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select, text

from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.errors import DB_ERRORS
from verbund_desktop.persistence.integrity import (
    page_authentication_problems,
    structure_problems,
    whole_file_cache,
)
from verbund_desktop.persistence.migrations import HEAD_REVISION
from verbund_desktop.persistence.workspace import Workspace


@dataclass
class CheckReport:
    revision: str | None
    head: str
    integrity: list[str]
    foreign_key_problems: int
    encrypted: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    # Encrypted files: pages whose HMAC failed in ``PRAGMA cipher_integrity_check`` (every page of the file).
    page_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.revision == self.head
            and self.integrity == ["ok"]
            and self.foreign_key_problems == 0
            and not self.page_problems
        )

    def problems(self) -> list[str]:
        out = []
        if self.revision != self.head:
            out.append(f"Schema-Stand {self.revision} statt {self.head}.")
        if self.integrity != ["ok"]:
            out.extend(f"Integritätsprüfung: {line}" for line in self.integrity)
        if self.foreign_key_problems:
            out.append(f"{self.foreign_key_problems} Verweise zeigen auf fehlende Datensätze.")
        out.extend(f"Seitenprüfung (Verschlüsselung): {line}" for line in self.page_problems[:10])
        return out


DAMAGED = (
    "Die Datei ist beschädigt: Beim Lesen sind unlesbare Seiten aufgefallen. Bitte eine Sicherung "
    "wiederherstellen (verbund restore)."
)
# What SQLite (or SQLCipher, for a page whose authentication fails) raises while reading damaged pages.
_READ_FAILURES: tuple[type[BaseException], ...] = (*DB_ERRORS, MemoryError)


def check_workspace(ws: Workspace) -> CheckReport:
    """Revision, integrity and counts. Damage found while reading is a finding of the check, not a failure:
    it is reported in ``integrity`` (and counts that cannot be read are left out).

    What is verified: ``PRAGMA integrity_check`` (every b-tree page, every record, every index against its
    table, the free list), ``PRAGMA foreign_key_check`` (every reference), and for an encrypted file
    ``PRAGMA cipher_integrity_check`` (the HMAC of every page of the file). The page cache holds the whole file
    meanwhile (``persistence.integrity``), so each page is decrypted once instead of again and again.
    """
    with ws.engine.connect() as conn:
        revision = stored_revision(conn)
        driver = conn.connection.driver_connection
        try:
            with whole_file_cache(driver, ws.path):
                integrity = structure_problems(driver)
                fk = len(conn.execute(text("PRAGMA foreign_key_check")).all())
                pages = page_authentication_problems(driver) if ws.encrypted else []
                counts = {
                    name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                    for name, table in sorted(Base.metadata.tables.items())
                }
        except _READ_FAILURES:
            return CheckReport(
                revision=revision, head=HEAD_REVISION, integrity=[DAMAGED], foreign_key_problems=0
            )
    return CheckReport(
        revision=revision,
        head=HEAD_REVISION,
        integrity=integrity,
        foreign_key_problems=fk,
        encrypted=ws.encrypted,
        counts=counts,
        page_problems=pages,
    )


def stored_revision(conn: Connection) -> str | None:
    """The schema revision recorded in the file (None: no ``alembic_version`` table), read without loading
    Alembic: a check of a current workspace needs nothing of it (``HEAD_REVISION`` is Alembic's one head)."""
    has_table = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if has_table is None:
        return None
    rows = [str(r[0]) for r in conn.execute(text("SELECT version_num FROM alembic_version")).all()]
    # More than one row (Alembic refuses such a file): all of them, so the check reports a wrong revision.
    return ", ".join(sorted(rows)) if rows else None


def encryption_text(encrypted: bool) -> str:
    """The line ``verbund`` prints about a file's protection."""
    if encrypted:
        return "Verschlüsselung: ja (SQLCipher, mit Passphrase geschützt)"
    return "Verschlüsselung: NEIN – die Datei ist unverschlüsselt, personenbezogene Daten sind lesbar"
