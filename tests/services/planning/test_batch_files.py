"""A batch of plan PDFs into a folder is all or nothing: cancelled or failed, no file and no frozen plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.report.test_report_common import pdf_text
from tests.services.planning.test_services_printing import TODAY, frozen_versions
from tests.support.plan_support import ACTOR, company_id
from tests.workspaces import open_copy
from verbund_desktop.assessment.errors import UserError
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning import batch_files, plans
from verbund_desktop.services.planning.batch_files import print_batch_to_folder
from verbund_desktop.services.planning.printing import plan_print_jobs


@pytest.fixture
def ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_copy(demo_template, tmp_path)
    yield workspace
    workspace.close()


class Stop(UserError):
    pass


def test_the_batch_writes_every_plan_freezes_it_and_reports_progress(ws: Workspace, tmp_path: Path) -> None:
    jobs, _ = plan_print_jobs(ws, company_id=company_id(ws, "Metallbau Schäfer & Söhne KG"))
    calls: list[tuple[int, int]] = []
    result = print_batch_to_folder(
        ws, jobs, tmp_path / "out", actor=ACTOR, today=TODAY, progress=lambda *a: calls.append(a)
    )
    assert not result.cancelled and len(result.written) == 5 and frozen_versions(ws) == 5
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(j.file_name for j in jobs)
    assert calls == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    for job, path in zip(jobs, result.written, strict=True):
        text = pdf_text(path.read_bytes())
        assert job.label.split(" ", 1)[1] in text and "Version 1, Stand 26.11.2026" in text


def test_a_cancel_between_plans_leaves_no_file_and_freezes_nothing(ws: Workspace, tmp_path: Path) -> None:
    jobs, _ = plan_print_jobs(ws)
    out, checks = tmp_path / "out", []

    def check() -> None:
        checks.append(1)
        if len(checks) == 4:
            assert len(list(out.iterdir())) == 3  # three plans rendered, under temporary names
            raise Stop("abgebrochen")

    with pytest.raises(Stop):
        print_batch_to_folder(ws, jobs, out, actor=ACTOR, today=TODAY, check=check)
    assert list(out.iterdir()) == [] and frozen_versions(ws) == 0


def test_a_failure_while_rendering_leaves_no_file(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs, _ = plan_print_jobs(ws)
    calls: list[int] = []
    real = batch_files.render_plan

    def render(*args: Any, **kwargs: Any) -> bytes:
        calls.append(1)
        if len(calls) == 5:
            raise RuntimeError("kaputt")
        return real(*args, **kwargs)

    monkeypatch.setattr(batch_files, "render_plan", render)
    with pytest.raises(RuntimeError):
        print_batch_to_folder(ws, jobs, tmp_path, actor=ACTOR, today=TODAY)
    assert (
        list(tmp_path.glob("*.pdf")) == list(tmp_path.glob(".verbund-*")) == [] and frozen_versions(ws) == 0
    )


def test_a_plan_edited_during_the_batch_is_printed_as_frozen(ws: Workspace, tmp_path: Path) -> None:
    """The first plan is edited after it was rendered: its file shows the version that was frozen, edit included."""
    jobs, _ = plan_print_jobs(ws, company_id=company_id(ws, "Metallbau Schäfer & Söhne KG"))

    def progress(done: int, total: int) -> None:
        if done == 1:
            plans.set_plan_field(ws, jobs[0].plan_id, "goals", "Nachträglich geändertes Ziel", actor=ACTOR)

    result = print_batch_to_folder(ws, jobs, tmp_path, actor=ACTOR, today=TODAY, progress=progress)
    assert "Nachträglich geändertes Ziel" in pdf_text(result.written[0].read_bytes()).replace("\n", " ")
    assert list(tmp_path.glob(".verbund-*")) == []
