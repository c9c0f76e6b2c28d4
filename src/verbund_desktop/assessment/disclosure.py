"""Disclosure control for figures that leave the network office (the funder's report). Pure Python.

The rules are data with their sources (:data:`FUNDER_RULES`); the report prints them. A table is a grid of
cells; each cell knows how many people each company contributes. A cell is shown only when

- it holds at least ``min_people`` people (HR-analytics practice: minimum 5),
- from at least ``min_companies`` companies (the Arbeitsagentur's statistics: minimum 3 cases),
- and no company contributes more than ``max_company_share`` of it (dominance rule);

then *complementary suppression*: the row and column totals are published, so no hidden cell may follow from
the totals and the shown cells. :func:`recomputable` checks that exactly, by linear algebra over the shown
totals; more cells (or, where a line has nothing left to hide, its totals) are hidden until no hidden cell
follows from them. Shown counts are rounded to multiples of ``rounding_base``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction


@dataclass(frozen=True)
class DisclosureRule:
    """One rule, its threshold and where it comes from (printed in the report)."""

    key: str
    text_de: str
    source: str


@dataclass(frozen=True)
class DisclosureRules:
    min_people: int
    min_companies: int
    max_company_share: Decimal
    rounding_base: int
    rules: tuple[DisclosureRule, ...]
    title: str = "Regeln zur Geheimhaltung kleiner Fallzahlen"


FUNDER_RULES = DisclosureRules(
    min_people=5,
    min_companies=3,
    max_company_share=Decimal("0.5"),
    rounding_base=5,
    rules=(
        DisclosureRule(
            "min_people",
            "Eine Zelle wird nur gezeigt, wenn sie mindestens 5 Personen umfasst.",
            "Übliche Mindestgruppengröße in HR-Analytics-Werkzeugen (Lattice, Humaans, Microsoft Viva "
            "Insights: Voreinstellung 5)",
        ),
        DisclosureRule(
            "min_companies",
            "Die Personen einer Zelle stammen aus mindestens 3 Betrieben.",
            "Statistik der Bundesagentur für Arbeit: Mindestfallzahl 3 (Geheimhaltung nach § 16 BStatG)",
        ),
        DisclosureRule(
            "dominance",
            "Kein Betrieb stellt mehr als die Hälfte der Personen einer Zelle (Dominanzregel).",
            "Statistik der Bundesagentur für Arbeit: Dominanzregel",
        ),
        DisclosureRule(
            "secondary",
            "Ließe sich eine verborgene Zelle aus einer Summe und den übrigen Zellen errechnen, werden "
            "weitere Zellen verborgen (sekundäre Geheimhaltung).",
            "Statistik der Bundesagentur für Arbeit: sekundäre Geheimhaltung",
        ),
        DisclosureRule(
            "rounding",
            "Gezeigte Anzahlen sind auf Vielfache von 5 gerundet; Summen werden für sich gerundet.",
            "Statistik der Bundesagentur für Arbeit: gerundete Werte in Web-Tabellen",
        ),
        DisclosureRule(
            "content",
            "Der Bericht enthält keine Freitexte, keine Namen und keine Gesundheitsdaten.",
            "DSGVO Art. 5 Abs. 1 lit. c (Datenminimierung) und Art. 9",
        ),
    ),
)

HIDDEN_MARK = "•"  # what a suppressed cell shows


@dataclass(frozen=True)
class Contribution:
    """How many people of one cell come from each company (company key → people)."""

    by_company: Mapping[str, int] = field(default_factory=dict)

    @property
    def people(self) -> int:
        return sum(self.by_company.values())

    @property
    def companies(self) -> int:
        return sum(1 for n in self.by_company.values() if n > 0)

    def merged(self, other: Contribution) -> Contribution:
        out = dict(self.by_company)
        for key, n in other.by_company.items():
            out[key] = out.get(key, 0) + n
        return Contribution(out)


def primary_ok(c: Contribution, rules: DisclosureRules = FUNDER_RULES) -> bool:
    """True when the cell passes the minimum, the company minimum and the dominance rule."""
    people = c.people
    if people < rules.min_people or c.companies < rules.min_companies:
        return False
    return Decimal(max(c.by_company.values())) <= rules.max_company_share * people


def round_count(n: int, rules: DisclosureRules = FUNDER_RULES) -> int:
    """A count rounded to the nearest multiple of the base (half up)."""
    base = Decimal(rules.rounding_base)
    return int((Decimal(n) / base).quantize(Decimal(1), rounding=ROUND_HALF_UP) * base)


@dataclass(frozen=True)
class ProtectedTable:
    """A grid after disclosure control: ``shown[r][c]`` is the rounded count or None when hidden."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    shown: tuple[tuple[int | None, ...], ...]
    row_totals: tuple[int | None, ...]
    column_totals: tuple[int | None, ...]
    total: int | None
    hidden: frozenset[tuple[int, int]]


Cell = tuple[int, int]


@dataclass(frozen=True)
class _Equations:
    """What a reader knows besides the shown cells: the shown row, column and grand totals."""

    rows: frozenset[int]
    columns: frozenset[int]
    total: bool


def _vectors(hidden: Sequence[Cell], known: _Equations) -> list[list[Fraction]]:
    index = {cell: i for i, cell in enumerate(hidden)}
    out: list[list[Fraction]] = []
    lines = [("r", r) for r in sorted(known.rows)] + [("c", c) for c in sorted(known.columns)]
    for kind, n in lines:
        vec = [Fraction(0)] * len(hidden)
        for cell, i in index.items():
            if cell[0 if kind == "r" else 1] == n:
                vec[i] = Fraction(1)
        out.append(vec)
    if known.total:
        out.append([Fraction(1)] * len(hidden))
    return out


def _basis(vectors: list[list[Fraction]]) -> list[tuple[int, list[Fraction]]]:
    """A reduced row echelon basis as (pivot column, row) pairs."""
    basis: list[tuple[int, list[Fraction]]] = []
    for vec in vectors:
        v = _reduce(list(vec), basis)
        pivot = next((i for i, x in enumerate(v) if x != 0), None)
        if pivot is None:
            continue
        v = [x / v[pivot] for x in v]
        basis = [(p, [a - b[pivot] * x for a, x in zip(b, v, strict=True)]) for p, b in basis]
        basis.append((pivot, v))
    return basis


def _reduce(v: list[Fraction], basis: list[tuple[int, list[Fraction]]]) -> list[Fraction]:
    for pivot, row in basis:
        if v[pivot] != 0:
            factor = v[pivot]
            v = [a - factor * b for a, b in zip(v, row, strict=True)]
    return v


def recomputable(hidden: set[Cell], known: _Equations) -> list[Cell]:
    """Hidden cells whose exact value follows from the shown totals and the shown cells (linear algebra)."""
    order = sorted(hidden)
    basis = _basis(_vectors(order, known))
    out = []
    for i, cell in enumerate(order):
        unit = [Fraction(0)] * len(order)
        unit[i] = Fraction(1)
        if not any(_reduce(unit, basis)):
            out.append(cell)
    return out


def _in_span(vector: list[Fraction], basis: list[tuple[int, list[Fraction]]]) -> bool:
    return any(vector) and not any(_reduce(vector, basis))


def exposed_totals(hidden: set[Cell], known: _Equations, n_rows: int, n_cols: int) -> list[tuple[str, int]]:
    """Hidden totals that follow from the published numbers: ("r", row), ("c", column) or ("t", 0)."""
    order = sorted(hidden)
    basis = _basis(_vectors(order, known))
    out: list[tuple[str, int]] = []
    for kind, count, known_lines, axis in (("r", n_rows, known.rows, 0), ("c", n_cols, known.columns, 1)):
        for n in range(count):
            if n in known_lines:
                continue
            vector = [Fraction(int(cell[axis] == n)) for cell in order]
            if not any(vector) or _in_span(vector, basis):
                out.append((kind, n))
    if not known.total and _in_span([Fraction(1)] * len(order), basis):
        out.append(("t", 0))
    return out


def _hide_more_totals(
    exposed: tuple[str, int], known: _Equations, row_sums: list[int], col_sums: list[int]
) -> _Equations:
    """Withdraw one more published total so that the exposed hidden total no longer follows."""
    if known.total:
        return _Equations(known.rows, known.columns, False)
    kind = exposed[0]
    lines, sums = (known.rows, row_sums) if kind == "r" else (known.columns, col_sums)
    if not lines:  # hide the other direction instead
        lines, sums, kind = (known.columns, col_sums, "c") if kind == "r" else (known.rows, row_sums, "r")
    smallest = min(lines, key=lambda n: (sums[n], n))
    if kind == "r":
        return _Equations(known.rows - {smallest}, known.columns, False)
    return _Equations(known.rows, known.columns - {smallest}, False)


def _partner(edge: Cell, grid: Sequence[Sequence[Contribution]], hidden: set[Cell]) -> Cell | None:
    """The smallest shown cell to hide next to an exposed one: same row first, else same column."""
    r, c = edge
    same_row = [(grid[r][j].people, (r, j)) for j in range(len(grid[r])) if (r, j) not in hidden]
    same_col = [(grid[i][c].people, (i, c)) for i in range(len(grid)) if (i, c) not in hidden]
    for candidates in (same_row, same_col):
        if candidates:
            return min(candidates)[1]
    return None


def protect(
    rows: Sequence[str],
    columns: Sequence[str],
    grid: Sequence[Sequence[Contribution]],
    rules: DisclosureRules = FUNDER_RULES,
) -> ProtectedTable:
    """Apply primary and complementary suppression and rounding to a grid with row/column totals."""
    empty = Contribution()
    row_sums = [_sum(row, empty) for row in grid]
    col_sums = [_sum([row[c] for row in grid], empty) for c in range(len(columns))]
    grand = _sum(row_sums, empty)
    hidden = {
        (r, c) for r, row in enumerate(grid) for c, cell in enumerate(row) if not primary_ok(cell, rules)
    }
    known = _Equations(
        rows=frozenset(r for r, s in enumerate(row_sums) if primary_ok(s, rules)),
        columns=frozenset(c for c, s in enumerate(col_sums) if primary_ok(s, rules)),
        total=primary_ok(grand, rules),
    )
    while exposed := recomputable(hidden, known):
        partner = _partner(exposed[0], grid, hidden)
        if partner is not None:
            hidden.add(partner)
            continue
        # the whole line is hidden already: hide its totals instead (and the grand total with them)
        r, c = exposed[0]
        known = _Equations(known.rows - {r}, known.columns - {c}, False)
    while totals := exposed_totals(hidden, known, len(grid), len(columns)):
        if not (known.rows or known.columns or known.total):
            break
        known = _hide_more_totals(
            totals[0], known, [s.people for s in row_sums], [s.people for s in col_sums]
        )
    shown = tuple(
        tuple(None if (r, c) in hidden else round_count(cell.people, rules) for c, cell in enumerate(row))
        for r, row in enumerate(grid)
    )
    return ProtectedTable(
        rows=tuple(rows),
        columns=tuple(columns),
        shown=shown,
        row_totals=tuple(
            round_count(s.people, rules) if r in known.rows else None for r, s in enumerate(row_sums)
        ),
        column_totals=tuple(
            round_count(s.people, rules) if c in known.columns else None for c, s in enumerate(col_sums)
        ),
        total=round_count(grand.people, rules) if known.total else None,
        hidden=frozenset(hidden),
    )


def _sum(cells: Sequence[Contribution], empty: Contribution) -> Contribution:
    out = empty
    for cell in cells:
        out = out.merged(cell)
    return out


def protect_single(c: Contribution, rules: DisclosureRules = FUNDER_RULES) -> int | None:
    """A lone figure (no table around it): rounded when it passes the rules, else None."""
    return round_count(c.people, rules) if primary_ok(c, rules) else None
