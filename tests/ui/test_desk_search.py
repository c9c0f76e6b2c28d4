"""Search folds umlauts and ß both ways, names sort in German order, Enter opens the first hit (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.keyboard import type_text
from tests.ui.windows import make_window, visible_leaves
from verbund_desktop.persistence.models import Company, Employee
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.ui.common.german_text import contains
from verbund_desktop.ui.shell.main_window import MainWindow


def add_to_bakery(ws: Workspace, first: str, last: str, code: str) -> None:
    with ws.unit_of_work() as uow:
        company = uow.session.scalars(select(Company).where(Company.name.like("Bäckerei%"))).one()
        uow.session.add(
            Employee(
                company_id=company.id, first_name=first, last_name=last, pseudonym_code=code, job_title=""
            )
        )
        uow.commit()


def search(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    window.filter_edit.clear()
    type_text(qtbot, window.filter_edit, text)
    return visible_leaves(window)


def test_umlauts_and_sharp_s_fold_both_ways(qtbot: QtBot, demo_ws: Workspace) -> None:
    add_to_bakery(demo_ws, "Klaus", "Mueller", "BM-77")
    window = make_window(qtbot, demo_ws)
    for typed in ("jaeger", "Jäger", "jager", "JAEGER"):
        assert search(qtbot, window, typed) == ["Jäger, Heike (SL-01)"], typed
    assert search(qtbot, window, "weiss jürgen") == ["Weiß, Jürgen (BM-01)"]
    assert "Mueller, Klaus (BM-77)" in search(qtbot, window, "Müller")


def test_names_sort_in_german_order(qtbot: QtBot, demo_ws: Workspace) -> None:
    add_to_bakery(demo_ws, "Ömer", "Öztürk", "BM-78")
    add_to_bakery(demo_ws, "Anna", "Zander", "BM-79")
    window = make_window(qtbot, demo_ws)
    people = search(qtbot, window, "BM-")
    surnames = [p.split(",")[0] for p in people]
    assert surnames.index("Öztürk") < surnames.index("Weiß") < surnames.index("Zander")


def test_enter_opens_the_first_hit_a_company_too(qtbot: QtBot, demo_ws: Workspace) -> None:
    window = make_window(qtbot, demo_ws)
    qtbot.keyClick(window.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.filter_edit, "logistik")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.company_tabs
    assert window.company_overview.title.text().startswith("Südwest Logistik")
    assert window.tree.hasFocus()


def test_folding_rule() -> None:
    assert contains("Straße", "strasse") and contains("Strasse", "straße")
    assert contains("Jäger", "jager") and not contains("Jäger", "jeger")
