"""Every table says which network it belongs to (or that it is shared or local), through real foreign keys."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select

from verbund_desktop.persistence import scope
from verbund_desktop.persistence.base import Base
from verbund_desktop.persistence.models import Company, Employee, MeasureGap, PlanMeasure
from verbund_desktop.persistence.workspace import open_workspace


def test_every_table_is_classified_exactly_once() -> None:
    local = {t for t in Base.metadata.tables if scope.is_local_only(t)}
    groups = [set(scope.NETWORK_TABLES), set(scope.COMPANY_PARENT), set(scope.SHARED_TABLES), local]
    assert sum(len(g) for g in groups) == len(set().union(*groups))
    assert set().union(*groups) == set(Base.metadata.tables)
    assert local >= scope.OFFICE_ONLY_TABLES


def test_every_hop_is_a_foreign_key_to_the_named_parent() -> None:
    for table, (column, parent) in scope.COMPANY_PARENT.items():
        fks = {fk.column.table.name for fk in Base.metadata.tables[table].c[column].foreign_keys}
        assert fks == {parent}, table
        assert scope.company_path(table)[-1][2] == "company"


def test_the_network_of_a_deep_row_is_found_through_its_company(demo_template: Path) -> None:
    ws = open_workspace(demo_template)
    try:
        with ws.unit_of_work() as uow:
            s = uow.session
            gap = s.scalars(select(MeasureGap)).first()
            assert gap is not None
            measure = s.get(PlanMeasure, gap.measure_id)
            assert measure is not None
            company = s.scalars(
                select(Company).join(Employee).where(Employee.id == measure.plan.employee_id)
            ).one()
            assert s.scalar(scope.company_of("measure_gap", gap.id)) == company.id
            assert s.scalar(scope.network_of("measure_gap", gap.id)) == company.network_id
            assert s.scalar(scope.network_of("company", company.id)) == company.network_id
            assert s.scalar(scope.network_of("employee", uuid.uuid4())) is None
    finally:
        ws.close()
