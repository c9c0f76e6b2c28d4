"""What encryption and durability cost: ``python -m bench.bench_protection``.

``run()`` returns rows ``(name, seconds, comment)`` measured in one run on the demo workspace, once unencrypted
and once encrypted (SQLCipher 4 defaults: PBKDF2-HMAC-SHA512 with 256 000 iterations, AES-256, HMAC per page):

* opening the workspace as the program does (open, content check, the directory the main window shows);
* one rating commit through the service the competency grid calls (``set_rating_field``, with its audit event);
* the key derivation alone, because it is the deliberate, fixed part of every encrypted open;
* ``synchronous=FULL`` against ``NORMAL`` in WAL mode for a raw one-row commit — the price of durability.

Target: encryption costs at most 1.5× on the open and on the rating commit.
"""

from __future__ import annotations

import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from sqlalchemy import select

from bench.common import Row, median, percentile, print_table, time_calls
from verbund_desktop.persistence.models import CompetencyRating, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_reinterview
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.demo import create_demo_workspace
from verbund_desktop.services.workspace.workspace_service import open_existing

KEY = "Bench-Passphrase 2026"
TARGET_RATIO = 1.5
OPENS = 9
COMMITS = 200


def open_like_the_program(path: Path, key: str | None) -> None:
    ws = open_existing(path, key)
    try:
        directory = Directory(ws)
        directory.network()
        directory.companies()
        directory.employees()
    finally:
        ws.close()


def draft_rating(ws: Workspace) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        person = uow.session.scalars(select(Employee.id).where(Employee.pseudonym_code == "MS-02")).one()
    assessment = start_reinterview(ws, person, actor="Bench")
    with ws.unit_of_work() as uow:
        rating = uow.session.scalars(
            select(CompetencyRating.id).where(CompetencyRating.assessment_id == assessment)
        ).first()
    assert rating is not None
    return rating


def commit_times(path: Path, key: str | None) -> list[float]:
    ws = open_existing(path, key)
    try:
        rating = draft_rating(ws)
        values = [1, 2] * (COMMITS // 2 + 5)
        set_rating_field(ws, rating, RatingField.SELF, 3, actor="Bench")  # warm
        calls = iter(values)
        return time_calls(
            lambda: set_rating_field(ws, rating, RatingField.SELF, next(calls), actor="Bench"), COMMITS
        )
    finally:
        ws.close()


def key_derivation(path: Path) -> float:
    def derive() -> None:
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = '" + KEY + "'")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    return median(time_calls(derive, 5))


def raw_commit(path: Path, synchronous: str) -> list[float]:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
    counter = iter(range(10**9))

    def commit() -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (v) VALUES (?)", (f"Wert {next(counter)}",))
        conn.execute("COMMIT")

    try:
        commit()
        return time_calls(commit, COMMITS)
    finally:
        conn.close()


def _pair(label: str, plain: float, encrypted: float, notes: tuple[str, str] = ("", "")) -> list[Row]:
    ratio = encrypted / plain
    verdict = "erfüllt" if ratio <= TARGET_RATIO else "Ziel verfehlt"
    return [
        (f"{label}, unverschlüsselt", plain, notes[0]),
        (
            f"{label}, verschlüsselt",
            encrypted,
            f"{ratio:.2f}× (Ziel ≤ {TARGET_RATIO}×: {verdict}); {notes[1]}",
        ),
    ]


def _median_of(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm the file cache
    return median(time_calls(fn, repeat))


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "demo-offen.db"
        encrypted = Path(folder) / "demo-verschluesselt.db"
        create_demo_workspace(plain, None).close()
        create_demo_workspace(encrypted, KEY).close()

        open_plain = _median_of(lambda: open_like_the_program(plain, None), OPENS)
        open_encrypted = _median_of(lambda: open_like_the_program(encrypted, KEY), OPENS)
        kdf = key_derivation(encrypted)
        commits_plain = commit_times(plain, None)
        commits_encrypted = commit_times(encrypted, KEY)
        full = raw_commit(Path(folder) / "full.db", "FULL")
        normal = raw_commit(Path(folder) / "normal.db", "NORMAL")

    rows: list[Row] = []
    rows += _pair("Demo-Arbeitsbereich öffnen", open_plain, open_encrypted, (f"Median aus {OPENS}",) * 2)
    # Two derivations per open: a read-only connection checks the key (it cannot write, not even a WAL
    # checkpoint), then the working connection is keyed.
    rows.append(
        (
            "  davon Schlüsselableitung (je Ableitung; 2× je Öffnen)",
            kdf,
            f"öffnen ohne sie: {max(0.0, open_encrypted - 2 * kdf) / open_plain:.2f}× unverschlüsselt",
        )
    )
    p99 = [
        f"Median aus {COMMITS}, p99 {percentile(t, 99) * 1000:.2f} ms"
        for t in (commits_plain, commits_encrypted)
    ]
    rows += _pair(
        "Eine Bewertung speichern (Dienst + Protokoll)",
        median(commits_plain),
        median(commits_encrypted),
        (p99[0], p99[1]),
    )
    rows.append(("Roh-Commit WAL, synchronous=NORMAL", median(normal), f"Median aus {COMMITS}"))
    rows.append(
        (
            "Roh-Commit WAL, synchronous=FULL",
            median(full),
            f"{median(full) / median(normal):.2f}× NORMAL; FULL überlebt auch einen Stromausfall",
        )
    )
    return rows


if __name__ == "__main__":
    print_table("Schutz: Verschlüsselung und Dauerhaftigkeit", run())
