"""Issue 13 items 3 and 5 on the network node: the pooled-demand table shows the same demand as the heat map
and the service, and the „Nachgespräche“ tab lists a due follow-up, for its advisor only when asked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from verbund_desktop.persistence.models import CompetencyAssessment, MeasureGap, PlanMeasure
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.network.follow_ups import follow_ups, set_interval_months
from verbund_desktop.services.network.pooling import PoolFilter, pooled_demand
from verbund_desktop.services.planning.plans import set_measure_field
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.network.follow_up_view import FollowUpsView
from verbund_desktop.ui.network.pool_view import PoolView

ADVISOR = "Dr. Sabine Kröger"  # the demo plans' advisor


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return "" if item is None else item.text()


def _rows(view: PoolView) -> list[tuple[str, ...]]:
    t = view.table
    return [tuple(_text(t, r, c) for c in range(t.columnCount())) for r in range(t.rowCount())]


def _heat_texts(view: PoolView) -> list[str]:
    h = view.heat
    return [_text(h, r, c) for r in range(h.rowCount()) for c in range(h.columnCount())]


def test_the_table_and_the_heat_map_show_the_services_pooled_demand(qtbot: QtBot, demo_ws: Workspace) -> None:
    view = PoolView(WorkspaceContext(demo_ws, "Test"))
    qtbot.addWidget(view)
    view.refresh()
    cells = pooled_demand(demo_ws).cells
    assert cells
    expected = {(c.label, c.catalog, str(c.level), str(c.people), str(c.companies)) for c in cells}
    assert sorted(_rows(view)) == sorted(expected)
    assert sorted(t for t in _heat_texts(view) if t) == sorted(
        f"{c.people} P. / {c.companies} B." for c in cells
    )
    index = view.band_box.findData("ab_500")
    view.band_box.setCurrentIndex(index)
    view.band_box.activated.emit(index)  # as a choice by keyboard or mouse does
    large = pooled_demand(demo_ws, PoolFilter(size_band="ab_500")).cells
    assert len(_rows(view)) == len(large) < len(cells)
    assert {row[4] for row in _rows(view)} == {"1"}  # one company of 500 or more in the demo


def test_the_follow_up_tab_lists_a_due_follow_up_and_filters_by_advisor(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    with demo_ws.unit_of_work() as uow:
        s = uow.session
        measure = s.scalars(select(PlanMeasure).join(MeasureGap).order_by(PlanMeasure.title).limit(1)).one()
        measure_id = measure.id
        last_interview = s.scalars(
            select(func.max(CompetencyAssessment.assessed_on)).where(
                CompetencyAssessment.employee_id == measure.plan.employee_id
            )
        ).one()
    ended = last_interview + timedelta(days=1)  # no interview after the measure yet: the follow-up is open
    set_interval_months(demo_ws, 1, actor="Test")
    set_measure_field(demo_ws, measure_id, "start_date", ended - timedelta(days=5), actor="Test")
    set_measure_field(demo_ws, measure_id, "end_date", ended, actor="Test")
    set_measure_field(demo_ws, measure_id, "status", "abgeschlossen", actor="Test")
    [scheduled] = follow_ups(demo_ws)
    assert scheduled.is_due(date.today()) and not scheduled.done

    mine = FollowUpsView(WorkspaceContext(demo_ws, ADVISOR))
    qtbot.addWidget(mine)
    mine.set_subject(scheduled.id)  # as the network node does when its tab is shown
    assert mine.due_box.isChecked()
    table = mine.table
    assert table.rowCount() == 1
    row = [_text(table, 0, c) for c in range(table.columnCount())]
    assert row[1] == scheduled.pseudonym_code and row[3] == scheduled.measure_title
    assert (row[4], row[5]) == (ADVISOR, "fällig")
    assert mine.compare.rowCount() >= 1  # the competences the measure addressed, before and after
    mine.mine_box.setChecked(True)
    assert table.rowCount() == 1

    other = FollowUpsView(WorkspaceContext(demo_ws, "Jemand anderes"))
    qtbot.addWidget(other)
    other.set_subject(scheduled.id)
    assert other.table.rowCount() == 1  # every advisor's follow-ups, until „Nur meine“ is ticked
    other.mine_box.setChecked(True)
    assert other.table.rowCount() == 0
