"""The view model of the funder's report: protected tables and figures only, no names, no free text.

Every table has passed :func:`verbund_desktop.assessment.disclosure.protect`; a hidden cell is ``None`` and
prints as :data:`HIDDEN_MARK`. The same view model gives the PDF, the XLSX and the CSV, so they never differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from verbund_desktop.assessment.disclosure import HIDDEN_MARK, DisclosureRules, ProtectedTable


@dataclass(frozen=True)
class FunderTable:
    key: str  # machine name (CSV)
    title: str
    unit: str  # "Betriebe" or "Personen"
    table: ProtectedTable
    note: str = ""


@dataclass(frozen=True)
class FunderFigure:
    key: str
    label: str
    value: str | None  # formatted; None: hidden by the rules
    note: str = ""


@dataclass(frozen=True)
class FunderReportView:
    network_name: str
    period_start: date
    period_end: date
    created: date
    rules: DisclosureRules
    tables: tuple[FunderTable, ...]
    figures: tuple[FunderFigure, ...]
    funding_basis: str  # the dated rule set(s) the estimates rest on
    size_band_source: str

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        """Every published number as (table, row, column, unit, value): the CSV, and the check of the tests."""
        out: list[tuple[str, str, str, str, str]] = []
        for t in self.tables:
            p = t.table
            for r, row_label in enumerate(p.rows):
                for c, col_label in enumerate(p.columns):
                    out.append((t.key, row_label, col_label, t.unit, cell_text(p.shown[r][c])))
                out.append((t.key, row_label, "Summe", t.unit, cell_text(p.row_totals[r])))
            for c, col_label in enumerate(p.columns):
                out.append((t.key, "Summe", col_label, t.unit, cell_text(p.column_totals[c])))
            out.append((t.key, "Summe", "Summe", t.unit, cell_text(p.total)))
        for f in self.figures:
            out.append(("kennzahlen", f.label, "", "", f.value if f.value is not None else HIDDEN_MARK))
        return out


def cell_text(value: int | None) -> str:
    return HIDDEN_MARK if value is None else str(value)
