"""The funder report's headline figures together with its tables: no hidden cell or total may follow from them.

Found by the issue 13 audit (audit13): „Beratene Betriebe“ and „Befragte Beschäftigte“ are protected on their
own (`protect_single`), not linked to the tables whose grand total they are. In a period where complementary
suppression hides a table's grand total and one column total, the figure still publishes the grand total, and
the hidden column total was the figure less the shown ones. Now each figure is its tables' published grand
total, hidden where any of them hides it, as the money figures follow the status table's row totals.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from tests.services.network.test_disclosure import _solve_exposed
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.funder_report import funder_report, parse_period

PERIODS = ("2025-01..2026-12", "2026-07..2026-12", "2026-04..2026-09", "2025-10..2026-03")
LINKED = {"betriebe": "betriebe_groesse_branche", "befragte": "befragte_groesse_branche"}


def _exposed(ws: Workspace, period: str) -> dict[str, list[object]]:
    vm = funder_report(ws, parse_period(period), today=date(2026, 12, 2))
    tables = {t.key: t.table for t in vm.tables}
    figures = {f.key: f.value for f in vm.figures}
    out: dict[str, list[object]] = {}
    for figure, key in LINKED.items():
        value = figures[figure]
        table = tables[key]
        with_figure = table if value is None else dataclasses.replace(table, total=int(value))
        out[key] = _solve_exposed(with_figure, [])
    return out


def test_without_the_figures_no_table_gives_a_hidden_cell_away(net: Workspace) -> None:
    vm = funder_report(net, parse_period("2026-07..2026-12"), today=date(2026, 12, 2))
    for t in vm.tables:
        assert _solve_exposed(t.table, []) == [], t.key


def test_the_headline_figures_give_no_hidden_total_away(net: Workspace) -> None:
    exposed = {period: _exposed(net, period) for period in PERIODS}
    assert all(not cells for by_table in exposed.values() for cells in by_table.values()), exposed


def test_no_hidden_company_cell_follows_from_both_company_tables(net: Workspace) -> None:
    """Both company tables count the same companies by size band: a band total one shows is known when reading the
    other, and with it no hidden cell of the other may be pinned down (a hidden total that the other table
    publishes is no secret, so only cells count here)."""
    for period in PERIODS:
        vm = funder_report(net, parse_period(period), today=date(2026, 12, 2))
        tables = {t.key: t.table for t in vm.tables}
        pair = (tables["betriebe_groesse_branche"], tables["betriebe_region_groesse"])
        for table, other in (pair, pair[::-1]):
            known = {c: other.column_totals[i] for i, c in enumerate(other.columns)}
            totals = tuple(
                t if t is not None else known.get(c)
                for c, t in zip(table.columns, table.column_totals, strict=True)
            )
            widened = dataclasses.replace(table, column_totals=totals, total=table.total or other.total)
            cells = [x for x in _solve_exposed(widened, []) if isinstance(x, tuple) and isinstance(x[0], int)]
            assert cells == [], (period, cells)
