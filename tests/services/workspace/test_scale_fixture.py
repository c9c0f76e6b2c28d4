"""The generated network workspace of the benchmarks (bench/scale.py), built small: a valid workspace."""

from __future__ import annotations

from pathlib import Path

from bench.scale import ScaleSpec, build_scale_workspace, describe

from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.workspace.check import check_workspace
from verbund_desktop.services.workspace.workspace_service import open_existing

SMALL = ScaleSpec(companies=8, people=80, big_company=20)


def test_small_generated_network_opens_and_passes_the_check(tmp_path: Path) -> None:
    path = tmp_path / "scale.db"
    build_scale_workspace(path, SMALL, passphrase="Skalierung im Test 1")
    counts = describe(path, "Skalierung im Test 1")
    assert counts["company"] == SMALL.companies
    assert counts["employee"] == SMALL.people
    assert counts["development_plan"] == SMALL.people
    assert counts["competency_rating"] > 20 * (SMALL.people - 14)
    ws = open_existing(path, "Skalierung im Test 1")
    try:
        directory = Directory(ws)
        companies = directory.companies()
        assert len(companies) == SMALL.companies
        assert max(c.employee_count for c in companies) == SMALL.big_company
        assert sum(c.employee_count for c in companies) == SMALL.people
        assert all(e.assessment_count >= 1 for e in directory.employees())
        assert check_workspace(ws).ok
    finally:
        ws.close()
