"""Data side of issue 11 at network scale: ``python -m bench.bench_scale_data``.

Every service figure stands next to a baseline from the same run: the plain SQL (one sqlite3/sqlcipher3
statement on a connection of its own) that returns the same rows the service turns into a view. ``verbund check``
and ``verbund backup`` stand next to copying the file's bytes. Ratios are the verdicts; milliseconds vary with
the machine's load. The workspace is ``bench.scale`` (300 companies, 6,000 people, 130,000 ratings), a copy.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from bench.common import Row, median, print_table, time_calls
from bench.scale import BIG_COMPANY_NAME, scale_copy
from verbund_desktop.persistence.backup import create_backup
from verbund_desktop.persistence.engine import readonly_connect
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report import build_company_report
from verbund_desktop.services.competency.assessment_queries import interview_overview
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.organisation.companies import (
    load_company,
    load_employee,
    update_company,
    update_employee,
)
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.planning.plan_queries import plan_state
from verbund_desktop.services.planning.plans import set_plan_field
from verbund_desktop.services.protection.privacy import privacy_overview
from verbund_desktop.services.workspace.check import check_workspace
from verbund_desktop.services.workspace.workspace_service import open_existing

TODAY = date(2026, 12, 2)
REPEAT = 5


def _hex(ident: uuid.UUID) -> str:
    return ident.hex


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        path, passphrase = scale_copy(Path(folder))
        raw = readonly_connect(path, passphrase)
        start = time.perf_counter()
        ws = open_existing(path, passphrase)
        opened = time.perf_counter() - start
        try:
            rows = [_open_row(opened, path, passphrase)]
            rows += _services(ws, raw)
            raw.close()
            rows += _whole_file(ws, path, Path(folder))
        finally:
            ws.close()
        return rows + _prepared_open(path, passphrase)


def _open_row(opened: float, path: Path, passphrase: str) -> Row:
    with path.open("rb") as fh:
        salt = fh.read(16)
    start = time.perf_counter()
    hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 256_000, 32)
    derivation = time.perf_counter() - start
    return (
        "open the workspace (lock, key check, engine, content check)",
        opened,
        f"{opened / derivation:.1f}× one key derivation ({derivation * 1000:.0f} ms, baseline)",
    )


def _pair(name: str, service: Callable[[], object], baseline: Callable[[], object]) -> list[Row]:
    service()
    baseline()
    base = median(time_calls(baseline, REPEAT))
    took = median(time_calls(service, REPEAT))
    return [
        (f"{name}: plain SQL of the same rows (baseline)", base, f"median of {REPEAT}"),
        (name, took, f"median of {REPEAT}; ratio {took / base:.1f}×"),
    ]


def _services(ws: Workspace, raw: Any) -> list[Row]:
    directory = Directory(ws)
    companies = directory.companies()
    big = next(c for c in companies if c.name == BIG_COMPANY_NAME)
    small = next(c for c in companies if c.employee_count == 20)
    person = directory.employees(small.id)[0]

    def report_sql(company_id: uuid.UUID) -> Callable[[], object]:
        sql = (
            "SELECT e.last_name, e.first_name, r.competence_id, r.agreed_level, r.target_level, r.priority "
            "FROM employee e JOIN competency_assessment a ON a.employee_id = e.id "
            "JOIN competency_rating r ON r.assessment_id = a.id "
            "WHERE e.company_id = ? AND a.status = 'complete' AND a.assessed_on = "
            "(SELECT max(b.assessed_on) FROM competency_assessment b WHERE b.employee_id = e.id "
            "AND b.status = 'complete') ORDER BY e.last_name, e.first_name"
        )
        return lambda: raw.execute(sql, (_hex(company_id),)).fetchall()

    def employees_sql() -> object:
        return raw.execute(
            "SELECT e.*, (SELECT count(*) FROM competency_assessment a WHERE a.employee_id = e.id) "
            "FROM employee e ORDER BY e.last_name, e.first_name"
        ).fetchall()

    def person_sql() -> object:
        return raw.execute(
            "SELECT * FROM consent_record WHERE employee_id = ?", (_hex(person.id),)
        ).fetchall()

    rows: list[Row] = []
    rows += _pair(
        f"company report view model, {big.employee_count}-person company",
        lambda: company_report_view(ws, big.id, today=TODAY),
        report_sql(big.id),
    )
    rows += _pair(  # what the preview, printing and `verbund report company` wait for (target ≤ 1 s)
        f"company report, view model and PDF, {big.employee_count}-person company",
        lambda: build_company_report(company_report_view(ws, big.id, today=TODAY)),
        report_sql(big.id),
    )
    rows += _pair(
        f"company report view model, {small.employee_count}-person company",
        lambda: company_report_view(ws, small.id, today=TODAY),
        report_sql(small.id),
    )
    rows += _pair(
        "select a person: privacy overview (consent, retention date)",
        lambda: privacy_overview(ws, person.id),
        person_sql,
    )
    rows += _pair("tree data: all 6,000 people (Directory.employees)", directory.employees, employees_sql)
    rows += _pair(
        "tree data: one company's people (Directory.employees(company))",
        lambda: directory.employees(small.id),
        lambda: raw.execute("SELECT * FROM employee WHERE company_id = ?", (_hex(small.id),)).fetchall(),
    )
    rows += _extra_rows(ws, raw, small.id, person.id)
    return rows


def _extra_rows(ws: Workspace, raw: Any, company_id: uuid.UUID, person_id: uuid.UUID) -> list[Row]:
    """What the UI reads after a change: one row (new services) next to the whole tree reload (before)."""
    directory: Any = Directory(ws)
    rows: list[Row] = []
    if not hasattr(directory, "employee_row"):  # before issue 11: only the whole reload exists
        return rows
    state = plan_state(ws, person_id)
    assert state is not None
    goals = iter(f"Ziel {n}" for n in range(1_000))

    def plan_commit_row() -> object:
        set_plan_field(ws, state.plan_id, "goals", next(goals), actor="Benchmark")
        return directory.employee_row(person_id)

    def plan_commit_tree() -> object:
        set_plan_field(ws, state.plan_id, "goals", next(goals), actor="Benchmark")
        return directory.employees()

    def person_edit_row() -> object:
        _company, data = load_employee(ws, person_id)
        update_employee(ws, person_id, replace(data, job_title=next(goals)), actor="Benchmark")
        return directory.employee_row(person_id)

    def company_edit_row() -> object:
        data = load_company(ws, company_id)
        update_company(ws, company_id, replace(data, notes=next(goals)), actor="Benchmark")
        return directory.company_row(company_id)

    rows += _pair(
        "plan-field commit + the person's tree row (Directory.employee_row)",
        plan_commit_row,
        lambda: raw.execute("SELECT * FROM employee WHERE id = ?", (_hex(person_id),)).fetchall(),
    )
    took = median(time_calls(plan_commit_tree, REPEAT))
    rows.append(("plan-field commit + whole tree reload (as before)", took, f"median of {REPEAT}"))
    rows += _pair(
        "edit a person + their tree row",
        person_edit_row,
        lambda: raw.execute("SELECT * FROM employee WHERE id = ?", (_hex(person_id),)).fetchall(),
    )
    rows += _pair(
        "edit a company + its tree row (Directory.company_row)",
        company_edit_row,
        lambda: raw.execute("SELECT * FROM company WHERE id = ?", (_hex(company_id),)).fetchall(),
    )
    rows += _pair(
        "select a person: competency grid (interview_overview)",
        lambda: interview_overview(ws, person_id),
        lambda: raw.execute(
            "SELECT r.* FROM competency_rating r JOIN competency_assessment a ON r.assessment_id = a.id "
            "WHERE a.employee_id = ?",
            (_hex(person_id),),
        ).fetchall(),
    )
    return rows


def _whole_file(ws: Workspace, path: Path, folder: Path) -> list[Row]:
    def copy_bytes() -> None:
        shutil.copyfile(path, folder / "bytes.copy")

    copy_bytes()
    base = median(time_calls(copy_bytes, 3))
    start = time.perf_counter()
    report = check_workspace(ws)
    checked = time.perf_counter() - start
    target = folder / "backup.db"
    start = time.perf_counter()
    create_backup(ws, target)
    backed_up = time.perf_counter() - start
    size = path.stat().st_size / 2**20
    verdict = "ok" if report.ok else "NOT ok"
    rows: list[Row] = [
        (f"copy the file's {size:.0f} MiB of bytes (baseline)", base, "median of 3"),
        ("verbund check (service)", checked, f"{verdict}; ratio {checked / base:.0f}×; target ≤ 5 s"),
        (
            "verbund backup (service, written and verified)",
            backed_up,
            f"ratio {backed_up / base:.0f}×; ≤ 5 s",
        ),
    ]
    return rows + _background_backup(ws, folder)


def _background_backup(ws: Workspace, folder: Path) -> list[Row]:
    """The daily backup in a worker thread while the UI thread saves: how long a save takes meanwhile."""
    try:
        from verbund_desktop.services.protection.daily_backup import run_daily_backup
    except ImportError:  # before issue 11 the daily backup ran before the window
        return []
    person = Directory(ws).employees()[0]
    state = plan_state(ws, person.id)
    assert state is not None
    texts = iter(f"Ziel {n}" for n in range(10_000))

    def save() -> None:
        set_plan_field(ws, state.plan_id, "goals", next(texts), actor="Benchmark")

    idle = time_calls(save, 20)
    done = threading.Event()
    took: list[float] = []

    def worker() -> None:
        start = time.perf_counter()
        run_daily_backup(ws, directory=folder / "Sicherungen")
        took.append(time.perf_counter() - start)
        done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    during: list[float] = []
    while not done.is_set():
        during += time_calls(save, 1)
    thread.join()
    return [
        ("one save on the UI thread, idle (baseline)", median(idle), f"max {max(idle) * 1000:.1f} ms of 20"),
        (
            "daily backup in a worker thread (copy + verification)",
            took[0],
            f"{len(during)} saves meanwhile: median {median(during) * 1000:.1f} ms, max {max(during) * 1000:.1f} ms",
        ),
    ]


def _prepared_open(path: Path, passphrase: str) -> list[Row]:
    """Opening with the key derived beforehand (what the UI thread waits for after a worker derived it)."""
    try:
        from verbund_desktop.services.workspace.workspace_service import prepare_key
    except ImportError:
        return []
    start = time.perf_counter()
    held = prepare_key(path, passphrase)
    derived = time.perf_counter() - start
    start = time.perf_counter()
    ws = open_existing(path, held)
    opened = time.perf_counter() - start
    ws.close()
    return [
        ("key derivation for the open (prepare_key, in a worker)", derived, "once per open"),
        ("open with the prepared key (no derivation left)", opened, "lock, check, engine, content check"),
    ]


if __name__ == "__main__":
    print_table("Network scale: data (issue 11)", run())
