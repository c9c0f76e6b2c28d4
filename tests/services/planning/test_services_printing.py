"""Batch printing of plans to PDF files: selection, freezing, progress, cancellation, file names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.report.test_report_common import pdf_text
from tests.support.plan_support import ACTOR, company_id, employee_id
from tests.workspaces import open_copy
from verbund_desktop.persistence.models import ConsentRecord, DevelopmentPlan, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report import build_development_plan
from verbund_desktop.services.needs.report_printing import write_company_report
from verbund_desktop.services.planning import plans
from verbund_desktop.services.planning.plan_documents import development_plan_view
from verbund_desktop.services.planning.plan_queries import plan_state
from verbund_desktop.services.planning.plan_values import PlanError
from verbund_desktop.services.planning.printing import (
    PrintError,
    plan_print_jobs,
    print_plans,
    safe_file_name,
    write_pdf,
)

TODAY = date(2026, 11, 26)


@pytest.fixture
def ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_copy(demo_template, tmp_path)
    yield workspace
    workspace.close()


def frozen_versions(ws: Workspace) -> int:
    with ws.unit_of_work() as uow:
        return len(
            uow.session.scalars(select(DevelopmentPlan).where(DevelopmentPlan.frozen_at.is_not(None))).all()
        )


def test_jobs_for_a_company_skip_people_without_a_plan(ws: Workspace) -> None:
    bakery = company_id(ws, "Bäckerei Möller GmbH")
    with ws.unit_of_work() as uow:
        uow.session.add(
            Employee(company_id=bakery, first_name="Jörn", last_name="Ühlein", pseudonym_code="BM-05")
        )
        uow.commit()
    jobs, skipped = plan_print_jobs(ws, company_id=bakery)
    assert [j.label for j in jobs] == [  # ordered by last name
        "BM-03 Björn Müller",
        "BM-04 Lütfiye Öztürk",
        "BM-02 Änne Schröder",
        "BM-01 Jürgen Weiß",
    ]
    assert skipped == ["BM-05 Jörn Ühlein: kein Entwicklungsplan"]
    everyone, _ = plan_print_jobs(ws)
    assert len(everyone) == 14
    single, _ = plan_print_jobs(ws, employee_id=employee_id(ws, "SL-02"))
    assert [j.file_name for j in single] == ["Entwicklungsplan SL-02 Özlem Yıldız (Version 1).pdf"]


def test_batch_writes_every_plan_and_freezes_it(ws: Workspace, tmp_path: Path) -> None:
    jobs, _ = plan_print_jobs(ws, company_id=company_id(ws, "Metallbau Schäfer & Söhne KG"))
    calls: list[tuple[int, int, str]] = []
    result = print_plans(
        ws, jobs, tmp_path / "out", actor=ACTOR, today=TODAY, progress=lambda *a: calls.append(a)
    )
    assert not result.cancelled and len(result.written) == len(jobs) == 5
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(j.file_name for j in jobs)
    assert [c[0] for c in calls] == [0, 1, 2, 3, 4, 5] and all(c[1] == 5 for c in calls)
    assert frozen_versions(ws) == 5
    for job, path in zip(jobs, result.written, strict=True):
        text = pdf_text(path.read_bytes())
        assert job.label.split(" ", 1)[1] in text and "Version 1, Stand 26.11.2026" in text


def test_cancelling_stops_before_the_next_plan_and_leaves_no_partial_files(
    ws: Workspace, tmp_path: Path
) -> None:
    jobs, _ = plan_print_jobs(ws)
    out = tmp_path / "out"
    result = print_plans(
        ws, jobs, out, actor=ACTOR, today=TODAY, cancelled=lambda: len(list(out.glob("*"))) >= 3
    )
    assert result.cancelled and len(result.written) == 3
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.written)
    assert frozen_versions(ws) == 3


def test_pseudonymised_batch_has_no_names_in_files_or_file_names(ws: Workspace, tmp_path: Path) -> None:
    jobs, _ = plan_print_jobs(ws, company_id=company_id(ws, "Bäckerei Möller GmbH"), pseudonymised=True)
    result = print_plans(ws, jobs, tmp_path, actor=ACTOR, today=TODAY, pseudonymised=True)
    names = ["Jürgen", "Weiß", "Änne", "Schröder", "Björn", "Müller", "Lütfiye", "Öztürk"]
    for path in result.written:
        assert not any(n in path.name for n in names)
        text = pdf_text(path.read_bytes())
        assert not any(n in text for n in names) and "BM-0" in text


def test_a_pseudonymised_plan_prints_colleagues_by_their_codes_too(ws: Workspace, tmp_path: Path) -> None:
    person = employee_id(ws, "BM-01")
    state = plan_state(ws, person)
    assert state is not None
    plans.set_plan_field(
        ws, state.plan_id, "goals", "Frau Schröder vertritt; Björn Müller hilft.", actor=ACTOR
    )
    jobs, _ = plan_print_jobs(ws, employee_id=person, pseudonymised=True)
    text = pdf_text(
        print_plans(ws, jobs, tmp_path, actor=ACTOR, today=TODAY, pseudonymised=True).written[0].read_bytes()
    )
    assert "Schröder" not in text and "Müller" not in text
    with ws.unit_of_work() as uow:
        codes = {
            e.last_name: e.pseudonym_code
            for e in uow.session.scalars(
                select(Employee).where(Employee.last_name.in_(["Schröder", "Müller"]))
            )
        }
    assert f"{codes['Schröder']} vertritt" in text.replace("\n", " ") and codes["Müller"] in text


def test_a_printed_version_reprints_byte_for_byte_after_later_edits(ws: Workspace, tmp_path: Path) -> None:
    person = employee_id(ws, "SL-03")
    jobs, _ = plan_print_jobs(ws, employee_id=person)
    first = print_plans(ws, jobs, tmp_path, actor=ACTOR, today=TODAY).written[0].read_bytes()
    state = plan_state(ws, person)
    assert state is not None and state.frozen
    plans.set_plan_field(ws, state.plan_id, "goals", "Ganz neue Ziele", actor=ACTOR)
    with ws.unit_of_work() as uow:  # a later change of master data must not change the printed version
        employee = uow.session.get(Employee, person)
        assert employee is not None
        employee.last_name = "Rößler-Neu"
        uow.commit()
    again = build_development_plan(development_plan_view(ws, state.plan_id, today=date(2027, 3, 1)))
    assert again == first
    jobs, _ = plan_print_jobs(ws, employee_id=person)
    assert jobs[0].file_name == "Entwicklungsplan SL-03 Klaus Rößler-Neu (Version 2).pdf"


def test_people_without_a_valid_consent_are_not_printed(ws: Workspace) -> None:
    person = employee_id(ws, "BM-02")
    plan = plan_state(ws, person)
    with ws.unit_of_work() as uow:
        for record in uow.session.scalars(select(ConsentRecord).where(ConsentRecord.employee_id == person)):
            record.status = "withdrawn"
            record.withdrawn_on = TODAY
        uow.commit()
    jobs, skipped = plan_print_jobs(ws, company_id=company_id(ws, "Bäckerei Möller GmbH"))
    assert len(jobs) == 3 and skipped == ["BM-02 Änne Schröder: keine gültige Einwilligung"]
    assert plan is not None
    with pytest.raises(PlanError, match="keine gültige Einwilligung"):
        plans.freeze_plan(ws, plan.plan_id, actor=ACTOR)
    assert frozen_versions(ws) == 0


def test_file_names_are_portable() -> None:
    assert safe_file_name('Plan: "A/B" <C>|D?*.') == "Plan_ _A_B_ _C__D__"
    assert safe_file_name("Entwicklungsplan Jürgen Weiß") == "Entwicklungsplan Jürgen Weiß"
    assert safe_file_name("...") == "Dokument"


def test_unwritable_targets_give_a_german_error(tmp_path: Path) -> None:
    blocker = tmp_path / "datei"
    blocker.write_text("x")
    with pytest.raises(PrintError, match="kann nicht geschrieben werden"):
        write_pdf(blocker / "plan.pdf", b"%PDF-1.4")


def test_company_report_file(ws: Workspace, tmp_path: Path) -> None:
    path = write_company_report(
        ws, company_id(ws, "Südwest Logistik AG"), tmp_path / "bericht.pdf", today=TODAY, pseudonymised=True
    )
    text = pdf_text(path.read_bytes())
    assert "Bedarfsanalyse" in text and "SL-01" in text and "Heike Jäger" not in text
    assert not list(tmp_path.glob(".verbund-*"))
