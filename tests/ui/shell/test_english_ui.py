"""The English UI writes dates and numbers the English way (issue 14, sixth item, in part)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from tests.support.plan_support import employee_id
from tests.ui.competency.test_competency_view import add_person, key, make_view
from tests.ui.planning.test_plan_editor import open_editor
from tests.ui.shell.test_translations import Install, language  # noqa: F401 (the fixture)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.planning import plans
from verbund_desktop.ui.common.i18n import domain_label
from verbund_desktop.ui.common.locale_format import ui_date, ui_datetime, ui_number
from verbund_desktop.ui.competency.rating_model import Column
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


def test_the_gap_summary_is_english_in_the_english_ui(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    person = add_person(demo_ws, consent=True)
    view = make_view(qtbot, demo_ws, person)
    key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.editable)
    row = view.model.ratings()[0]
    scale = view.model.scale_of(row)
    target = row.values.target_level
    assert target is not None and target > scale.min_level
    view.grid.focus_cell(view.model.row_of(row.id), Column.AGREED)
    key(qtbot, Qt.Key(Qt.Key.Key_0 + scale.min_level))
    assert view.gap_text.text().startswith("1 Lücke, zusammen")  # German UI: as before
    language(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    view.values_changed()
    size = target - scale.min_level
    assert view.gap_text.text().startswith(f"1 gap, {size} level{'s' if size != 1 else ''} in all")
    assert "competences with current and target level" in view.gap_text.text()


def test_the_legal_basis_line_is_english_in_the_english_ui(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    person = add_person(demo_ws, consent=True)
    view = make_view(qtbot, demo_ws, person)
    assert "Rechtsgrundlage: Einwilligung schriftlich (Papier) am" in view.consent_label.text()
    language(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    view.reload()
    text = view.consent_label.text()
    assert "Legal basis:" in text and "Einwilligung" not in text and "Textfassung" not in text
    assert date.today().strftime("%d/%m/%Y") in text


def test_the_interview_chooser_says_completed_in_english(
    qtbot: QtBot,
    demo_ws: Workspace,
    language: Install,  # noqa: F811
) -> None:
    language(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    view = make_view(qtbot, demo_ws, employee_id(demo_ws, "MS-02"))
    items = [view.assessment_box.itemText(i) for i in range(view.assessment_box.count())]
    assert items and any(item.endswith(f"({domain_label('abgeschlossen')})") for item in items)
    assert domain_label("abgeschlossen") != "abgeschlossen"
    assert not any("abgeschlossen" in item or "." in item.split(" ")[0] for item in items)
