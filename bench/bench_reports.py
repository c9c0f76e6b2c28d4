"""Benchmark of the printed documents: ``python -m bench.bench_reports``.

``run()`` returns rows ``(name, seconds, comment)`` measured in one run on the demo view models of
``tests.samples.report_views``. Targets: one development plan <= 60 ms, 100 plans <= 6 s.
"""

from __future__ import annotations

import io
import time

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
from tests.samples.report_views import sample_company_view, sample_consent_view, sample_plan_view

from bench.common import Row, median, print_table, time_calls
from verbund_desktop.report import build_company_report, build_consent_sheet, build_development_plan
from verbund_desktop.report.styles import FONT_BOLD, FONT_REGULAR, register_fonts

PLAN_TARGET_S = 0.060
BATCH_TARGET_S = 6.0


def baseline_document() -> bytes:
    """One A4 page of plain ReportLab: a heading and ten paragraphs in the same embedded TTF font."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, initialFontName=FONT_REGULAR)
    heading = ParagraphStyle("H", fontName=FONT_BOLD, fontSize=16, leading=20)
    body = ParagraphStyle("B", fontName=FONT_REGULAR, fontSize=9, leading=12)
    text = "Weiterbildung im Verbund: Bedarfsanalyse, Kompetenzerhebung und Entwicklungspläne. "
    story = [Paragraph("Grundlinie: eine Seite", heading)] + [Paragraph(text * 3, body) for _ in range(10)]
    document.build(story)
    return buffer.getvalue()


def run() -> list[Row]:
    """Measure every document (after one warm-up build each, so font loading is not counted)."""
    plan_view = sample_plan_view()
    company_view = sample_company_view(employees=30, competences=21)
    consent_view = sample_consent_view()
    batch_views = [sample_plan_view(measures=i % 8, works_council=i % 2 == 0) for i in range(100)]
    cold_start = time.perf_counter()
    build_development_plan(plan_view)
    cold = time.perf_counter() - cold_start
    for warm_up in (
        baseline_document,
        lambda: build_company_report(company_view),
        lambda: build_consent_sheet(consent_view),
    ):
        warm_up()

    baseline = median(time_calls(baseline_document, 20))
    plan = median(time_calls(lambda: build_development_plan(plan_view), 20))
    batch_start = time.perf_counter()
    for view in batch_views:
        build_development_plan(view)
    batch = time.perf_counter() - batch_start
    company = median(time_calls(lambda: build_company_report(company_view), 5))
    consent = median(time_calls(lambda: build_consent_sheet(consent_view), 20))

    def verdict(seconds: float, target: float) -> str:
        return "met" if seconds <= target else "MISSED"

    return [
        ("one-page ReportLab document (baseline)", baseline, "median of 20, same TTF font"),
        (
            "development plan, 4 pages, 4 measures",
            plan,
            f"median of 20; ratio {plan / baseline:.1f}×; target ≤ 60 ms {verdict(plan, PLAN_TARGET_S)}",
        ),
        (
            "100 development plans in a batch (0–7 measures)",
            batch,
            f"{batch / 100 * 1000:.1f} ms per plan, ratio {batch / 100 / baseline:.1f}× per plan; "
            f"target ≤ 6 s {verdict(batch, BATCH_TARGET_S)}",
        ),
        (
            "company report, 30 employees × 21 competences",
            company,
            f"median of 5; ratio {company / baseline:.1f}×",
        ),
        ("consent sheet, 2 pages", consent, f"median of 20; ratio {consent / baseline:.1f}×"),
        ("first plan in the process (cold)", cold, "includes registering the fonts"),
    ]


if __name__ == "__main__":
    print_table("Documents", run())
