"""`verbund check`: schema revision, integrity and row counts of a workspace."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.errors import DB_ERRORS
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

    @property
    def ok(self) -> bool:
        return self.revision == self.head and self.integrity == ["ok"] and self.foreign_key_problems == 0

    def problems(self) -> list[str]:
        out = []
        if self.revision != self.head:
            out.append(f"Schema-Stand {self.revision} statt {self.head}.")
        if self.integrity != ["ok"]:
            out.extend(f"Integritätsprüfung: {line}" for line in self.integrity)
        if self.foreign_key_problems:
            out.append(f"{self.foreign_key_problems} Verweise zeigen auf fehlende Datensätze.")
        return out


DAMAGED = (
    "Die Datei ist beschädigt: Beim Lesen sind unlesbare Seiten aufgefallen. Bitte eine Sicherung "
    "wiederherstellen (verbund restore)."
)
# What SQLite (or SQLCipher, for a page whose authentication fails) raises while reading damaged pages.
_READ_FAILURES: tuple[type[BaseException], ...] = (*DB_ERRORS, MemoryError)


def check_workspace(ws: Workspace) -> CheckReport:
    """Revision, integrity and counts. Damage found while reading is a finding of the check, not a failure:
    it is reported in ``integrity`` (and counts that cannot be read are left out)."""
    with ws.engine.connect() as conn:
        revision = current_revision(conn)
        try:
            integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).all()]
            fk = len(conn.execute(text("PRAGMA foreign_key_check")).all())
        except _READ_FAILURES:
            return CheckReport(
                revision=revision, head=head_revision(), integrity=[DAMAGED], foreign_key_problems=0
            )
        counts = {
            name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for name, table in sorted(Base.metadata.tables.items())
        }
    return CheckReport(
        revision=revision,
        head=head_revision(),
        integrity=integrity,
        foreign_key_problems=fk,
        encrypted=ws.encrypted,
        counts=counts,
    )


def encryption_text(encrypted: bool) -> str:
    """The line ``verbund`` prints about a file's protection."""
    if encrypted:
        return "Verschlüsselung: ja (SQLCipher, mit Passphrase geschützt)"
    return "Verschlüsselung: NEIN – die Datei ist unverschlüsselt, personenbezogene Daten sind lesbar"
