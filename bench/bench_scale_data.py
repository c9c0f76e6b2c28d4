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
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench.common import Row, median, print_table, time_calls
from bench.scale import BIG_COMPANY_NAME, scale_copy
from verbund_desktop.persistence.backup import create_backup
from verbund_desktop.persistence.engine import readonly_connect
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.organisation.directory import Directory
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
            return rows
        finally:
            ws.close()


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
    """Rows for services that exist only after the work of issue 11 (skipped before it)."""
    directory: Any = Directory(ws)
    rows: list[Row] = []
    if hasattr(directory, "employee_row"):
        rows += _pair(
            "tree row of one person after a plan or interview change (Directory.employee_row)",
            lambda: directory.employee_row(person_id),
            lambda: raw.execute("SELECT * FROM employee WHERE id = ?", (_hex(person_id),)).fetchall(),
        )
    if hasattr(directory, "company_row"):
        rows += _pair(
            "tree row of one company after an edit (Directory.company_row)",
            lambda: directory.company_row(company_id),
            lambda: raw.execute("SELECT * FROM company WHERE id = ?", (_hex(company_id),)).fetchall(),
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
    return [
        (f"copy the file's {size:.0f} MiB of bytes (baseline)", base, "median of 3"),
        ("verbund check (service)", checked, f"{verdict}; ratio {checked / base:.0f}×; target ≤ 5 s"),
        (
            "verbund backup (service, written and verified)",
            backed_up,
            f"ratio {backed_up / base:.0f}×; ≤ 5 s",
        ),
    ]


if __name__ == "__main__":
    print_table("Network scale: data (issue 11)", run())
