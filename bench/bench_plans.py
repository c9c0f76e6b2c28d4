"""Benchmark of printing from the demo database: ``python -m bench.bench_plans``.

``run()`` measures mapping (database → view model) plus rendering, for one plan, all plans of the demo in a
batch scaled to 100, and the company report, next to the one-page ReportLab baseline of the same run.
Targets (issue 4): one plan ≤ 60 ms, 100 plans ≤ 6 s.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from bench.bench_reports import BATCH_TARGET_S, PLAN_TARGET_S, baseline_document
from bench.common import Row, median, print_table, time_calls
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report import build_company_report, build_development_plan
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.planning.plan_documents import development_plan_view
from verbund_desktop.services.planning.plan_queries import plan_state
from verbund_desktop.services.planning.printing import plan_print_jobs, print_plans
from verbund_desktop.services.workspace.demo import create_demo_workspace

TODAY = date(2026, 11, 26)


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        ws = create_demo_workspace(Path(folder) / "demo.db", None)
        try:
            return _measure(ws)
        finally:
            ws.close()


def _measure(ws: Workspace) -> list[Row]:
    directory = Directory(ws)
    plan_ids = []
    for employee in directory.employees():
        state = plan_state(ws, employee.id, today=TODAY)
        if state is not None:
            plan_ids.append(state.plan_id)
    company = max(directory.companies(), key=lambda c: c.employee_count)

    def one_plan(plan_id: uuid.UUID = plan_ids[0]) -> bytes:
        return build_development_plan(development_plan_view(ws, plan_id, today=TODAY))

    for warm_up in (baseline_document, one_plan):
        warm_up()
    baseline = median(time_calls(baseline_document, 20))
    mapping = median(time_calls(lambda: development_plan_view(ws, plan_ids[0], today=TODAY), 20))
    plan = median(time_calls(one_plan, 20))
    start = time.perf_counter()
    for index in range(100):
        one_plan(plan_ids[index % len(plan_ids)])
    batch = time.perf_counter() - start
    jobs, _skipped = plan_print_jobs(ws)
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        print_plans(ws, jobs, Path(out), actor="Benchmark", today=TODAY)
        printed = time.perf_counter() - start
    company_time = median(
        time_calls(lambda: build_company_report(company_report_view(ws, company.id, today=TODAY)), 5)
    )

    def verdict(seconds: float, target: float) -> str:
        return "met" if seconds <= target else "MISSED"

    return [
        ("one-page ReportLab document (baseline)", baseline, "median of 20"),
        ("demo plan: database → view model only", mapping, f"median of 20; ratio {mapping / baseline:.1f}×"),
        (
            "demo plan: mapping + rendering",
            plan,
            f"median of 20; ratio {plan / baseline:.1f}×; target ≤ 60 ms {verdict(plan, PLAN_TARGET_S)}",
        ),
        (
            f"100 demo plans in a batch ({len(plan_ids)} different)",
            batch,
            f"{batch / 100 * 1000:.1f} ms per plan; target ≤ 6 s {verdict(batch, BATCH_TARGET_S)}",
        ),
        (
            f"batch print of all {len(jobs)} demo plans",
            printed,
            f"{printed / len(jobs) * 1000:.1f} ms per plan: freeze (snapshot), render, write the file",
        ),
        (
            f"demo company report ({company.name}, {company.employee_count} employees)",
            company_time,
            f"median of 5, mapping + rendering; ratio {company_time / baseline:.1f}×",
        ),
    ]


if __name__ == "__main__":
    print_table("Plans from the demo database", run())
