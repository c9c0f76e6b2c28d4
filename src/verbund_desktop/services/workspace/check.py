"""`verbund check`: schema revision, integrity and row counts of a workspace."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.errors import DB_ERRORS
from verbund_desktop.persistence.integrity import (
    page_authentication_problems,
    structure_problems,
    whole_file_cache,
)
from verbund_desktop.persistence.migrate import current_revision, head_revision
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
        revision = current_revision(conn)
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
                revision=revision, head=head_revision(), integrity=[DAMAGED], foreign_key_problems=0
            )
    return CheckReport(
        revision=revision,
        head=head_revision(),
        integrity=integrity,
        foreign_key_problems=fk,
        encrypted=ws.encrypted,
        counts=counts,
        page_problems=pages,
    )


def encryption_text(encrypted: bool) -> str:
    """The line ``verbund`` prints about a file's protection."""
    if encrypted:
        return "Verschlüsselung: ja (SQLCipher, mit Passphrase geschützt)"
    return "Verschlüsselung: NEIN – die Datei ist unverschlüsselt, personenbezogene Daten sind lesbar"
