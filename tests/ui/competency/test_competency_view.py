"""The competency interview tab, driven with the keyboard alone as an advisor would, then checked in the database."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.keyboard import type_text
from tests.ui.windows import make_window
from verbund_desktop.assessment.consent_purposes import ConsentPurpose
from verbund_desktop.persistence.models import (
    AuditEvent,
    Company,
    CompetencyAssessment,
    CompetencyRating,
    ConsentRecord,
    Employee,
)
from verbund_desktop.persistence.workspace import Workspace
from verbund_desktop.services.competency.assessment_queries import interview_overview
from verbund_desktop.services.competency.assessment_sheets import RatingField
from verbund_desktop.services.competency.assessments import set_rating_field, start_reinterview
from verbund_desktop.services.protection.consent import DEFAULT_TEXT_VERSION, METHOD_PAPER, record_consent
from verbund_desktop.ui.common.context import WorkspaceContext
from verbund_desktop.ui.competency.competency_view import CompetencyView
from verbund_desktop.ui.competency.rating_model import Column
from verbund_desktop.ui.protection.consent_dialog import ConsentDialog
from verbund_desktop.ui.shell.main_window import MainWindow

ACTOR = "Dr. Sabine Kröger"


def add_person(ws: Workspace, code: str = "SL-77", *, consent: bool = False) -> uuid.UUID:
    """A new person in the logistics company with its first role profile, without consent unless asked."""
    with ws.unit_of_work() as uow:
        company = uow.session.scalars(select(Company).where(Company.name.like("Südwest%"))).one()
        employee = Employee(
            company_id=company.id,
            role_id=company.roles[0].id,
            first_name="Ömer",
            last_name="Weißbach",
            pseudonym_code=code,
            job_title="Disponent",
        )
        uow.session.add(employee)
        uow.commit()
        person = employee.id
    if consent:
        record_consent(ws, person, method=METHOD_PAPER, given_on=date.today(), actor=ACTOR)
    return person


def demo_person(ws: Workspace, last_name: str) -> uuid.UUID:
    with ws.unit_of_work() as uow:
        return uow.session.scalars(select(Employee.id).where(Employee.last_name == last_name)).one()


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a person at the keyboard would."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    qtbot.keyClick(widget, k, modifier)


def open_competency_tab(qtbot: QtBot, window: MainWindow, code: str) -> CompetencyView:
    """Ctrl+F, type the pseudonym code, Enter; then Tab to the tab bar and → to „Kompetenzgespräch“."""
    key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.filter_edit, code)
    key(qtbot, Qt.Key.Key_Return)
    tabs: QTabWidget = window.employee_tabs
    for _ in range(6):
        if QApplication.focusWidget() is tabs.tabBar():
            break
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tabs.tabBar()
    for _ in range(tabs.count()):
        if tabs.tabText(tabs.currentIndex()) == "Kompetenzgespräch":
            break
        key(qtbot, Qt.Key.Key_Right)
    view = tabs.currentWidget()
    assert isinstance(view, CompetencyView) and tabs.tabText(tabs.currentIndex()) == "Kompetenzgespräch"
    return view


def modal(qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    widget = QApplication.activeModalWidget()
    assert widget is not None

    def focus_inside() -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and widget.isAncestorOf(focus)

    qtbot.waitUntil(focus_inside)
    return widget


def current_column(view: CompetencyView) -> Column:
    return Column(view.grid.currentIndex().column())


def ratings_in_db(ws: Workspace, assessment_id: uuid.UUID) -> list[CompetencyRating]:
    with ws.unit_of_work() as uow:
        rows = list(
            uow.session.scalars(
                select(CompetencyRating)
                .where(CompetencyRating.assessment_id == assessment_id)
                .order_by(CompetencyRating.position)
            )
        )
        uow.session.expunge_all()
        return rows


def test_full_interview_with_the_keyboard_alone(qtbot: QtBot, demo_ws: Workspace) -> None:
    person = add_person(demo_ws)
    window = make_window(qtbot, demo_ws)
    view = open_competency_tab(qtbot, window, "SL-77")
    assert view.overview is not None and not view.overview.has_consent
    assert "Keine Einwilligung" in view.consent_label.text()

    # Alt+G starts from the role profile; without consent the consent dialog comes first.
    key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    dialog = modal(qtbot)
    assert isinstance(dialog, ConsentDialog)
    assert dialog.text_version.text() == DEFAULT_TEXT_VERSION
    key(qtbot, Qt.Key.Key_Return)  # nothing ticked: refused, nothing stored
    assert dialog.isVisible() and "mindestens einen Zweck" in dialog.error.text()
    key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # „Zweck &1“: the interview and the plan only
    qtbot.waitUntil(
        dialog.purposes[ConsentPurpose.INTERVIEW_AND_PLAN].isChecked
    )  # a mnemonic clicks animated
    assert dialog.decisions() == {p: p is ConsentPurpose.INTERVIEW_AND_PLAN for p in ConsentPurpose}
    key(qtbot, Qt.Key.Key_Return)  # paper, today, current text version: accept as shown
    qtbot.waitUntil(lambda: view.overview is not None and view.overview.sheet is not None)
    sheet = view.overview.sheet
    assert sheet is not None and not sheet.info.is_complete
    qtbot.waitUntil(view.grid.hasFocus)
    rows = view.model.ratings()
    assert rows and all(r.values.target_level is not None for r in rows)  # targets from the role profile

    # The cursor stands on the first open cell; digit, F8, digit … fills self, supervisor and agreed level.
    assert current_column(view) == Column.SELF
    typed: dict[tuple[uuid.UUID, Column], int] = {}
    for i, row in enumerate(rows):
        scale = view.model.scale_of(row)
        for offset, column in enumerate((Column.SELF, Column.SUPERVISOR, Column.AGREED)):
            assert view.grid.currentIndex().row() == view.model.row_of(row.id)
            assert current_column(view) == column
            level = min(scale.max_level, scale.min_level + (i + offset) % 3)
            key(qtbot, Qt.Key(Qt.Key.Key_0 + level))
            typed[(row.id, column)] = level
            key(qtbot, Qt.Key.Key_F8)
    assert "Alle Kompetenzen" in view.message.text()
    assert window.saved_label.text().startswith("Gespeichert ")

    # An out-of-range digit changes nothing and says why.
    zero_based = next((r for r in rows if view.model.scale_of(r).max_level == 4), rows[0])
    view.grid.focus_cell(view.model.row_of(zero_based.id), Column.SELF)
    before = view.model.rating_at(view.model.row_of(zero_based.id))
    key(qtbot, Qt.Key.Key_9)
    assert "Stufe 9 gibt es" in view.message.text() and "Nichts geändert" in view.message.text()
    assert view.model.rating_at(view.model.row_of(zero_based.id)) == before

    # Arrows to „Soll“ of the first row, lower the target; → to priority: 1; → to the note: Enter, text, Enter.
    first = rows[0]
    view.grid.focus_cell(view.model.row_of(first.id), Column.AGREED)
    key(qtbot, Qt.Key.Key_Right)
    assert current_column(view) == Column.TARGET
    new_target = view.model.scale_of(first).min_level + 3
    key(qtbot, Qt.Key(Qt.Key.Key_0 + new_target))
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    assert current_column(view) == Column.PRIORITY
    key(qtbot, Qt.Key.Key_1)
    key(qtbot, Qt.Key.Key_4)  # no priority 4: refused
    assert "Priorität: 1 (hoch)" in view.message.text()
    key(qtbot, Qt.Key.Key_Tab)
    assert current_column(view) == Column.NOTE
    key(qtbot, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view.grid
    type_text(qtbot, editor, "Möchte Tourenplanung üben; Schulung über den Verbund.")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.grid.hasFocus())

    # N marks the second competence as not applicable; Delete clears the first one's self rating;
    # Ctrl+Z undoes that (committing again), Ctrl+Shift+Z redoes it, Ctrl+Z once more.
    second = rows[1]
    view.grid.focus_cell(view.model.row_of(second.id), Column.COMPETENCE)
    key(qtbot, Qt.Key.Key_N)
    view.grid.focus_cell(view.model.row_of(first.id), Column.SELF)
    key(qtbot, Qt.Key.Key_Delete)
    assert ratings_in_db(demo_ws, sheet.info.id)[0].self_level is None
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ratings_in_db(demo_ws, sheet.info.id)[0].self_level == typed[(first.id, Column.SELF)]
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ratings_in_db(demo_ws, sheet.info.id)[0].self_level is None
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    shown = view.model.rating_at(view.model.row_of(first.id))
    assert shown is not None and shown.values.self_level == typed[(first.id, Column.SELF)]

    # Alt+S completes after a confirmation (Enter).
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    box = modal(qtbot)
    assert isinstance(box, QMessageBox)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            view.overview is not None
            and view.overview.sheet is not None
            and view.overview.sheet.info.is_complete
        )
    )

    # The database holds exactly what was typed.
    stored = ratings_in_db(demo_ws, sheet.info.id)
    assert [r.id for r in stored] == [r.id for r in rows]
    for rating in stored:
        expected_self = typed[(rating.id, Column.SELF)]
        assert (rating.self_level, rating.supervisor_level, rating.agreed_level) == (
            expected_self,
            typed[(rating.id, Column.SUPERVISOR)],
            typed[(rating.id, Column.AGREED)],
        )
    assert (stored[0].target_level, stored[0].priority) == (new_target, 1)
    assert stored[0].note == "Möchte Tourenplanung üben; Schulung über den Verbund."
    assert [r.not_applicable for r in stored] == [r.id == second.id for r in stored]
    with demo_ws.unit_of_work() as uow:
        assessment = uow.session.get(CompetencyAssessment, sheet.info.id)
        assert (
            assessment is not None and assessment.status == "complete" and assessment.completed_at is not None
        )
        consent = uow.session.scalars(select(ConsentRecord).where(ConsentRecord.employee_id == person)).one()
        assert (consent.method, consent.text_version, consent.given_on, consent.purpose) == (
            "paper",
            DEFAULT_TEXT_VERSION,
            date.today(),
            ConsentPurpose.INTERVIEW_AND_PLAN.value,
        )
        events = uow.session.scalars(select(AuditEvent.action).where(AuditEvent.subject_id == person)).all()
    # typed levels, target/priority/note, n. a., Delete, undo, redo, undo: each one commit with its audit event
    assert events.count("rating.set") == 3 * len(rows) + 3 + 1 + 4
    assert {"consent.record", "assessment.start", "assessment.complete"} <= set(events)
    # Completed: read-only from now on; digits are refused in the view.
    qtbot.waitUntil(view.grid.hasFocus)
    key(qtbot, Qt.Key.Key_1)
    assert "abgeschlossen" in view.message.text()


def make_view(qtbot: QtBot, ws: Workspace, person: uuid.UUID) -> CompetencyView:
    context = WorkspaceContext(ws, ACTOR)
    view = CompetencyView(context)
    qtbot.addWidget(view)
    view.resize(1100, 640)
    view.show()
    qtbot.waitExposed(view)
    view.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.set_subject(person)
    view.grid.setFocus()
    return view


def test_cancelled_consent_stores_nothing_and_other_legal_basis_needs_a_note(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    person = add_person(demo_ws)
    view = make_view(qtbot, demo_ws, person)
    view.start_role_button.setFocus()
    key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert isinstance(modal(qtbot), ConsentDialog)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    with demo_ws.unit_of_work() as uow:
        assert (
            uow.session.scalars(
                select(CompetencyAssessment).where(CompetencyAssessment.employee_id == person)
            ).all()
            == []
        )
        assert (
            uow.session.scalars(select(ConsentRecord).where(ConsentRecord.employee_id == person)).all() == []
        )

    view.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.consent_button.setFocus()
    key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    dialog = modal(qtbot)
    assert isinstance(dialog, ConsentDialog) and dialog.method.hasFocus()
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)  # „andere Rechtsgrundlage (dokumentiert)“
    assert dialog.method.currentData() == "other_basis"
    assert dialog.note.isVisibleTo(dialog) and not dialog.text_version.isVisibleTo(dialog)
    assert not dialog.purposes[ConsentPurpose.NETWORK_POOLING].isEnabled()  # pooling needs a real consent
    key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.purposes[ConsentPurpose.INTERVIEW_AND_PLAN].isChecked)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "dokumentieren" in dialog.error.text()
    dialog.note.setFocus()
    type_text(qtbot, dialog.note, "Betriebsvereinbarung Personalentwicklung vom 03.03.2026, Ordner Personal")
    dialog.ok_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with demo_ws.unit_of_work() as uow:
        record = uow.session.scalars(select(ConsentRecord).where(ConsentRecord.employee_id == person)).one()
        assert (record.method, record.legal_basis) == ("other_basis", "Art. 6 Abs. 1 lit. b DSGVO (Vertrag)")
        assert record.legal_basis_note.startswith("Betriebsvereinbarung")
    assert view.overview is not None and view.overview.has_consent
    assert "Rechtsgrundlage: Andere Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO" in view.consent_label.text()
    assert view.consent_button.isHidden()


def test_without_valid_consent_the_view_asks_again_and_stores_no_rating(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    person = add_person(demo_ws, consent=True)
    view = make_view(qtbot, demo_ws, person)
    key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.overview is not None and view.overview.sheet is not None)
    assessment = view.overview.sheet.info.id  # type: ignore[union-attr]
    from verbund_desktop.services.protection.consent import consents_of, mark_withdrawn

    mark_withdrawn(demo_ws, consents_of(demo_ws, person)[0].id, withdrawn_on=date.today(), actor=ACTOR)
    view.reload()  # e.g. after switching back to the person
    qtbot.waitUntil(view.grid.hasFocus)
    key(qtbot, Qt.Key.Key_2)
    assert isinstance(modal(qtbot), ConsentDialog)
    assert "Zuerst die Einwilligung" in view.message.text()
    key(qtbot, Qt.Key.Key_Escape)
    assert all(r.self_level is None for r in ratings_in_db(demo_ws, assessment))


def test_reinterview_with_alt_f_prefills_and_leaves_the_old_interview(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    person = demo_person(demo_ws, "Schröder")
    before = interview_overview(demo_ws, person)
    assert before is not None and before.sheet is not None and before.sheet.info.is_complete
    view = make_view(qtbot, demo_ws, person)
    assert not view.complete_button.isEnabled() and view.reinterview_button.isEnabled()
    key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.editable)
    new = view.overview.sheet  # type: ignore[union-attr]
    assert new is not None and new.info.previous_id == before.sheet.info.id
    assert [r.values.agreed_level for r in new.rows] == [r.values.agreed_level for r in before.sheet.rows]
    assert all(r.values.self_level is None for r in new.rows)
    assert view.assessment_box.count() == 2 and "in Bearbeitung" in view.assessment_box.currentText()
    qtbot.waitUntil(view.grid.hasFocus)
    assert current_column(view) == Column.SELF
    key(qtbot, Qt.Key.Key_2)
    old_again = interview_overview(demo_ws, person, before.sheet.info.id)
    assert old_again is not None and old_again.sheet == before.sheet
    assert ratings_in_db(demo_ws, new.info.id)[0].self_level == 2

    # The older interview can be looked at (Alt+V, ↓), read-only.
    key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert view.assessment_box.hasFocus()
    key(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not view.editable)
    assert view.overview.sheet.info.id == before.sheet.info.id  # type: ignore[union-attr]
    assert not view.model.flags(view.model.index(1, Column.NOTE)) & Qt.ItemFlag.ItemIsEditable


def test_completing_with_open_levels_jumps_to_the_first_one(qtbot: QtBot, demo_ws: Workspace) -> None:
    person = add_person(demo_ws, consent=True)
    view = make_view(qtbot, demo_ws, person)
    key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.editable)
    rows = view.model.ratings()
    for row in rows[:2]:
        set_rating_field(demo_ws, row.id, RatingField.AGREED, view.model.scale_of(row).min_level, actor=ACTOR)
    view.reload()
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks the button after a moment
    qtbot.waitUntil(lambda: "Noch ohne Ist- oder Soll-Stufe" in view.message.text())
    assert QApplication.activeModalWidget() is None
    assert rows[2].competence_code in view.message.text()
    assert view.grid.currentIndex().row() == view.model.row_of(rows[2].id)
    assert current_column(view) == Column.AGREED
    with demo_ws.unit_of_work() as uow:
        assessment = uow.session.get(CompetencyAssessment, view.overview.sheet.info.id)  # type: ignore[union-attr]
        assert assessment is not None and assessment.status == "draft"


def test_chart_and_info_follow_every_change(qtbot: QtBot, demo_ws: Workspace) -> None:
    person = add_person(demo_ws, consent=True)
    view = make_view(qtbot, demo_ws, person)
    key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.editable)
    assert view.chart.entries() == ()
    assert view.gap_text.text().startswith("Keine Lücken · 0 von")
    row = view.model.ratings()[0]
    scale = view.model.scale_of(row)
    target = row.values.target_level
    assert target is not None and target > scale.min_level
    view.grid.focus_cell(view.model.row_of(row.id), Column.AGREED)
    key(qtbot, Qt.Key(Qt.Key.Key_0 + scale.min_level))
    assert [(e.code, e.current, e.target) for e in view.chart.entries()] == [
        (row.competence_code, scale.min_level, target)
    ]
    assert view.gap_text.text().startswith(f"1 Lücke, zusammen {target - scale.min_level} Stufen")
    text = view.info.text()
    assert row.competence_name in text and "Spalte „Ist (vereinbart)“" in text
    assert all(level.descriptor in text for level in scale.levels)
    assert "◀ Ist" in text
    key(qtbot, Qt.Key(Qt.Key.Key_0 + target))
    assert view.chart.entries() == ()
    key(qtbot, Qt.Key.Key_N)
    assert "nicht anwendbar" in view.info.text()
    assert view.model.index(view.model.row_of(row.id), Column.GAP).data() == "–"


def test_pick_competences_from_catalogues_with_the_keyboard(qtbot: QtBot, demo_ws: Workspace) -> None:
    person = add_person(demo_ws, consent=True)
    view = make_view(qtbot, demo_ws, person)
    key(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    picker = modal(qtbot)
    assert picker is view.picker and view.picker is not None
    assert not view.picker.ok_button.isEnabled()
    view.picker.filter.setFocus()
    type_text(qtbot, view.picker.filter, "Geräte")
    view.picker.tree.setFocus()
    leaf = next(leaf for leaf in view.picker.leaves() if not leaf.isHidden())
    view.picker.tree.setCurrentItem(leaf)
    key(qtbot, Qt.Key.Key_Space)
    assert len(view.picker.selected_ids()) == 1
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editable)
    rows = view.model.ratings()
    assert [r.competence_name for r in rows] == [leaf.text(0).split(" ", 1)[1]]
    assert view.model.rowCount() == 2  # one catalogue/area header and the competence


def test_rating_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, demo_ws: Workspace
) -> None:
    person = demo_person(demo_ws, "Weiß")
    view = make_view(qtbot, demo_ws, person)
    assert view.model.rowCount() > len(view.model.ratings()) > 0
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    start_reinterview(demo_ws, person, actor=ACTOR)
    view.reload()
    assert view.model.editable
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]


def test_switching_people_shows_their_own_interview(qtbot: QtBot, demo_ws: Workspace) -> None:
    first, second = demo_person(demo_ws, "Weiß"), demo_person(demo_ws, "Jäger")
    view = make_view(qtbot, demo_ws, first)
    start_reinterview(demo_ws, first, actor=ACTOR)
    view.reload()
    key(qtbot, Qt.Key.Key_1)
    assert view.undo_stack.count() == 1
    view.set_subject(second)
    assert view.undo_stack.count() == 0
    assert view.overview is not None and view.overview.employee_id == second
    expected = interview_overview(demo_ws, second)
    assert expected is not None and expected.sheet is not None
    assert [r.id for r in view.model.ratings()] == [r.id for r in expected.sheet.rows]


def test_screenshot_of_the_interview_at_1366x768(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path) -> None:
    """Renders the tab from the demo workspace; VERBUND_SCREENSHOTS=<dir> keeps the image for the docs."""
    person = demo_person(demo_ws, "Weiß")
    start_reinterview(demo_ws, person, actor=ACTOR)
    window = make_window(qtbot, demo_ws)
    window.select("employee", person)
    tabs = window.employee_tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == "Kompetenzgespräch"))
    view = window.employee_tabs.currentWidget()
    assert isinstance(view, CompetencyView)
    view.grid.setFocus()
    qtbot.waitUntil(view.grid.hasFocus)
    for digit in (
        Qt.Key.Key_3,
        Qt.Key.Key_F8,
        Qt.Key.Key_4,
        Qt.Key.Key_F8,
        Qt.Key.Key_2,
        Qt.Key.Key_F8,
        Qt.Key.Key_2,
    ):
        key(qtbot, digit)
    view.grid.focus_cell(view.grid.currentIndex().row(), Column.AGREED)
    qtbot.wait(50)  # let the status bar lay out „Gespeichert …“
    image = window.grab().toImage()
    assert (image.width(), image.height()) == (1366, 768)
    target = Path(os.environ.get("VERBUND_SCREENSHOTS", tmp_path)) / "kompetenzgespraech.png"
    assert image.save(str(target))
    assert "in Bearbeitung" in view.state_label.text() and window.saved_label.text().startswith(
        "Gespeichert "
    )


def test_f2_edits_the_note_and_ctrl_j_finds_the_next_open_cell(qtbot: QtBot, demo_ws: Workspace) -> None:
    person = add_person(demo_ws, consent=True)
    view = make_view(qtbot, demo_ws, person)
    key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.editable)
    qtbot.waitUntil(view.grid.hasFocus)
    first, second = view.model.ratings()[:2]
    assert (view.grid.currentIndex().row(), current_column(view)) == (
        view.model.row_of(first.id),
        Column.SELF,
    )
    key(qtbot, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert current_column(view) == Column.SUPERVISOR
    view.grid.focus_cell(view.model.row_of(first.id), Column.TARGET)
    for _ in range(3):
        key(qtbot, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert (view.grid.currentIndex().row(), current_column(view)) == (
        view.model.row_of(second.id),
        Column.AGREED,
    )
    view.grid.focus_cell(view.model.row_of(second.id), Column.NOTE)
    key(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view.grid
    type_text(qtbot, editor, "Führt die Übergabe")
    key(qtbot, Qt.Key.Key_Escape)  # Escape discards the edit
    assert ratings_in_db(demo_ws, view.overview.sheet.info.id)[1].note == ""  # type: ignore[union-attr]
    key(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None
    type_text(qtbot, editor, "Führt die Übergabe")
    key(qtbot, Qt.Key.Key_Tab)  # leaving the editor commits, like Enter
    assert ratings_in_db(demo_ws, view.overview.sheet.info.id)[1].note == "Führt die Übergabe"  # type: ignore[union-attr]
