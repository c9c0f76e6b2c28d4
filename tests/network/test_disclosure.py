"""Disclosure control: every shown cell obeys the rules, and no hidden cell follows from totals and other cells."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from verbund_desktop.assessment.disclosure import (
    FUNDER_RULES,
    Contribution,
    ProtectedTable,
    primary_ok,
    protect,
    round_count,
)

COMPANIES = [f"b{i}" for i in range(8)]

cells = st.dictionaries(st.sampled_from(COMPANIES), st.integers(0, 9), max_size=6).map(Contribution)


@st.composite
def grids(draw: st.DrawFn) -> list[list[Contribution]]:
    n_rows = draw(st.integers(1, 5))
    n_cols = draw(st.integers(1, 5))
    return [[draw(cells) for _ in range(n_cols)] for _ in range(n_rows)]


def _solve_exposed(table: ProtectedTable, grid: list[list[Contribution]]) -> list[object]:
    """An independent check: which hidden cells does a reader pin down from every published number?

    Unknowns are the hidden cells; each shown total gives one equation (its true value assumed known, which is
    stricter than the rounded value a reader sees). A cell is pinned down when its unit vector lies in the span
    of the equations (Gaussian elimination over fractions).
    """
    hidden = sorted(table.hidden)
    equations: list[list[Fraction]] = []
    for r, total in enumerate(table.row_totals):
        if total is not None:
            equations.append([Fraction(int(h[0] == r)) for h in hidden])
    for c, total in enumerate(table.column_totals):
        if total is not None:
            equations.append([Fraction(int(h[1] == c)) for h in hidden])
    if table.total is not None:
        equations.append([Fraction(1)] * len(hidden))
    base_rank = _rank(equations)
    pinned: list[object] = []
    for i, cell in enumerate(hidden):
        unit = [Fraction(int(j == i)) for j in range(len(hidden))]
        if _rank([*equations, unit]) == base_rank:
            pinned.append(cell)
    # a hidden total is pinned down when the sum of its hidden cells is (the shown cells are known anyway)
    lines = [("r", r, 0) for r, t in enumerate(table.row_totals) if t is None]
    lines += [("c", c, 1) for c, t in enumerate(table.column_totals) if t is None]
    for kind, n, axis in lines:
        vector = [Fraction(int(h[axis] == n)) for h in hidden]
        if not any(vector) or _rank([*equations, vector]) == base_rank:
            pinned.append((kind, n))
    if table.total is None and hidden and _rank([*equations, [Fraction(1)] * len(hidden)]) == base_rank:
        pinned.append(("t", 0))
    return pinned


def _rank(rows: list[list[Fraction]]) -> int:
    m = [list(r) for r in rows]
    rank = 0
    width = len(m[0]) if m else 0
    for col in range(width):
        pivot = next((i for i in range(rank, len(m)) if m[i][col] != 0), None)
        if pivot is None:
            continue
        m[rank], m[pivot] = m[pivot], m[rank]
        for i in range(len(m)):
            if i != rank and m[i][col] != 0:
                f = m[i][col] / m[rank][col]
                m[i] = [a - f * b for a, b in zip(m[i], m[rank], strict=True)]
        rank += 1
    return rank


def _sum(cs: list[Contribution]) -> Contribution:
    out = Contribution()
    for c in cs:
        out = out.merged(c)
    return out


@settings(max_examples=400)
@given(grids())
def test_every_shown_cell_obeys_the_rules(grid: list[list[Contribution]]) -> None:
    table = protect([f"r{i}" for i in range(len(grid))], [f"c{j}" for j in range(len(grid[0]))], grid)
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            value = table.shown[r][c]
            if value is None:
                assert (r, c) in table.hidden
                continue
            assert cell.people >= 5 and cell.companies >= 3
            assert max(cell.by_company.values()) * 2 <= cell.people
            assert value % 5 == 0 and value == round_count(cell.people)
    for r, total in enumerate(table.row_totals):
        if total is not None:
            assert primary_ok(_sum(grid[r])) and total % 5 == 0
    for c, total in enumerate(table.column_totals):
        if total is not None:
            assert primary_ok(_sum([row[c] for row in grid])) and total % 5 == 0


@settings(max_examples=400)
@given(grids())
def test_no_hidden_cell_can_be_recomputed(grid: list[list[Contribution]]) -> None:
    table = protect([f"r{i}" for i in range(len(grid))], [f"c{j}" for j in range(len(grid[0]))], grid)
    assert _solve_exposed(table, grid) == []


def test_a_single_hidden_cell_pulls_a_partner() -> None:
    big = Contribution({"a": 3, "b": 3, "c": 3})
    small = Contribution({"a": 1, "b": 1})
    table = protect(["x", "y"], ["p", "q"], [[big, small], [big, big]])
    assert table.shown[0][1] is None
    assert len(table.hidden) >= 2
    assert _solve_exposed(table, [[big, small], [big, big]]) == []


def test_dominance_hides_a_cell_even_with_enough_people() -> None:
    assert not primary_ok(Contribution({"a": 6, "b": 2, "c": 2}))
    assert primary_ok(Contribution({"a": 5, "b": 3, "c": 2}))


def test_the_rules_name_their_sources() -> None:
    assert FUNDER_RULES.min_people == 5 and FUNDER_RULES.min_companies == 3
    assert all(rule.source for rule in FUNDER_RULES.rules)
    assert any("Bundesagentur" in rule.source for rule in FUNDER_RULES.rules)
    assert round_count(12) == 10 and round_count(13) == 15
