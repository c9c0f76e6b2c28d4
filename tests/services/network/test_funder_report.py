"""The funder's report over the test network: every cell obeys the disclosure rules, no hidden cell can be
recomputed, no names or free text leave, and PDF, XLSX and CSV carry the same numbers."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from tests.services.network.test_disclosure import _solve_exposed
from tests.services.network.test_pooling import _direct
from verbund_desktop.assessment.disclosure import HIDDEN_MARK, Contribution, primary_ok, round_count
from verbund_desktop.assessment.german import format_percent
from verbund_desktop.assessment.network_terms import band_of
from verbund_desktop.persistence.models import Company, Competence, CompetenceCatalog
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.funder import CSV_HEADER, build_funder_report, funder_csv, funder_xlsx
from verbund_desktop.services.network.funder_measures import measure_totals
from verbund_desktop.services.network.funder_report import PeriodError, funder_report, parse_period

PERIOD = "2025-01..2026-12"

# Written independently of the service: people with a complete interview in the period and pooling consent.
INTERVIEWED = """
SELECT e.company_id, c.industry, c.headcount_linked, COUNT(DISTINCT e.id)
FROM employee e JOIN company c ON c.id = e.company_id
JOIN competency_assessment a ON a.employee_id = e.id
WHERE a.status = 'complete' AND a.assessed_on BETWEEN :start AND :end
  AND e.id IN (SELECT employee_id FROM consent_record WHERE purpose = 'verbund' AND status = 'given'
               AND withdrawn_on IS NULL)
GROUP BY e.company_id, c.industry, c.headcount_linked
"""


def test_period_parsing() -> None:
    p = parse_period("2026-01..2026-12")
    assert (p.start, p.end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert parse_period("2026-02..2026-02").end == date(2026, 2, 28)
    assert parse_period("2026-03-15..2026-04-01").start == date(2026, 3, 15)
    for bad in ("2026", "2026-13..2026-12", "2026-12..2026-01", "gestern"):
        with pytest.raises(PeriodError):
            parse_period(bad)


def test_the_people_table_obeys_the_rules_against_a_direct_count(net: Workspace) -> None:
    period = parse_period(PERIOD)
    vm = funder_report(net, period, today=date(2026, 12, 2))
    table = next(t for t in vm.tables if t.key == "befragte_groesse_branche").table
    with net.unit_of_work() as uow:
        rows = uow.session.execute(text(INTERVIEWED), {"start": period.start, "end": period.end}).all()
    truth: dict[tuple[str, str], dict[str, int]] = {}
    for company, industry, size, people in rows:
        key = (industry or "ohne Angabe", band_of(size).label_de)
        truth.setdefault(key, {})[str(company)] = people
    grid = [[Contribution(truth.get((r, c), {})) for c in table.columns] for r in table.rows]
    assert sum(cell.people for row in grid for cell in row) > 300
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            shown = table.shown[r][c]
            if shown is not None:
                assert primary_ok(cell) and shown == round_count(cell.people)
    assert table.hidden  # the network has small cells: the rules do hide something
    assert _solve_exposed(table, grid) == []


def test_no_table_of_the_report_gives_a_hidden_cell_away(net: Workspace) -> None:
    vm = funder_report(net, parse_period(PERIOD), today=date(2026, 12, 2))
    assert len(vm.tables) >= 4
    for t in vm.tables:
        p = t.table
        assert _solve_exposed(p, []) == [], t.key
        for value in [v for row in p.shown for v in row] + [*p.row_totals, *p.column_totals, p.total]:
            assert value is None or value % 5 == 0
    by_key = {f.key: f for f in vm.figures}
    assert by_key["befragte"].value is not None and int(by_key["befragte"].value) % 5 == 0
    share = by_key["anteil_digital"].value
    assert share is not None and share.endswith(
        "%"
    )  # the test network rates DigComp, the demo both catalogues


def _names(ws: Workspace) -> set[str]:
    with ws.unit_of_work() as uow:
        people = uow.session.execute(text("SELECT first_name, last_name FROM employee")).all()
        companies = uow.session.execute(text("SELECT name FROM company")).scalars().all()
    return {n for pair in people for n in pair} | set(companies)


def test_exports_carry_no_names_or_free_text_and_agree(net: Workspace) -> None:
    vm = funder_report(net, parse_period(PERIOD), today=date(2026, 12, 2))
    text_csv = funder_csv(vm)
    lines = list(csv.reader(io.StringIO(text_csv), delimiter=";"))
    assert tuple(lines[0]) == CSV_HEADER
    assert [tuple(line) for line in lines[1:]] == [tuple(r) for r in vm.rows()]
    book = load_workbook(io.BytesIO(funder_xlsx(vm)))
    cells = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value]
    names = _names(net)
    for content in (text_csv, "\n".join(cells)):
        assert "Freitext, der nie" not in content
        assert not [n for n in names if n and n in content]
    assert HIDDEN_MARK in text_csv
    assert "Bundesagentur" in "\n".join(cells)  # the rules and their sources travel with the figures
    pdf = build_funder_report(vm)
    assert pdf.startswith(b"%PDF")


def test_an_empty_period_hides_everything_but_course_counts(net: Workspace) -> None:
    vm = funder_report(net, parse_period("2030-01..2030-12"), today=date(2026, 12, 2))
    figures = {f.key: f.value for f in vm.figures}
    assert figures["befragte"] is None and figures["betriebe"] is None
    assert figures["verbund_gebildet"] == "0"
    assert all(t.table.total is None for t in vm.tables)


def test_the_pdf_states_the_rules_with_their_sources_and_carries_no_names(net: Workspace) -> None:
    import pypdf

    vm = funder_report(net, parse_period(PERIOD), today=date(2026, 12, 2))
    pdf = pypdf.PdfReader(io.BytesIO(build_funder_report(vm)))
    flat = "".join("".join(page.extract_text() for page in pdf.pages).split())  # line breaks moved by layout
    for rule in vm.rules.rules:
        assert "".join(rule.source.split()) in flat, rule.source
    assert not [n for n in _names(net) if n and "".join(n.split()) in flat]
    assert "Freitext,dernie" not in flat
    shown = [f for f in vm.figures if f.value is not None]
    assert shown and all("".join(f.value.split()) in flat for f in shown if f.value)


# Written independently of the service: companies with a needs interview or a complete competency interview.
ADVISED = """
SELECT c.id, c.industry, c.region, c.headcount_linked FROM company c
WHERE c.id IN (SELECT company_id FROM company_interview WHERE conducted_on BETWEEN :start AND :end)
   OR c.id IN (SELECT e.company_id FROM employee e JOIN competency_assessment a ON a.employee_id = e.id
               WHERE a.status = 'complete' AND a.assessed_on BETWEEN :start AND :end)
"""


@pytest.mark.parametrize(
    ("key", "row_of"),
    [
        ("betriebe_groesse_branche", lambda industry, _region: industry),
        ("betriebe_region_groesse", lambda _i, r: r),
    ],
)
def test_the_company_tables_obey_the_rules_against_a_direct_count(
    net: Workspace, key: str, row_of: Callable[[str, str], str]
) -> None:
    period = parse_period(PERIOD)
    vm = funder_report(net, period, today=date(2026, 12, 2))
    table = next(t for t in vm.tables if t.key == key).table
    with net.unit_of_work() as uow:
        rows = uow.session.execute(text(ADVISED), {"start": period.start, "end": period.end}).all()
    truth: dict[tuple[str, str], dict[str, int]] = {}
    for company, industry, region, size in rows:
        where = (row_of(industry or "ohne Angabe", region or "ohne Angabe"), band_of(size).label_de)
        truth.setdefault(where, {})[str(company)] = 1
    assert set(table.rows) == {r for r, _c in truth}
    grid = [[Contribution(truth.get((r, c), {})) for c in table.columns] for r in table.rows]
    assert sum(cell.people for line in grid for cell in line) >= 30
    for r, line in enumerate(grid):
        for c, cell in enumerate(line):
            shown = table.shown[r][c]
            if shown is not None:
                assert primary_ok(cell) and shown == round_count(cell.people)
            elif cell.people:
                assert (r, c) in table.hidden
    assert _solve_exposed(table, grid) == []


def test_the_status_table_obeys_the_rules_against_the_measure_counts(net: Workspace) -> None:
    """The people per status group come from `measure_totals` (held to a count by hand in
    `test_funder_measures.py`); here every cell of the published table is checked against them."""
    period = parse_period(PERIOD)
    today = date(2026, 12, 2)
    vm = funder_report(net, period, today=today)
    table = next(t for t in vm.tables if t.key == "massnahmen_status_groesse").table
    with net.unit_of_work() as uow:
        totals = measure_totals(uow.session, period, today)
        size = {i: n for i, n in uow.session.execute(select(Company.id, Company.headcount_linked))}
    truth: dict[tuple[str, str], dict[str, int]] = {}
    for group, t in totals.items():
        for company, people in t.people.items():
            band = band_of(size[company]).label_de
            truth.setdefault((f"Maßnahmen {group}", band), {})[str(company)] = people
    grid = [[Contribution(truth.get((r, c), {})) for c in table.columns] for r in table.rows]
    assert sum(cell.people for line in grid for cell in line) > 100
    for r, line in enumerate(grid):
        for c, cell in enumerate(line):
            shown = table.shown[r][c]
            if shown is not None:
                assert primary_ok(cell) and shown == round_count(cell.people)
    assert _solve_exposed(table, grid) == []


def test_the_digital_share_is_that_of_a_direct_count_of_the_gaps(net: Workspace) -> None:
    period = parse_period(PERIOD)
    vm = funder_report(net, period, today=date(2026, 12, 2))
    shown = {f.key: f.value for f in vm.figures}["anteil_digital"]
    cells = _direct(net, start=period.start, end=period.end)  # one gap rating per person and cell
    with net.unit_of_work() as uow:
        digital = set(
            uow.session.scalars(
                select(Competence.id)
                .join(CompetenceCatalog, CompetenceCatalog.id == Competence.catalog_id)
                .where(CompetenceCatalog.key.like("digcomp%"))
            )
        )
    gaps = sum(people for people, _firms in cells.values())
    digital_gaps = sum(
        people for (competence, _level), (people, _f) in cells.items() if competence in digital
    )
    assert 0 < digital_gaps < gaps  # the demo's own companies rate the cross-cutting catalogue as well
    assert shown == format_percent((Decimal(digital_gaps) / Decimal(gaps)).quantize(Decimal("0.01")))
