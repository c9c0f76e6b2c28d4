"""The English UI writes dates and numbers the English way (issue 14, sixth item, in part)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from tests.ui.test_plan_editor import open_editor
from tests.ui.test_translations import Install, language  # noqa: F401 (the fixture)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning import plans
from verbund_desktop.ui.common.locale_format import ui_date, ui_datetime, ui_number
from verbund_desktop.ui.planning.plan_editor import version_label


def test_dates_and_numbers_follow_the_ui_language(language: Install) -> None:  # noqa: F811
    day, moment = date(2026, 2, 3), datetime(2026, 2, 3, 13, 5, tzinfo=UTC)
    assert (ui_date(day), ui_number(Decimal("1234.5"), 2)) == ("03.02.2026", "1.234,50")
    language(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert (ui_date(day), ui_number(Decimal("1234.5"), 2)) == ("03/02/2026", "1,234.50")
    assert ui_datetime(moment).startswith("03/02/2026 ")


def test_the_english_plan_tab_shows_english_dates(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    _window, editor = open_editor(qtbot, demo_ws, "MS-02")
    assert editor.state is not None
    plans.freeze_plan(demo_ws, editor.state.plan_id, actor="Test")
    language(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    editor.reload()
    assert editor.state is not None
    frozen = next(v for v in editor.state.versions if v.frozen_at is not None)
    label = version_label(frozen)
    assert label.startswith("Version") and "printed" in label
    assert frozen.frozen_at is not None and frozen.frozen_at.astimezone().strftime("%d/%m/%Y") in label
    assert "." not in label.split("printed")[-1]  # no German 03.02.2026
