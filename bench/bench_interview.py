"""Benchmark of the competency interview: ``python -m bench.bench_interview``.

``run()`` returns rows ``(name, seconds, comment)`` measured in one run:

* commit latency of one rating through ``services.assessments.set_rating_field`` — the function every key
  press in the grid calls — median and p99 over >= 200 commits, next to a raw commit of one row with the
  same driver and the same pragmas (WAL, synchronous=FULL). Targets: median <= 5 ms and <= 20x raw.
  Measured for an unencrypted and an encrypted (SQLCipher) workspace, each against its own raw baseline.
* switching the competency grid between two employees with 40 competences each, until painted.
  Target <= 100 ms.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import select

from bench.common import Row, median, percentile
from verbund_desktop.persistence.models import (
    Company,
    Competence,
    CompetenceArea,
    CompetenceCatalog,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_queries import assessment_sheet
from verbund_desktop.services.competency.assessment_sheets import LEVEL_FIELDS, RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_from_competences
from verbund_desktop.services.protection.consent import METHOD_PAPER, record_consent
from verbund_desktop.services.workspace.demo import create_demo_workspace

COMMITS = 300
SWITCHES = 40
PASSPHRASE = "Bench-Passphrase 1"
COMMIT_TARGET_S = 0.005
RATIO_TARGET = 20.0
SWITCH_TARGET_S = 0.100


def raw_commits(path: Path, passphrase: str | None, count: int) -> list[float]:
    """Insert-and-commit of one small row, the way SQLite is used without any of our layers."""
    conn: Any = sqlite3.connect(str(path)) if passphrase is None else sqlcipher3.connect(str(path))
    if passphrase is not None:
        conn.execute(f"PRAGMA key = '{passphrase}'")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v INTEGER)")
    conn.commit()
    out = []
    for i in range(count + 10):
        start = time.perf_counter()
        conn.execute("INSERT INTO t (v) VALUES (?)", (i,))
        conn.commit()
        out.append(time.perf_counter() - start)
    conn.close()
    return out[10:]  # the first commits create the WAL file


def interview_person(ws: Workspace, code: str, competences: int) -> tuple[uuid.UUID, uuid.UUID]:
    """A new person with consent and a draft interview over ``competences`` competences of all catalogues."""
    with ws.unit_of_work() as uow:
        company = uow.session.scalars(select(Company).order_by(Company.name)).first()
        assert company is not None
        person = Employee(company_id=company.id, first_name="Bänk", last_name=code, pseudonym_code=code)
        uow.session.add(person)
        ids = list(
            uow.session.scalars(
                select(Competence.id)
                .join(CompetenceArea, Competence.area_id == CompetenceArea.id)
                .join(CompetenceCatalog, Competence.catalog_id == CompetenceCatalog.id)
                .order_by(CompetenceCatalog.key, CompetenceArea.position, Competence.position)
            )
        )[:competences]
        uow.commit()
        employee = person.id
    record_consent(ws, employee, method=METHOD_PAPER, given_on=date.today(), actor="Bench")
    return employee, start_from_competences(ws, employee, ids, actor="Bench")


def service_commits(ws: Workspace, assessment: uuid.UUID, count: int) -> list[float]:
    """Each call changes a value (cycling rows and level fields), so each one really commits."""
    sheet = assessment_sheet(ws, assessment)
    assert sheet is not None
    cells = [(row, which) for row in sheet.rows for which in LEVEL_FIELDS]
    out = []
    for i in range(count + 10):
        row, which = cells[i % len(cells)]
        scale = sheet.scale_of(row)
        value = scale.min_level + (i // len(cells)) % (scale.max_level - scale.min_level + 1)
        start = time.perf_counter()
        set_rating_field(ws, row.id, which, value, actor="Bench")
        out.append(time.perf_counter() - start)
    set_rating_field(ws, cells[0][0].id, RatingField.NOTE, "Bench", actor="Bench")
    return out[10:]


def commit_rows(label: str, ws: Workspace, db_dir: Path, passphrase: str | None) -> list[Row]:
    _employee, assessment = interview_person(ws, f"BENCH-{label}", 40)
    raw = raw_commits(db_dir / f"raw-{label}.db", passphrase, COMMITS)
    service = service_commits(ws, assessment, COMMITS)
    raw_median, service_median = median(raw), median(service)
    ratio = service_median / raw_median
    verdict = "ok" if service_median <= COMMIT_TARGET_S and ratio <= RATIO_TARGET else "TARGET MISSED"
    return [
        (
            f"raw commit of one row ({label}, baseline)",
            raw_median,
            f"median of {COMMITS}; p99 {percentile(raw, 99) * 1000:.2f} ms",
        ),
        (
            f"rating commit via service ({label})",
            service_median,
            f"median of {COMMITS}; p99 {percentile(service, 99) * 1000:.2f} ms; ratio {ratio:.1f}x "
            f"(targets <= 5 ms, <= 20x): {verdict}",
        ),
    ]


def switch_rows(ws: Workspace) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from verbund_desktop.ui.common.context import WorkspaceContext
    from verbund_desktop.ui.competency.competency_view import CompetencyView

    app = QApplication.instance() or QApplication([])
    first, _ = interview_person(ws, "SWITCH-A", 40)
    second, _ = interview_person(ws, "SWITCH-B", 40)
    view = CompetencyView(WorkspaceContext(ws, "Bench"))
    view.resize(1000, 700)
    view.show()
    app.processEvents()

    def switch_to(person: uuid.UUID) -> Callable[[], None]:
        def go() -> None:
            view.set_subject(person)
            view.repaint()  # synchronous paint: the grid is on screen when this returns

        return go

    for person in (first, second):
        switch_to(person)()
    assert len(view.model.ratings()) == 40
    times = []
    for i in range(SWITCHES):
        go = switch_to(first if i % 2 else second)
        start = time.perf_counter()
        go()
        times.append(time.perf_counter() - start)
        app.processEvents()
    view.close()
    value = median(times)
    verdict = "ok" if value <= SWITCH_TARGET_S else "TARGET MISSED"
    return [
        (
            "switch grid between two people, 40 competences each (encrypted)",
            value,
            f"median of {SWITCHES}, load + model + paint; p99 {percentile(times, 99) * 1000:.1f} ms "
            f"(target <= 100 ms): {verdict}",
        )
    ]


def run() -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        plain = create_demo_workspace(tmp_dir / "plain.db", None)
        try:
            rows += commit_rows("unencrypted", plain, tmp_dir, None)
        finally:
            plain.close()
        encrypted = create_demo_workspace(tmp_dir / "encrypted.db", PASSPHRASE)
        try:
            rows += commit_rows("SQLCipher", encrypted, tmp_dir, PASSPHRASE)
            rows += switch_rows(encrypted)
        finally:
            encrypted.close()
    return rows


if __name__ == "__main__":
    from bench.common import print_table

    print_table("Competency interview", run())
