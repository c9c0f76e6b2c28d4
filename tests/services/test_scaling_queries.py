"""Queries that scale (issue 11): the same results as the per-person queries they replaced, on the demo and on
generated networks, and a number of SQL statements that does not grow with the number of companies."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from bench.scale import BIG_COMPANY_NAME, ScaleSpec, build_scale_workspace
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from tests.support.scaling_reference import counted_statements, old_report
from verbund_desktop.persistence.models import (
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace, open_workspace
from verbund_desktop.services.needs.company_report import company_report_view
from verbund_desktop.services.organisation.directory import Directory
from verbund_desktop.services.protection.activity import employee_activity
from verbund_desktop.services.protection.privacy import privacy_overview

SMALL = ScaleSpec(companies=6, people=60, big_company=12)
LARGER = ScaleSpec(companies=14, people=140, big_company=12)


@pytest.fixture(scope="module")
def networks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("networks")
    built = {}
    for name, spec in (("small", SMALL), ("larger", LARGER)):
        built[name] = folder / f"{name}.db"
        build_scale_workspace(built[name], spec, passphrase=None)
    return built


def _open(template: Path, folder: Path) -> Workspace:
    target = folder / f"{template.stem}-{uuid.uuid4().hex[:6]}.db"
    shutil.copyfile(template, target)
    return open_workspace(target)


def _assert_reports_equal(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    build_old = old_report(monkeypatch)
    today = date.today()
    for company in Directory(ws).companies():
        for pseudonymised in (False, True):
            new = company_report_view(ws, company.id, today=today, pseudonymised=pseudonymised)
            old = build_old(ws, company.id, today=today, pseudonymised=pseudonymised)
            assert new == old, company.name


def test_company_reports_equal_the_per_person_queries_on_the_demo(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _assert_reports_equal(ws, monkeypatch)
    assert any(company_report_view(ws, c.id).pooling_needs for c in Directory(ws).companies())


def test_company_reports_equal_the_per_person_queries_on_a_generated_network(
    networks: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _open(networks["small"], tmp_path)
    try:
        _assert_reports_equal(ws, monkeypatch)
    finally:
        ws.close()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    withdrawn=st.sets(st.integers(0, 13), max_size=6),
    archived=st.sets(st.integers(0, 13), max_size=3),
    not_applicable=st.sets(st.integers(0, 60), max_size=12),
    newer_draft=st.sets(st.integers(0, 13), max_size=4),
    same_day_reinterview=st.sets(st.integers(0, 13), max_size=4),
)
def test_company_reports_equal_after_random_changes(
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    withdrawn: set[int],
    archived: set[int],
    not_applicable: set[int],
    newer_draft: set[int],
    same_day_reinterview: set[int],
) -> None:
    """Withdrawn pooling consents, archived people, ratings marked not applicable, newer drafts and second
    complete interviews on the same day: the set-based report still equals the per-person one."""
    ws = _open(demo_template, tmp_path)
    try:
        with ws.unit_of_work() as uow:
            s = uow.session
            people = list(s.scalars(select(Employee).order_by(Employee.pseudonym_code)))
            ratings = list(s.scalars(select(CompetencyRating).order_by(CompetencyRating.id)))
            for index in withdrawn:
                s.execute(
                    update(ConsentRecord)
                    .where(ConsentRecord.employee_id == people[index].id, ConsentRecord.purpose == "verbund")
                    .values(status="withdrawn", withdrawn_on=date.today())
                )
            for index in archived:
                people[index].archived_at = people[index].created_at
            for index in not_applicable:
                ratings[index % len(ratings)].not_applicable = True
            for index in newer_draft | same_day_reinterview:
                _copy_latest(s, people[index].id, draft=index in newer_draft)
            uow.commit()
        _assert_reports_equal(ws, monkeypatch)
    finally:
        ws.close()


def _copy_latest(s: object, employee_id: uuid.UUID, *, draft: bool) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    latest = s.scalars(
        select(CompetencyAssessment)
        .where(CompetencyAssessment.employee_id == employee_id)
        .order_by(CompetencyAssessment.assessed_on.desc())
    ).first()
    assert latest is not None
    copy = CompetencyAssessment(
        employee_id=employee_id,
        role_id=latest.role_id,
        assessed_on=latest.assessed_on + (timedelta(days=3) if draft else timedelta(0)),
        status="draft" if draft else "complete",
    )
    for r in latest.ratings:
        copy.ratings.append(
            CompetencyRating(
                competence_id=r.competence_id,
                catalog_id=r.catalog_id,
                catalog_version=r.catalog_version,
                agreed_level=(r.agreed_level or 0) + 1,
                target_level=r.target_level,
                position=r.position,
            )
        )
    s.add(copy)


def test_directory_rows_equal_the_full_lists(ws: Workspace) -> None:
    directory = Directory(ws)
    everyone = {e.id: e for e in directory.employees(include_archived=True)}
    for ident, summary in everyone.items():
        assert directory.employee_row(ident) == summary
    companies = {c.id: c for c in directory.companies(include_archived=True)}
    for ident, summary in companies.items():
        assert directory.company_row(ident) == summary
        assert directory.employees(ident) == [e for e in directory.employees() if e.company_id == ident]
    assert directory.employee_row(uuid.uuid4()) is None
    assert directory.company_row(uuid.uuid4()) is None


def test_activity_of_one_person_equals_the_whole_workspace_pass(ws: Workspace) -> None:
    with ws.unit_of_work() as uow:
        everyone = employee_activity(uow.session)
        for ident, day in everyone.items():
            assert employee_activity(uow.session, only=[ident]) == {ident: day}


def _statements(ws: Workspace, call: Callable[[], object]) -> int:
    call()  # caches of bundled content (guides, rule sets) are warm from here on
    with counted_statements(ws.engine) as seen:
        call()
    return len(seen)


def _one_company_views(ws: Workspace) -> dict[str, int]:
    directory = Directory(ws)
    company = next(c for c in directory.companies() if c.name == BIG_COMPANY_NAME)
    person = directory.employees(company.id)[0]
    calls: dict[str, Callable[[], object]] = {
        "report": lambda: company_report_view(ws, company.id),
        "pseudonymised report": lambda: company_report_view(ws, company.id, pseudonymised=True),
        "privacy": lambda: privacy_overview(ws, person.id),
        "person row": lambda: directory.employee_row(person.id),
        "company row": lambda: directory.company_row(company.id),
        "company's people": lambda: directory.employees(company.id),
    }
    return {key: _statements(ws, call) for key, call in calls.items()}


def test_statement_counts_do_not_grow_with_the_number_of_companies(
    networks: dict[str, Path], tmp_path: Path
) -> None:
    """The same company (the generated big one, 12 people) and the same person in a network of 6 and of 14
    companies: every view of one company or one person issues the same number of statements."""
    counts = []
    for name in ("small", "larger"):
        ws = _open(networks[name], tmp_path)
        try:
            counts.append(_one_company_views(ws))
        finally:
            ws.close()
    assert counts[0] == counts[1]
    assert counts[0]["report"] < 40  # a handful of set-based queries, not one per person
