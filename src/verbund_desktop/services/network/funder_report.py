"""The funder's report per network and period: per-company figures → protected tables (disclosure control).

Every number passes :mod:`verbund_desktop.assessment.disclosure`: companies count as units of one in the
company tables, people in the people tables. Hours, costs and funding follow the protected people table of
the measures (a status's sums are shown exactly when its row total is), so they cannot reveal a hidden count.
The view model holds labels and numbers only: no free text, no names, no health data.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from verbund_desktop.assessment.disclosure import (
    FUNDER_RULES,
    Contribution,
    protect,
    protect_single,
)
from verbund_desktop.assessment.errors import Message, UserError
from verbund_desktop.assessment.german import format_euro, format_hours, format_percent
from verbund_desktop.assessment.network_terms import SIZE_BAND_SOURCE, SIZE_BANDS, band_of
from verbund_desktop.persistence.models import Network
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.report.funder_view import FunderFigure, FunderReportView, FunderTable
from verbund_desktop.services.funding.funding_rules_store import effective_rule_sets
from verbund_desktop.services.network.funder_figures import (
    CompanyFacts,
    CourseFigures,
    Period,
    advised_companies,
    closed_gap_people,
    companies,
    course_figures,
    gap_people,
    interviewed_people,
)
from verbund_desktop.services.network.funder_measures import STATUS_GROUP_ORDER, MeasureTotals, measure_totals

PERIOD_PATTERN = re.compile(r"^\s*(\d{4}-\d{2}(?:-\d{2})?)\s*\.\.\s*(\d{4}-\d{2}(?:-\d{2})?)\s*$")


class PeriodError(UserError, ValueError):
    """A period that cannot be read; the message is German."""


def parse_period(text: str) -> Period:
    """``2026-01..2026-12`` (months) or ``2026-01-15..2026-06-30`` (days), both ends included."""
    match = PERIOD_PATTERN.match(text)
    if match is None:
        raise PeriodError(
            Message(
                "Den Zeitraum „{text}“ verstehe ich nicht; erwartet wird z. B. 2026-01..2026-12.", text=text
            )
        )
    try:
        start = _day(match.group(1), first=True)
        end = _day(match.group(2), first=False)
    except ValueError:
        raise PeriodError(Message("Der Zeitraum „{text}“ enthält ein ungültiges Datum.", text=text)) from None
    if end < start:
        raise PeriodError("Das Ende des Zeitraums liegt vor seinem Beginn.")
    return Period(start, end)


def _day(text: str, *, first: bool) -> date:
    if len(text) == 10:
        return date.fromisoformat(text)
    year, month = (int(part) for part in text.split("-"))
    if first:
        return date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


Key = Callable[[CompanyFacts], str]


def _cross(
    units: Mapping[uuid.UUID, int], facts: Mapping[uuid.UUID, CompanyFacts], row: Key, col: Key
) -> tuple[list[str], list[str], list[list[Contribution]]]:
    rows = sorted({row(facts[c]) for c in units if c in facts})
    cols = sorted({col(facts[c]) for c in units if c in facts})
    if col is _band:  # size bands in their own order
        cols = [b.label_de for b in SIZE_BANDS if b.label_de in cols]
    cells: list[list[dict[str, int]]] = [[{} for _ in cols] for _ in rows]
    for company, n in units.items():
        f = facts.get(company)
        if f is not None:
            cells[rows.index(row(f))][cols.index(col(f))][str(company)] = n
    return rows, cols, [[Contribution(c) for c in line] for line in cells]


def _band(f: CompanyFacts) -> str:
    return band_of(f.headcount).label_de


def _table(
    key: str,
    title: str,
    unit: str,
    units: Mapping[uuid.UUID, int],
    facts: Mapping[uuid.UUID, CompanyFacts],
    row: Key,
    col: Key,
) -> FunderTable:
    rows, cols, grid = _cross(units, facts, row, col)
    return FunderTable(key, title, unit, protect(rows, cols, grid, FUNDER_RULES))


def _single(by_company: Mapping[uuid.UUID, int]) -> int | None:
    return protect_single(Contribution({str(k): v for k, v in by_company.items()}))


def funder_report(ws: Workspace, period: Period, *, today: date | None = None) -> FunderReportView:
    today = today or date.today()
    with ws.unit_of_work() as uow:
        s = uow.session
        network_name = s.scalars(select(Network.name)).first() or ""
        advised = advised_companies(s, period)
        interviewed = interviewed_people(s, period)
        measures = measure_totals(s, period, today)
        courses = course_figures(s, period)
        with_gap, digital, gaps, digital_gaps = gap_people(s, period)
        closed = closed_gap_people(s, period)
        facts = companies(s, advised | set(interviewed) | {c for t in measures.values() for c in t.people})
        basis = "; ".join(f"„{r.title}“ (gültig ab {r.valid_from:%d.%m.%Y})" for r in effective_rule_sets(s))
    company_units = {c: 1 for c in advised}
    tables = _grouped_tables(company_units, interviewed, facts)
    status_table = _status_table(measures, facts)
    tables.append(status_table)
    figures = [  # a headline figure is its tables' grand total: shown only where every such table shows it
        FunderFigure("betriebe", "Beratene Betriebe", _fmt(_grand_total(tables[:2]))),
        FunderFigure("befragte", "Befragte Beschäftigte", _fmt(_grand_total(tables[2:3]))),
        *_money_figures(status_table, measures),
        *_course_figures(courses),
        _digital_share(with_gap, digital, gaps, digital_gaps),
        FunderFigure(
            "luecken_geschlossen", "Personen mit geschlossener Lücke (Nachgespräch)", _fmt(_single(closed))
        ),
    ]
    return FunderReportView(
        network_name=network_name,
        period_start=period.start,
        period_end=period.end,
        created=today,
        rules=FUNDER_RULES,
        tables=tuple(tables),
        figures=tuple(figures),
        funding_basis=basis,
        size_band_source=SIZE_BAND_SOURCE,
    )


def _grouped_tables(
    company_units: Mapping[uuid.UUID, int],
    interviewed: Mapping[uuid.UUID, int],
    facts: Mapping[uuid.UUID, CompanyFacts],
) -> list[FunderTable]:
    """Companies advised and people interviewed by size band, sector and region."""
    return [
        _table(
            "betriebe_groesse_branche",
            "Beratene Betriebe nach Größenklasse und Branche",
            "Betriebe",
            company_units,
            facts,
            lambda f: f.industry,
            _band,
        ),
        _table(
            "betriebe_region_groesse",
            "Beratene Betriebe nach Region und Größenklasse",
            "Betriebe",
            company_units,
            facts,
            lambda f: f.region,
            _band,
        ),
        _table(
            "befragte_groesse_branche",
            "Befragte Beschäftigte nach Branche und Größenklasse",
            "Personen",
            interviewed,
            facts,
            lambda f: f.industry,
            _band,
        ),
    ]


def _course_figures(courses: CourseFigures) -> list[FunderFigure]:
    return [
        FunderFigure("verbund_gebildet", "Verbundmaßnahmen gebildet", str(courses.formed)),
        FunderFigure("verbund_belegt", "Verbundmaßnahmen mit Mindestbelegung", str(courses.filled)),
        FunderFigure("verbund_abgesagt", "Verbundmaßnahmen abgesagt", str(courses.cancelled)),
        FunderFigure(
            "verbund_plaetze", "Bestätigte Plätze in Verbundmaßnahmen", _fmt(_single(courses.seats))
        ),
    ]


def _status_table(
    measures: Mapping[str, MeasureTotals], facts: Mapping[uuid.UUID, CompanyFacts]
) -> FunderTable:
    cols = [b.label_de for b in SIZE_BANDS]
    cells: list[list[dict[str, int]]] = [[{} for _ in cols] for _ in STATUS_GROUP_ORDER]
    for r, group in enumerate(STATUS_GROUP_ORDER):
        for company, people in measures[group].people.items():
            f = facts.get(company)
            if f is not None:
                cells[r][cols.index(_band(f))][str(company)] = people
    labels = [f"Maßnahmen {g}" for g in STATUS_GROUP_ORDER]
    table = protect(labels, cols, [[Contribution(c) for c in line] for line in cells], FUNDER_RULES)
    return FunderTable(
        "massnahmen_status_groesse", "Personen mit Maßnahmen nach Stand und Größenklasse", "Personen", table
    )


def _money_figures(status: FunderTable, measures: Mapping[str, MeasureTotals]) -> list[FunderFigure]:
    out: list[FunderFigure] = []
    shown = [status.table.row_totals[r] is not None for r in range(len(STATUS_GROUP_ORDER))]
    for r, group in enumerate(STATUS_GROUP_ORDER):
        t = measures[group]
        visible = shown[r]
        out.append(
            FunderFigure(f"stunden_{group}", f"Stunden ({group})", format_hours(t.hours) if visible else None)
        )
        out.append(
            FunderFigure(f"kosten_{group}", f"Kosten ({group})", format_euro(t.cost) if visible else None)
        )
        out.append(
            FunderFigure(
                f"foerderung_{group}",
                f"Geschätzte Förderung der Lehrgangskosten ({group})",
                format_euro(t.funding) if visible else None,
                "Schätzung nach § 82 SGB III",
            )
        )
    return out


def _digital_share(
    with_gap: Mapping[uuid.UUID, int], digital: Mapping[uuid.UUID, int], gaps: int, digital_gaps: int
) -> FunderFigure:
    label = "Anteil digitaler Kompetenzen (DigComp) an den festgestellten Lücken"
    if _single(with_gap) is None or _single(digital) is None or not gaps:
        return FunderFigure("anteil_digital", label, None)
    share = (Decimal(digital_gaps) / Decimal(gaps)).quantize(Decimal("0.01"))
    return FunderFigure("anteil_digital", label, format_percent(share))


def _grand_total(tables: list[FunderTable]) -> int | None:
    """The grand total the tables publish (they count the same units), None when any of them hides it: a figure
    of its own would give a hidden total away (the hidden column total is the figure less the shown ones)."""
    totals = {t.table.total for t in tables}
    return next(iter(totals)) if len(totals) == 1 else None


def _fmt(value: int | None) -> str | None:
    return None if value is None else str(value)
